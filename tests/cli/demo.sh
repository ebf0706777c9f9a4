# presstime demo: the demo newsroom is full, covers the whole workflow, and
# its centerpiece (hootsuite-ice) reads right at press time.
. "$PT_SRCDIR/tests/lib.sh"

export PRESSTIME_DB="$T_TMP/demo.db"

runs "demo --keep --print builds the newsroom" 0 \
    pt demo --keep "$PRESSTIME_DB" --print
like "it says where the database is" "$OUT" "presstime --db $PRESSTIME_DB"
like "it prints the queue" "$OUT" "hootsuite-ice"
runs "--keep refuses an existing file" 1 \
    pt demo --keep "$PRESSTIME_DB" --print
like "and says why" "$ERR" "already exists"

n=$(sql "SELECT count(*) FROM story")
if [ "$n" -ge 20 ] && [ "$n" -le 40 ]; then t_ok "20-40 stories ($n)"
else t_fail "20-40 stories" "got $n"; fi
n=$(sql "SELECT count(DISTINCT desk) FROM story")
if [ "$n" -ge 4 ]; then t_ok "at least 4 desks ($n)"
else t_fail "at least 4 desks" "got $n"; fi

for state in pitched assigned reporting filed editing copydesk ready \
    scheduled published updating corrected held spiked killed; do
	is "a story is $state" \
	    "$(sql "SELECT count(*) > 0 FROM story WHERE status = '$state'")" 1
done

is "a published story's late answer set needs update" \
    "$(sql "SELECT count(*) > 0 FROM story WHERE needs_update = 1
	AND status = 'published'")" 1
is "the corrected story carries a correction amending an entry" \
    "$(sql "SELECT count(*) FROM entry e JOIN story s ON s.id = e.story_id
	WHERE s.status = 'corrected' AND e.kind = 'correction'
	AND e.amends IS NOT NULL")" 1

# The demo's editors are its staff: the assign prompt completes their
# logins and warns on none of them.
is "every editor login is a staff person's login" \
    "$(sql "SELECT count(DISTINCT editor) FROM story WHERE editor IS NOT NULL
	AND editor NOT IN (SELECT login FROM person WHERE kind = 'staff'
	AND login IS NOT NULL)")" 0
is "a staff login has its name" \
    "$(sql "SELECT name FROM person WHERE login = 'tkeiser'")" "Tom Keiser"
is "the credited Dylan Martin is dmartin, not a second person" \
    "$(sql "SELECT count(*) || '|' || ifnull(max(login), '-') FROM person
	WHERE name = 'Dylan Martin'")" "1|dmartin"

# The centerpiece.
H="(SELECT id FROM story WHERE slug = 'hootsuite-ice')"
is "hootsuite-ice is an urgent business story in reporting for dmartin" \
    "$(sql "SELECT desk, priority, status, editor FROM story
	WHERE slug = 'hootsuite-ice'")" "business|urgent|reporting|dmartin"
is "its timeline has the \$508,832 contract record" \
    "$(sql "SELECT count(*) > 0 FROM entry WHERE story_id = $H
	AND body LIKE '%\$508,832%' AND kind = 'document'")" 1
company=$(sql "SELECT min(occurred_at) FROM entry WHERE story_id = $H
    AND kind = 'statement' AND source = 'Hootsuite'")
ceo=$(sql "SELECT min(occurred_at) FROM entry WHERE story_id = $H
    AND kind = 'statement' AND source LIKE '%CEO%'")
if [ -n "$company" ] && [ -n "$ceo" ] && [ "$ceo" -gt "$company" ] &&
    [ $((ceo - company)) -lt 7200 ]; then
	t_ok "the CEO spoke under 2 h after the company ($((ceo - company))s)"
else
	t_fail "the CEO spoke under 2 h after the company" \
	    "company: $company" "ceo: $ceo"
fi
is "the post came before the record and the statements" \
    "$(sql "SELECT min(occurred_at) < $company FROM entry
	WHERE story_id = $H AND kind = 'event'")" 1
is "four requests for comment" \
    "$(sql "SELECT count(*) FROM rfc WHERE story_id = $H")" 4
is "ICE promised a statement by Thursday 17:00 local" \
    "$(sql "SELECT r.state, r.promised_by = strftime('%s', '2026-11-26 17:00:00')
	FROM rfc r JOIN person p ON p.id = r.person_id
	WHERE r.story_id = $H AND p.name = 'ICE'")" "promised|1"
is "the company answered, the reseller has not" \
    "$(sql "SELECT group_concat(p.name || '=' || r.state, ',')
	FROM (SELECT * FROM rfc ORDER BY id) r JOIN person p ON p.id = r.person_id
	WHERE r.story_id = $H AND p.name IN ('Hootsuite', 'Carahsoft')")" \
    "Hootsuite=answered,Carahsoft=open"

runs "endnotes for hootsuite-ice" 0 pt endnotes hootsuite-ice
like "the tagline credits Dylan Martin" "$OUT" \
    "Dylan Martin contributed to this story\\."
like "ICE's promise is written out" "$OUT" \
    "ICE said it would provide a statement by 5 p\\.m\\. Thursday\\."
like "the reseller's silence is written out" "$OUT" \
    "Carahsoft did not respond to an email seeking comment by press time\\."

runs "the queue filters the demo" 0 pt ls desk:business status:reporting --tsv
like "hootsuite-ice is among business stories in reporting" "$OUT" \
    "hootsuite-ice"

done_testing
