#!/bin/sh
# presstime watch: what others do, as lines (text and --json), limited
# by a filter, with alerts for times that pass (the clock stepped with
# PRESSTIME_NOW_FILE); it holds no read transaction between looks and
# ends cleanly on SIGINT, SIGTERM and a closed pipe.
. "$PT_SRCDIR/tests/lib.sh"
ME=$(id -un)

CLOCK="$T_TMP/clock"
echo 2026-11-26T14:00:00Z >"$CLOCK"
export PRESSTIME_NOW_FILE="$CLOCK"

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --desk business \
    --due 14:00:30 >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" --desk metro --due 18:00 >/dev/null
# Published before its deadline: the deadline passing is no alert.
pt new old-news "Ran this morning" --desk metro --due 14:01 >/dev/null
for s in assigned reporting filed editing copydesk ready published; do
	pt status old-news $s >/dev/null
done

runs "a bad filter is refused before watching" 2 pt watch "pri:hot"
like "naming the term" "$ERR" 'pri:hot'
runs "an unknown option is refused" 2 pt watch --jsn

# Three watchers: every story as text, every story as JSON, and the
# business desk only.
"$PRESSTIME" watch >"$T_TMP/all.txt" 2>"$T_TMP/all.err" & W1=$!
"$PRESSTIME" watch --json >"$T_TMP/all.json" 2>"$T_TMP/json.err" & W2=$!
"$PRESSTIME" watch desk:business >"$T_TMP/biz.txt" 2>&1 & W3=$!
trap 'kill $W1 $W2 $W3 2>/dev/null; rm -rf "$T_TMP"' EXIT
# Each has taken its first look (what follows is news) once it naps
# between looks, seen in /proc: on a loaded machine a start can take
# longer than any guess.
for w in $W1 $W2 $W3; do busy_waiting "$w"; done

has() { grep -Eq -- "$2" "$1" 2>/dev/null; }
pt status hootsuite-ice assigned --note "Dylan has it" >/dev/null
pt log fcn-layoffs "Union says 40 jobs go; $(printf '\033[31m')red" >/dev/null
pt set hootsuite-ice headline "ICE drops Hootsuite" >/dev/null
pt rfc add hootsuite-ice ICE --kind organization >/dev/null
pt new water-main "Water main breaks" --desk metro >/dev/null
wait_until 300 has "$T_TMP/all.txt" "added story water-main"
OUT=$(cat "$T_TMP/all.txt")
like "a move is a line: who, what, which story" "$OUT" \
    "^2026-11-26 14:00  $ME moved hootsuite-ice from pitched to assigned: Dylan has it$"
like "an entry, its text cleaned of escapes" "$OUT" \
    "^2026-11-26 14:00  $ME logged on fcn-layoffs: Union says 40 jobs go; .?\\[31mred$"
unlike "no raw escape reaches the terminal" "$OUT" "$(printf '\033')"
like "a field" "$OUT" "$ME set the headline of hootsuite-ice to \"ICE drops Hootsuite\""
like "a request, by its target" "$OUT" "$ME asked ICE for comment on hootsuite-ice$"
like "a new story" "$OUT" "$ME added story water-main"
is "each said once" "$(grep -c 'moved hootsuite-ice' "$T_TMP/all.txt")" 1
is "the entry said once (not again as a timeline row)" \
    "$(grep -c 'Union says' "$T_TMP/all.txt")" 1

wait_until 300 has "$T_TMP/all.json" '"new":"ICE drops Hootsuite"'
run python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1]):
    e = json.loads(line)
    assert e["event"] in ("change", "entry", "alert"), e
    assert "slug" in e and "text" in e and "at" in e, e
    n += 1
ev = [json.loads(l) for l in open(sys.argv[1])]
moves = [e for e in ev if e.get("field") == "status"]
assert moves[0]["old"] == "pitched" and moves[0]["new"] == "assigned", moves
assert moves[0]["by"] and moves[0]["note"] == "Dylan has it", moves
logs = [e for e in ev if e.get("field") == "entry"]
assert logs[0]["new"].startswith("Union says") and "\x1b[31m" in logs[0]["new"], logs
print(n)' "$T_TMP/all.json"
is "every --json line is one JSON object (python json)" "$RC" 0
like "and there are some" "$OUT" '^[0-9]+$'
like "escapes stay in JSON, escaped" "$(cat "$T_TMP/all.json")" '\\u001b\[31m'

wait_until 300 has "$T_TMP/biz.txt" "headline of hootsuite-ice"
OUT=$(cat "$T_TMP/biz.txt")
like "the filter keeps its desk's stories" "$OUT" "moved hootsuite-ice"
unlike "and leaves the others out" "$OUT" "fcn-layoffs|water-main"

