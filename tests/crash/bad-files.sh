#!/usr/bin/env bash
# Bad files and places with the real `cnms` binary (issue 8):
#   1. two processes on one project: while one imports, a second is refused for writing with a
#      message naming the first, may still read, and writes once the first is done;
#   2. a full disk (a 4 MB tmpfs): an import is refused with a clear message, and the project is
#      exactly as before (same dump, integrity ok), also for a backup that does not fit;
#   3. a read-only file system: reading works, writing is refused with a clear message.
# Parts 2 and 3 mount a tmpfs and need root (CAP_SYS_ADMIN); without it they are reported as skipped.
#   tests/crash/bad-files.sh CNMS_BINARY
set -euo pipefail

cnms="${1:?usage: bad-files.sh CNMS_BINARY}"
work="$(mktemp -d)"
mnt="$work/mnt"
cleanup() { mountpoint -q "$mnt" 2>/dev/null && umount "$mnt"; rm -rf "$work"; }
trap cleanup EXIT
export CNMS_USER=bad-files-test
fail() { echo "bad-files: FAIL: $*" >&2; exit 1; }
expect_in() { grep -qF -- "$1" "$2" || fail "expected '$1' in: $(cat "$2")"; }

csv() {  # rows file
  awk -v n="$1" 'BEGIN { print "site,period_start,period_end,source_type,activity,quantity,unit"
    for (i = 0; i < n; i++) printf "CLK,2024-%02d-01,2024-%02d-28,fuel_combustion,diesel,%d,t\n", i % 12 + 1, i % 12 + 1, i % 97 + 1 }' > "$2"
}
project() {  # path
  "$cnms" init "$1" --org "Bad Files Cement" >/dev/null
  "$cnms" site add "$1" --code CLK --name "Clinker plant" >/dev/null
}

# 1. Two processes.
csv 150000 "$work/big.csv"
project "$work/two.cnms"
"$cnms" import activity "$work/two.cnms" "$work/big.csv" >"$work/import.out" 2>&1 &
importer=$!
for _ in $(seq 200); do [ -s "$work/two.cnms.lock" ] && break; sleep 0.05; done
[ -s "$work/two.cnms.lock" ] || fail "the importer never took the project's lock"
if "$cnms" site add "$work/two.cnms" --code HQ --name "Head office" 2>"$work/err"; then
  fail "a second process wrote while the first imported"
fi
expect_in "open for writing in another program" "$work/err"
expect_in "process $importer" "$work/err"
"$cnms" site list "$work/two.cnms" >"$work/out" || fail "a second process could not read"
expect_in "CLK" "$work/out"
wait "$importer" || fail "the import failed: $(cat "$work/import.out")"
"$cnms" site add "$work/two.cnms" --code HQ --name "Head office" >/dev/null || fail "no write after the importer finished"
[ ! -e "$work/two.cnms.lock" ] || fail "the lock file was left behind"
echo "bad-files: two processes: ok"

# 2 and 3 need a tmpfs of our own.
mkdir -p "$mnt"
if ! mount -t tmpfs -o size=4m tmpfs "$mnt" 2>/dev/null; then
  echo "bad-files: cannot mount a tmpfs (not root?): disk-full and read-only file system parts skipped"
  exit 0
fi

# 2. Disk full.
project "$mnt/full.cnms"
csv 30000 "$work/medium.csv"
before=$(sqlite3 "$mnt/full.cnms" .dump | sha256sum)
if "$cnms" import activity "$mnt/full.cnms" "$work/medium.csv" 2>"$work/err"; then fail "the import fitted into 4 MB"; fi
expect_in "disk is full" "$work/err"
expect_in "nothing was stored" "$work/err"
import_err="$(head -c 300 "$work/err" | tr '\n' ' ')"
"$cnms" info "$mnt/full.cnms" --check >/dev/null || fail "the project does not open after the failed import"
[ "$(sqlite3 "$mnt/full.cnms" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after the failed import"
[ "$(sqlite3 "$mnt/full.cnms" .dump | sha256sum)" = "$before" ] || fail "the project changed"
dd if=/dev/zero of="$mnt/filler" bs=64k 2>/dev/null || true   # fill what is left, then back up
if "$cnms" backup "$mnt/full.cnms" 2>"$work/err"; then fail "a backup fitted into a full disk"; fi
ls "$mnt" | grep -q '\.partial' && fail "a partial backup was left behind"
rm -f "$mnt/filler"
echo "bad-files: disk full: ok (import: $import_err; backup: $(head -c 200 "$work/err" | tr '\n' ' '))"

# 3. Read-only file system.
mount -o remount,ro "$mnt"
"$cnms" site list "$mnt/full.cnms" >"$work/out" || fail "cannot read a project on a read-only file system"
expect_in "CLK" "$work/out"
if "$cnms" site add "$mnt/full.cnms" --code HQ --name "Head office" 2>"$work/err"; then fail "wrote to a read-only file system"; fi
expect_in "read-only" "$work/err"
echo "bad-files: read-only file system: ok ($(head -c 200 "$work/err" | tr '\n' ' '))"
