#!/bin/sh
# After `c` the cursor is on the new story, wherever the sort puts it,
# so the next key (Enter here) acts on it; a new story the limit hides
# cannot hold the cursor, and the message says why it is not shown.
# Real terminals under tmux at 80x24 and 200x50.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

top_line() { head -n 1; }
last_line() { tail -n 1; }

# new_story SLUG DESK DUE: the c form, field by field, each prompt
# waited for before it is answered.
new_story() {
	tm send-keys -t pt c
	check_in "$W: the slug prompt ($1)" last_line "^new story slug:"
	tm send-keys -t pt -l "$1"
	tm send-keys -t pt Enter
	check_in "$W: the headline prompt ($1)" last_line "^headline:"
	tm send-keys -t pt -l "A new story called $1"
	tm send-keys -t pt Enter
	check_in "$W: the desk prompt ($1)" last_line "desk \(empty: news\):"
	tm send-keys -t pt -l "$2"
	tm send-keys -t pt Enter
	# A long label goes into a window over the view at 80 columns.
	check_in "$W: the editor prompt ($1)" cat "editor login \(Tab"
	tm send-keys -t pt Enter
	check_in "$W: the deadline prompt ($1)" last_line "deadline \(17:00"
	tm send-keys -t pt -l "$3"
	tm send-keys -t pt Enter
	check_in "$W: the budget line prompt ($1)" last_line "budget line \(empty"
	tm send-keys -t pt Enter
}

for size in "80 24" "200 50"; do
	set -- $size
	W="$1x$2"
	rm -f "$PRESSTIME_DB"*
	pt init >/dev/null 2>&1
	pt new port-strike "Dockworkers strike" --due +2h >/dev/null
	pt new city-budget "Council passes the budget" --due +3h >/dev/null
	pt new school-bus "Bus drivers short" --due +5h >/dev/null
	tui_start "$1" "$2"
	check_in "$W: the queue" top_line "\| 3 stories$"
	# Due in 4 hours: the urgency sort puts it third, the cursor is on
	# the first row.
	new_story mid-story news +4h
	check_in "$W: created" last_line "^new story mid-story$"
	check_in "$W: counted" top_line "\| 4 stories$"
	tm send-keys -t pt Enter
	check_in "$W: Enter opens the new story, not the old row" top_line \
	    "story mid-story$"
	tm send-keys -t pt q
	check_in "$W: back in the queue" top_line "\| 4 stories$"
	# A limit that will hide the next one.
	tm send-keys -t pt l
	check_in "$W: the limit prompt" last_line "^limit:"
	tm send-keys -t pt -l "desk:metro"
	tm send-keys -t pt Enter
	check_in "$W: the metro limit" top_line "limit: desk:metro .*0 stories$"
	new_story hidden-story news +1h
	check_in "$W: a hidden new story is said so" last_line \
	    "^new story hidden-story \(the limit hides it: l widens it\)$"
	is "$W: it was created" \
	    "$(sql "SELECT count(*) FROM story WHERE slug = 'hidden-story'")" 1
	tm kill-server >/dev/null 2>&1
done
no_sanitizer_report
done_testing
