#!/bin/sh
# Per-write cost of `log` and `set` before and after the record's history
# and hash chain (issue 9): each write now also appends a change row and
# seals one or two chained rows in the same transaction.
#
#   BEFORE=/path/to/old/presstime AFTER=/path/to/new/presstime \
#       tests/bench/writes.sh [RUNS]
#
# Each binary gets its own fresh newsroom with 2,000 entries and 1,000
# history rows already in it (so the chain has a past to link to), then
# hyperfine times one `log` and one `set` per run, process start
# included (that is what a reporter's one-liner costs). The goal: within
# 1.3x of before. Results go to $BENCH_OUT (default tests/bench/out).
set -eu
: "${BEFORE:?BEFORE must name the presstime to compare against}"
: "${AFTER:?AFTER must name the presstime under test}"
runs=${1:-200}
here=$(cd "$(dirname "$0")" && pwd)
out=${BENCH_OUT:-$here/out}
mkdir -p "$out"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pt-writes.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export PRESSTIME_NOW=2026-11-26T14:00:00Z TZ=UTC HOME="$tmp"
unset PRESSTIME_CONFIG XDG_CONFIG_HOME

prepare() { # prepare BIN DB: a newsroom with some past
	"$1" --db "$2" init >/dev/null
	"$1" --db "$2" new bench-story "Bench" >/dev/null
	for i in $(seq 1 20); do
		"$1" --db "$2" new "s-$i" "Story $i" >/dev/null
	done
	# Bulk past rows through the program itself, 100 per story.
	for i in $(seq 1 20); do
		for j in $(seq 1 100); do echo "$j"; done |
		while read -r j; do "$1" --db "$2" log "s-$i" "entry $j" >/dev/null; done
	done
}
prepare "$BEFORE" "$tmp/before.db"
prepare "$AFTER" "$tmp/after.db"

hyperfine -N --warmup 10 --runs "$runs" --export-markdown "$out/writes-log.md" \
	--export-json "$out/writes-log.json" \
	-n "log (before)" "$BEFORE --db $tmp/before.db log bench-story x" \
	-n "log (after)" "$AFTER --db $tmp/after.db log bench-story x"
# A set must change the value each time (setting the same value records
# nothing), so it runs under a shell that picks a new one: both sides pay
# the same shell, which understates the ratio a little.
hyperfine --warmup 10 --runs "$runs" --export-markdown "$out/writes-set.md" \
	--export-json "$out/writes-set.json" \
	-n "set (before)" "$BEFORE --db $tmp/before.db set bench-story dek \"\$(date +%N)\"" \
	-n "set (after)" "$AFTER --db $tmp/after.db set bench-story dek \"\$(date +%N)\""
python3 - "$out/writes-log.json" "$out/writes-set.json" <<'PY'
import json, sys
r = {}
for f in sys.argv[1:]:
    r.update({x["command"]: x["mean"] for x in json.load(open(f))["results"]})
for op in ("log", "set"):
    b, a = r[op + " (before)"], r[op + " (after)"]
    verdict = "ok" if a <= 1.3 * b else "OVER the 1.3x goal"
    print(f"{op}: before {b*1000:.2f} ms, after {a*1000:.2f} ms, "
          f"{a/b:.2f}x ({verdict})")
PY
"$AFTER" --db "$tmp/after.db" check | head -1
