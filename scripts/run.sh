#!/usr/bin/env bash
# Installs what is missing, builds in Release, creates the demo project if there is none, and
# opens CNMS Workbench on it.
#   scripts/run.sh               opens the workbench window
#   scripts/run.sh --offscreen   no display needed: opens the workbench offscreen, saves a
#                                screenshot of it to BUILD/workbench.png (build-release) and exits
#   scripts/run.sh --lang en     English instead of the system language (zh_CN or en)
# CNMS_BUILD_DIR=DIR uses an existing build of the workbench instead of the Release build in
# build-release (CI passes the test build so that it compiles the tree once, not twice).
set -euo pipefail
cd "$(dirname "$0")/.."

offscreen=0
extra=()
while (($#)); do
  case "$1" in
    --offscreen) offscreen=1 ;;
    --lang) extra+=(--lang "$2"); shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 1 ;;
  esac
  shift
done

bash scripts/deps.sh
build="${CNMS_BUILD_DIR:-build-release}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCNMS_BUILD_TESTS=OFF -DCNMS_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target cnms cnms-workbench

demo="${CNMS_DEMO_PROJECT:-$PWD/demo/demo.cnms}"
if [ ! -f "$demo" ]; then
  mkdir -p "$(dirname "$demo")"
  "$build/src/cli/cnms" init "$demo" --demo
fi

if ((offscreen)); then
  export QT_QPA_PLATFORM=offscreen
  XDG_RUNTIME_DIR="$(mktemp -d)"; export XDG_RUNTIME_DIR
  "$build/src/app/cnms-workbench" "${extra[@]}" --screenshot "$build/workbench.png" "$demo"
  echo "CNMS Workbench opened $demo offscreen; screenshot: $build/workbench.png"
else
  exec "$build/src/app/cnms-workbench" "${extra[@]}" "$demo"
fi
