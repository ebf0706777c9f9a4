#!/bin/sh
# The live queue in a real terminal (issue 10, items 1-2), at 80x24 and
# 200x50: finished stories are not in the default queue, `l all` brings
# them.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

export PRESSTIME_DB="$T_TMP/demo.db"
pt demo --keep "$PRESSTIME_DB" >/dev/null 2>&1
NLIVE=$(sql "SELECT count(*) FROM story WHERE status NOT IN ('published',
    'corrected', 'spiked', 'killed') OR needs_update = 1")
NALL=$(sql "SELECT count(*) FROM story")
FINISHED="restaurant-sale|school-bus-shortage|startup-fraud-charges|grocer-earnings|election-recount|senate-filing"

for size in 80x24 200x50; do
	cols=${size%x*} rows=${size#*x}
	tui_start "$cols" "$rows"
	check "$size: the queue counts live stories" "$NLIVE stories"
	unlike "$size: no finished story on screen" "$PANE" "$FINISHED"
	like "$size: the story needing an update is there" "$PANE" \
	    "water-main-break"
	like "$size: sorted by urgency" "$(printf '%s\n' "$PANE" | sed -n 1p)" \
	    "sort: urgency"
	like "$size: the overdue request sorts first" \
	    "$(printf '%s\n' "$PANE" | sed -n 3p)" "^ *! +chipmaker-layoffs "
	tm send-keys -t pt l
	check "$size: l asks for a limit" "limit: "
	tm send-keys -t pt -l "all"
	tm send-keys -t pt Enter
	check "$size: l all counts every story" "$NALL stories"
	tm send-keys -t pt /
	tm send-keys -t pt -l "restaurant"
	tm send-keys -t pt Enter
	check "$size: a killed story is in the queue" \
	    "/restaurant: restaurant-sale"
	if [ "$rows" -ge 40 ]; then
		like "$size: every finished story shows" \
		    "$(printf '%s\n' "$PANE" | grep -Eo "$FINISHED" | sort -u |
		    wc -l | tr -d ' ')" "^6$"
	fi
	tm send-keys -t pt l C-u Enter
	check "$size: an empty limit is live again" "$NLIVE stories"
	tm send-keys -t pt q
	gone_from_pane "stories" || true
	tm kill-server >/dev/null 2>&1
done

# Three and a half hours on, the promise ICE made for 17:00 is broken:
# hootsuite-ice (broken promise and an overdue request) goes to the top.
PRESSTIME_NOW=2026-11-26T17:30:00Z
for size in 80x24 200x50; do
	cols=${size%x*} rows=${size#*x}
	tui_start "$cols" "$rows"
	check "$size: the queue shows later" "stories"
	like "$size: the broken promise sorts first" \
	    "$(printf '%s\n' "$PANE" | sed -n 3p)" "^ *! +hootsuite-ice "
	tm send-keys -t pt q
	gone_from_pane "stories" || true
	tm kill-server >/dev/null 2>&1
done

no_sanitizer_report
done_testing
