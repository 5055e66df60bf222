#!/usr/bin/env bash
# Kill test (issue 8): starts `cnms import activity` on a large CSV and SIGKILLs it at a random
# moment, many times. After every kill the project must open with the application (`cnms info
# --check`), `PRAGMA integrity_check` must say ok, and the import must be wholly there or wholly
# absent: 0 or N activity rows, and 0 or 1 import entry in the change log to match.
#
#   tests/crash/kill-import.sh CNMS_BINARY
# Environment (defaults keep the ctest run short):
#   CNMS_KILL_TRIALS  number of kills (default 12; docs/robustness.md reports a run of hundreds)
#   CNMS_KILL_ROWS    rows in the generated CSV (default 20000)
#   CNMS_KILL_SEED    seed of the random kill moments (default: the time), printed for a rerun
set -euo pipefail

cnms="${1:?usage: kill-import.sh CNMS_BINARY}"
trials="${CNMS_KILL_TRIALS:-12}"
rows="${CNMS_KILL_ROWS:-20000}"
seed="${CNMS_KILL_SEED:-$(date +%s)}"
RANDOM=$seed
command -v sqlite3 >/dev/null || { echo "kill-import: needs the sqlite3 shell (scripts/deps.sh)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export CNMS_USER=kill-test

"$cnms" init "$work/base.cnms" --org "Kill Test Cement" >/dev/null
"$cnms" site add "$work/base.cnms" --code CLK --name "Clinker plant" >/dev/null
"$cnms" site add "$work/base.cnms" --code HQ --name "Head office" >/dev/null
awk -v n="$rows" 'BEGIN {
  print "site,period_start,period_end,source_type,activity,quantity,unit"
  for (i = 0; i < n; i++) {
    m = i % 12 + 1
    if (i % 2) printf "CLK,2024-%02d-01,2024-%02d-28,fuel_combustion,diesel,%d,t\n", m, m, i % 97 + 1
    else printf "HQ,2024-%02d-01,2024-%02d-28,purchased_electricity,cn_2023_avg,%d,MWh\n", m, m, i % 89 + 1
  }
}' > "$work/activity.csv"

fresh() { rm -f "$work/p.cnms" "$work/p.cnms-wal" "$work/p.cnms-shm" "$work/p.cnms-journal"; cp "$work/base.cnms" "$work/p.cnms"; }
count() { sqlite3 "$work/p.cnms" "$1"; }

# One undisturbed import: how long it takes (the range of kill moments) and that it stores N rows.
fresh
start=$(date +%s%N)
"$cnms" import activity "$work/p.cnms" "$work/activity.csv" >/dev/null
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$(count 'SELECT count(*) FROM activity_record')" = "$rows" ] || { echo "kill-import: the full import did not store $rows rows" >&2; exit 1; }
echo "kill-import: $rows rows, a full import takes ${full_ms} ms; $trials trials, seed $seed"

absent=0 present=0 failures=0
SECONDS=0
for ((t = 1; t <= trials; t++)); do
  fresh
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % (full_ms * 11 / 10 + 1) ))   # up to 10 % past the end
  "$cnms" import activity "$work/p.cnms" "$work/activity.csv" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true

  problem=""
  if ! out=$("$cnms" info "$work/p.cnms" --check 2>&1); then problem="cnms info --check failed: $out"; fi
  integrity=$(count 'PRAGMA integrity_check')
  [ "$integrity" = ok ] || problem+=" integrity_check: $integrity"
  n=$(count 'SELECT count(*) FROM activity_record')
  logged=$(count "SELECT count(*) FROM change_log WHERE action = 'import'")
  if [ "$n" = 0 ] && [ "$logged" = 0 ]; then absent=$((absent + 1))
  elif [ "$n" = "$rows" ] && [ "$logged" = 1 ]; then present=$((present + 1))
  else problem+=" partial import: $n of $rows rows, $logged import log entries"; fi
  if [ -n "$problem" ]; then
    failures=$((failures + 1))
    echo "kill-import: trial $t (killed after ${delay_ms} ms):$problem" >&2
    cp "$work/p.cnms" "${TMPDIR:-/tmp}/kill-import-failed-$t.cnms" 2>/dev/null || true
  fi
done

echo "kill-import: $trials trials in ${SECONDS}s: import absent $absent, present $present, failures $failures"
[ "$failures" -eq 0 ]
