#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest. Exit 0 only when all pass.
#   scripts/test.sh              RelWithDebInfo build in build/
#   scripts/test.sh --sanitize   clang ASan+UBSan build in build-asan/, then a short run of each
#                                fuzz target (CNMS_FUZZ_SECONDS, default 15; 0 skips it). CI runs this.
#   scripts/test.sh --sanitize --core   the same without the GUI (build-asan-core/): core, storage,
#                                import, CLI, crash and fuzz-replay tests, then the short fuzz run
#   scripts/test.sh --fuzz       the plain build and tests, then the short fuzz run in build-fuzz/
# See docs/robustness.md for the long fuzz and kill-test runs.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=0
fuzz=0
core=0
for arg in "$@"; do
  case "$arg" in
    --sanitize) sanitize=1 ;;
    --fuzz) fuzz=1 ;;
    --core) core=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option $arg" >&2; exit 1 ;;
  esac
done

SECONDS=0
bash scripts/deps.sh
echo "== dependencies ready after ${SECONDS}s"

export QT_QPA_PLATFORM=offscreen   # every GUI test runs headless
export LANG=C.UTF-8
XDG_RUNTIME_DIR="$(mktemp -d)"; export XDG_RUNTIME_DIR
jobs="$(nproc)"

if ((sanitize)); then
  build=build-asan
  gui=ON
  if ((core)); then build=build-asan-core; gui=OFF; fi
  # CNMS_FUZZ adds libFuzzer's coverage instrumentation, so the same objects give the fuzz targets.
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCNMS_SANITIZE=ON -DCNMS_FUZZ=ON \
    -DCNMS_BUILD_GUI=$gui -DCNMS_BUILD_BENCH=OFF -DCNMS_WARNINGS_AS_ERRORS=OFF \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only -DCMAKE_C_FLAGS_DEBUG=-gline-tables-only
  # lld links the ~35 instrumented executables in a fraction of ld's time; line tables are all a sanitizer
  # report needs (file:line in its stack) and compile and link much faster than full debug information.
  # intercept_tls_get_addr=0: clang 14's runtime misreads glibc 2.36's dynamic TLS vector, and LeakSanitizer's
  # exit-time tracer then crashes on a bogus range ("DTLS 10 at 0x67cab-0x800068dad", "Tracer caught signal 11";
  # fixed in later compiler-rt). Without the interception only dlopen()ed modules' TLS is not scanned for roots.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:intercept_tls_get_addr=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
else
  build=build
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j"$jobs"
echo "== built after ${SECONDS}s"
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600
echo "== all tests passed after ${SECONDS}s"

# A short fuzz run of every target over its seeds (the long run is in docs/robustness.md).
fuzz_seconds="${CNMS_FUZZ_SECONDS:-15}"
if ((fuzz)) && ! ((sanitize)); then
  command -v clang++ >/dev/null || { echo "test.sh: --fuzz needs clang (scripts/deps.sh)" >&2; exit 1; }
  build=build-fuzz
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCNMS_FUZZ=ON \
    -DCNMS_BUILD_GUI=OFF -DCNMS_BUILD_TESTS=OFF -DCNMS_BUILD_BENCH=OFF
fi
if { ((sanitize)) || ((fuzz)); } && [ "$fuzz_seconds" -gt 0 ]; then
  cmake --build "$build" -j"$jobs" --target fuzz_csv fuzz_activity fuzz_xlsx fuzz_json
  findings="$(mktemp -d)"
  for target in csv activity xlsx json; do
    mkdir -p "$findings/$target"
    # New inputs go to the first directory; the committed seeds are only read. A crash leaves crash-* in $findings.
    (cd "$findings" && "$OLDPWD/$build/tests/fuzz/fuzz_$target" -max_total_time="$fuzz_seconds" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 "$findings/$target" "$OLDPWD/tests/fuzz/corpus/$target" \
      2>"$findings/$target.log") || {
        tail -50 "$findings/$target.log"
        echo "test.sh: fuzz_$target found a problem; its input is in $findings (see docs/robustness.md)" >&2
        exit 1
      }
    echo "== fuzz_$target: $(grep -m1 'stat::number_of_executed_units' "$findings/$target.log" | awk '{print $2}') runs in ${fuzz_seconds}s, no finding"
  done
  rm -rf "$findings"
fi
echo "== done after ${SECONDS}s"
