# Requests for comment, publishing, and the end notes they produce.
. "$PT_SRCDIR/tests/lib.sh"

pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" --desk business >/dev/null
runs "a new target needs its kind" 1 pt rfc add hootsuite-ice ICE --due "cob thu"
like "asking person or organization" "$ERR" '"ICE" is new to the newsroom: is it a person or an organization\? \(--kind source'
is "and nobody is made" "$(sql "SELECT count(*) FROM person")" 0
runs "rfc add" 0 pt rfc add hootsuite-ice ICE --kind organization --due "cob thu"
is "rfc add says the number" "$OUT" "request 1: asked ICE for comment on hootsuite-ice"
is "the kind given is kept" "$(sql "SELECT kind FROM person WHERE name='ICE'")" "organization"
runs "rfc add by phone" 0 pt rfc add hootsuite-ice Sam Anderson --kind source --channel phone
is "multi-word target" "$(sql "SELECT name, kind FROM person WHERE id=2")" "Sam Anderson|source"
runs "rfc add reseller" 0 pt rfc add hootsuite-ice Carahsoft --kind organization
runs "rfc add FCN" 0 pt rfc add hootsuite-ice FCN --kind organization
runs "bad channel" 1 pt rfc add hootsuite-ice X --kind source --channel pigeon
like "bad channel message" "$ERR" 'unknown channel "pigeon" \(expected one of: email, phone, social, in person, other\)'
runs "asking is on the timeline" 0 pt show hootsuite-ice
like "timeline says who was asked and by when" "$OUT" \
	"Asked ICE for comment by email, answer wanted by 5 p.m. Nov. 26."
