#!/bin/sh
# The story view: header, each tab, end notes, help; logging, status,
# requests for comment and their outcomes.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

pt new hootsuite-ice "ICE contract with Hootsuite draws scrutiny" \
    --desk business --due +2h --editor tkeiser >/dev/null
pt set hootsuite-ice dek "The agency pays for social monitoring" \
    >/dev/null 2>&1
pt log hootsuite-ice "ICE spokesperson promised a statement by close of business Thursday, and this sentence is long enough to wrap at a hundred columns." >/dev/null
pt credit hootsuite-ice "Dylan Martin" >/dev/null
pt rfc add hootsuite-ice FCN --kind organization >/dev/null
pt rfc add hootsuite-ice "Sam Anderson" --kind source >/dev/null

tui 24 100 '<Enter>'
like "top bar names the story" "$(line 1)" "story hootsuite-ice"
is "header: slug, status, priority, editor, due" "$(line 2)" \
    "hootsuite-ice  pitched  priority routine  editor tkeiser  due 2:00 (2026-11-26 16:00)"
is "header: headline" "$(line 3)" "ICE contract with Hootsuite draws scrutiny"
is "header: contributors" "$(line 5)" "With Dylan Martin"
is "tab bar" "$(line 6)" "[1 Timeline]  2 Requests   3 Credits   4 History"
is "timeline entry head" "$(line 7)" \
    "2026-11-26 14:00  event  (logged by $(id -un))"
is "entry wrapped to width" "$(line 8)" \
    "    ICE spokesperson promised a statement by close of business Thursday, and this sentence is long"
is "entry wrapped, second line" "$(line 9)" "    enough to wrap at a hundred columns."

tui 24 100 '<Enter>2'
is "requests tab: column headers" "$(line 7)" \
    "No Target               Via       Asked           Due  State                  Answer"
is "requests tab: numbered in the order added" "$(line 8)" \
    " 1 FCN                  email     Thu 14:00            open"
tui 24 100 '<Enter><Tab>'
like "Tab switches tabs" "$(line 6)" "\[2 Requests\]"
tui 24 100 '<Enter>3'
like "credits tab" "$(line 7)" "^contributor  Dylan Martin \("
pt status hootsuite-ice assigned >/dev/null
tui 24 100 '<Enter>4'
like "history tab: newest first, the move" "$(line 7)" "status: pitched -> assigned  by"
like "history tab: every change, requests too" "$(line 8)" "request: \(new\) -> open  by .*Sam Anderson"
like "history tab: the credit" "$SCREEN" "credit: \(new\) -> contributor  by .*Dylan Martin"
like "history tab: the field edit" "$SCREEN" "dek: \(new\) -> The agency pays"
like "history tab: the creation, last" "$SCREEN" "created: \(new\) -> pitched  by"

tui 24 100 '<Enter>P'
is "end notes: no response" "$(line 8)" \
    "  FCN and Sam Anderson did not respond to emails seeking comment by press time."
is "end notes: tagline" "$(line 9)" "  Dylan Martin contributed to this story."
is "end notes match the CLI" \
    "$(printf '%s\n' "$SCREEN" | sed -n '8,9p' | sed 's/^  //')" \
    "$(pt endnotes hootsuite-ice)"

tui 40 100 '?G'
like "help title" "$(line 1)" "\| help"
like "help lists the status menu's keys" "$SCREEN" \
    "1 pitched +2 assigned +3 reporting"
like "help: published 9, updating a" "$SCREEN" "9 published +a updating"
like "help: killed keeps e" "$SCREEN" "b corrected +c held +d spiked +e killed"
like "help lists the commands" "$SCREEN" ":status STATE"
like "help shows the rfc keys" "$SCREEN" "answered +A +request answered"

# Logging an entry from the story view.
tui 24 100 '<Enter>eNo response from FCN as of press time<Enter>'
is "e logs an entry" \
    "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" \
    "No response from FCN as of press time"
