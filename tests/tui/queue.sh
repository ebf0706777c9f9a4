#!/bin/sh
# The queue: columns, movement, limit, sort, tags, bulk status.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

pt new hootsuite-ice "ICE contract with Hootsuite draws scrutiny" \
    --desk business --due +2h >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs at 日本語 plant" --due -1h \
    --priority urgent >/dev/null
pt new city-budget "Council passes budget" --desk metro --due +1d \
    >/dev/null
pt rfc add hootsuite-ice FCN --kind organization >/dev/null
pt rfc add hootsuite-ice "Sam Anderson" --kind source >/dev/null

tui 24 100 ''
is "exit status" "$TUI_RC" 0
is "top bar" "$(line 1)" \
    " presstime: $(basename "$PRESSTIME_DB") | view: live | limit: none | sort: urgency | 3 stories"
# At 100 columns the desk gives way so the headline keeps 30 or more.
is "column heads" "$(line 2)" \
    "   SLUG               HEADLINE                            STATUS    EDITOR       DUE   RFC  UPD"
is "overdue urgent first, wide chars counted" "$(line 3)" \
    "!  fcn-layoffs        FCN cuts 40 jobs at 日本語 plant    pitched              -1:00        now"
is "open/total requests" "$(line 4)" \
    "   hootsuite-ice      ICE contract with Hootsuite draws s pitched               2:00   2/2  now"
like "countdown in days" "$(line 5)" "city-budget .* 1d00h"
like "key hints" "$(line 23)" "q:quit Enter:open"

tui 24 100 'jj<Enter>'
like "j j Enter opens the third story" "$(line 1)" "story city-budget"
tui 24 100 'Gk<Enter>'
like "G k opens the second" "$(line 1)" "story hootsuite-ice"
tui 24 100 'G<Up><Up><Down><Enter>'
like "arrows move" "$(line 1)" "story hootsuite-ice"
tui 24 100 'Gg<Enter>'
like "g goes to the top" "$(line 1)" "story fcn-layoffs"
tui 24 100 '<C-d><C-u><PgDn><PgUp><Enter>'
like "page keys stay in range" "$(line 1)" "story fcn-layoffs"

tui 24 100 'ldesk:business<Enter>'
like "limit in the top bar" "$(line 1)" "limit: desk:business .* 1 story"
like "limit keeps matching" "$(line 3)" "hootsuite-ice"
is "limit drops the rest" "$(line 4)" ""
tui 24 100 'ldesk:business<Enter>l<C-u><Enter>'
like "empty limit clears" "$(line 1)" "limit: none .* 3 stories"
tui 24 100 'lcolour:red<Enter>'
like "a bad filter names the term" "$(line 24)" "colour"
like "the bad filter is not applied" "$(line 1)" "limit: none"
tui 24 100 ':limit due:<2h<Enter>'
like ":limit" "$(line 1)" "limit: due:<2h"

tui 24 100 'oslug<Enter>'
like "o sorts" "$(line 1)" "sort: slug"
like "sorted by slug" "$(line 3)" "city-budget"
tui 24 100 'osl<Tab><Enter>'
like "sort key completes with Tab" "$(line 1)" "sort: slug"
tui 24 100 ':sort priority<Enter>'
like ":sort" "$(line 3)" "fcn-layoffs"

tui 24 100 'tt'
like "t tags and moves down" "$(line 3)" " \*$"
like "second tagged" "$(line 4)" " \*$"
unlike "third untagged" "$(line 5)" " \*$"
like "tag count in the top bar" "$(line 1)" "2 tagged"
tui 24 100 'Tdesk:business,metro<Enter>'
like "T tags by filter" "$(line 1)" "2 tagged"
unlike "T leaves the rest" "$(line 3)" " \*$"

# Bulk status: ; s asks for the state, confirms naming the count.
tui 24 100 'tt;sassigned<Enter>y'
like "bulk status message" "$(line 24)" "moved 2 to assigned"
is "bulk status in the database" \
    "$(sql "SELECT slug || ':' || status FROM story ORDER BY slug")" \
    "city-budget:pitched
fcn-layoffs:assigned
hootsuite-ice:assigned"
tui 24 100 'tt;sreporting<Enter>n'
is "n to the confirm moves nothing" \
    "$(sql "SELECT count(*) FROM story WHERE status = 'reporting'")" 0

# Search: / full text, n next.
pt log city-budget "The council vote was 7-2 on the levy" >/dev/null
tui 24 100 '/levy<Enter><Enter>'
like "/ finds by full text" "$(line 1)" "story city-budget"

# c: new story, slug then headline.
tui 24 100 'cnew-one<Enter>A brand new story<Enter><Enter><Enter><Enter><Enter>'
is "c creates" "$(sql "SELECT headline FROM story WHERE slug = 'new-one'")" \
    "A brand new story"

# Too small, then usable again at a normal size.
tui 10 50 ''
is "too small says so" "$(line 1)" "terminal too small (need 60x12)"
tui 12 60 ''
like "60x12 is enough" "$(line 1)" "^ $(basename "$PRESSTIME_DB") \| "
# The directory, the word presstime and the sort give way; the count
# stays whole (tests/tui/polish_title.sh has the rest).
like "a path too long for the bar is cut to its file name" "$(line 1)" \
    "^ $(basename "$PRESSTIME_DB") \| view: live \| limit: none \| 4 stories$"

# A long slug widens its column instead of being cut.
pt new school-bus-driver-shortage "Bus drivers" >/dev/null
tui 24 120 ''
like "long slug shown whole" "$SCREEN" "school-bus-driver-shortage +Bus drivers"

# T tags every match, not just the first page of them (regression: the
# walk stopped after 256 rows).
python3 -c "
print('presstime: 1\nstories:')
for i in range(300):
    print('  - {slug: bulk-%03d, headline: \"Bulk %d\", desk: bulk}' % (i, i))
" > "$T_TMP/bulk.yaml"
pt import "$T_TMP/bulk.yaml" >/dev/null
tui 24 100 'Tdesk:bulk<Enter>'
like "T tags all 300 matches" "$SCREEN" "tagged 300 stories matching \"desk:bulk\""

done_testing
