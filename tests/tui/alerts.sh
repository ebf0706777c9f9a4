#!/bin/sh
# Alerts in two real terminals (80x24 and 200x50) on one newsroom: a
# deadline, a request's due time and a promised time passing, and an
# answer after publication, each said on both message bars within 5 s
# of the (stepped) clock or the write; the bell rings when asked for;
# notify_command runs once for the user, not once per window, with the
# event as arguments and as JSON on stdin.
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

# The clock the TUIs read: a file this test rewrites (PRESSTIME_NOW_FILE,
# see docs/HACKING.md).
CLOCK="$T_TMP/clock"
echo 2026-11-26T14:00:00Z >"$CLOCK"
export PRESSTIME_NOW_FILE="$CLOCK"
step() { echo "$1" >"$CLOCK"; }

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due 14:00:30 >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" --due 18:00 >/dev/null
pt rfc add fcn-layoffs FCN --kind organization --due 14:01:30 >/dev/null
pt rfc add fcn-layoffs "Sam Anderson" --kind source >/dev/null
pt rfc promise fcn-layoffs "Sam Anderson" --by 14:02:30 >/dev/null
pt new council-vote "Council passes budget" --due 17:00 >/dev/null
pt rfc add council-vote "Mayor's office" --kind organization >/dev/null
for s in assigned reporting filed editing copydesk ready published; do
	pt status council-vote $s >/dev/null
done

mkdir -p "$XDG_CONFIG_HOME/presstime"
# Shell words in the string: run by /bin/sh, the event in "$1".."$4".
cat >"$XDG_CONFIG_HOME/presstime/config.yaml" <<YAML
alerts: { bell: true }
notify_command: 'cat >>"$T_TMP/notify.json"; printf "%s|%s|%s|%s\n" "\$1" "\$2" "\$3" "\$4" >>"$T_TMP/notified"'
YAML
runs "the config checks clean" 0 pt config check
# A delivery remembered from long ago, forgotten at the next claim.
sql "INSERT INTO alert_sent (login, key, at) VALUES ('$(id -un)',
    'deadline:99:1764000000', 1764000000)"

