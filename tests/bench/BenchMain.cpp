// SPDX-License-Identifier: MIT
// The one main() of cnms_bench: every other file under tests/bench only registers benchmarks.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
