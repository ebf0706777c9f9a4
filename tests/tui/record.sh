#!/bin/sh
# The press-time record in the TUI (issue 7): publishing asks y/n naming
# what lapses, a correction and a kill ask their text, a word after
# publication says the story needs an update, the queue marks it at 80
# columns, and P shows the notes as they ran, whatever the session's TZ.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt tz America/New_York >/dev/null
walk() { for s in assigned reporting filed editing copydesk ready; do pt status "$1" $s >/dev/null; done; }

# A story of our own: the mayor's office promised by 8 a.m.; it is 9.
pt new council-levy "Council delays vote on transit levy" --due +3h >/dev/null
pt rfc add council-levy "Mayor's office" --kind organization >/dev/null
pt rfc add council-levy "Dana Cole" --kind source --channel phone >/dev/null
pt rfc promise council-levy "Mayor's office" --by "2026-11-26 08:00" >/dev/null
walk council-levy

tui 24 100 '<Enter>2'
like "the Requests tab says the promise is broken" "$SCREEN" "Mayor's office +email .*broken \(due Thu 08:00\)"

# From ready the menu offers editing copydesk scheduled published held
# spiked; published is always 9.
tui_start 120 24
check "the queue" "council-levy"
tm send-keys -t pt s
check "the status menu" "published"
tm send-keys -t pt 9
check "publishing asks, naming what lapses" \
    "publish council-levy \(y/n\)\? 2 lapse at press time: Mayor's office: broken promise; Dana Cole: no response"
tm send-keys -t pt n
check "no keeps it unpublished" "council-levy not published"
is "still ready" "$(sql "SELECT status FROM story")" ready
tm send-keys -t pt s 9
check "asked again" "publish council-levy \(y/n\)"
tm send-keys -t pt y
check "then the move's note is asked" "note on moving council-levy to published"
tm send-keys -t pt Enter
check "yes publishes, saying what lapsed" "council-levy is published \(2 requests lapsed\)"
tm send-keys -t pt q
gone_from_pane "council-levy" || true
is "published" "$(sql "SELECT status FROM story")" published

NOTES="Dana Cole did not return a phone call seeking comment by press time. Mayor's office said it would provide a statement by 8 a.m. Thursday but had not done so by press time."
# P shows the snapshot; a week later, with the session in Tokyo, the same.
PRESSTIME_NOW=2026-12-03T14:00:00Z TZ=Asia/Tokyo tui 24 200 'lall<Enter><Enter>P'
is "P a week later in Tokyo: the notes as they ran" \
    "$(printf '%s\n' "$SCREEN" | sed -n 8p | sed 's/^  //')" "$NOTES"

# A word after publication: the TUI says so, the queue marks it.
tui 24 100 'lall<Enter><Enter>2Mcob fri<Enter>'
like "a promise after publication is news" "$(line 24)" \
    "Mayor's office promised a statement after publication: council-levy needs an update"
is "flagged" "$(sql "SELECT needs_update FROM story")" 1
tui 24 80 ''
like "the queue marks it at 80 columns" "$(line 3)" "council-levy .* needs upd "

# The seed story: a correction asks its text; so does a kill.
export PRESSTIME_DB="$T_TMP/seed.db"
pt init --tz America/New_York >/dev/null
pt new hootsuite-ice "Hootsuite drops \$508,832 ICE contract" --due cob >/dev/null
pt rfc add hootsuite-ice ICE --kind organization >/dev/null
pt rfc add hootsuite-ice Hootsuite --kind organization >/dev/null
pt rfc add hootsuite-ice Carahsoft --kind organization >/dev/null
pt rfc add hootsuite-ice "the employee" --kind source --channel social >/dev/null
pt rfc promise hootsuite-ice ICE --by "cob thu" >/dev/null
pt rfc answer hootsuite-ice Hootsuite "The contract is being cancelled." >/dev/null
pt rfc decline hootsuite-ice "the employee" >/dev/null
pt credit hootsuite-ice "Dylan Martin" >/dev/null
walk hootsuite-ice
tui 24 100 's9y'
is "published from the TUI" "$(sql "SELECT status FROM story")" published
tui 24 200 'lall<Enter><Enter>P'
is "P: the seed's notes" "$(printf '%s\n' "$SCREEN" | sed -n '8,9p' | sed 's/^  //')" \
"Carahsoft did not respond to an email seeking comment by press time. The employee declined to comment. ICE said it would provide a statement by 5 p.m. Thursday.
Dylan Martin contributed to this story."
# published -> updating corrected killed: corrected is b.
tui 24 100 'lall<Enter>sb<Enter>'
is "an empty correction moves nothing" "$(sql "SELECT status FROM story")" published
tui 24 100 'lall<Enter>sbthe contract was worth $508,832, not $580,832<Enter>'
is "corrected" "$(sql "SELECT status FROM story")" corrected
is "the correction kept" "$(sql "SELECT kind || ': ' || body FROM notice")" \
    'correction: the contract was worth $508,832, not $580,832'
tui 24 100 'lall<Enter><Enter>P'
like "P carries the correction" "$SCREEN" 'This story has been corrected to show the contract was worth \$508,832, not \$580,832\.'
# corrected -> updating killed: killed is e, and asks first.
tui 24 100 'lall<Enter>seythe contract was not cancelled<Enter>'
is "killed with its reason" "$(sql "SELECT status || ' ' || count(*) FROM story, notes_snapshot")" "killed 3"
no_sanitizer_report
done_testing
