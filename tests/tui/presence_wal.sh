#!/bin/sh
# The heartbeat never pins the WAL: 8 idle TUIs (headless, a script that
# only idles) beat every second (PRESSTIME_PRESENCE=1,3, test-only)
# while a writer commits. Each beat is a short write and each look at
# who is here a one-statement read, so no TUI holds a read transaction
# between polls: a TRUNCATE checkpoint, taken again and again while they
# run, always finishes (busy 0) with every frame moved back, and the
# -wal never grows past 8 MiB (as in the stress test). tests/stress/wal.sh does the same with 10,000
# commits.
. "$PT_SRCDIR/tests/lib.sh"

TUIS=8
WAL="$PRESSTIME_DB-wal"
pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" >/dev/null

printf '<Idle>' >"$T_TMP/idle"
printf ':open hootsuite-ice<Enter>G<Idle>' >"$T_TMP/idle-story"
pids=""
for n in $(seq 1 $TUIS); do
	script="$T_TMP/idle"
	[ $((n % 2)) = 0 ] && script="$T_TMP/idle-story"
	PRESSTIME_PRESENCE=1,3 PRESSTIME_HEADLESS=1 LINES=24 COLUMNS=80 \
	    PRESSTIME_SCRIPT="$script" "$PRESSTIME" >/dev/null \
	    2>"$T_TMP/tui.$n.err" &
	pids="$pids $!"
done
trap 'for p in $pids; do kill -9 "$p" 2>/dev/null; done; rm -rf "$T_TMP"' EXIT

live() { sql "SELECT count(*) FROM presence"; }
all_live() { [ "$(live)" = $TUIS ]; }
on_story() {
	sql "SELECT count(*) FROM presence p JOIN story s ON s.id = p.story_id
	    WHERE s.slug = 'hootsuite-ice'"
}
half_on_story() { [ "$(on_story)" = $((TUIS / 2)) ]; }
# Eight TUIs starting on a loaded two-core machine (ASan: ~3x slower)
# take a while; a TUI's first beat is before its script opens the story,
# so the story's count is waited for too.
wait_until 600 all_live
is "all $TUIS idle TUIs are present" "$(live)" $TUIS
wait_until 300 half_on_story
is "half of them on the story" "$(on_story)" $((TUIS / 2))

# A writer commits while the TUIs beat; the -wal is sampled and
# truncated by checkpoints in between.
max=0 ck_busy=0 ck_left=0
for round in $(seq 1 8); do
	for i in $(seq 1 25); do
		pt log hootsuite-ice "round $round commit $i" >/dev/null ||
		    echo "log failed" >>"$T_TMP/errors"
	done
	s=$(stat -c %s "$WAL" 2>/dev/null || echo 0)
	[ "$s" -gt "$max" ] && max=$s
	# busy|log|checkpointed: busy 1 means a reader held the WAL.
	r=$(sql "PRAGMA wal_checkpoint(TRUNCATE)")
	[ "${r%%|*}" = 0 ] || ck_busy=$((ck_busy + 1))
	# log|checkpointed: every frame went back into the database.
	r=${r#*|}
	[ "${r%|*}" = "${r#*|}" ] || ck_left=$((ck_left + 1))
	sleep 0.5
done
echo "# -wal: largest $max bytes between checkpoints"
is "no writer failed" "$(cat "$T_TMP/errors" 2>/dev/null)" ""
is "every TRUNCATE checkpoint finished (no reader held the WAL)" \
    "$ck_busy" 0
is "and moved every frame back each time" "$ck_left" 0
if [ "$max" -lt $((8 * 1024 * 1024)) ]; then t_ok "the -wal stayed under 8 MiB ($max)"
else t_fail "the -wal stayed under 8 MiB" "max $max bytes"; fi
# A beat is due every second and a row is stale after 3: on a loaded
# machine a TUI can miss that, have its row pruned by another and put
# it back at its next beat. A TUI that stopped beating never comes back.
wait_until 300 all_live
is "the TUIs kept beating: still all present" "$(live)" $TUIS
alive=0
for p in $pids; do kill -0 "$p" 2>/dev/null && alive=$((alive + 1)); done
is "the TUIs are all still idling" "$alive" $TUIS
# One at a time: a leave waits at most 200 ms for the lock, then lets
# the row age out (src/tui/presence.c); eight ASan TUIs leaving at once
# on two loaded cores can collide longer than that. Each still has to
# remove its own row.
for p in $pids; do kill -TERM "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
is "leaving, each removed its row" "$(live)" 0
is "the TUIs left nothing on stderr" "$(cat "$T_TMP"/tui.*.err)" ""
runs "integrity check" 0 pt check
done_testing
