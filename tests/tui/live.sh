#!/bin/sh
# The live queue in a real terminal (issue 10, items 1-2), at 80x24 and
# 200x50: finished stories are not in the default queue, `l all` brings
# them.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

export PRESSTIME_DB="$T_TMP/demo.db"
pt demo --keep "$PRESSTIME_DB" >/dev/null 2>&1
NLIVE=$(sql "SELECT count(*) FROM story WHERE status NOT IN ('published',
    'corrected', 'spiked', 'killed') OR needs_update = 1")
NALL=$(sql "SELECT count(*) FROM story")
# gone NAME PATTERN: a TAP line for the pane ceasing to show PATTERN (the
# screen is redrawn as a whole, but a capture may land mid-write).
gone() {
	if gone_from_pane "$2"; then t_ok "$1"; else t_fail "$1" "pane:" "$PANE"; fi
}
# first_row NAME PATTERN: a TAP line for the queue's first row (line 3)
# matching PATTERN (waited for as long as check waits).
first_row() {
	check_in "$1" "sed -n 3p" "$2"
}
FINISHED="restaurant-sale|school-bus-shortage|startup-fraud-charges|grocer-earnings|election-recount|senate-filing"
# finished_shown: how many of the finished stories the pane shows.
finished_shown() {
	grep -Eo "$FINISHED" | sort -u | wc -l | tr -d ' '
}

for size in 80x24 200x50; do
	cols=${size%x*} rows=${size#*x}
	tui_start "$cols" "$rows"
	check "$size: the queue counts live stories" "$NLIVE stories"
	check "$size: the story needing an update is there" "water-main-break"
	unlike "$size: no finished story on screen" "$PANE" "$FINISHED"
	check_in "$size: sorted by urgency" "sed -n 1p" "sort: urgency"
	first_row "$size: the overdue request sorts first" \
	    "^ *! +chipmaker-layoffs "
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
	# The search's message can show before the rows below the one it
	# found are redrawn (at 200x50, many): wait for all six.
	if [ "$rows" -ge 40 ]; then
		check_in "$size: every finished story shows" finished_shown "^6$"
	fi
	tm send-keys -t pt l C-u Enter
	check "$size: an empty limit is live again" "$NLIVE stories"
	# Saved views: out of the box live, one per desk, all.
	tm send-keys -t pt :
	tm send-keys -t pt -l "view live"
	tm send-keys -t pt Enter
	check "$size: :view live" "view: live \| limit: none"
	tm send-keys -t pt v
	check "$size: v goes to the next view, the first desk" \
	    "view: business \| limit: desk:business"
	check "$size: and says which" "view business \(2 of 8"
	gone "$size: only business stories" "water-main-break"
	tm send-keys -t pt :
	tm send-keys -t pt -l "view spo"
	tm send-keys -t pt Tab
	check "$size: :view completes a view's name" ":view sports"
	tm send-keys -t pt Enter
	check "$size: :view NAME switches, the title names it" \
	    "view: sports \| limit: desk:sports"
	check "$size: a sports story" "coach-contract"
	gone "$size: no metro story" "water-main-break"
	tm send-keys -t pt :
	tm send-keys -t pt -l "view nope"
	tm send-keys -t pt Enter
	check "$size: an unknown view is named" \
	    'no view "nope" \(views: live, business, culture'
	tm send-keys -t pt :
	tm send-keys -t pt -l "view all"
	tm send-keys -t pt Enter
	check "$size: the all view" "view: all \| limit: all"
	check "$size: counts every story" "$NALL stories"
	tm send-keys -t pt o
	tm send-keys -t pt -l "due"
	tm send-keys -t pt Enter
	check "$size: a changed sort marks the view" "view: all\* \|"
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
	first_row "$size: the broken promise sorts first" "^ *! +hootsuite-ice "
	tm send-keys -t pt q
	gone_from_pane "stories" || true
	tm kill-server >/dev/null 2>&1
done

# Views from config.yaml: the first is where the queue starts.
mkdir -p "$XDG_CONFIG_HOME/presstime"
cat >"$XDG_CONFIG_HOME/presstime/config.yaml" <<'YAML'
views:
  late: { limit: overdue, sort: due }
  metro-all: { limit: "all desk:metro" }
YAML
PRESSTIME_NOW=2026-11-26T14:00:00Z
for size in 80x24 200x50; do
	cols=${size%x*} rows=${size#*x}
	tui_start "$cols" "$rows"
	check "$size: the first configured view is in force" \
	    "view: late \| limit: overdue \| sort: due"
	check "$size: an overdue story" "port-strike-talks"
	tm send-keys -t pt v
	check "$size: v cycles the configured views" "view: metro-all \|"
	check "$size: a finished metro story too" "school-bus-short.* spiked"
	tm send-keys -t pt v
	check "$size: and wraps" "view: late \|"
	tm send-keys -t pt :
	tm send-keys -t pt -l "view business"
	tm send-keys -t pt Enter
	check "$size: no built-in desk views beside configured ones" \
	    'no view "business" \(views: late, metro-all\)'
	tm send-keys -t pt q
	gone_from_pane "stories" || true
	tm kill-server >/dev/null 2>&1
done
rm "$XDG_CONFIG_HOME/presstime/config.yaml"

# The help lists the view key and :view, and the sorts with urgency first.
tui 50 120 '?'
like "help: v is next-view" "$SCREEN" "next-view +v +next saved view \(:view NAME picks one\)"
like "help: :view among the commands" "$SCREEN" ":sort KEY  :view NAME"
like "help: o sorts by urgency by default" "$SCREEN" "sort +o +sort by urgency \(default\), due"

no_sanitizer_report
done_testing
