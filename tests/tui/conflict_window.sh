#!/bin/sh
# The conflict window: an editor in the TUI and a second writer (the CLI
# run as another real login when root can make one, else as this one)
# change the same field from the same version. The loser's window shows
# both texts, theirs with who and when: side by side at 200 columns,
# stacked at 80. t takes theirs (nothing written), m writes the user's
# text over theirs as a new change, e edits a merge in a prompt started
# from the user's text with theirs in sight, q leaves with the text kept
# as a draft. Checked in the database after each.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

# Two real logins when root can make them: the TUI is editor B, the CLI
# editor A, on one shared newsroom.
if [ "$(id -u)" = 0 ] && command -v useradd >/dev/null &&
    command -v setpriv >/dev/null; then
	grp=ptcfg$$ ua=ptcfa$$ ub=ptcfb$$
	# A shared newsroom's -wal and -shm files stay group-writable, as
	# presstime(1) asks of its users.
	umask 002
	real_users "$grp" "$ua" "$ub"
	install -d -m 2770 -g "$grp" "$T_TMP/room"
	for u in "$ua" "$ub"; do
		install -d -m 700 -o "$u" -g users "$T_TMP/home-$u"
	done
	PRESSTIME_DB="$T_TMP/room/newsroom.db"
	as() {
		_u=$1; shift
		setpriv --reuid "$_u" --regid users --init-groups env \
		    HOME="$T_TMP/home-$_u" XDG_CONFIG_HOME="$T_TMP/home-$_u/.c" \
		    XDG_STATE_HOME="$T_TMP/home-$_u/.s" \
		    PRESSTIME_DB="$PRESSTIME_DB" PRESSTIME_NOW="$PRESSTIME_NOW" \
		    "$@"
	}
	as "$ua" "$PRESSTIME" init --shared >/dev/null
	THEM=$ua ME=$ub BY=$ua
	t_ok "two real editors: $THEM (CLI) and $ME (TUI)"
else
	as() { shift; "$@"; }
	pt init >/dev/null 2>&1
	THEM=$(id -un) ME=$THEM
	# The same login: the window names the user's other window.
	BY="you in another window"
	t_skip "two real editors" "needs root, useradd and setpriv; the CLI runs as $ME"
fi
them() { as "$THEM" "$PRESSTIME" "$@"; }
them new port-strike "Port talks stall" >/dev/null
them set port-strike dek "Talks go on" >/dev/null

# open COLS ROWS: the TUI, as editor B, on the story.
open() {
	i=0
	while tm has-session -t pt 2>/dev/null && [ $i -lt "$PT_WAIT" ]; do
		sleep 0.1; i=$((i + 1))
	done
	if [ -z "${ub:-}" ]; then
		tui_start "$1" "$2" open port-strike
	else
		tm_new -d -s pt -x "$1" -y "$2" \
		    "exec setpriv --reuid '$ME' --regid users --init-groups \
		    env PRESSTIME_DB='$PRESSTIME_DB' HOME='$T_TMP/home-$ME' \
		    XDG_CONFIG_HOME='$T_TMP/home-$ME/.c' \
		    XDG_STATE_HOME='$T_TMP/home-$ME/.s' TZ=UTC \
		    PRESSTIME_NOW='$PRESSTIME_NOW' LC_ALL=C.UTF-8 \
		    TERM=screen-256color '$PRESSTIME' open port-strike \
		    2>>'$T_TMP/tui.stderr'"
		PID=$(tm list-panes -t pt -F '#{pane_pid}')
	fi
	check "$1x$2: the story opens" "story port-strike"
}
# race FIELD MINE THEIRS: B's prompt for FIELD opens, B types MINE, A
# saves THEIRS from the CLI, B presses Enter: the window opens.
race() {
	tm send-keys -t pt :
	tm send-keys -t pt -l "set $1"
	tm send-keys -t pt Enter
	check "$SZ: the $1 prompt" "$1 of port-strike:"
	tm send-keys -t pt C-u
	tm send-keys -t pt -l "$2"
	them set port-strike "$1" "$3" >/dev/null
	tm send-keys -t pt Enter
	check "$SZ: the $1 conflict opens a window" "conflict: $1 of port-strike"
}
field() { sql "SELECT $1 FROM story WHERE slug = 'port-strike'"; }
# flat: the pane as one line, the window's borders and wrapping undone.
flat() { tr -d '│\n' | tr -s ' '; }
# history FIELD: who, old and new of FIELD's changes, newest first.
history() {
	sql "SELECT c.by || '|' || ifnull(c.old_value, '-') || '|' ||
	    ifnull(c.new_value, '-') FROM change c JOIN story s
	    ON s.id = c.story_id WHERE s.slug = 'port-strike' AND
	    c.field = '$1' ORDER BY c.id DESC"
}

