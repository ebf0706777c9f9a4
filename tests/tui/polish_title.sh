#!/bin/sh
# At 80 columns the facts stay whole: the title bar keeps the view's
# name, the story count and the tag count, the lesser parts giving way
# (the database's directory, the word presstime, the sort, the end of a
# long limit); the story header keeps the status and the due time with
# its date, the labels going first, then the editor and the priority,
# and last the slug (the top bar names it whole). At 200 columns all of
# it shows. Real terminals under tmux at 80x24 and 200x50.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new port-strike "Dockworkers strike at the port" --due +2h \
    --priority urgent --editor tkeiser >/dev/null
pt status port-strike assigned >/dev/null
pt new hootsuite-ice-contract-renewal-for-2027 "ICE renews its contract" \
    --due +3h --priority urgent --editor tkeiser-night >/dev/null
pt new city-budget "Council passes the budget" --due +4h >/dev/null

top_line() { head -n 1; }
second_line() { sed -n 2p; }
last_line() { tail -n 1; }
LIMIT="status:pitched,assigned,reporting,filed,editing desk:news"
DATE="2026-11-26"

for size in "80 24" "200 50"; do
	set -- $size
	W="$1x$2"
	tui_start "$1" "$2"
	check_in "$W: the queue" top_line "view: live \| .*3 stories$"
	tm send-keys -t pt t
	check_in "$W: one tagged" top_line "\| 1 tagged$"
	tm send-keys -t pt l
	check_in "$W: the limit prompt" last_line "^limit:"
	tm send-keys -t pt -l "$LIMIT"
	tm send-keys -t pt Enter
	if [ "$1" -ge 200 ]; then
		check_in "$W: the whole title bar" top_line \
		    "^ presstime: .*/newsroom\.db \| view: live\* \| limit: $LIMIT \| sort: urgency \| 3 stories \| 1 tagged$"
	else
		check_in "$W: view, count and tags stay whole" top_line \
		    "^ newsroom\.db \| view: live\* \| limit: status:pitched,.*… \| 3 stories \| 1 tagged$"
		unlike "$W: the sort gave way" "$PANE" "sort: urgency"
		# No limit: the sort is back (the word presstime gave way).
		tm send-keys -t pt l
		check_in "$W: the limit prompt again" last_line "^limit:"
		tm send-keys -t pt C-u Enter
		check_in "$W: an empty limit lets the sort back" top_line \
		    "^ newsroom\.db \| view: live\* \| limit: none \| sort: urgency \| 3 stories \| 1 tagged$"
	fi
	tm kill-server >/dev/null 2>&1

	# The story header: the due time and its date are never cut.
	tui_start "$1" "$2" open hootsuite-ice-contract-renewal-for-2027
	if [ "$1" -ge 200 ]; then
		check_in "$W: the whole header" second_line \
		    "^hootsuite-ice-contract-renewal-for-2027  pitched  priority urgent  editor tkeiser-night  due 3:00 \($DATE 17:00\)$"
	else
		check_in "$W: the top bar names the long slug whole" top_line \
		    "story hootsuite-ice-contract-renewal-for-2027$"
		check_in "$W: status and due stay whole, editor and priority gave way" \
		    second_line \
		    "^hootsuite-ice-contract-renewal-for-2027  pitched  due 3:00 \($DATE 17:00\)$"
	fi
	tm kill-server >/dev/null 2>&1
	tui_start "$1" "$2" open port-strike
	if [ "$1" -ge 200 ]; then
		check_in "$W: the whole header, short slug" second_line \
		    "^port-strike  assigned  priority urgent  editor tkeiser  due 2:00 \($DATE 16:00\)$"
	else
		check_in "$W: only the labels gave way" second_line \
		    "^port-strike  assigned  urgent  @tkeiser  due 2:00 \($DATE 16:00\)$"
	fi
	tm kill-server >/dev/null 2>&1
done

# A slug so long that even the status and the due time alone fill the
# line: the slug is cut, marked, and they stay whole.
pt new a-very-long-slug-that-goes-on-and-on-and-on-for-sixty-characters \
    "Long" --due +1h >/dev/null
tui_start 80 24 open \
    a-very-long-slug-that-goes-on-and-on-and-on-for-sixty-characters
check_in "80x24: the slug is cut, the due time whole" second_line \
    "^a-very-long-slug-that-goes-on-and-on-and-…  pitched  due 1:00 \($DATE 15:00\)$"
tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
