#!/bin/sh
# Presence and sessions with real terminals (tmux), at 80x24 and 200x50:
# two real editors of one shared newsroom (ua in two windows, ub in
# one). The queue marks a story someone else has open, the story header
# says "ub is here (editing the headline)", ua's other window is named
# "you, in another window," in the news while a window's own writes
# stay silent, quitting removes a window's row at once, and a TUI killed
# with SIGKILL (no cleanup) is gone from the others' screens once its
# row is stale. PRESSTIME_PRESENCE=1,3 (test-only: beat every second,
# stale after 3) stands in for the 15 s beat and the minute.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

# One user first: a heartbeat never holds up a key while another writer
# has the lock, and what others' rows say is drawn sanitized.
pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" --due +2h >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" --due +3h >/dev/null
# An editor that takes longer than a row stays fresh (3 s here).
printf '#!/bin/sh\nsleep 6\necho "Written slowly in the editor" >"$1"\n' \
    >"$T_TMP/slow-ed"
chmod +x "$T_TMP/slow-ed"
tm_new -d -s pt -x 80 -y 24 \
    "exec env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
    VISUAL= EDITOR='$T_TMP/slow-ed' \
    PRESSTIME_NOW='$PRESSTIME_NOW' PRESSTIME_PRESENCE=1,3 LC_ALL=C.UTF-8 \
    TERM=screen-256color '$PRESSTIME' 2>>'$T_TMP/tui.stderr'"
check "the queue shows" "fcn-layoffs"
if command -v python3 >/dev/null; then
	hold_lock 5
	t0=$(date +%s%N)
	tm send-keys -t pt Enter
	check "Enter opens the story while another writer holds the lock" \
	    "^hootsuite-ice +pitched"
	ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	if [ "$ms" -lt 1500 ]; then t_ok "within 1.5 s: the beat was skipped ($ms ms)"
	else t_fail "within 1.5 s: the beat was skipped" "$ms ms"; fi
	is "no beat got in while the lock was held" \
	    "$(sql "SELECT count(*) FROM presence WHERE story_id IS NOT NULL")" 0
	wait "$LOCKER"
	i=0
	while [ "$(sql "SELECT count(*) FROM presence WHERE story_id IS NOT NULL")" != 1 ] &&
	    [ $i -lt "$PT_WAIT" ]; do sleep 0.1; i=$((i + 1)); done
	is "once the lock is free the beat says the story" \
	    "$(sql "SELECT s.slug FROM presence p JOIN story s ON s.id = p.story_id")" \
	    hootsuite-ice
else
	t_skip "a heartbeat under a held lock" "needs python3 to hold the lock"
	tm send-keys -t pt Enter
	check "Enter opens the story" "^hootsuite-ice +pitched"
fi
# A row written by anyone with SQL access: escapes, a bell and a long
# name are drawn as text, cut to the width, never sent to the terminal.
now=$(date +%s)
sql "INSERT INTO presence (session, login, name, story_id, doing, seen_at)
    SELECT 'hostile', 'evil' || char(27) || '[2J' || char(7) || 'x', 'E',
    id, 'typing ' || char(27) || ']0;pwned' || char(7) || ' '
    || replace(hex(zeroblob(60)), '0', 'w'), $now + 30 FROM story
    WHERE slug = 'hootsuite-ice'"
check "a hostile row is shown" "is here \\(typing"
like "its escapes drawn as text" "$(tm capture-pane -p -t pt | sed -n 5p)" \
    "evil.*x is here"
is "the screen was not cleared by it" \
    "$(tm capture-pane -p -t pt | sed -n 3p | sed 's/ *$//')" \
    "Hootsuite drops ICE contract"
is "the header line is cut to 80 columns" \
    "$(tm capture-pane -p -t pt | sed -n 5p | tr -d '\n' | wc -m)" 80
unlike "the title was not set" "$(tm display-message -p -t pt '#{pane_title}')" \
    "pwned"
sql "DELETE FROM presence WHERE session = 'hostile'"
# E: the editor runs past the staleness (6 s against 3); the window
# beats on through it, saying what it does. Timed from the editor's
# start (the row saying so), not from the key: on a loaded machine the
# key can take a while to get there.
tm send-keys -t pt E
editing() { [ "$(sql "SELECT doing FROM presence")" = "logging an entry" ]; }
wait_until "$PT_WAIT" editing
sleep 4
is "while \$EDITOR runs the row stays fresh, saying so" \
    "$(sql "SELECT doing, seen_at >= CAST(strftime('%s', 'now') AS INTEGER) - 2 FROM presence")" \
    "logging an entry|1"
