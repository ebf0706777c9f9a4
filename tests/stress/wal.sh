#!/bin/sh
# WAL growth with idle readers: 8 idle TUIs (headless, a script that
# only idles, so they poll PRAGMA data_version and reload as an editor's
# screen would) and one writer making 10,000 commits through `presstime
# log`. No idle TUI may hold a read transaction between polls, or the WAL
# could never be checkpointed back to the start: it must end under
# 8 MiB. A `presstime watch` runs beside them under the same rule. The
# TUIs also keep their presence heartbeat, once a second here
# (PRESSTIME_PRESENCE=1,3, test-only; 15 s in use), each beat a short
# write of its own. The largest -wal seen while sampling is reported.
# STRESS_TUIS, STRESS_WRITERS and STRESS_EACH change the load.
. "$PT_SRCDIR/tests/lib.sh"

TUIS=${STRESS_TUIS:-8}
WRITERS=${STRESS_WRITERS:-1}
EACH=${STRESS_EACH:-10000}
LIMIT=$((8 * 1024 * 1024))
WAL="$PRESSTIME_DB-wal"

pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" >/dev/null

printf '<Idle>' >"$T_TMP/idle"
printf ':open hootsuite-ice<Enter>G<Idle>' >"$T_TMP/idle-story"
pids=""
for n in $(seq 1 "$TUIS"); do
	# Half sit on the queue, half follow the story being written.
	script="$T_TMP/idle"
	[ $((n % 2)) = 0 ] && script="$T_TMP/idle-story"
	PRESSTIME_PRESENCE=1,3 PRESSTIME_HEADLESS=1 LINES=40 COLUMNS=120 \
	    PRESSTIME_SCRIPT="$script" \
	    "$PRESSTIME" >/dev/null 2>"$T_TMP/tui.$n.err" &
	pids="$pids $!"
done
# And a `presstime watch`, which must hold nothing between its looks
# either (its output is read to the end: every commit is a line).
"$PRESSTIME" watch >"$T_TMP/watch.out" 2>"$T_TMP/watch.err" &
watcher=$!
sleep 1
alive=0
for p in $pids; do kill -0 "$p" 2>/dev/null && alive=$((alive + 1)); done
is "$TUIS idle TUIs are up" "$alive" "$TUIS"
kill -0 "$watcher" 2>/dev/null
is "a watcher is up" "$?" 0

# Sample the -wal size every 0.2 s while the writers run.
(
	max=0
	while [ ! -e "$T_TMP/done" ]; do
		s=$(stat -c %s "$WAL" 2>/dev/null || echo 0)
		[ "$s" -gt "$max" ] && max=$s
		echo "$max" >"$T_TMP/walmax"
		sleep 0.2
	done
) &
sampler=$!

start=$(date +%s)
for w in $(seq 1 "$WRITERS"); do
	(
		errors=0
		for i in $(seq 1 "$EACH"); do
			"$PRESSTIME" log hootsuite-ice "writer $w commit $i" \
			    >/dev/null 2>>"$T_TMP/err.$w" || errors=$((errors + 1))
		done
		echo "$errors" >"$T_TMP/errors.$w"
	) &
done
while [ "$(ls "$T_TMP"/errors.* 2>/dev/null | wc -l)" -lt "$WRITERS" ]; do
	sleep 0.2
done
end=$(date +%s)
# A few more polls with the TUIs idle after the burst.
sleep 2
final=$(stat -c %s "$WAL" 2>/dev/null || echo 0)
touch "$T_TMP/done"
wait "$sampler"
max=$(cat "$T_TMP/walmax")
commits=$((WRITERS * EACH))
echo "# $commits commits by $WRITERS writer(s) in $((end - start)) s with $TUIS idle TUIs"
echo "# -wal: max $max bytes ($((max / 1024)) KiB) while sampling, $final at the end"

kill -TERM "$watcher"
wait "$watcher"
is "the watcher ends cleanly" "$?" 0
is "the watcher printed every commit" \
    "$(grep -c 'logged on hootsuite-ice: writer' "$T_TMP/watch.out")" \
    "$((WRITERS * EACH))"
errors=$(cat "$T_TMP"/errors.* | awk '{s+=$1} END {print s}')
is "no writer saw an error" "$errors" 0
is "every commit landed" "$(sql "SELECT count(*) FROM entry")" "$commits"
if [ "$max" -lt "$LIMIT" ]; then t_ok "the -wal stayed under 8 MiB (max $max)"
else t_fail "the -wal stayed under 8 MiB" "max $max bytes"; fi
if [ "$final" -lt "$LIMIT" ]; then t_ok "the -wal is under 8 MiB after ($final)"
else t_fail "the -wal is under 8 MiB after" "$final bytes"; fi
alive=0
for p in $pids; do kill -0 "$p" 2>/dev/null && alive=$((alive + 1)); done
is "the TUIs are all still idling" "$alive" "$TUIS"
is "and all still present (their heartbeats went on)" \
    "$(sql "SELECT count(*) FROM presence")" "$TUIS"
for p in $pids; do kill -TERM "$p" 2>/dev/null; done
for p in $pids; do wait "$p" 2>/dev/null; done
is "the TUIs left nothing on stderr" "$(cat "$T_TMP"/tui.*.err)" ""
runs "integrity check" 0 pt check
done_testing
