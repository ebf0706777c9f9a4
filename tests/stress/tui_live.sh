#!/bin/sh
# Live refresh under load: a TUI sits on a story's Timeline (G: follow
# the end) under tmux while 8 processes x 1000 `presstime log` append to
# that story. The writers see no error, exactly 8000 entries land, and
# the TUI shows the last one within a few seconds of the writers ending,
# with no key pressed. STRESS_WRITERS / STRESS_EACH change the load.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"
WRITERS=${STRESS_WRITERS:-8}
EACH=${STRESS_EACH:-1000}

pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" >/dev/null
tui_start 120 40 open hootsuite-ice
if wait_for "story hootsuite-ice"; then t_ok "the TUI is on the story"
else t_fail "the TUI is on the story" "$PANE"; fi
tm send-keys -t pt G
TUI=$PID

start=$(date +%s)
for w in $(seq 1 "$WRITERS"); do
	(
		errors=0
		for i in $(seq 1 "$EACH"); do
			"$PRESSTIME" log hootsuite-ice "writer $w entry $i" \
			    >/dev/null 2>>"$T_TMP/err.$w" || errors=$((errors + 1))
		done
		echo "$errors" > "$T_TMP/errors.$w"
	) &
done
# Midway, the TUI is already following.
sleep 2
if wait_for "writer [0-9]+ entry [0-9]+" 50; then
	t_ok "entries show while the writers run"
else
	t_fail "entries show while the writers run" "$PANE"
fi
wait
end=$(date +%s)
echo "# $WRITERS x $EACH appends in $((end - start)) s with a TUI watching"

errors=$(cat "$T_TMP"/errors.* | awk '{s+=$1} END {print s}')
is "no writer saw an error" "$errors" "0"
[ "$errors" != 0 ] && sort "$T_TMP"/err.* | uniq -c | head -5 | sed 's/^/# /'
is "every append landed" "$(sql "SELECT count(*) FROM entry")" \
    "$((WRITERS * EACH))"
last=$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")
t0=$(date +%s%N)
if wait_for "^ +$last\$" 100; then
	t_ok "the TUI shows the last entry ($last) $(( ($(date +%s%N) - t0) / 1000000 )) ms after the writers ended"
else
	t_fail "the TUI shows the last entry ($last)" "$PANE"
fi
# The message bar is drawn below the rows: waited for, not read from the
# capture that had the last row.
check "the TUI named the appends" "logged on hootsuite-ice"
if kill -0 "$TUI" 2>/dev/null; then t_ok "the TUI is still running"
else t_fail "the TUI is still running"; fi
cpu=$(ps -o time= -p "$TUI" 2>/dev/null | tr -d ' ')
echo "# TUI CPU time over the run: $cpu"
tm send-keys -t pt q
tm send-keys -t pt q
i=0; while kill -0 "$TUI" 2>/dev/null && [ $i -lt "$PT_WAIT" ]; do sleep 0.1; i=$((i + 1)); done
runs "integrity check" 0 pt check
no_sanitizer_report
done_testing
