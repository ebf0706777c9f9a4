#!/bin/sh
# Other editors' work named on the queue, within a second or so, with no
# key pressed: an entry, each field, a request asked, answered and
# declined, a new story, a change off screen, several at once. The
# user's own writes in this TUI are not named a second time.
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"
# The other writer here is this same user's CLI: another window, named
# as such (tests/tui/presence.sh has a second real user).
ME="you, in another window,"

pt init >/dev/null 2>&1
# The steps below move to stories by their place in deadline order (the
# urgency order moves a story made flash to the top).
mkdir -p "$XDG_CONFIG_HOME/presstime"
printf 'default_sort: due\n' >"$XDG_CONFIG_HOME/presstime/config.yaml"
pt new hootsuite-ice "ICE contract with Hootsuite" --desk business \
    --due +2h >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" --due +3h >/dev/null

# msg: the message bar (the last line), trailing blanks dropped.
msg() {
	PANE=$(tm capture-pane -p -t pt 2>/dev/null)
	printf '%s\n' "$PANE" | sed -n '30p' | sed 's/ *$//'
}

# The TUI runs under a shell, not as the pane itself: tmux wakes a pane
# process that stops, so only a grandchild can be held still (SIGSTOP)
# while several writes land between two of its polls.
tm_new -d -s pt -x 120 -y 30 \
    "env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
    PRESSTIME_NOW='$PRESSTIME_NOW' LC_ALL=C.UTF-8 TERM=screen-256color \
    XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
    '$PRESSTIME' 2>>'$T_TMP/tui.stderr'; sleep 30"
check "the queue shows" "hootsuite-ice +ICE contract"
PID=$(pgrep -P "$(tm list-panes -t pt -F '#{pane_pid}')" presstime)
if [ -z "$PID" ]; then
	t_fail "found the presstime process"
	done_testing
	exit 1
fi
# hold_still: the TUI stopped (SIGSTOP) between two of its writes. It
# beats (a write) right after drawing what the checks wait for: stopped
# inside that transaction it would keep the lock the CLI's writes below
# need, and they would fail. freeze (tests/lib.sh) takes care of that.
hold_still() {
	freeze "$PID" ||
	    t_fail "the TUI stopped outside a write" "the lock stayed held"
}

# Our own entry says so once, in our words; the poll that follows it
# does not name it again.
tm send-keys -t pt e
check "e asks for the entry" "log on hootsuite-ice:"
tm send-keys -t pt -l "Our own note"
tm send-keys -t pt Enter
check "our entry is logged" "^logged on hootsuite-ice"
is "our own entry is not named with it" "$(msg)" "logged on hootsuite-ice"
# The next poll that reads news (another writer's) does not name it
# either: the other change is named alone, with no "1 more".
pt set fcn-layoffs art "Photo of the plant" >/dev/null
check "the next writer's change is named" "$ME changed .*fcn-layoffs"
is "alone: our own entry is not news" "$(msg)" \
    "$ME changed a field of fcn-layoffs"

pt log hootsuite-ice "ICE spokesperson promised a statement" >/dev/null
check "another writer's entry is named" "$ME logged on hootsuite-ice"
pt set fcn-layoffs deadline +5h >/dev/null
check "a deadline is named" "$ME changed the deadline of fcn-layoffs"
pt set hootsuite-ice priority urgent >/dev/null
check "a priority is named" "$ME changed the priority of hootsuite-ice"
pt set fcn-layoffs editor tkeiser >/dev/null
check "an editor is named" "$ME changed the editor of fcn-layoffs"
pt set hootsuite-ice headline "ICE drops Hootsuite" >/dev/null
check "a headline is named" "$ME changed the headline of hootsuite-ice"
check "and shown" "hootsuite-ice +ICE drops Hootsuite"
pt rfc add hootsuite-ice ICE --kind organization >/dev/null
check "a request asked is named" "$ME asked ICE for comment on hootsuite-ice"
is "as one change" "$(msg)" "$ME asked ICE for comment on hootsuite-ice"
check "and counted" "hootsuite-ice .* 1/1 "
pt rfc answer hootsuite-ice ICE "We do not comment on contracts." >/dev/null
check "an answer is named" "$ME logged the answer from ICE on hootsuite-ice"
pt rfc add fcn-layoffs "Sam Anderson" --kind source >/dev/null
check "a second request" "$ME asked Sam Anderson for comment on fcn-layoffs"
pt rfc decline fcn-layoffs "Sam Anderson" >/dev/null
check "a refusal is named" \
    "$ME updated the request to Sam Anderson on fcn-layoffs"
