# The press-time record (issue 7): frozen end notes, promises kept or
# broken, outcomes after publication, corrections and kills. The seed
# story: a company drops a $508,832 contract a day after an employee's
# post; four parties asked; the agency promises a statement "by close of
# business Thursday"; "Dylan Martin contributed to this story."
. "$PT_SRCDIR/tests/lib.sh"

pt init --tz America/New_York >/dev/null
# 9 a.m. Thursday in New York.
export PRESSTIME_NOW=2026-11-26T14:00:00Z
pt new hootsuite-ice "Hootsuite drops \$508,832 ICE contract a day after employee's post" \
    --desk business --priority urgent --due "cob" >/dev/null
pt log hootsuite-ice --at "-1d" --source LinkedIn "Employee posts that the company sells software to ICE" >/dev/null
pt rfc add hootsuite-ice ICE --kind organization --due "cob thu" >/dev/null
pt rfc add hootsuite-ice Hootsuite --kind organization >/dev/null
pt rfc add hootsuite-ice Carahsoft --kind organization >/dev/null
pt rfc add hootsuite-ice "the employee" --kind source --channel social >/dev/null
pt rfc promise hootsuite-ice ICE --by "cob thu" "Press office is checking" >/dev/null
pt rfc answer hootsuite-ice Hootsuite "The contract is being cancelled." >/dev/null
pt rfc decline hootsuite-ice "the employee" >/dev/null
pt credit hootsuite-ice "Dylan Martin" >/dev/null
for s in assigned reporting filed editing copydesk ready; do pt status hootsuite-ice $s >/dev/null; done

NOTES="Carahsoft did not respond to an email seeking comment by press time. The employee declined to comment. ICE said it would provide a statement by 5 p.m. Thursday.
Dylan Martin contributed to this story."
runs "preview before publication" 0 pt endnotes hootsuite-ice
is "the preview" "$OUT" "$NOTES"

# Item 3: publication freezes the record.
runs "publish" 0 pt status hootsuite-ice published
is "publish says what it lapsed (a promise not yet due stays)" "$OUT" "hootsuite-ice is now published
1 request for comment lapsed at press time:
Carahsoft (email): no response by press time"
is "one snapshot, taken at publication in the newsroom's zone" \
    "$(sql "SELECT reason || '|' || zone || '|' || datetime(taken_at, 'unixepoch') FROM notes_snapshot")" \
    "published|America/New_York|2026-11-26 14:00:00"
runs "endnotes of a published story" 0 pt endnotes hootsuite-ice
is "print the snapshot" "$OUT" "$NOTES"
same=0
for now in 2026-11-26T14:00:00Z 2026-12-03T14:00:00Z; do
	for zone in UTC Asia/Tokyo America/Los_Angeles; do
		run env PRESSTIME_NOW=$now TZ=$zone "$PRESSTIME" endnotes hootsuite-ice
		[ "$OUT" = "$NOTES" ] && same=$((same + 1))
	done
done
is "a week later, in three zones: byte-identical" "$same" 6
run env PRESSTIME_NOW=2026-12-03T14:00:00Z "$PRESSTIME" endnotes hootsuite-ice --now
is "endnotes --now a week later: the promise is past, by date" "$OUT" \
"Carahsoft did not respond to an email seeking comment by press time. The employee declined to comment. ICE said it would provide a statement by 5 p.m. Nov. 26 but had not done so by press time.
Dylan Martin contributed to this story."
run sql "UPDATE notes_snapshot SET body = 'x'"
unlike "a snapshot is never changed" "$RC" "^0$"
like "refused by the database" "$ERR" "never changed"
runs "endnotes --now and --history together is a usage error" 2 pt endnotes hootsuite-ice --now --history

