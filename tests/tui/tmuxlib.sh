# Driving the real binary in a real terminal: tmux with send-keys and
# capture-pane. Sourced after tests/lib.sh; skips the test when tmux is
# missing. Every tmux call has a timeout, so a failure never hangs.

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux not installed"
	exit 0
fi
SOCK="pt$$"
tm() { timeout 10 tmux -L "$SOCK" "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$T_TMP"' EXIT

# PT_WAIT: how long (tenths) the waits below give the pane by default.
# CI runs the suite on a loaded two-core machine, under ASan too (about
# 3x slower): 5 s was missed there, so 30 s; a wait ends at the match.
PT_WAIT=${PT_WAIT:-300}
# wait_for PATTERN [TENTHS]: polls the pane (default $PT_WAIT) until it
# shows PATTERN (grep -E); the last capture is in $PANE.
wait_for() {
	i=0
	while [ $i -lt "${2:-$PT_WAIT}" ]; do
		PANE=$(tm capture-pane -p -t pt 2>/dev/null)
		printf '%s\n' "$PANE" | grep -Eq -- "$1" && return 0
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
# check NAME PATTERN: a TAP line for wait_for.
check() {
	if wait_for "$2"; then t_ok "$1"; else t_fail "$1" "pane:" "$PANE"; fi
}
# wait_in FILTER PATTERN: wait_for on the pane piped through FILTER (a
# command, split on blanks: "sed -n 3p"). A capture can land while the
# screen is being redrawn, so a test that looks at one part of it waits
# for that part rather than reading the capture some other check made.
wait_in() {
	i=0
	while [ $i -lt "$PT_WAIT" ]; do
		PANE=$(tm capture-pane -p -t pt 2>/dev/null)
		printf '%s\n' "$PANE" | $1 | grep -Eq -- "$2" && return 0
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
# check_in NAME FILTER PATTERN: a TAP line for wait_in.
check_in() {
	if wait_in "$2" "$3"; then t_ok "$1"; else t_fail "$1" "pane:" "$PANE"; fi
}
# settled FILTER PATTERN: wait_in, and then until two captures in a row
# (0.2 s apart) are the same: the screen is whole and drawing has
# stopped, for a test that reads the terminal's bytes from then on.
settled() {
	wait_in "$1" "$2" || return 1
	i=0
	while [ $i -lt "$PT_WAIT" ]; do
		_prev=$PANE
		sleep 0.2
		PANE=$(tm capture-pane -p -t pt 2>/dev/null)
		[ "$PANE" = "$_prev" ] &&
		    printf '%s\n' "$PANE" | $1 | grep -Eq -- "$2" && return 0
		i=$((i + 2))
	done
	return 1
}
# gone_from_pane PATTERN: polls until the pane no longer shows it.
gone_from_pane() {
	i=0
	while [ $i -lt "$PT_WAIT" ]; do
		PANE=$(tm capture-pane -p -t pt 2>/dev/null)
		printf '%s\n' "$PANE" | grep -Eq -- "$1" || return 0
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
# tm_new ARGS...: tmux new-session ARGS (with -s NAME). A server that
# goes down while the client connects fails it ("server exited
# unexpectedly", seen under load in CI after the last session ended):
# then wait and start again, up to five times.
tm_new() {
	_name= _prev=
	for _a in "$@"; do
		[ "$_prev" = "-s" ] && _name=$_a
		_prev=$_a
	done
	_n=0
	while ! tm -f /dev/null new-session "$@"; do
		tm has-session -t "$_name" 2>/dev/null && return 0
		_n=$((_n + 1))
		[ $_n -lt 5 ] || return 1
		sleep 0.5
	done
}
# tui_start COLS ROWS [ARGS...]: presstime ARGS alone in a fresh tmux
# session "pt" of that size, with the test's database, home and clock;
# its pid in $PID.
tui_start() {
	cols=$1 rows=$2
	shift 2
	# A server still going down would swallow the new session.
	i=0
	while tm has-session -t pt 2>/dev/null && [ $i -lt "$PT_WAIT" ]; do
		sleep 0.1; i=$((i + 1))
	done
	tm_new -d -s pt -x "$cols" -y "$rows" \
	    "exec env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
	    PRESSTIME_NOW='$PRESSTIME_NOW' LC_ALL=C.UTF-8 TERM=screen-256color \
	    XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
	    '$PRESSTIME' $* 2>>'$T_TMP/tui.stderr'"
	PID=$(tm list-panes -t pt -F '#{pane_pid}')
}
# no_sanitizer_report: the TUIs this test ran (their stderr is kept in
# $T_TMP/tui.stderr, the pane shows only the screen) drew no report from
# ASan, LeakSanitizer or UBSan in a --enable-sanitizers build. The test
# is over: the server goes, and LeakSanitizer reports at exit, so every
# TUI is waited out first (one still closing would be read too early).
no_sanitizer_report() {
	tm kill-server >/dev/null 2>&1
	wait_until "$PT_WAIT" no_tui_left
	if grep -Eq 'Sanitizer|runtime error:' "$T_TMP/tui.stderr" 2>/dev/null
	then
		t_fail "no sanitizer report from the TUI" \
		    "$(head -n 60 "$T_TMP/tui.stderr")"
	else
		t_ok "no sanitizer report from the TUI"
	fi
}
# no_tui_left: no process still holds $T_TMP/tui.stderr open (Linux
# /proc; elsewhere true at once).
no_tui_left() {
	! find /proc/[0-9]*/fd -lname "$T_TMP/tui.stderr" 2>/dev/null |
	    grep -q .
}
# alive PID: running (a zombie has exited: tmux reaps it when it likes).
alive() {
	st=$(ps -o stat= -p "$1" 2>/dev/null)
	[ -n "$st" ] && [ "${st#Z}" = "$st" ]
}
# gone_within NAME TENTHS: a TAP line for PID being gone in time (the
# time it took in $MS); a PID still there is named with its state and
# killed.
gone_within() {
	t0=$(date +%s%N)
	while alive "$PID" &&
	    [ $(( ($(date +%s%N) - t0) / 100000000 )) -lt "$2" ]; do
		sleep 0.02
	done
	MS=$(( ($(date +%s%N) - t0) / 1000000 ))
	if alive "$PID"; then
		t_fail "$1" "pid $PID still running after $MS ms: $(ps -o stat=,time=,cmd= -p "$PID")"
		kill -9 "$PID" 2>/dev/null
	else
		t_ok "$1 ($MS ms)"
	fi
}
# hold_lock SECONDS: another writer (python3's sqlite3; the test checks
# python3 is there) takes the database's write lock and keeps it that
# long (its pid in LOCKER); returns once the lock is held.
hold_lock() {
	rm -f "$T_TMP/locked"
	python3 - "$PRESSTIME_DB" "$T_TMP/locked" "$1" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
time.sleep(float(sys.argv[3]))
c.execute("ROLLBACK")
PY
	LOCKER=$!
	i=0
	while [ ! -e "$T_TMP/locked" ] && [ $i -lt "$PT_WAIT" ]; do
		sleep 0.1; i=$((i + 1))
	done
}
