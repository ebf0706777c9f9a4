#!/bin/sh
# A real terminal: the binary under tmux, driven with send-keys and read
# with capture-pane. Open, navigate, log, change status, resize, see
# another writer's change, quit; SIGHUP saves the open prompt.
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due +2h >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" --due +3h >/dev/null
pt new evil "$(printf 'Evil \033[31mred \342\200\256x')" --due +4h >/dev/null

tm_new -d -s pt -x 120 -y 40 \
    "env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
    PRESSTIME_NOW='$PRESSTIME_NOW' LC_ALL=C.UTF-8 TERM=screen-256color \
    XDG_CONFIG_HOME='$XDG_CONFIG_HOME' '$PRESSTIME' 2>>'$T_TMP/tui.stderr'; sleep 30"
check "the queue shows" "hootsuite-ice +ICE contract"
# capture-pane -p drops escapes, and curses would draw a raw ESC as
# "^[": that is what shows if one got past the sanitizer (the bytes
# themselves are checked in rawbytes.sh). The evil row is the third,
# drawn after the one waited for above: it is waited for itself.
check "ESC shows as its control picture" "Evil $(printf '\342\220\233')"
unlike "no ESC on the screen (curses would draw ^[)" "$PANE" '\^\['
unlike "no RLO on the screen" "$PANE" "$(printf '\342\200\256')"

tm send-keys -t pt j
tm send-keys -t pt Enter
check "Enter opens the story" "story fcn-layoffs"
tm send-keys -t pt e
check "e asks for the entry" "log on fcn-layoffs:"
tm send-keys -t pt -l "Union says talks broke down"
tm send-keys -t pt Enter
check "the entry is logged" "^logged on fcn-layoffs"
check "the entry shows" "Union says talks broke down"
is "the entry is stored" \
    "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" \
    "Union says talks broke down"
tm send-keys -t pt s
check "s offers the allowed states" "2 assigned"
tm send-keys -t pt 2
check "then a note is asked" "note on moving fcn-layoffs to assigned"
tm send-keys -t pt Enter
check "the status changes" "fcn-layoffs is assigned"
is "the status is stored" \
    "$(sql "SELECT status FROM story WHERE slug = 'fcn-layoffs'")" assigned

tm resize-window -t pt -x 50 -y 10
check "too small says so" "terminal too small \(need 60x12\)"
tm resize-window -t pt -x 100 -y 30
check "it recovers when it grows" "story fcn-layoffs"

# Another writer: named within a second or so.
pt status hootsuite-ice assigned >/dev/null
check "another writer's change is named" "moved hootsuite-ice to assigned"

tm send-keys -t pt q
check "q goes back to the queue" "limit: none"
tm send-keys -t pt t
tm send-keys -t pt t
tm send-keys -t pt '\;'
tm send-keys -t pt s
check "bulk status asks for a state" "status for 2 tagged"
tm send-keys -t pt -l "spiked"
tm send-keys -t pt Enter
check "the confirm names the count" "move 2 stories to spiked\? \(y/n\)"
tm send-keys -t pt n

# The terminal goes away mid-entry: the text is kept as a draft.
tm send-keys -t pt e
check "entry prompt" "log on"
tm send-keys -t pt -l "half a sentence"
check "the text is in the prompt" "log on .*half a sentence"
PID=$(tm list-panes -t pt -F '#{pane_pid}')
CHILD=$(pgrep -P "$PID" presstime 2>/dev/null || pgrep -P "$PID" | head -1)
if [ -n "$CHILD" ]; then
	kill -HUP "$CHILD"
	i=0
	while kill -0 "$CHILD" 2>/dev/null && [ $i -lt 20 ]; do
		sleep 0.1; i=$((i + 1))
	done
	if kill -0 "$CHILD" 2>/dev/null; then
		t_fail "SIGHUP exits within 2 s"
	else
		t_ok "SIGHUP exits within 2 s"
	fi
	is "the draft is saved" "$(sql "SELECT body FROM draft")" \
	    "half a sentence"
else
	t_fail "found the presstime process" "pane pid $PID"
fi

tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