# Item 5: any word after publication flags the story, and says so.
export PRESSTIME_NOW=2026-11-26T20:00:00Z
runs "ICE answers after publication" 0 pt rfc answer hootsuite-ice ICE "We are reviewing the contract."
is "the CLI says so at once" "$OUT" "request 1 on hootsuite-ice: answer
ICE answered after publication: hootsuite-ice needs an update"
runs "ls needs:update" 0 pt ls needs:update --tsv
like "finds it" "$OUT" "hootsuite-ice"
pt new school-bus-delays "Bus delays" --due +1h >/dev/null
runs "ls --sort needs" 0 pt ls --sort needs --tsv
like "puts it first" "$(printf '%s\n' "$OUT" | sed -n 1p)" "^!	hootsuite-ice	published \(needs update\)"
runs "endnotes still print what ran" 0 pt endnotes hootsuite-ice
is "the snapshot, unchanged" "$OUT" "$NOTES"
runs "Carahsoft declines after publication" 0 pt rfc decline hootsuite-ice Carahsoft
like "declined after publication" "$OUT" "Carahsoft declined after publication: hootsuite-ice needs an update"

# A writethru freezes a new snapshot beside the first.
pt status hootsuite-ice updating >/dev/null
runs "republish (writethru)" 0 pt status hootsuite-ice published
is "the flag is cleared" "$(sql "SELECT needs_update FROM story WHERE slug = 'hootsuite-ice'")" 0
runs "endnotes after the writethru" 0 pt endnotes hootsuite-ice
is "the new notes" "$OUT" "Carahsoft and the employee declined to comment.
Dylan Martin contributed to this story."
is "two snapshots kept" "$(sql "SELECT group_concat(reason, ',') FROM (SELECT reason FROM notes_snapshot ORDER BY id)")" \
    "published,writethru"

# Item 7: corrections and kills carry their text.
runs "a correction needs its text" 1 pt status hootsuite-ice corrected
like "saying what to give" "$ERR" "a correction needs its text"
is "nothing moved" "$(sql "SELECT status FROM story WHERE slug = 'hootsuite-ice'")" published
runs "correct" 0 pt status hootsuite-ice corrected --correction "the contract was worth \$508,832, not \$580,832."
runs "endnotes after the correction" 0 pt endnotes hootsuite-ice
like "AP correction line" "$OUT" 'This story has been corrected to show the contract was worth \$508,832, not \$580,832\.$'
runs "history shows every version that ran" 0 pt endnotes hootsuite-ice --history
like "the first as published" "$OUT" "^2026-11-26 09:00 published \(America/New_York, "
like "then the writethru" "$OUT" "^2026-11-26 15:00 writethru \(America/New_York, "
like "and the correction" "$OUT" "^2026-11-26 15:00 corrected \(America/New_York, "
runs "show names the correction" 0 pt show hootsuite-ice
like "in show" "$OUT" "^  2026-11-26 15:00  Correction by .*: the contract was worth"
runs "a kill needs its reason" 1 pt status hootsuite-ice killed
runs "kill" 0 pt status hootsuite-ice killed --reason "the contract was not cancelled"
runs "endnotes of a killed story" 0 pt endnotes hootsuite-ice
like "the kill notice" "$OUT" "This story has been withdrawn: the contract was not cancelled\.$"
is "four snapshots" "$(sql "SELECT count(*) FROM notes_snapshot")" 4
runs "the correction and kill are in JSON" 0 pt show hootsuite-ice --format json
like "as notices" "$OUT" '"kind": "correction"'
like "the notes as they ran too" "$OUT" '"reason": "killed"'
runs "export YAML" 0 pt export slug:hootsuite-ice --format yaml --output "$T_TMP/ice.yaml"
KILLED=$(pt endnotes hootsuite-ice)
HIST=$(pt endnotes hootsuite-ice --history | grep -v '^2026-')
(
	export PRESSTIME_DB="$T_TMP/copy.db"
	pt init --tz Asia/Tokyo >/dev/null
	runs "import into a newsroom in another zone" 0 pt import "$T_TMP/ice.yaml"
	run pt endnotes hootsuite-ice
	is "the notes as they ran survive the trip" "$OUT" "$KILLED"
	run pt endnotes hootsuite-ice --history
	is "so does every version (headed in this newsroom's time)" \
	    "$(printf '%s\n' "$OUT" | grep -v '^2026-')" "$HIST"
	like "its header in Tokyo time, its zone kept" "$OUT" \
	    "^2026-11-26 23:00 published \(America/New_York, "
	runs "export again" 0 pt export slug:hootsuite-ice --format yaml --output "$T_TMP/ice2.yaml"
	runs "the same bytes" 0 cmp "$T_TMP/ice.yaml" "$T_TMP/ice2.yaml"
	done_testing >/dev/null
	echo "$T_N $T_FAILED" >"$T_TMP/sub"
)
read n f <"$T_TMP/sub"; T_N=$n; T_FAILED=$f

