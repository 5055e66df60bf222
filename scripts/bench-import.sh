#!/usr/bin/env bash
# The issue-3 speed and memory benchmark: 1,000,000 activity rows in the import CSV format are
# imported into a new project with the real `cnms` binary, then `cnms inventory` runs on the stored
# project. Prints wall time and peak memory (GNU time) of each step.
#   scripts/bench-import.sh [ROWS]      (default 1000000)
# Reference from the issue: a plain pandas script reading the same CSV and computing the same
# totals in memory takes about 2 s and 680 MB on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"

bash scripts/deps.sh
build=build-release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCNMS_BUILD_GUI=OFF -DCNMS_BUILD_TESTS=ON \
  -DCNMS_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target cnms generate-activity-csv >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cnms="$build/src/cli/cnms"
"$build/tests/bench/generate-activity-csv" "$rows" "$work/activity.csv"
"$cnms" init "$work/bench.cnms" --org "Benchmark Co." >/dev/null
for i in $(seq -w 0 59); do "$cnms" site add "$work/bench.cnms" --code "S$i" --name "Site $i" >/dev/null; done

measure() {  # label, command...: prints "label: X s, Y MB peak"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
  read -r secs kb < "$work/time"
  printf '%-34s %6.2f s  %6.0f MB peak\n' "$label" "$secs" "$((kb / 1024))"
}

echo "rows: $rows ($(du -m "$work/activity.csv" | cut -f1) MB CSV), machine: $(nproc) cores"
measure "import into a new project" "$cnms" import activity "$work/bench.cnms" "$work/activity.csv"
for run in 1 2 3; do
  measure "inventory on the stored project ($run)" "$cnms" inventory "$work/bench.cnms" --year 2024 --format json
done
echo "project file: $(du -m "$work/bench.cnms" | cut -f1) MB"