pt new city-budget "Council passes budget" --due +4h >/dev/null
check "a new story is named" "$ME added story city-budget"
is "once, though it wrote a story and its first state" "$(msg)" \
    "$ME added story city-budget"
check "and listed" "city-budget +Council passes budget"

# A story off screen (outside the limit): named, field unknown.
tm send-keys -t pt l
tm send-keys -t pt -l "desk:business"
tm send-keys -t pt Enter
check "the limit hides the others" "limit: desk:business .* 1 story$"
pt set city-budget priority flash >/dev/null
check "a change off screen is named" "$ME changed city-budget *$"
tm send-keys -t pt l
tm send-keys -t pt C-u
tm send-keys -t pt Enter
check "the limit is cleared" "limit: none"

# Several writes between two polls: one named, the rest counted.
hold_still
pt log fcn-layoffs "Union says talks broke down" >/dev/null
pt set hootsuite-ice dek "The agency pays for monitoring" >/dev/null
pt status city-budget assigned >/dev/null
kill -CONT "$PID"
check "several changes are counted" "\(and 2 more changes\)$"

# More than one look reads (50 rows a table): the rest is skipped, said
# so, and the next change is named alone.
hold_still
for i in $(seq 1 51); do pt log fcn-layoffs "Flood $i" >/dev/null; done
kill -CONT "$PID"
check "a flood is named, the rest summed up" \
    "$ME logged on fcn-layoffs \(50 new entries\) \(and more changes\)$"
pt log city-budget "After the flood" >/dev/null
check "the next change is named alone" "$ME logged on city-budget *$"

# A story open: its own change is the one named.
tm send-keys -t pt g
tm send-keys -t pt Enter
check "the story opens" "story hootsuite-ice"
hold_still
pt log fcn-layoffs "Second union statement" >/dev/null
pt set hootsuite-ice deadline +6h >/dev/null
kill -CONT "$PID"
check "the open story's change comes first" \
    "$ME changed the deadline of hootsuite-ice \(and 1 more change\)"

# Others write while we type: said with our own write, not lost in it.
tm send-keys -t pt e
check "typing an entry" "log on hootsuite-ice:"
tm send-keys -t pt -l "Our second note"
check "the text is typed" "log on hootsuite-ice: Our second note"
pt status fcn-layoffs assigned >/dev/null
tm send-keys -t pt Enter
check "what others did meanwhile joins our message" \
    "logged on hootsuite-ice; meanwhile $ME moved fcn-layoffs to assigned *$"
# A prompt left with Esc: the next poll names what happened meanwhile.
tm send-keys -t pt e
check "typing again" "log on hootsuite-ice:"
pt set fcn-layoffs dek "Talks resume Monday" >/dev/null
tm send-keys -t pt Escape
check "a cancelled prompt still lets the news through" \
    "$ME changed the dek of fcn-layoffs *$"

# The same while a menu stands: the status menu is open when another
# writer logs; choosing a state says both.
tm send-keys -t pt s
check "the status menu" "2 assigned"
pt log fcn-layoffs "Logged while the menu stood" >/dev/null
tm send-keys -t pt 2
check "the move's note is asked" "note on moving hootsuite-ice to assigned"
tm send-keys -t pt Enter
check "the move, and what happened meanwhile" \
    "hootsuite-ice is assigned; meanwhile $ME logged on fcn-layoffs *$"

# And with ; on tagged stories: the news joins the summary, which would
# otherwise replace it.
tm send-keys -t pt q
check "back on the queue" "hootsuite-ice +ICE drops Hootsuite"
tm send-keys -t pt g t t
tm send-keys -t pt "\\;" e
check "one entry for the tagged" "log on 2 tagged:"
tm send-keys -t pt -l "Same note on both"
check "the note is typed" "log on 2 tagged: Same note on both"
pt set city-budget art "photo" >/dev/null
tm send-keys -t pt Enter
check "the summary, and what happened meanwhile" \
    "log: done on 2 tagged; meanwhile $ME changed .*city-budget *$"

tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
