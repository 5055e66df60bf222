#!/usr/bin/env bash
# The issue-3 speed and memory benchmark: 1,000,000 activity rows in the import CSV format are
# imported into a new project with the real `cnms` binary, then `cnms inventory` runs on the stored
# project. Prints wall time, CPU time (user + system) and peak memory (GNU time) of each step, and
# the same for the reference: scripts/bench-pandas.py, a plain pandas script reading the same CSV
# and computing the same totals in memory (Debian's python3-pandas).
#   scripts/bench-import.sh [ROWS]      (default 1000000)
#   CNMS_BENCH_RUNS=N                   rounds of import + inventory and reference, taken in turn (default 3)
# Ends with the medians of the wall times. On a shared machine compare CPU times too: wall times
# grow with the load (printed).
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
runs="${CNMS_BENCH_RUNS:-3}"
"$build/tests/bench/generate-activity-csv" "$rows" "$work/activity.csv"
"$cnms" init "$work/empty.cnms" --org "Benchmark Co." >/dev/null
for i in $(seq -w 0 59); do "$cnms" site add "$work/empty.cnms" --code "S$i" --name "Site $i" >/dev/null; done

wall=0
measure() {  # label, command...: prints "label: X s wall, Y s CPU, Z MB peak"; sets $wall
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null
  read -r wall user sys kb < "$work/time"
  printf '%-38s %6.2f s wall  %6.2f s CPU  %6.0f MB peak\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" \
    "$((kb / 1024))"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The reference needs pandas; only this benchmark does, so scripts/deps.sh (run by CI) leaves it out.
if ! /usr/bin/python3 -c "import pandas" 2>/dev/null && command -v apt-get >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends python3-pandas >/dev/null || true
fi
pandas=false
/usr/bin/python3 -c "import pandas" 2>/dev/null && pandas=true

echo "rows: $rows ($(du -m "$work/activity.csv" | cut -f1) MB CSV), machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $runs runs"
# The workbench and the reference take turns, so that a busy moment of a shared machine falls on both.
for run in $(seq "$runs"); do
  rm -f "$work"/bench.cnms*
  cp "$work/empty.cnms" "$work/bench.cnms"
  measure "import into a new project ($run)" "$cnms" import activity "$work/bench.cnms" "$work/activity.csv"
  import_wall=$wall
  measure "inventory on the stored project ($run)" "$cnms" inventory "$work/bench.cnms" --year 2024 --format json
  echo "$import_wall + $wall" | bc >> "$work/ours"
  if $pandas; then
    measure "pandas reference ($run)" /usr/bin/python3 scripts/bench-pandas.py "$work/activity.csv"
    echo "$wall" >> "$work/reference"
  fi
done
measure "verify the stored project" "$cnms" verify "$work/bench.cnms"
echo "project file: $(du -m "$work/bench.cnms" | cut -f1) MB"
ours=$(median < "$work/ours")
echo "import + inventory, median of $runs: $ours s wall"
if $pandas; then
  reference=$(median < "$work/reference")
  echo "pandas reference, median of $runs: $reference s wall (workbench / pandas: $(echo "scale=2; $ours / $reference" | bc))"
else
  echo "pandas reference: python3-pandas could not be installed"
fi