check "the editor's entry is logged" "Written slowly in the editor"
is "and the row says the story again, doing nothing" \
    "$(sql "SELECT doing IS NULL, story_id IS NOT NULL FROM presence")" "1|1"
tm send-keys -t pt q
tm send-keys -t pt q
i=0
while [ "$(sql "SELECT count(*) FROM presence")" != 0 ] && [ $i -lt "$PT_WAIT" ]; do
	sleep 0.1; i=$((i + 1))
done
is "quitting removed the row" "$(sql "SELECT count(*) FROM presence")" 0
tm kill-server >/dev/null 2>&1
sleep 0.3

if [ "$(id -u)" != 0 ] || ! command -v useradd >/dev/null ||
    ! command -v setpriv >/dev/null; then
	# Without a second login the same checks run as one user in three
	# windows, which cannot show the other person's name.
	t_skip "presence between two real editors" \
	    "needs root, useradd and setpriv to create two real users"
	done_testing
	exit
fi
grp=ptprs$$
ua=ptpa$$
ub=ptpb$$
real_users "$grp" "$ua" "$ub"
room="$T_TMP/room"
install -d -m 2770 -g "$grp" "$room"
shared="$room/newsroom.db"
PRESSTIME_DB=$shared
as() { u=$1; shift; setpriv --reuid "$u" --regid users --init-groups \
    env HOME="$T_TMP" PRESSTIME_DB="$shared" PRESSTIME_NOW="$PRESSTIME_NOW" \
    "$PRESSTIME" "$@"; }
as "$ua" init --shared >/dev/null
as "$ua" new hootsuite-ice "Hootsuite drops ICE contract" --due +2h \
    >/dev/null
as "$ua" new fcn-layoffs "FCN cuts 40 jobs" --due +3h >/dev/null

# win NAME USER COLS ROWS [ARGS]: presstime as USER alone in tmux
# session NAME (exec'd: the pane's pid is presstime's).
win() {
	n=$1 u=$2 c=$3 r=$4
	shift 4
	tm_new -d -s "$n" -x "$c" -y "$r" \
	    "exec setpriv --reuid $u --regid users --init-groups env \
	    HOME='$T_TMP' PRESSTIME_DB='$shared' TZ=UTC \
	    PRESSTIME_NOW='$PRESSTIME_NOW' PRESSTIME_PRESENCE=1,3 \
	    LC_ALL=C.UTF-8 TERM=screen-256color '$PRESSTIME' $* \
	    2>>'$T_TMP/tui.stderr'"
}
# see NAME WIN PATTERN [TENTHS]: a TAP line for window WIN showing
# PATTERN (grep -E) within TENTHS (default $PT_WAIT); the pane in $PANE.
see() {
	i=0
	while [ $i -lt "${4:-$PT_WAIT}" ]; do
		PANE=$(tm capture-pane -p -t "$2" 2>/dev/null)
		if printf '%s\n' "$PANE" | grep -Eq -- "$3"; then
			t_ok "$1"
			return 0
		fi
		sleep 0.1; i=$((i + 1))
	done
	t_fail "$1" "pane $2:" "$PANE"
}
# gone NAME WIN PATTERN TENTHS: the pattern leaves window WIN in time.
gone() {
	i=0
	while [ $i -lt "$4" ]; do
		PANE=$(tm capture-pane -p -t "$2" 2>/dev/null)
		if ! printf '%s\n' "$PANE" | grep -Eq -- "$3"; then
			t_ok "$1 ($((i / 10)).$((i % 10)) s)"
			return 0
		fi
		sleep 0.1; i=$((i + 1))
	done
	t_fail "$1" "pane $2:" "$PANE"
}
# row WIN N: line N of window WIN, trailing blanks dropped.
row() { tm capture-pane -p -t "$1" | sed -n "${2}p" | sed 's/ *$//'; }
live() { sql "SELECT count(*) FROM presence"; }

