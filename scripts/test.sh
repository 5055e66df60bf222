#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest. Exit 0 only when all pass.
#   scripts/test.sh              RelWithDebInfo build in build/
#   scripts/test.sh --sanitize   clang ASan+UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=0
for arg in "$@"; do
  case "$arg" in
    --sanitize) sanitize=1 ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
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
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCNMS_SANITIZE=ON \
    -DCNMS_BUILD_BENCH=OFF -DCNMS_WARNINGS_AS_ERRORS=OFF
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  build=build
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j"$jobs"
echo "== built after ${SECONDS}s"
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600
echo "== all tests passed after ${SECONDS}s"
