#!/bin/sh
# An error wider than the message bar (a bad limit from `l`, not from
# `:`) is shown whole in a window over the view instead of being cut at
# the terminal's width. The window does not stop the TUI: what others
# do is still said under it, and the next key closes it and does what it
# always does. One that fits stays in the bar, with no window.
# Real terminals under tmux at 80x24 and 200x50.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new port-strike "Dockworkers strike at the port" --due +2h >/dev/null
pt new city-budget "Council passes the budget" --due +3h >/dev/null

# in_window: the text inside the window's frame, rows joined by a space
# (the window wraps at word boundaries).
in_window() {
	python3 -c '
import sys
rows = []
for line in sys.stdin.read().split("\n"):
    a, b = line.find("\u2502"), line.rfind("\u2502")
    if a >= 0 and b > a:
        rows.append(line[a + 1:b].strip())
print(" ".join(r for r in rows if r))'
}
# tight: the same with every blank dropped (a long word is broken
# across rows).
tight() { in_window | tr -d ' '; }
last_line() { tail -n 1; }
top_line() { head -n 1; }

# A term long enough that its error is wider than 200 columns too.
LONG="bogus:$(printf 'x%.0s' $(seq 1 150))"
WHOLE=$(printf '%s' "unknown filter key \"bogus\" in term \"$LONG\" \(known: .*, all\)" | tr -d ' ')

for size in "80 24 assigned" "200 50 reporting"; do
	set -- $size
	W="$1x$2"
	tui_start "$1" "$2"
	check "$W: the queue" "port-strike"
	tm send-keys -t pt l
	check_in "$W: the limit prompt" last_line "^limit:"
	tm send-keys -t pt -l "$LONG"
	tm send-keys -t pt Enter
	check_in "$W: a long error opens a window" "grep -F error" "─ error ─"
	check_in "$W: the window holds the whole message" tight "^$WHOLE"
	check_in "$W: it says how it closes" in_window \
	    "the next key closes this$"
	check_in "$W: the bar keeps the message's start" last_line \
	    "^unknown filter key \"bogus\""
	# Not a modal question: another editor's move is said meanwhile.
	pt status port-strike "$3" >/dev/null
	check_in "$W: news still comes under the window" last_line \
	    "moved port-strike to $3"
	check_in "$W: and the window stays" tight "^$WHOLE"
	# The next key closes it and acts: ? opens help.
	tm send-keys -t pt '?'
	check_in "$W: the key acts" top_line "\| help"
	if gone_from_pane "─ error ─"; then
		t_ok "$W: the key closes the window"
	else
		t_fail "$W: the key closes the window" "$PANE"
	fi
	tm send-keys -t pt q
	check_in "$W: back in the queue" top_line "view: live"
	# A short error fits the bar: whole there, no window.
	tm send-keys -t pt l
	check_in "$W: the limit prompt again" last_line "^limit:"
	tm send-keys -t pt -l "bogus:1"
	tm send-keys -t pt Enter
	if [ "$1" -ge 200 ]; then
		check_in "$W: a message that fits is whole in the bar" \
		    last_line "^unknown filter key \"bogus\" in term \"bogus:1\" \(known: .*, all\)$"
		unlike "$W: and opens no window" "$PANE" "─ error ─"
	else
		check_in "$W: cut by the bar, it opens the window" in_window \
		    "^unknown filter key \"bogus\" in term \"bogus:1\" \(known: .*, all\)"
	fi
	tm kill-server >/dev/null 2>&1
done
no_sanitizer_report
done_testing
