#!/usr/bin/env bash
# The issue-3 speed and memory benchmark: 1,000,000 activity rows in the import CSV format are
# imported into a new project with the real `cnms` binary, then `cnms inventory` runs on the stored
# project. Prints wall time, CPU time (user + system) and peak memory (GNU time) of each step, and
# the same for the reference: scripts/bench-pandas.py, a plain pandas script reading the same CSV
# and computing the same totals in memory (Debian's python3-pandas).
#   scripts/bench-import.sh [ROWS]      (default 1000000)
# On a shared machine compare CPU times: wall times grow with the load (printed).
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

measure() {  # label, command...: prints "label: X s wall, Y s CPU, Z MB peak"
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null
  read -r secs user sys kb < "$work/time"
  printf '%-38s %6.2f s wall  %6.2f s CPU  %6.0f MB peak\n' "$label" "$secs" "$(echo "$user + $sys" | bc)" \
    "$((kb / 1024))"
}

echo "rows: $rows ($(du -m "$work/activity.csv" | cut -f1) MB CSV), machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "import into a new project" "$cnms" import activity "$work/bench.cnms" "$work/activity.csv"
for run in 1 2 3; do
  measure "inventory on the stored project ($run)" "$cnms" inventory "$work/bench.cnms" --year 2024 --format json
done
measure "verify the stored project" "$cnms" verify "$work/bench.cnms"
echo "project file: $(du -m "$work/bench.cnms" | cut -f1) MB"
# The reference needs pandas; only this benchmark does, so scripts/deps.sh (run by CI) leaves it out.
if ! /usr/bin/python3 -c "import pandas" 2>/dev/null && command -v apt-get >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends python3-pandas >/dev/null || true
fi
if /usr/bin/python3 -c "import pandas" 2>/dev/null; then
  for run in 1 2; do measure "pandas reference ($run)" /usr/bin/python3 scripts/bench-pandas.py "$work/activity.csv"; done
else
  echo "pandas reference: python3-pandas could not be installed"
fi
