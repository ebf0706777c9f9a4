#!/bin/sh
# The rest of the story view and the queue: Enter opens an entry or a
# request in full (wrapped, sanitized; q/Esc back), :export writes the
# story or the queue's limit, :set changes a field, `;` applies an
# action to every tagged story, <Sleep N> lets a script idle.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

pt new hootsuite-ice "ICE contract with Hootsuite draws scrutiny" \
    --desk business --due +2h >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" --due +3h >/dev/null
pt new city-budget "Council passes budget" --due +4h >/dev/null
long="ICE spokesperson promised a statement by close of business Thursday; $(printf 'word%.0s ' $(seq 1 60))the end of a long entry."
pt log hootsuite-ice "$long" >/dev/null
pt log hootsuite-ice "$(printf 'Evil \033[31mred\033[0m \342\200\256entry')" >/dev/null
pt rfc add hootsuite-ice FCN --kind organization >/dev/null
pt rfc answer hootsuite-ice 1 "We are reviewing the contract and will say more next week." \
    >/dev/null 2>&1

# Enter on the first entry: the whole text, wrapped, then q back.
tui 40 80 '<Enter><Enter>'
like "the detail names the entry" "$(line 7)" "^Entry 1  event  happened"
like "the full text, wrapped" "$SCREEN" "end of a long entry\."
unlike "no line wider than the screen" "$(printf '%s\n' "$SCREEN" | awk 'length > 80')" "."
tui 24 80 '<Enter><Enter>q'
is "q goes back to the tab" "$(line 6)" \
    "[1 Timeline]  2 Requests   3 Credits   4 History"
like "the story is still open" "$(line 1)" "story hootsuite-ice"
tui 24 80 '<Enter><Enter><Esc>'
like "Esc goes back too" "$(line 6)" "^\[1 Timeline\]"
# The second entry: hostile bytes are drawn as placeholders.
tui 24 80 '<Enter>/Evil<Enter><Enter>'
like "the entry found by / opens" "$SCREEN" "Entry 2 "
unlike "no ESC in the detail (curses would draw ^[)" "$SCREEN" '\^\['
like "ESC shows as its control picture" "$SCREEN" "$(printf '\342\220\233')\\[31mred"
unlike "no RLO in the detail" "$SCREEN" "$(printf '\342\200\256')"
# A request: target, state, the answer in full.
tui 24 80 '<Enter>2<Enter>'
like "the request detail" "$(line 7)" "^Request 1 to FCN by email"
like "its state" "$SCREEN" "state answered"
like "its answer" "$SCREEN" "will say more next week\."

# :export in the story view: that story; in the queue: the limit.
tui 24 80 "<Enter>:export md $T_TMP/one.md<Enter>"
like "export says so" "$(line 24)" "exported hootsuite-ice as md"
is "the file is the CLI's export of that story" "$(cat "$T_TMP/one.md")" \
    "$(pt show hootsuite-ice --format md)"
tui 24 80 ":limit desk:business<Enter>:export json $T_TMP/q.json<Enter>"
is "the queue exports its limit" "$(cat "$T_TMP/q.json")" \
    "$(pt export desk:business --format json)"
tui 24 80 ":export yaml $T_TMP/all.yaml<Enter>"
is "no limit: every story" "$(cat "$T_TMP/all.yaml")" \
    "$(pt export --format yaml)"
tui 24 80 ":export docx $T_TMP/x<Enter>"
like "a bad format is named" "$(line 24)" "docx"
tui 24 80 ":export md<Enter>"
like "usage" "$(line 24)" "usage: :export md\|json\|yaml FILE"

# :set FIELD VALUE (quoted as in the shell) and :set FIELD (a prompt
# holding the value).
tui 24 80 "<Enter>:set dek 'The agency pays for monitoring'<Enter>"
is ":set with a value" "$(sql "SELECT dek FROM story WHERE slug = 'hootsuite-ice'")" \
    "The agency pays for monitoring"
tui 24 80 "<Enter>:set dek<Enter><C-e> software<Enter>"
is ":set opens on the current value" \
    "$(sql "SELECT dek FROM story WHERE slug = 'hootsuite-ice'")" \
    "The agency pays for monitoring software"
# Too long for the bar: a window first, Esc closes it.
tui 24 80 "<Enter>:set colour red<Enter><Esc>"
like "an unknown field is named" "$(line 24)" "unknown field \"colour\""

# `;` on tagged stories: asked once, applied to each.
tui 24 80 'tt;adm<Enter>'
is "; a assigns every tagged" \
    "$(sql "SELECT group_concat(slug || '=' || ifnull(editor, '-'), ' ') FROM (SELECT * FROM story ORDER BY slug)")" \
    "city-budget=- fcn-layoffs=dm hootsuite-ice=dm"
like "and says how many" "$(line 24)" "assign: done on 2 tagged"
tui 24 80 'tt;p1'
is "; p sets the priority of each" \
    "$(sql "SELECT count(*) FROM story WHERE priority = 'flash'")" 2
tui 24 80 'tt;eSame note on both<Enter>'
is "; e logs on each" \
    "$(sql "SELECT count(*) FROM entry WHERE body = 'Same note on both'")" 2
tui 24 80 'tt;rCity press office<Enter>organization<Enter><Enter><Enter>'
is "; r asks on each" \
    "$(sql "SELECT count(*) FROM rfc r JOIN person p ON p.id = r.person_id WHERE p.name = 'City press office'")" 2
tui 24 80 'tt;d+1h<Enter>'
is "; d sets each deadline" \
    "$(sql "SELECT count(DISTINCT deadline) || '/' || count(*) FROM story WHERE slug != 'city-budget' AND deadline = strftime('%s', '2026-11-26 15:00:00')")" "1/2"
# Esc takes a pending ; back: the next key acts on the cursor's story.
tui 24 80 't;<Esc>'
like "Esc cancels a pending ;" "$(line 24)" "tag-apply cancelled"
tui 24 120 't;<Esc>t'
like "and the next key acts on the cursor's story (t tags a second)" \
    "$(line 1)" "2 tagged"
tui 24 80 't;/'
like "an action that cannot apply says which do" "$(line 24)" \
    "search does not apply to tagged stories \(; works with"

# <Sleep N>: an idle script still notices other writers.
# The entry is written once the TUI sleeps in its pause (after :open),
# with the TUI held still (SIGSTOP) until it is in: however long the
# write takes on a loaded machine, the TUI polls it before its next key.
printf ':open hootsuite-ice<Enter><Sleep 3>:dump %s<Enter>:q<Enter>' "$T_TMP/s.txt" >"$T_TMP/k"
PRESSTIME_HEADLESS=1 LINES=24 COLUMNS=100 PRESSTIME_SCRIPT="$T_TMP/k" \
    "$PRESSTIME" >/dev/null 2>&1 &
TUI=$!
busy_waiting "$TUI"
freeze "$TUI"
pt log hootsuite-ice "Written while the TUI slept" >/dev/null
kill -CONT "$TUI"
wait "$TUI"
like "the idle TUI reloaded and names the entry" "$(cat "$T_TMP/s.txt")" \
    "you, in another window, logged on hootsuite-ice"
done_testing
