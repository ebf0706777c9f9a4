# The newsroom clock (issue 7, items 1 and 2): one time zone kept in the
# database, used for every time a person reads, whatever TZ a session
# carries; stored text says dates, never "today" or a bare weekday.
. "$PT_SRCDIR/tests/lib.sh"

runs "init with a bad zone is refused" 1 pt init --tz Mars/Olympus
like "naming the zone" "$ERR" 'unknown time zone "Mars/Olympus"'
[ -e "$PRESSTIME_DB" ] && t_fail "a refused init leaves no database" || t_ok "a refused init leaves no database"
runs "init --tz" 0 pt init --tz America/New_York
like "init says the zone" "$OUT" "newsroom time zone: America/New_York"
is "kept in the settings table" "$(sql "SELECT value FROM setting WHERE key = 'tz'")" America/New_York
runs "tz shows it" 0 pt tz
is "tz output" "$OUT" America/New_York
runs "init again keeps it" 0 pt init
is "still New York" "$(pt tz)" America/New_York
runs "a path escaping zoneinfo is refused" 1 pt tz ../../etc/passwd
like "naming it" "$ERR" 'unknown time zone "\.\./\.\./etc/passwd"'
runs "an empty zone is refused" 1 pt tz ""
is "unchanged after refusals" "$(pt tz)" America/New_York

# The seed story: New York's 9 a.m. Thursday (14:00 UTC).
pt new hootsuite-ice "Hootsuite drops \$508,832 ICE contract" --desk business --due cob >/dev/null
pt rfc add hootsuite-ice ICE --kind organization --due "cob thu" >/dev/null
runs "promise" 0 pt rfc promise hootsuite-ice ICE --by "cob thu"
is "cob is the newsroom's 5 p.m." "$(sql "SELECT datetime(promised_by, 'unixepoch') FROM rfc")" "2026-11-26 22:00:00"
for zone in UTC Asia/Tokyo Europe/Berlin ""; do
	run env TZ="$zone" "$PRESSTIME" endnotes hootsuite-ice
	is "TZ=$zone reads the newsroom's words" "$OUT" \
	    "ICE said it would provide a statement by 5 p.m. Thursday."
done
run env -u TZ "$PRESSTIME" rfc ls hootsuite-ice
like "rfc ls in the newsroom's zone without TZ" "$OUT" "promised by Thu 17:00"
run env TZ=Asia/Tokyo "$PRESSTIME" show hootsuite-ice
like "show in the newsroom's zone" "$OUT" "2026-11-26 17:00"
run env TZ=Asia/Tokyo "$PRESSTIME" show hootsuite-ice --format json
like "JSON stays UTC ISO 8601" "$OUT" '"deadline": "2026-11-26T22:00:00Z"'

# Stored text: dated, so it reads true a week later.
is "asking is dated" "$(sql "SELECT body FROM entry WHERE kind = 'rfc' ORDER BY id LIMIT 1")" \
    "Asked ICE for comment by email, answer wanted by 5 p.m. Nov. 26."
is "the promise is dated" "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" \
    "ICE promised a statement by 5 p.m. Nov. 26."
is "nothing stored says today, tomorrow or a weekday" \
    "$(sql "SELECT count(*) FROM entry WHERE body LIKE '%today%' OR body LIKE '%tomorrow%' OR body LIKE '%day.%' OR body LIKE '%day,%'")" 0
run env PRESSTIME_NOW=2026-12-03T14:00:00Z "$PRESSTIME" rfc ls hootsuite-ice
like "a week later rfc ls says the date, not Thursday (and that it broke)" "$OUT" "broke promise by Nov 26 17:00"

# Changing the zone moves every reader at once.
runs "tz sets it" 0 pt tz Europe/London
is "tz says so" "$OUT" "newsroom time zone: Europe/London"
run env TZ=America/Los_Angeles "$PRESSTIME" rfc ls hootsuite-ice
like "London now, whatever the session's TZ" "$OUT" "promised by Thu 22:00"

# Another story of our own: a council vote, a newsroom in Tokyo.
export PRESSTIME_DB="$T_TMP/tokyo.db"
runs "a second newsroom in Tokyo" 0 pt init --tz Asia/Tokyo
pt new council-vote "Council delays vote on transit levy" >/dev/null
pt rfc add council-vote "Mayor's office" --kind organization >/dev/null
pt rfc promise council-vote "Mayor's office" --by "2026-11-27 12:00" >/dev/null
run env TZ=UTC "$PRESSTIME" endnotes council-vote
is "Tokyo noon Friday" "$OUT" "Mayor's office said it would provide a statement by noon Friday."
export PRESSTIME_DB="$T_TMP/host.db"
runs "init without --tz takes the host's zone" 0 env PRESSTIME_HOST_TZ=Asia/Tokyo "$PRESSTIME" init
is "the host's zone kept" "$(pt tz)" Asia/Tokyo
done_testing