like "the new entry shows" "$SCREEN" "No response from FCN as of press time"
# From the queue too.
tui 24 100 'eFrom the queue<Enter>'
is "e in the queue" \
    "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" "From the queue"
# E: the entry in $EDITOR.
printf '#!/bin/sh\necho "Written in the editor" > "$1"\n' >"$T_TMP/ed.sh"
chmod +x "$T_TMP/ed.sh"
EDITOR="$T_TMP/ed.sh" tui 24 100 '<Enter>E'
is "E logs from the editor" \
    "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" \
    "Written in the editor"

tui 24 100 '?'
like "help lists actions with keys" "$SCREEN" \
    "status +s +s +change status"

# Status: s shows the allowed states (from assigned: pitched reporting
# held spiked), each under its own key from the states table (reporting
# is always 3).
tui 24 100 '<Enter>s3<Enter>'
is "s moves the story" "$(sql "SELECT status FROM story")" "reporting"
like "s says so" "$(line 24)" "hootsuite-ice is reporting"
tui 24 100 ':status filed<Enter>'
is ":status moves the story" "$(sql "SELECT status FROM story")" "filed"
tui 24 100 ':status published<Enter>'
like "a refused move says what is allowed" "$(line 24)" \
    "cannot move hootsuite-ice from filed to published"

# Assign, priority, deadline.
tui 24 100 'adm<Tab><Enter>'
is "a assigns with completion" "$(sql "SELECT editor FROM story")" "dm"
tui 24 100 'p2'
is "p sets priority" "$(sql "SELECT priority FROM story")" "urgent"
tui 24 100 'd+3h<Enter>'
like "d sets the deadline" "$(line 3)" "3:00"

# Requests: add, then answered / declined / promised / lapsed.
tui 24 100 '<Enter>rICE press office<Enter>organization<Enter><C-u>phone<Enter>cob<Enter>2'
is "r adds a request" \
    "$(sql "SELECT channel FROM rfc ORDER BY id DESC LIMIT 1")" phone
like "the request shows" "$SCREEN" "ICE press office +phone"
tui 24 100 '<Enter>2AWe are reviewing the contract<Enter>'
is "A answers the selected request" \
    "$(sql "SELECT state || ':' || answer FROM rfc WHERE id = 1")" \
    "answered:We are reviewing the contract"
tui 24 100 '<Enter>2jD<Enter>'
is "D declines" "$(sql "SELECT state FROM rfc WHERE id = 2")" declined
tui 24 100 '<Enter>2jjM+1d<Enter>'
is "M promises by a time" \
    "$(sql "SELECT state || ':' || promised_by FROM rfc WHERE id = 3")" \
    "promised:$(( $(date -u -d 2026-11-26T14:00:00Z +%s) + 86400 ))"
tui 24 100 '<Enter>2'
like "a promise shows its time in the Requests tab" "$(line 10)" \
    "promised by Fri 14:00"
pt rfc add hootsuite-ice Nobody --kind source >/dev/null
tui 24 100 '<Enter>2GX'
is "X lapses" "$(sql "SELECT state FROM rfc WHERE id = 4")" lapsed
tui 24 100 '<Enter>1X'
like "A/D/M/X outside Requests say where" "$(line 24)" "Requests tab"

# End notes wrap to the screen instead of being cut at its edge.
pt rfc add hootsuite-ice "The Department of Extraordinarily Long Names" --kind organization >/dev/null
pt rfc add hootsuite-ice "Another Agency With A Long Name" --kind organization >/dev/null
tui 24 60 '<Enter>P'
notes=$(sed -n '7,12p' "$T_TMP/screen.txt" | sed 's/^ *//' | tr '\n' ' ')
like "end notes wrap and keep every word" "$notes" \
    "did not respond to emails seeking comment by press time\."
unlike "no end-notes line runs past the screen" \
    "$(awk 'length($0) > 60' "$T_TMP/screen.txt")" "."

tui 24 100 '<Enter>q'
like "q goes back to the queue" "$(line 1)" "limit: none"

done_testing