runs "promise needs --by" 2 pt rfc promise hootsuite-ice ICE
like "promise message" "$ERR" "needs --by TIME"
runs "promise by target name" 0 pt rfc promise hootsuite-ice ICE --by "cob thu"
is "promised time stored" "$(sql "SELECT state, promised_by FROM rfc WHERE id=1")" "promised|1795712400"
runs "attempt" 0 pt rfc attempt hootsuite-ice "Sam Anderson" "left a voicemail"
is "attempts counted" "$(sql "SELECT attempts FROM rfc WHERE id=2")" "2"
runs "decline" 0 pt rfc decline hootsuite-ice 3
runs "decline twice refused" 1 pt rfc decline hootsuite-ice 3
like "refusal says why" "$ERR" "request 3 to Carahsoft is already declined; it cannot become declined"
runs "answer needs text" 1 pt rfc answer hootsuite-ice 4
runs "request of another story" 1 pt rfc lapse hootsuite-ice 99
like "unknown request" "$ERR" "hootsuite-ice has no request 99 \\(it has 4; see: presstime rfc ls hootsuite-ice\\)"
runs "unknown target" 1 pt rfc lapse hootsuite-ice Nobody
like "unknown target message" "$ERR" 'no request for comment to "Nobody" on hootsuite-ice'
runs "rfc ls" 0 pt rfc ls hootsuite-ice --tsv
is "rfc ls rows (--tsv: ISO times)" "$(printf '%s\n' "$OUT" | cut -f1,2,3,7)" "1	ICE	email	promised by 2026-11-26T17:00:00Z
2	Sam Anderson	phone	open
3	Carahsoft	email	declined
4	FCN	email	open"
runs "rfc ls json is valid" 0 sh -c '"$PRESSTIME" rfc ls hootsuite-ice --json | python3 -m json.tool'
runs "rfc ls json fields" 0 sh -c '"$PRESSTIME" rfc ls hootsuite-ice --json | python3 -c "
import json, sys
d = json.load(sys.stdin)
print(len(d), *d[0].keys())
print(*(repr(d[0].get(k)) for k in (\"id\", \"attempts\", \"due\", \"answer\", \"promised_by\")))"'
is "rfc ls json: the export's keys in order, numbers, unset absent, UTC times" "$OUT" \
"4 id no target kind channel asked_at asked_by due attempts state promised_by
1 1 '2026-11-26T17:00:00Z' None '2026-11-26T17:00:00Z'"

pt credit hootsuite-ice "Dylan Martin" >/dev/null
runs "end notes before publication (preview)" 0 pt endnotes hootsuite-ice
is "end notes text" "$OUT" "Sam Anderson and FCN did not respond to requests for comment by press time. Carahsoft declined to comment. ICE said it would provide a statement by 5 p.m. Thursday.
Dylan Martin contributed to this story."

walked=
for s in assigned reporting filed editing copydesk ready; do
	pt status hootsuite-ice $s >/dev/null && walked="$walked $s"
done
is "walk the workflow to ready" "$walked" " assigned reporting filed editing copydesk ready"
pt set hootsuite-ice embargo "+1h" >/dev/null
runs "publishing before the embargo is refused" 1 pt status hootsuite-ice published
like "embargo message" "$ERR" "cannot publish hootsuite-ice before its embargo lifts at 2026-11-26 15:00"
pt set hootsuite-ice embargo "" >/dev/null
runs "publish" 0 pt status hootsuite-ice published
is "publish says what it lapsed" "$OUT" "hootsuite-ice is now published
2 requests for comment lapsed at press time:
Sam Anderson (phone): no response by press time
FCN (email): no response by press time"
is "open requests lapsed, others kept" "$(sql "SELECT group_concat(state, ',') FROM (SELECT state FROM rfc ORDER BY id)")" \
	"promised,lapsed,declined,lapsed"
is "lapses are on the timeline" "$(sql "SELECT count(*) FROM entry WHERE body LIKE 'No response from % by press time%'")" "2"
is "published_at set" "$(sql "SELECT published_at FROM story")" "1795701600"
runs "end notes after publication" 0 pt endnotes hootsuite-ice
like "lapsed group in one sentence" "$OUT" "^Sam Anderson and FCN did not respond to requests for comment by press time\."
runs "late answer after publication" 0 pt rfc answer hootsuite-ice FCN "We have no contract with ICE."
is "story flagged needs update" "$(sql "SELECT needs_update FROM story")" "1"
is "answer stored" "$(sql "SELECT state, answer FROM rfc WHERE id=4")" "answered|We have no contract with ICE."
runs "ls shows needs update" 0 pt ls --tsv
like "needs update in ls" "$OUT" "published \(needs update\)"
runs "filter needs:update" 0 pt ls needs:update --tsv
like "needs:update finds it" "$OUT" "hootsuite-ice"
runs "answer is searchable" 0 pt search "no contract" --tsv
like "search finds the answer" "$OUT" "hootsuite-ice	rfc"
runs "update and republish clears the flag" 0 sh -c '"$PRESSTIME" status hootsuite-ice updating && "$PRESSTIME" status hootsuite-ice published'
is "flag cleared" "$(sql "SELECT needs_update FROM story")" "0"

# An outcome that came before it was typed in carries its own time; a
# bare clock time for when something happened is the last such moment.
pt new folo-ice "ICE folo" >/dev/null
pt rfc add folo-ice "Dana Cole" --kind source --at 11:00 >/dev/null
runs "a time still to come is refused" 1 pt rfc decline folo-ice "Dana Cole" --at +1h
like "naming it" "$ERR" "3 p\.m\. .*is still to come; give when it happened"
runs "a time before the asking is refused" 1 pt rfc decline folo-ice "Dana Cole" --at 10:00
like "saying when it was asked" "$ERR" "was made 11 a\.m\..*cannot come before it"
runs "so is a clock time later than now (yesterday's)" 1 pt rfc decline folo-ice "Dana Cole" --at 15:00
like "saying when it was asked" "$ERR" "was made 11 a\.m\..*cannot come before it"
runs "a bad time names the flag and value" 1 pt rfc decline folo-ice "Dana Cole" --at "half past"
like "with the value" "$ERR" "--at.*half past"
is "the request is still open" "$(sql "SELECT state FROM rfc WHERE person_id = (SELECT id FROM person WHERE name = 'Dana Cole')")" open
runs "decline --at 13:20" 0 pt rfc decline folo-ice "Dana Cole" --at 13:20
is "the request is dated 13:20" "$(sql "SELECT state || ' ' || datetime(answered_at, 'unixepoch') FROM rfc WHERE person_id = (SELECT id FROM person WHERE name = 'Dana Cole')")" \
    "declined 2026-11-26 13:20:00"
is "so is its timeline entry, logged now" "$(sql "SELECT datetime(occurred_at, 'unixepoch') || ' ' || datetime(logged_at, 'unixepoch') FROM entry WHERE body = 'Dana Cole declined to comment.'")" \
    "2026-11-26 13:20:00 2026-11-26 14:00:00"
runs "rfc attempt takes no --at" 2 pt rfc attempt folo-ice "Dana Cole" "called again" --at 13:00
like "and says why, with the value" "$ERR" 'rfc attempt takes no --at \("13:00"\)'

# Waiting for another writer's lock is not "when": the request and its
# timeline entry carry the moment the answer was recorded, the same one
# (the real clock here, not the fixed one).
pt rfc add folo-ice "Lee Park" --kind source >/dev/null
if lock_hold; then t_ok "another writer holds the lock"; else
	t_fail "another writer holds the lock" "$(cat "$T_TMP/holder.out")"; fi
env -u PRESSTIME_NOW "$PRESSTIME" rfc answer folo-ice "Lee Park" "Yes." \
    >"$T_TMP/answer.out" 2>&1 &
ANSWER=$!
if busy_waiting "$ANSWER" && kill -0 "$ANSWER" 2>/dev/null; then
	t_ok "the answer waits while the lock is held"
else
	t_fail "the answer waits while the lock is held" "$(cat "$T_TMP/answer.out")"
fi
# Held into the next second of the clock, so a time taken before the
# wait would differ from one taken after it.
waited=$(date +%s)
next_second() { [ "$(date +%s)" -gt "$waited" ]; }
wait_until 30 next_second
lock_release ROLLBACK
wait "$ANSWER"
is "an answer waits out another writer" "$?" 0
is "answered_at is the entry's time" "$(sql "SELECT r.answered_at = e.occurred_at AND e.occurred_at = e.logged_at FROM rfc r JOIN person p ON p.id = r.person_id, entry e WHERE p.name = 'Lee Park' AND e.body = 'Yes.'")" 1
# Two people share a name: the kind asked for picks the right one.
sql "INSERT INTO person (name, kind, created_at) VALUES ('Reuters', 'source', 0), ('Reuters', 'organization', 0)"
runs "rfc add --kind organization" 0 pt rfc add folo-ice Reuters --kind organization
is "goes to the organization, not the source made first" \
    "$(sql "SELECT p.kind FROM rfc r JOIN person p ON p.id = r.person_id WHERE p.name = 'Reuters'")" organization
is "and makes no one new" "$(sql "SELECT count(*) FROM person WHERE name = 'Reuters'")" 2
runs "a known target needs no kind" 0 pt rfc add folo-ice ICE
is "and keeps the one it has" "$(sql "SELECT count(*) FROM person WHERE name = 'ICE'")" 1

# Each story numbers its own requests 1, 2, 3... in the order they were
# added (not asked: a backdated one keeps its number); a bare number is
# the story's, id:N the database-wide id.
pt new num-a "Numbers A" >/dev/null
pt new num-b "Numbers B" >/dev/null
runs "first request on a story" 0 pt rfc add num-a ICE
is "is its number 1" "$OUT" "request 1: asked ICE for comment on num-a"
runs "first request on another story" 0 pt rfc add num-b ICE
is "is that story's 1" "$OUT" "request 1: asked ICE for comment on num-b"
runs "a backdated request" 0 pt rfc add num-a FCN --at 10:00
is "is still number 2" "$OUT" "request 2: asked FCN for comment on num-a"
runs "rfc ls shows the numbers" 0 pt rfc ls num-a --tsv --header
is "NO column, rows in asked order" "$(printf '%s\n' "$OUT" | cut -f1,2)" "NO	TARGET
2	FCN
1	ICE"
runs "rfc ls --json has no and id" 0 sh -c '"$PRESSTIME" rfc ls num-a --json | python3 -c "
import json, sys
print(*((r[\"no\"], r[\"target\"]) for r in json.load(sys.stdin)))"'
is "no and target" "$OUT" "(2, 'FCN') (1, 'ICE')"
runs "show" 0 pt show num-a
like "show numbers the requests as rfc answer takes them" "$OUT" "  2 FCN by email, asked"
runs "answer by the story's number" 0 pt rfc answer num-a 2 "No comment."
is "says the number" "$OUT" "request 2 on num-a: answer"
is "the right request is answered" \
    "$(sql "SELECT p.name || ':' || r.state FROM rfc r JOIN person p ON p.id = r.person_id JOIN story s ON s.id = r.story_id WHERE s.slug = 'num-a' ORDER BY r.id")" \
    "ICE:open
FCN:answered"
ida=$(sql "SELECT r.id FROM rfc r JOIN story s ON s.id = r.story_id WHERE s.slug = 'num-a' ORDER BY r.id LIMIT 1")
idb=$(sql "SELECT r.id FROM rfc r JOIN story s ON s.id = r.story_id WHERE s.slug = 'num-b'")
runs "the database-wide id still works as id:N" 0 pt rfc decline num-a "id:$ida"
is "and is told as the story's number" "$OUT" "request 1 on num-a: decline"
runs "id:N of another story's request" 1 pt rfc lapse num-a "id:$idb"
like "is refused, naming it" "$ERR" "request id:$idb is not on num-a"
runs "a number past the story's requests" 1 pt rfc lapse num-a 3
like "names the number and how many there are" "$ERR" "num-a has no request 3 \\(it has 2;"
runs "id: without a number" 1 pt rfc lapse num-a id:x
like "names the word" "$ERR" '"id:x" is not a request id'
done_testing