for size in "80 24" "200 50"; do
	set -- $size
	SZ="$1x$2"
	open "$1" "$2"

	# t: theirs stands, nothing of B's is written to the field.
	mine_before=$(history headline | grep -c "^$ME|")
	race headline "Mine $1: dockworkers walk out" "Theirs $1: port strike begins"
	# The window's title shows before the rest of it is drawn: each
	# part is waited for, not read from the capture that had the title.
	check "$SZ: theirs, with who and when" \
	    "THEIRS — $BY at 2026-11-26 14:00"
	check "$SZ: their text" "Theirs $1: port strike begins"
	check "$SZ: yours, not saved" "YOURS — not saved"
	check "$SZ: your text" "Mine $1: dockworkers walk out"
	check "$SZ: the keys" "t: take theirs .*m: take yours"
	if [ "$1" = 200 ]; then
		check "$SZ: side by side" \
		    "THEIRS — $BY .*│ YOURS — not saved"
		check "$SZ: the texts on one row" \
		    "Theirs 200: port strike begins +│ Mine 200: dockworkers"
	else
		# The pane now holds the whole window (the keys, its last
		# line, are drawn).
		unlike "$SZ: not side by side" "$PANE" "THEIRS.*YOURS"
		theirs_row=$(printf '%s\n' "$PANE" | grep -n "THEIRS" | cut -d: -f1)
		yours_row=$(printf '%s\n' "$PANE" | grep -n "YOURS" | cut -d: -f1)
		if [ -n "$theirs_row" ] && [ -n "$yours_row" ] &&
		    [ "$yours_row" -gt "$theirs_row" ]; then
			t_ok "$SZ: stacked, theirs above yours"
		else
			t_fail "$SZ: stacked, theirs above yours" "$PANE"
		fi
	fi
	is "$SZ: nothing written before the choice" "$(field headline)" \
	    "Theirs $1: port strike begins"
	tm send-keys -t pt t
	check "$SZ: t takes theirs" "kept theirs: headline of port-strike"
	is "$SZ: t: theirs is stored" "$(field headline)" \
	    "Theirs $1: port strike begins"
	is "$SZ: t: B wrote no headline change" \
	    "$(history headline | grep -c "^$ME|")" "$mine_before"
	like "$SZ: t: B's text is in the history as refused" \
	    "$(history refused:headline | head -n 1)" \
	    "^$ME\|Theirs $1: port strike begins\|Mine $1: dockworkers walk out$"
	check "$SZ: t: the view shows theirs" "^Theirs $1: port strike begins"

	# m: B's text written over theirs, a change of its own.
	race dek "Mine $1: union calls it" "Theirs $1: talks collapse"
	tm send-keys -t pt m
	check "$SZ: m takes yours" "port-strike: dek Mine $1: union calls it"
	is "$SZ: m: yours is stored" "$(field dek)" "Mine $1: union calls it"
	is "$SZ: m: a new change by B over theirs" "$(history dek | head -n 1)" \
	    "$ME|Theirs $1: talks collapse|Mine $1: union calls it"
	like "$SZ: m: their change stays in the history" \
	    "$(history dek | sed -n 2p)" "^$THEM\|.*\|Theirs $1: talks collapse$"

	# e: a merge, started from B's text with theirs in sight.
	race budget "Mine $1: strike at dawn" "Theirs $1: talks end"
	tm send-keys -t pt e
	check "$SZ: e opens the merge prompt" "merge budget of port-strike"
	check_in "$SZ: e: on yours" "tail -n 1" "Mine $1: strike at dawn$"
	check_in "$SZ: e: theirs shown with it" flat \
	    "merge budget of port-strike \(theirs, by $BY: \"Theirs $1: talks end\"\):"
	tm send-keys -t pt -l "; talks end"
	tm send-keys -t pt Enter
	check "$SZ: e: the merge is written" \
	    "port-strike: budget Mine $1: strike at dawn; talks end"
	is "$SZ: e: the merge is stored" "$(field budget_line)" \
	    "Mine $1: strike at dawn; talks end"
	is "$SZ: e: as B's change over theirs" "$(history budget | head -n 1)" \
	    "$ME|Theirs $1: talks end|Mine $1: strike at dawn; talks end"

	# q: nothing written, B's text kept as a draft.
	race headline "Mine $1: kept for later" "Theirs $1: later"
	tm send-keys -t pt q
	check "$SZ: q keeps yours as a draft" "your text is kept as draft [0-9]+"
	is "$SZ: q: theirs stands" "$(field headline)" "Theirs $1: later"
	is "$SZ: q: the draft holds yours" \
	    "$(sql "SELECT context || '|' || body FROM draft ORDER BY id DESC LIMIT 1")" \
	    "headline|Mine $1: kept for later"
	# The next headline prompt offers it back; Enter writes it.
	tm send-keys -t pt :
	tm send-keys -t pt -l "set headline"
	tm send-keys -t pt Enter
	check "$SZ: the prompt offers the draft" \
	    "headline of port-strike: Mine $1: kept for later"
	tm send-keys -t pt Enter
	check "$SZ: written" "port-strike: headline Mine $1: kept for later"
	is "$SZ: stored" "$(field headline)" "Mine $1: kept for later"
	no_drafts() { [ "$(sql "SELECT count(*) FROM draft")" = 0 ]; }
	wait_until 300 no_drafts
	is "$SZ: the draft is gone once written" \
	    "$(sql "SELECT count(*) FROM draft")" 0
	tm kill-server >/dev/null 2>&1
	i=0; while kill -0 "$PID" 2>/dev/null && [ $i -lt "$PT_WAIT" ]; do sleep 0.1; i=$((i + 1)); done
