#!/bin/sh
# A slow notify_command never holds the screen: the alert is said and
# keys work at once while it runs; it is killed at its time limit (10 s)
# and reaped, leaving no zombie behind.
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

CLOCK="$T_TMP/clock"
echo 2026-11-26T14:00:00Z >"$CLOCK"
export PRESSTIME_NOW_FILE="$CLOCK"
pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due 14:00:30 >/dev/null
mkdir -p "$XDG_CONFIG_HOME/presstime"
# A marker in the sleep's time names this test's process: this run's
# own (its pid in the fraction), as other runs of the suite on the same
# machine have their own slow command going, killed on their own time.
MARK="45.$$"
cat >"$XDG_CONFIG_HOME/presstime/config.yaml" <<YAML
notify_command: 'sleep $MARK; echo late'
YAML
# The command (sh -c "sleep 45.PID; ...") or its sleep, and no other.
SLOW="[s]leep 45\\.${MARK#45.}(;|\$)"
slow_runs() { pgrep -f "$SLOW" >/dev/null; }
slow_gone() { ! slow_runs; }

tm_new -d -s pt -x 80 -y 24 \
    "exec env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
    PRESSTIME_NOW_FILE='$CLOCK' LC_ALL=C.UTF-8 TERM=screen-256color \
    XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
    '$PRESSTIME' 2>>'$T_TMP/tui.stderr'"
PID=$(tm list-panes -t pt -F '#{pane_pid}')
check "the queue shows" "hootsuite-ice"

echo 2026-11-26T14:00:31Z >"$CLOCK"
check "the alert is said" "deadline passed: hootsuite-ice"
if wait_until "$PT_WAIT" slow_runs; then
	t_ok "the command runs"; else t_fail "the command runs"; fi
# The help's own heads: the queue's key bar says "?:help" already.
tm send-keys -t pt '?'
check "a key works while it runs" "ACTION +QUEUE +STORY +WHAT IT DOES"
tm send-keys -t pt q
check "and back" "hootsuite-ice"
# Killed at 10 s: give it 14.
if wait_until 140 slow_gone; then
	t_ok "a slow command is killed at its time limit"; else
	t_fail "a slow command is killed at its time limit" \
	    "$(pgrep -af "$SLOW")"; pkill -f "$SLOW"; fi
zombies() { ps --ppid "$PID" -o stat= 2>/dev/null | grep -c '^Z'; }
# The TUI reaps on its next look (twice a second): waited for, as a
# loaded machine can delay that look.
no_zombie() { [ "$(zombies)" = 0 ]; }
wait_until "$PT_WAIT" no_zombie
is "its supervisor is reaped (no zombie)" "$(zombies)" 0
tm send-keys -t pt q
gone_within "the TUI quits" 30
no_sanitizer_report
done_testing
