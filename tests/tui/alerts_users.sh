#!/bin/sh
# notify_command once per event per user: two real editors of one shared
# newsroom, ua in two windows (80x24 and 200x50) and ub in one (80x24).
# When a deadline passes every window says so, and each user's command
# runs once: ua's once for ua's two windows, ub's once for ub.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

if [ "$(id -u)" != 0 ] || ! command -v useradd >/dev/null ||
    ! command -v setpriv >/dev/null; then
	t_skip "alerts for two real editors" \
	    "needs root, useradd and setpriv to create two real users"
	done_testing
	exit
fi
grp=ptalg$$
ua=ptala$$
ub=ptalb$$
real_users "$grp" "$ua" "$ub"
room="$T_TMP/room"
install -d -m 2770 -g "$grp" "$room"
shared="$room/newsroom.db"
PRESSTIME_DB=$shared
CLOCK="$T_TMP/clock"
echo 2026-11-26T14:00:00Z >"$CLOCK"
chmod 644 "$CLOCK"
: >"$T_TMP/notified"
chmod 666 "$T_TMP/notified"
for u in "$ua" "$ub"; do
	install -d -o "$u" -g users "$T_TMP/home-$u" \
	    "$T_TMP/home-$u/.config/presstime"
	# Each user's own config: the command says whose it is.
	printf '%s\n' "notify_command: 'echo \"$u|\$1\" >>$T_TMP/notified'" \
	    >"$T_TMP/home-$u/.config/presstime/config.yaml"
done
as() { u=$1; shift; setpriv --reuid "$u" --regid users --init-groups \
    env HOME="$T_TMP/home-$u" XDG_CONFIG_HOME="$T_TMP/home-$u/.config" \
    XDG_STATE_HOME="$T_TMP/home-$u/.state" PRESSTIME_DB="$shared" \
    PRESSTIME_NOW_FILE="$CLOCK" "$PRESSTIME" "$@"; }
as "$ua" init --shared >/dev/null
as "$ua" new hootsuite-ice "Hootsuite drops ICE contract" --due 14:00:30 \
    >/dev/null

# win NAME USER COLS ROWS: presstime as USER alone in tmux session NAME.
win() {
	tm_new -d -s "$1" -x "$3" -y "$4" \
	    "exec setpriv --reuid $2 --regid users --init-groups env \
	    HOME='$T_TMP/home-$2' XDG_CONFIG_HOME='$T_TMP/home-$2/.config' \
	    XDG_STATE_HOME='$T_TMP/home-$2/.state' PRESSTIME_DB='$shared' TZ=UTC \
	    PRESSTIME_NOW_FILE='$CLOCK' LC_ALL=C.UTF-8 TERM=screen-256color \
	    '$PRESSTIME' 2>>'$T_TMP/tui.stderr'"
}
see() { # see NAME WIN PATTERN: within $PT_WAIT tenths
	i=0
	while [ $i -lt "$PT_WAIT" ]; do
		PANE=$(tm capture-pane -p -t "$2" 2>/dev/null)
		if printf '%s\n' "$PANE" | grep -Eq -- "$3"; then
			t_ok "$1"
			return 0
		fi
		sleep 0.1; i=$((i + 1))
	done
	t_fail "$1" "pane $2:" "$PANE"
}
win a1 "$ua" 80 24
win a2 "$ua" 200 50
win b1 "$ub" 80 24
for w in a1 a2 b1; do see "window $w shows the queue" $w "hootsuite-ice"; done

echo 2026-11-26T14:00:31Z >"$CLOCK"
for w in a1 a2 b1; do
	see "window $w says the deadline passed" $w \
	    "deadline passed: hootsuite-ice \(2 p\.m\.\)"
done
two_lines() { [ "$(wc -l <"$T_TMP/notified")" -ge 2 ]; }
wait_until "$PT_WAIT" two_lines
sleep 0.5  # room for a third run, which must not come
is "each user's command ran once" "$(sort "$T_TMP/notified")" \
    "$(printf '%s\n%s' "$ua|deadline passed: hootsuite-ice (2 p.m.)" \
    "$ub|deadline passed: hootsuite-ice (2 p.m.)" | sort)"
is "one delivery recorded per user" \
    "$(sql "SELECT login FROM alert_sent ORDER BY login" | tr '\n' ' ')" \
    "$(printf '%s\n%s\n' "$ua" "$ub" | sort | tr '\n' ' ')"

for w in a1 a2 b1; do tm send-keys -t $w q; done
no_sanitizer_report
done_testing