for size in "80 24" "200 50"; do
	set -- $size
	W=$1 H=$2
	# ub has the story open and is editing its headline.
	win b "$ub" "$W" "$H" open hootsuite-ice
	see "${W}x$H: ub's window opens the story" b "^hootsuite-ice +pitched"
	tm send-keys -t b : ; tm send-keys -t b -l "set headline"
	tm send-keys -t b Enter
	see "${W}x$H: ub edits the headline" b "headline of hootsuite-ice:"
	win a "$ua" "$W" "$H"
	see "${W}x$H: ua's queue shows" a "fcn-layoffs"
	see "${W}x$H: the queue marks the story ub has open" a \
	    "hootsuite-ice .*@$"
	unlike "${W}x$H: and not the one nobody has" \
	    "$(printf '%s\n' "$PANE" | grep fcn-layoffs)" "@"
	is "${W}x$H: the mark fits the width" \
	    "$(printf '%s\n' "$PANE" | awk -v w="$W" 'length($0) > w' | wc -l)" 0
	# Enter on the first row (the earlier deadline: hootsuite-ice).
	tm send-keys -t a Enter
	see "${W}x$H: ua opens it" a "^hootsuite-ice +pitched"
	see "${W}x$H: the header says who is here and doing what" a \
	    "$ub is here \(editing the headline\)$"
	like "${W}x$H: on the byline's line, at the right" "$(row a 5)" \
	    "^no byline yet +$ub is here \(editing the headline\)$"
	is "${W}x$H: soft only: nothing is locked, ua can log" \
	    "$(as "$ua" log hootsuite-ice "Note while ub edits" >/dev/null \
	    2>&1; echo $?)" 0
	# ub gives up the headline: the header follows.
	tm send-keys -t b C-g
	see "${W}x$H: done editing, ub is just here" a "$ub is here$"

	# ua's second window, on the same story: named as ua's own.
	win a2 "$ua" "$W" "$H" open hootsuite-ice
	see "${W}x$H: several people are named together" a \
	    "$ub and you in another window are here$"
	see "${W}x$H: ua's other window sees ub and ua's first" a2 \
	    "$ub and you in another window are here$"
	# A move in the second window: silent there, named in the first.
	tm send-keys -t a2 s
	see "${W}x$H: the status menu" a2 "2 assigned"
	see "${W}x$H: the other window says what this one is doing" a \
	    "$ub and you in another window \(moving its status\) are here$"
	tm send-keys -t a2 2
	see "${W}x$H: the move's note is asked" a2 "note on moving hootsuite-ice"
	tm send-keys -t a2 Enter
	see "${W}x$H: the window that moved it says it plainly" a2 \
	    "^hootsuite-ice is assigned"
	see "${W}x$H: the other window names it as the user's own" a \
	    "^you, in another window, moved hootsuite-ice to assigned"
	see "${W}x$H: ub sees ua's login" b \
	    "^$ua moved hootsuite-ice to assigned"
	sleep 1.5
	unlike "${W}x$H: the moving window never calls it another's" \
	    "$(tm capture-pane -p -t a2)" "another window, moved|$ua moved"
	# Quitting takes the window's row with it (q: back, q: quit).
	tm send-keys -t a2 q
	see "${W}x$H: the second window is back on the queue" a2 "fcn-layoffs"
	tm send-keys -t a2 q
	i=0
	while [ "$(live)" != 2 ] && [ $i -lt 30 ]; do sleep 0.1; i=$((i + 1)); done
	is "${W}x$H: a window that quits leaves at once" "$(live)" 2
	see "${W}x$H: and leaves the header" a "$ub is here$"

	# ub's terminal dies without a word: SIGKILL, no cleanup.
	pid=$(tm list-panes -t b -F '#{pane_pid}')
	kill -9 "$pid"
	is "${W}x$H: the killed session's row is still there" \
	    "$(sql "SELECT count(*) FROM presence WHERE login = '$ub'")" 1
	gone "${W}x$H: gone from the header once stale" a "$ub is here" 60
	tm send-keys -t a q
	see "${W}x$H: back on the queue" a "fcn-layoffs"
	gone "${W}x$H: the queue's mark is gone too" a "@$" 20
	tm send-keys -t a q
	i=0
	while [ "$(live)" != 0 ] && [ $i -lt "$PT_WAIT" ]; do sleep 0.1; i=$((i + 1)); done
	is "${W}x$H: the stale row was pruned and ua's removed" "$(live)" 0
	# The next size starts from the same menu.
	sql "UPDATE story SET status = 'pitched'"
	tm kill-server >/dev/null 2>&1
	sleep 0.3
done

# Every row a write left names its session; the chain does not cover
# it (it says which window typed, not what the record says).
is "every entry and change names its session" \
    "$(sql "SELECT (SELECT count(*) FROM entry WHERE session IS NULL) +
    (SELECT count(*) FROM change WHERE session IS NULL)")" 0
is "a CLI run is a session of its own" \
    "$(sql "SELECT count(DISTINCT session) > 3 FROM change")" 1
runs "the record still checks" 0 as "$ua" check
no_sanitizer_report
done_testing