# start NAME COLS ROWS: a TUI in its own tmux session.
start() {
	tm_new -d -s "$1" -x "$2" -y "$3" \
	    "exec env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
	    PRESSTIME_NOW='$PRESSTIME_NOW' PRESSTIME_NOW_FILE='$CLOCK' \
	    LC_ALL=C.UTF-8 TERM=screen-256color \
	    XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
	    '$PRESSTIME' 2>>'$T_TMP/tui.stderr'"
}
# on NAME PATTERN: polls that pane up to $PT_WAIT tenths for PATTERN.
on() {
	i=0
	while [ $i -lt "$PT_WAIT" ]; do
		PANE=$(tm capture-pane -p -t "$1" 2>/dev/null)
		printf '%s\n' "$PANE" | grep -Eq -- "$2" && return 0
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
both() { # both NAME PATTERN: a TAP line per terminal
	for s in small big; do
		if on $s "$2"; then t_ok "$1 ($s)"; else
			t_fail "$1 ($s)" "pane:" "$PANE"; fi
	done
}
lines() { [ -f "$1" ] && wc -l <"$1" | tr -d ' ' || echo 0; }

start small 80 24
start big 200 50
tm set-hook -g alert-bell "run-shell 'echo bell >>$T_TMP/bells'"
both "the queue shows" "hootsuite-ice"

# Nothing has passed yet: no alert, no command.
sleep 1.2  # two looks of each screen: an absence has no event to wait on
is "no alert before its time" "$(lines "$T_TMP/notified")" 0

step 2026-11-26T14:00:31Z
both "a passed deadline is said" "deadline passed: hootsuite-ice \(2 p\.m\.\)"
# Both windows have claimed it by now (a screen says an alert in the
# poll that claims it); the command ran for the first only.
has_lines() { [ "$(lines "$1")" -ge "$2" ]; }
wait_until "$PT_WAIT" has_lines "$T_TMP/notified" 1
sleep 0.5  # room for a second run, which must not come
is "notify_command ran once for the user, not per window" \
    "$(lines "$T_TMP/notified")" 1
is "with the event as arguments" "$(cat "$T_TMP/notified")" \
    "deadline passed: hootsuite-ice (2 p.m.)|deadline|hootsuite-ice|2026-11-26T14:00:30Z"
run python3 -c '
import json, sys
for line in open(sys.argv[1]):
    e = json.loads(line)
    assert e["event"] == "alert" and e["kind"] == "deadline", e
    assert e["slug"] == "hootsuite-ice" and e["at"] == "2026-11-26T14:00:30Z", e
    assert e["text"] == "deadline passed: hootsuite-ice (2 p.m.)", e
print("ok")' "$T_TMP/notify.json"
is "and as one JSON object on stdin" "$OUT" "ok"
is "the alert is recorded once for the user, a week-old one forgotten" \
    "$(sql "SELECT key FROM alert_sent")" "deadline:1:1795701630"
if wait_until "$PT_WAIT" test -s "$T_TMP/bells"; then t_ok "the bell rang"; else
	t_fail "the bell rang" "no alert-bell from tmux"; fi

step 2026-11-26T14:01:31Z
both "an overdue request is said" \
    "request overdue: FCN on fcn-layoffs \(due 2:01 p\.m\.\)"
step 2026-11-26T14:02:31Z
both "a broken promise is said" \
    "promise broken: Sam Anderson on fcn-layoffs \(a statement by 2:02 p\.m\.\)"

# A source answers after publication: a write, not the clock.
pt rfc answer council-vote "Mayor's office" "We stand by the vote." >/dev/null
both "an answer after publication is said" \
    "answered after publication: Mayor's office on council-vote"
wait_until "$PT_WAIT" has_lines "$T_TMP/notified" 4
sleep 0.5
is "each event ran the command once" "$(lines "$T_TMP/notified")" 4

# A limit that leaves the story out keeps its alert off that screen.
tm send-keys -t small l
on small "limit:" || true
tm send-keys -t small -l "desk:sports"
tm send-keys -t small Enter
# off NAME PATTERN: polls that pane up to $PT_WAIT tenths until PATTERN is gone.
off() {
	i=0
	while [ $i -lt "$PT_WAIT" ]; do
		PANE=$(tm capture-pane -p -t "$1" 2>/dev/null)
		printf '%s\n' "$PANE" | grep -Eq -- "$2" || return 0
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
if off small "hootsuite-ice"; then t_ok "the small screen's limit leaves hootsuite-ice out"; else
	t_fail "the small screen's limit leaves hootsuite-ice out" "$PANE"; fi
pt set hootsuite-ice deadline 14:03:10 >/dev/null
step 2026-11-26T14:03:11Z
if on big "deadline passed: hootsuite-ice \(2:03 p\.m\.\)"; then
	t_ok "a moved deadline passing is news again"; else
	t_fail "a moved deadline passing is news again" "pane:" "$PANE"; fi
sleep 1  # the small screen has looked at 14:03:11 as the big one did
PANE=$(tm capture-pane -p -t small)
unlike "not on a screen whose limit leaves the story out" "$PANE" \
    "deadline passed: hootsuite-ice \(2:03"

# The open story's alert is said even when the queue's limit leaves the
# story out: the small screen opens it over its desk:sports queue.
tm send-keys -t small :
tm send-keys -t small -l "open hootsuite-ice"
tm send-keys -t small Enter
if on small "ICE contract with Hootsuite"; then t_ok "the story is open (small)"
else t_fail "the story is open (small)" "$PANE"; fi
pt set hootsuite-ice deadline 14:04:10 >/dev/null
step 2026-11-26T14:04:11Z
both "the open story's alert is said" \
    "deadline passed: hootsuite-ice \(2:04 p\.m\.\)"

tm send-keys -t small q
tm send-keys -t small q
tm send-keys -t big q
no_sanitizer_report
done_testing