# Item 4, with a story of our own: a promise that passed before press
# time is broken, and publishing warns about it.
export PRESSTIME_NOW=2026-11-26T19:00:00Z   # 2 p.m. in New York
pt new council-levy "Council delays vote on transit levy" >/dev/null
pt rfc add council-levy "Mayor's office" --kind organization >/dev/null
pt rfc add council-levy "Dana Cole" --kind source --channel phone >/dev/null
pt rfc promise council-levy "Mayor's office" --by "2026-11-26 13:00" >/dev/null
runs "rfc:overdue matches a broken promise" 0 pt ls rfc:overdue --tsv
like "council-levy" "$OUT" "council-levy"
runs "rfc:broken matches it" 0 pt ls rfc:broken --tsv
like "council-levy too" "$OUT" "council-levy"
unlike "not a story whose promise was kept" "$OUT" "hootsuite-ice"
runs "rfc ls says the promise is broken" 0 pt rfc ls council-levy --tsv
like "broke promise" "$OUT" "Mayor's office	email	.*	broke promise by "
runs "preview says broken" 0 pt endnotes council-levy
is "the preview" "$OUT" "Dana Cole did not return a phone call seeking comment by press time. Mayor's office said it would provide a statement by 1 p.m. Thursday but had not done so by press time."
for s in assigned reporting filed editing copydesk ready; do pt status council-levy $s >/dev/null; done
runs "publish" 0 pt status council-levy published
is "publishing says what it lapsed" "$OUT" "council-levy is now published
2 requests for comment lapsed at press time:
Mayor's office: promised a statement by 1 p.m. Thursday, broken
Dana Cole (phone): no response by press time"
is "the broken promise lapsed, its time kept" \
    "$(sql "SELECT state || '|' || datetime(promised_by, 'unixepoch') FROM rfc r JOIN person p ON p.id = r.person_id WHERE p.name = 'Mayor''s office'")" \
    "lapsed|2026-11-26 18:00:00"
is "on the timeline in dated words" "$(sql "SELECT body FROM entry WHERE body LIKE 'Mayor%had not%'")" \
    "Mayor's office had not provided the statement promised by 1 p.m. Nov. 26 by press time."
runs "the snapshot" 0 env TZ=Asia/Tokyo PRESSTIME_NOW=2026-12-10T00:00:00Z "$PRESSTIME" endnotes council-levy
is "says broken, frozen" "$OUT" "Dana Cole did not return a phone call seeking comment by press time. Mayor's office said it would provide a statement by 1 p.m. Thursday but had not done so by press time."
runs "rfc ls after publication" 0 pt rfc ls council-levy --tsv
like "lapsed, promise broken" "$OUT" "lapsed, promise broken"
runs "rfc:broken still matches once lapsed" 0 pt ls all rfc:broken --tsv
like "council-levy" "$OUT" "council-levy"
runs "a new promise after publication" 0 pt rfc promise council-levy "Mayor's office" --by "cob fri"
like "flags the story" "$OUT" "Mayor's office promised a statement after publication: council-levy needs an update"
done_testing
