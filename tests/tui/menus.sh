#!/bin/sh
# Issue 10 item 3, in a real terminal at 80x24 and at 200x50: T tags only
# inside the limit and says how many; the status menu's keys are the
# states table's, the same from every state; publishing and killing ask
# y/n (n and Esc write nothing), for one story and for tagged ones; a
# search says which match of how many and when it wraps.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

walk() { for s in assigned reporting filed editing copydesk ready; do pt status "$1" $s >/dev/null; done; }
# Everything a write would leave behind, in one line.
written() {
	sql "SELECT (SELECT count(*) FROM change) || '/' ||
	    (SELECT count(*) FROM status_change) || '/' ||
	    (SELECT count(*) FROM notice) || '/' ||
	    (SELECT group_concat(slug || ':' || status || ':' || version, ',')
	     FROM (SELECT * FROM story ORDER BY slug))"
}

for size in "80 24" "200 50"; do
	set -- $size
	W=$1
	export PRESSTIME_DB="$T_TMP/menus-$W.db"
	pt init >/dev/null 2>&1
	pt new ice-levy "ICE budget talks stall" --desk business --due +1h >/dev/null
	pt new ice-deal "ICE budget deal signed" --desk business --due +2h >/dev/null
	pt new city-budget "Council passes budget" --desk metro --due +3h >/dev/null
	pt new city-roads "Roads plan delayed" --desk metro --due +4h >/dev/null
	for s in ice-levy ice-deal city-budget city-roads; do walk $s; done

	tui_start "$@"
	check "$W: the queue" "city-roads"

	# T inside a limit: only the limit's stories are tagged, counted.
	tm send-keys -t pt l
	tm send-keys -t pt -l "desk:business"
	tm send-keys -t pt Enter
	check "$W: the limit" "limit: desk:business"
	tm send-keys -t pt T
	check "$W: T says it stays inside the limit" "tag matching \(inside the limit\):"
	tm send-keys -t pt -l "status:ready"
	tm send-keys -t pt Enter
	check "$W: T counts what it tagged, inside the limit" \
	    "tagged 2 stories matching \"status:ready\" inside the limit \(2 tagged\)"
	tm send-keys -t pt l C-u Enter
	check "$W: the limit is cleared" "limit: none"
	# The title shows before the rows the limit hid are drawn: each row
	# is waited for, then the capture that has them all is read.
	check "$W: a story the limit hid is not tagged" "city-budget .*[^*]$"
	check "$W: nor the other" "city-roads .*[^*]$"
	unlike "$W: nor the other, no mark at all" "$PANE" "city-roads .*\*$"
	check "$W: the tagged show their mark" "ice-levy .*\*$"

	# Tagged publish and kill ask y/n; n and Esc write nothing.
	before=$(written)
	tm send-keys -t pt '\;' s
	check "$W: ; s asks the state" "status for 2 tagged:"
	tm send-keys -t pt -l published
	tm send-keys -t pt Enter
	check "$W: tagged publish asks" \
	    "publish 2 stories \(y/n\)\? nothing lapses at press time"
	tm send-keys -t pt n
	check "$W: n: nothing moved" "nothing moved: 2 tagged are still as they were"
	is "$W: n on tagged publish writes nothing" "$(written)" "$before"
	tm send-keys -t pt '\;' s
	check "$W: ; s again" "status for 2 tagged:"
	tm send-keys -t pt -l published
	tm send-keys -t pt Enter
	check "$W: asked again" "publish 2 stories \(y/n\)\?"
	tm send-keys -t pt Escape
	check "$W: Esc: nothing moved" "nothing moved: 2 tagged"
	is "$W: Esc on tagged publish writes nothing" "$(written)" "$before"
	tm send-keys -t pt '\;' s
	check "$W: ; s to publish" "status for 2 tagged:"
	tm send-keys -t pt -l published
	tm send-keys -t pt Enter
	check "$W: the question" "publish 2 stories \(y/n\)\?"
	tm send-keys -t pt y
	check "$W: y publishes both" "moved 2 to published"
	is "$W: both published, the others not" \
	    "$(sql "SELECT group_concat(slug || ':' || status, ' ') FROM (SELECT * FROM story ORDER BY slug)")" \
	    "city-budget:ready city-roads:ready ice-deal:published ice-levy:published"
	# Published, they left the live queue, and ; acts only on the
	# tagged stories the limit shows: the editor widens it first.
	tm send-keys -t pt l C-u
	tm send-keys -t pt -l all
	tm send-keys -t pt Enter
	check "$W: all shows the published again" "limit: all \|"
	before=$(written)
	tm send-keys -t pt '\;' s
	check "$W: ; s to kill" "status for 2 tagged:"
	tm send-keys -t pt -l killed
	tm send-keys -t pt Enter
	check "$W: tagged kill asks" "kill 2 stories \(y/n\)\? each is withdrawn"
	tm send-keys -t pt n
	check "$W: n: nothing killed" "nothing moved: 2 tagged"
	is "$W: n on tagged kill writes nothing" "$(written)" "$before"
	tm send-keys -t pt '\;' t
	check "$W: untagged" "untagged all"
	tm send-keys -t pt l C-u Enter
	check "$W: the live queue again" "limit: none \|"

	# The status menu: ready's moves under the states table's keys.
	tm send-keys -t pt g

	tm send-keys -t pt l
	# all: the published and killed stay in view.
	tm send-keys -t pt -l "desk:metro all"
	tm send-keys -t pt Enter
	check "$W: metro only" "limit: desk:metro all"
	tm send-keys -t pt s
	# At 80 the menu is too long for the bar: a window names the keys.
	if [ "$W" = 80 ]; then
		check "$W: the menu keeps each state's key" \
		    "keys: 5 6 8 9 c d, Esc cancels"
	else
		check "$W: the menu keeps each state's key" \
		    "move city-budget from ready:  5 editing  6 copydesk  8 scheduled  9 published  c held  d spiked  \(Esc cancels\)"
	fi
	tm send-keys -t pt Escape
	before=$(written)
	tm send-keys -t pt s 9
	check "$W: publishing one story asks" \
	    "publish city-budget \(y/n\)\? nothing lapses at press time"
	tm send-keys -t pt n
	check "$W: n says so" "city-budget not published"
	is "$W: n on publish writes nothing" "$(written)" "$before"
	tm send-keys -t pt s 9
	check "$W: asked again" "publish city-budget \(y/n\)\?"
	tm send-keys -t pt Escape
	check "$W: Esc says so" "city-budget not published"
	is "$W: Esc on publish writes nothing" "$(written)" "$before"
	# :status asks the same question.
	tm send-keys -t pt :
	tm send-keys -t pt -l "status published"
	tm send-keys -t pt Enter
	check "$W: :status published asks too" "publish city-budget \(y/n\)\?"
	tm send-keys -t pt n
	check "$W: n after :status" "city-budget not published"
	is "$W: n after :status writes nothing" "$(written)" "$before"
	tm send-keys -t pt s 9
	check "$W: and again" "publish city-budget \(y/n\)\?"
	tm send-keys -t pt y
	check "$W: then the move's note" "note on moving city-budget to published"
	tm send-keys -t pt Enter
	check "$W: y publishes" "city-budget is published"
	# From published: updating a, corrected b, killed e -- the keys
	# ready's menu would have used for other states are not reused.
	tm send-keys -t pt s
	if [ "$W" = 80 ]; then
		check "$W: published's menu" "keys: a b e, Esc cancels"
	else
		check "$W: published's menu" \
		    "move city-budget from published:  a updating  b corrected  e killed  \(Esc cancels\)"
	fi
	tm send-keys -t pt e
	check "$W: killing one story asks" "kill city-budget \(y/n\)\? it is withdrawn"
	before=$(written)
	tm send-keys -t pt n
	check "$W: n on kill says so" "city-budget not killed"
	is "$W: n on kill writes nothing" "$(written)" "$before"
	tm send-keys -t pt s e
	check "$W: asked again (kill)" "kill city-budget \(y/n\)\?"
	tm send-keys -t pt Escape
	check "$W: Esc on kill says so" "city-budget not killed"
	is "$W: Esc on kill writes nothing" "$(written)" "$before"
	tm send-keys -t pt s e y
	check "$W: y asks the reason" "kill city-budget because:"
	tm send-keys -t pt -l "the vote was not held"
	tm send-keys -t pt Enter
	check "$W: killed" "city-budget is killed"
	is "$W: killed, with its notice" \
	    "$(sql "SELECT s.status || ' ' || n.kind FROM story s JOIN notice n ON n.story_id = s.id WHERE s.slug = 'city-budget'")" \
	    "killed kill"

	# Search: which match of how many, and the wrap, both ways.
	tm send-keys -t pt l C-u
	tm send-keys -t pt -l "all"
	tm send-keys -t pt Enter
	check "$W: all stories" "limit: all"
	tm send-keys -t pt g /
	tm send-keys -t pt -l budget
	tm send-keys -t pt Enter
	check "$W: the first match, counted" "^1 of 3 matches: /budget: ice-levy"
	tm send-keys -t pt n
	check "$W: n: the second" "^2 of 3 matches: /budget"
	tm send-keys -t pt n
	check "$W: n: the third" "^3 of 3 matches: /budget"
	tm send-keys -t pt n
	check "$W: n past the last wraps to the top, and says so" \
	    "^1 of 3 matches, search wrapped to top: /budget"
	tm send-keys -t pt N
	check "$W: N before the first wraps to the bottom" \
	    "^3 of 3 matches, search wrapped to bottom: /budget"
	tm send-keys -t pt l C-u
	tm send-keys -t pt -l "desk:business all"
	tm send-keys -t pt Enter
	tm send-keys -t pt n
	check "$W: inside a limit, the count is the limit's" \
	    "of 2 matches.*: /budget"

	tm send-keys -t pt q
	gone_within "$W: q quits" 30
done
no_sanitizer_report
done_testing
