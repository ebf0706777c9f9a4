# The news budget (issue 7, item 8): every live story of the day, flash
# and updating included, held marked as held, "no deadline" said as such,
# priority first then deadline, in the newsroom's time.
. "$PT_SRCDIR/tests/lib.sh"

pt init --tz America/New_York >/dev/null
walk() { s=$1; shift; for st in "$@"; do pt status "$s" "$st" >/dev/null; done; }
# The seed story, published then being updated: still live.
pt new hootsuite-ice "Hootsuite drops \$508,832 ICE contract a day after employee's post" \
    --desk business --priority flash --due "cob" >/dev/null
pt credit hootsuite-ice "Dylan Martin" --role byline >/dev/null
walk hootsuite-ice assigned reporting filed editing copydesk ready published updating
# Our own: a held metro story, one with no deadline, one due tomorrow,
# one published and done, one overdue since yesterday.
pt new council-levy "Council delays vote on transit levy" --desk business --priority urgent --due "15:00" >/dev/null
walk council-levy assigned reporting held
pt new food-bank "Food bank hands out record turkeys" --desk business >/dev/null
pt new port-strike "Port talks resume" --desk business --due "tomorrow 12:00" >/dev/null
pt new fare-hike "Transit board weighs fare hike" --desk business --due "-1d" >/dev/null
pt new old-news "Yesterday's story" --desk business >/dev/null
walk old-news assigned reporting filed editing copydesk ready published

runs "budget" 0 env TZ=Asia/Tokyo "$PRESSTIME" budget
is "the budget, priority then deadline, in New York time" "$OUT" "NEWS BUDGET for 2026-11-26

== business ==

hootsuite-ice (updating, flash, due 2026-11-26 17:00)
  Hootsuite drops \$508,832 ICE contract a day after employee's post
  By Dylan Martin

HELD council-levy (held from reporting, urgent, due 2026-11-26 15:00)
  Council delays vote on transit levy

fare-hike (pitched, routine, overdue since 2026-11-25 09:00)
  Transit board weighs fare hike

food-bank (pitched, routine, no deadline)
  Food bank hands out record turkeys"
unlike "never 'due no deadline'" "$OUT" "due no deadline"
unlike "nothing due tomorrow" "$OUT" "port-strike"
unlike "nothing done with" "$OUT" "old-news"
runs "tomorrow's budget" 0 pt budget --day tomorrow
like "has the port story" "$OUT" "port-strike \(pitched, routine, due 2026-11-27 12:00\)"
done_testing
