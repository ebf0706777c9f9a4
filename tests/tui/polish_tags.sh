#!/bin/sh
# `;` acts only on the tagged stories the current limit shows: a tagged
# story the limit hides is left alone, as T tags only inside the limit
# (mutt's way). The title bar counts the hidden ones, `;` says so before
# the next key, the summary after; with none shown `;` refuses, saying
# why. `; t` changes no story and clears every tag. Real terminals under tmux at 80x24 and 200x50.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1

top_line() { head -n 1; }
last_line() { tail -n 1; }

for size in "80 24" "200 50"; do
	set -- $size
	W="$1x$2"
	rm -f "$PRESSTIME_DB"*
	pt init >/dev/null 2>&1
	for s in a b c d; do
		pt new "news-$s" "News story $s" --desk news >/dev/null
	done
	pt new biz-one "Business story" --desk business >/dev/null
	tui_start "$1" "$2"
	check_in "$W: the queue" top_line "\| 5 stories$"
	tm send-keys -t pt t t t t t
	check_in "$W: all five tagged" top_line "\| 5 stories \| 5 tagged$"
	tm send-keys -t pt l
	check_in "$W: the limit prompt" last_line "^limit:"
	tm send-keys -t pt -l "desk:news"
	tm send-keys -t pt Enter
	check_in "$W: the title bar counts the hidden tag" top_line \
	    "limit: desk:news \| .*4 stories \| 5 tagged \(1 hidden\)$"
	tm send-keys -t pt '\;'
	check_in "$W: ; says what it will act on" last_line \
	    "^next action on the 4 tagged shown; 1 hidden by the limit left alone$"
	tm send-keys -t pt d
	check_in "$W: the deadline prompt counts the shown ones" last_line \
	    "4 tagged"
	tm send-keys -t pt -l "+1h"
	tm send-keys -t pt Enter
	check_in "$W: the summary names the hidden one" last_line \
	    "^deadline: done on 4 tagged; 1 more tagged, hidden by the limit, left alone$"
	is "$W: the shown ones have the deadline" \
	    "$(sql "SELECT count(*) FROM story WHERE deadline IS NOT NULL AND desk = 'news'")" 4
	is "$W: the hidden one was not touched" \
	    "$(sql "SELECT deadline IS NULL FROM story WHERE slug = 'biz-one'")" 1
	# A limit that hides every tagged story: ; refuses, naming why.
	tm send-keys -t pt l C-u
	check_in "$W: the limit prompt again" last_line "^limit:"
	tm send-keys -t pt -l "desk:metro"
	tm send-keys -t pt Enter
	check_in "$W: all hidden" top_line "0 stories \| 5 tagged \(5 hidden\)$"
	tm send-keys -t pt '\;' p
	check_in "$W: ; with every tag hidden refuses" last_line \
	    "^none of the 5 tagged stories is in this limit"
	is "$W: nothing written" \
	    "$(sql "SELECT count(*) FROM story WHERE priority <> 'routine'")" 0
	# ; t changes no story: it clears every tag, hidden ones too.
	tm send-keys -t pt '\;' t
	check_in "$W: ; t untags all, the hidden too" last_line \
	    "^untagged all \(the ones the limit hid too\)$"
	tm send-keys -t pt l C-u Enter
	check_in "$W: widened, none tagged" top_line "\| 5 stories$"
	tm kill-server >/dev/null 2>&1
done
no_sanitizer_report
done_testing
