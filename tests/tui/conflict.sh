#!/bin/sh
# Two editors, one story field, the same starting version: the first to
# save wins; the other sees both texts (tests/tui/conflict_window.sh has
# the window in full) and writes their own over (m) or takes theirs (t;
# the text stays in the prompt's history). A status move raced by
# another change is re-applied (r) or cancelled (c).
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"
start() {
	tui_start 150 40 open hootsuite-ice
	check "the story opens" "story hootsuite-ice"
}
ME=$(id -un)

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due +2h >/dev/null

# Run 1: retry. The headline prompt opens on version N...
start
tm send-keys -t pt :
tm send-keys -t pt -l "set headline"
tm send-keys -t pt Enter
check "the prompt holds the current headline" \
    "headline of hootsuite-ice: ICE contract with Hootsuite"
tm send-keys -t pt C-u
tm send-keys -t pt -l "Hootsuite drops ICE contract"
check "typed, not sent" "hootsuite-ice: Hootsuite drops ICE contract"
# ...someone else saves first from the CLI...
runs "the CLI changes the headline" 0 pt set hootsuite-ice headline \
    "CLI: ICE deal under review"
tm send-keys -t pt Enter
check "the conflict shows both texts" "conflict: headline of hootsuite-ice"
# The window's title shows before the rest of it is drawn: each part is
# waited for, not read from the capture that had the title.
check "theirs, by who: you, in your other window" \
    "THEIRS — you in another window at "
unlike "not by login, as a stranger" "$PANE" "THEIRS — $ME at "
check "their text" "CLI: ICE deal under review"
check "and yours" "Hootsuite drops ICE contract"
is "nothing overwritten yet" "$(sql "SELECT headline FROM story")" \
    "CLI: ICE deal under review"
tm send-keys -t pt m
check "taking yours applies the typed text" \
    "hootsuite-ice: headline Hootsuite drops ICE contract"
is "the typed value is stored" "$(sql "SELECT headline FROM story")" \
    "Hootsuite drops ICE contract"
check "the header shows it" "^Hootsuite drops ICE contract"
tm kill-server >/dev/null 2>&1

# Run 2: cancel. The CLI's value stays; the text is one Up away.
start
tm send-keys -t pt :
tm send-keys -t pt -l "set headline"
tm send-keys -t pt Enter
check "prompt (cancel run)" "headline of hootsuite-ice: Hootsuite drops"
tm send-keys -t pt C-u
tm send-keys -t pt -l "Mine: Hootsuite ends ICE work"
check "typed (cancel run)" "Mine: Hootsuite ends ICE work"
pt set hootsuite-ice headline "Theirs: Hootsuite and ICE" >/dev/null
tm send-keys -t pt Enter
check "conflict (cancel run)" "conflict: headline of hootsuite-ice"
check "their text (cancel run)" "Theirs: Hootsuite and ICE"
tm send-keys -t pt t
check "taking theirs says where the text is" "kept theirs: .*Up in"
is "the CLI's value stays" "$(sql "SELECT headline FROM story")" \
    "Theirs: Hootsuite and ICE"
check "the view shows their headline" "^Theirs: Hootsuite and ICE"
tm send-keys -t pt :
tm send-keys -t pt -l "set headline"
tm send-keys -t pt Enter
check "the prompt opens on their headline" \
    "headline of hootsuite-ice: Theirs: Hootsuite and ICE"
tm send-keys -t pt Up
check "Up recalls the typed text" \
    "headline of hootsuite-ice: Mine: Hootsuite ends ICE work"
tm send-keys -t pt Escape
if gone_from_pane "headline of hootsuite-ice:"; then t_ok "Esc closes the prompt"
else t_fail "Esc closes the prompt" "$PANE"; fi
tm kill-server >/dev/null 2>&1
# Its last close checkpoints the WAL under a lock: let it finish.
i=0; while kill -0 "$PID" 2>/dev/null && [ $i -lt "$PT_WAIT" ]; do sleep 0.1; i=$((i + 1)); done
is "no draft left behind" "$(sql "SELECT count(*) FROM draft")" 0

# A key edit (a: editor) races the same way.
start
tm send-keys -t pt a
check "editor prompt" "editor of hootsuite-ice:"
tm send-keys -t pt -l "dmartin"
pt set hootsuite-ice editor tkeiser >/dev/null
tm send-keys -t pt Enter
check "the editor conflict shows the new editor" \
    "conflict: editor of hootsuite-ice"
check "theirs is tkeiser" "tkeiser"
tm send-keys -t pt m
check "re-applied" "hootsuite-ice: editor dmartin"
is "stored" "$(sql "SELECT editor FROM story")" dmartin

# A status move races too: the menu opened on version N, someone else
# changes the story, the move chosen from the menu is refused, not made
# over their change.
tm send-keys -t pt s
check "the status menu" "move hootsuite-ice from pitched: +2 assigned"
pt set hootsuite-ice dek "Changed under the menu" >/dev/null
tm send-keys -t pt 2
check "the move asks for a note" "note on moving hootsuite-ice to assigned"
tm send-keys -t pt Enter
check "the move is a conflict" "r: reload and re-apply yours, c: cancel"
is "nothing moved yet" "$(sql "SELECT status FROM story")" pitched
tm send-keys -t pt c
check "cancel says so" "cancelled: "
is "cancel moves nothing" "$(sql "SELECT status || ' ' || (SELECT count(*) FROM status_change) FROM story")" "pitched 1"

# Another editor's entry shows up, named, with no key pressed.
pt log hootsuite-ice "ICE spokesperson promised a statement" >/dev/null
check "an entry by someone else is named" "you, in another window, logged on hootsuite-ice"
check "and shown" "ICE spokesperson promised a statement"
pt set hootsuite-ice dek "A new dek" >/dev/null
check "a field change by someone else is named" \
    "you, in another window, changed the dek of hootsuite-ice"

tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