# Idle, it holds no read transaction: a TRUNCATE checkpoint (which
# waits for no reader only when none holds an old snapshot) completes.
sleep 1.2
is "no read transaction held between looks" \
    "$(sql "PRAGMA wal_checkpoint(TRUNCATE)")" "0|0|0"

# Time passes: the deadline's alert, on the watchers that show it.
echo 2026-11-26T14:00:31Z >"$CLOCK"
wait_until 300 has "$T_TMP/all.txt" "alert: deadline passed"
like "a passed deadline is an alert line" "$(cat "$T_TMP/all.txt")" \
    "^2026-11-26 14:00  alert: deadline passed: hootsuite-ice \\(2 p\\.m\\.\\)$"
wait_until 300 has "$T_TMP/all.json" '"event":"alert"'
run python3 -c '
import json, sys
a = [json.loads(l) for l in open(sys.argv[1]) if "\"alert\"" in l]
assert len(a) == 1, a
a = a[0]
assert a["kind"] == "deadline" and a["slug"] == "hootsuite-ice", a
assert a["at"] == "2026-11-26T14:00:30Z", a
assert a["text"] == "deadline passed: hootsuite-ice (2 p.m.)", a
print("ok")' "$T_TMP/all.json"
is "an alert in JSON" "$OUT" "ok"
wait_until 300 has "$T_TMP/biz.txt" "deadline passed: hootsuite-ice"
like "on the filtered watch too" "$(cat "$T_TMP/biz.txt")" "alert: deadline passed"
# A request's due time passing, off the business desk.
pt rfc add fcn-layoffs FCN --kind organization --due 14:01 >/dev/null
echo 2026-11-26T14:01:05Z >"$CLOCK"
wait_until 300 has "$T_TMP/all.txt" "request overdue"
like "an overdue request" "$(cat "$T_TMP/all.txt")" \
    "alert: request overdue: FCN on fcn-layoffs \\(due 2:01 p\\.m\\.\\)"
sleep 1.2  # the business watch has looked at 14:01:05 too
unlike "not on the business desk's watch" "$(cat "$T_TMP/biz.txt")" \
    "request overdue"
unlike "a published story's deadline is no alert" "$(cat "$T_TMP/all.txt")" \
    "alert: .*old-news"

# A burst bigger than one read (500 rows) comes out whole: 1,200 entries
# written behind the desk's back in one transaction (as an import
# would: timeline rows with no history row).
sql "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n
    WHERE i < 1200) INSERT INTO entry (story_id, occurred_at, logged_at,
    logged_by, kind, body) SELECT (SELECT id FROM story
    WHERE slug = 'water-main'), 1796140800, 1796140800, 'importer', 'note',
    'bulk ' || i FROM n"
count_bulk() { [ "$(grep -c 'importer logged a note on water-main: bulk' \
    "$T_TMP/all.txt")" = 1200 ]; }
wait_until 300 count_bulk
is "a burst of 1,200 rows is said whole" \
    "$(grep -c 'importer logged a note on water-main: bulk' "$T_TMP/all.txt")" \
    1200
is "in order" "$(grep -o 'bulk [0-9]*$' "$T_TMP/all.txt" | sed -n '1p;1200p' |
    tr '\n' ' ')" "bulk 1 bulk 1200 "

# SIGTERM and SIGINT: a clean end, status 0, every line out.
kill -TERM $W1
wait $W1; is "SIGTERM ends it cleanly" "$?" 0
is "nothing on stderr" "$(cat "$T_TMP/all.err")" ""
kill -INT $W2
wait $W2; is "SIGINT ends it cleanly" "$?" 0
tail -c 1 "$T_TMP/all.json" | od -c | grep -q '\\n'
is "the last JSON line is whole" "$?" 0
kill $W3 2>/dev/null; wait $W3 2>/dev/null

# A reader that goes away (head) ends it at the next line, quietly.
( "$PRESSTIME" watch 2>"$T_TMP/pipe.err" & echo $! >"$T_TMP/pipe.pid"
  wait $!; echo "status $?" >"$T_TMP/pipe.rc" ) |
    head -n 1 >"$T_TMP/pipe.out" &
wait_until 300 test -s "$T_TMP/pipe.pid"
busy_waiting "$(cat "$T_TMP/pipe.pid")"
pt log water-main "Crews on site" >/dev/null
pt log water-main "Road closed" >/dev/null
wait_until 300 test -s "$T_TMP/pipe.out"
pt log water-main "Second line for a closed pipe" >/dev/null
wait_until 300 test -s "$T_TMP/pipe.rc"
is "a closed pipe ends it with status 0" "$(cat "$T_TMP/pipe.rc" 2>/dev/null)" \
    "status 0"
is "without complaint" "$(cat "$T_TMP/pipe.err")" ""

done_testing