done

# A text too long for the window at 80x24 scrolls in it; the keys stay.
open 80 24
long=$(python3 -c "print(' '.join('word%d' % i for i in range(200)))")
race dek "Mine: short" "$long"
check "a long text: the window says there is more" \
    "1-[0-9]+ of [0-9]+, Up/Down"
check "a long text: the keys in sight" "t: take theirs"
keys=$(python3 -c "print('j' * 60, end='')")
tm send-keys -t pt -l "$keys"
check "a long text: its end scrolls into sight" "word199"
check "a long text: yours below it" "Mine: short"
tm send-keys -t pt m
check "a long text: m still answers" "port-strike: dek Mine: short"
is "stored" "$(field dek)" "Mine: short"

# Undo refused because the other editor changed the field since: a
# conflict message too long for the bar shows whole in the window.
if [ -n "${ub:-}" ]; then
	tm send-keys -t pt :
	tm send-keys -t pt -l "set headline \"Mine: the last word\""
	tm send-keys -t pt Enter
	check "B sets the headline" "headline of port-strike|port-strike: headline Mine"
	# A function, so each try reads the field again ($(...) in the
	# arguments would be read once, before the first try).
	headline_is() { [ "$(field headline)" = "$1" ]; }
	wait_until 300 headline_is "Mine: the last word"
	is "B's headline is stored" "$(field headline)" "Mine: the last word"
	them set port-strike headline "Theirs: after B, so B cannot undo" >/dev/null
	check "A's change is named" "$THEM changed the headline"
	tm send-keys -t pt u
	check "the refusal opens the window" "question"
	check_in "naming who changed it since" flat \
	    "cannot undo your headline change on port-strike: $THEM changed it since"
	tm send-keys -t pt x
	if gone_from_pane "┌─ question"; then t_ok "a key closes it"
	else t_fail "a key closes it" "$PANE"; fi
	is "theirs stands" "$(field headline)" "Theirs: after B, so B cannot undo"
else
	t_skip "undo refused by another editor" "needs a second real login"
fi
tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
