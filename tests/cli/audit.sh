# The record no one can quietly rewrite: every change is history, and
# the timeline and the history are hash-chained so that `check` names
# the first row edited behind presstime's back.
. "$PT_SRCDIR/tests/lib.sh"

me=$(id -un)
pt init >/dev/null
pt new ice-deal "Hootsuite drops ICE" --desk business >/dev/null
pt log ice-deal "Employee posts about the contract" >/dev/null
pt log ice-deal "Company confirms" >/dev/null
pt status ice-deal assigned --note "Dylan has it" >/dev/null
pt log ice-deal "Third entry" >/dev/null
pt status ice-deal reporting >/dev/null

runs "check passes on an untouched newsroom" 0 pt check
like "and says the chain is ok" "$OUT" "record chain ok"
like "it prints the head of the timeline's chain" "$OUT" "chain: 3 timeline entries, head [0-9a-f]{64}"
like "and of the history's" "$OUT" "chain: 6 history rows, head [0-9a-f]{64}"

# Each tamper on its own copy, so one cannot hide another.
tamper() { # tamper NAME SQL: a fresh copy with SQL applied by sqlite3
	cp "$PRESSTIME_DB" "$T_TMP/$1.db"
	sqlite3 "$T_TMP/$1.db" "$2"
}
tamper body "UPDATE entry SET body = 'The company denies it' WHERE id = 2"
runs "an entry's text edited with sqlite3: check exits 1" 1 pt --db "$T_TMP/body.db" check
like "naming the row and its story" "$ERR" "chain broken at entry row 2 \(story ice-deal\): its content no longer matches its hash"

tamper author "UPDATE entry SET logged_by = 'someone' WHERE id = 1"
runs "an entry's author rewritten: exit 1" 1 pt --db "$T_TMP/author.db" check
like "names entry 1" "$ERR" "entry row 1 "

tamper when "UPDATE entry SET logged_at = logged_at - 3600 WHERE id = 3"
runs "an entry backdated: exit 1" 1 pt --db "$T_TMP/when.db" check
like "names entry 3" "$ERR" "entry row 3 "

tamper gone "DELETE FROM entry WHERE id = 2"
runs "an entry deleted: exit 1" 1 pt --db "$T_TMP/gone.db" check
like "names the row after the gap" "$ERR" "chain broken at entry row 3 \(story ice-deal\): it does not follow row 1"

tamper first "DELETE FROM entry WHERE id = 1"
runs "the first entry deleted: exit 1" 1 pt --db "$T_TMP/first.db" check
like "names the new first row" "$ERR" "entry row 2 .*does not start the chain"

tamper forged "INSERT INTO entry (story_id, occurred_at, logged_at, logged_by, kind, body) VALUES (1, 0, 0, 'x', 'note', 'forged')"
runs "an entry added with sqlite3: exit 1" 1 pt --db "$T_TMP/forged.db" check
like "names the row with no hash" "$ERR" "entry row 4 .*has no hash"

tamper rehash "UPDATE entry SET body = 'x', hash = '$(printf %064d 0)' WHERE id = 2"
runs "an entry with a made-up hash: exit 1" 1 pt --db "$T_TMP/rehash.db" check

tamper status "UPDATE change SET new_value = 'editing' WHERE field = 'status' AND new_value = 'assigned'"
runs "a history row edited: exit 1" 1 pt --db "$T_TMP/status.db" check
like "names the history row" "$ERR" "chain broken at change row 4 \(story ice-deal\)"

tamper who "UPDATE change SET by = 'editor2' WHERE id = 3"
runs "who made a change rewritten: exit 1" 1 pt --db "$T_TMP/who.db" check
like "names change row 3" "$ERR" "change row 3 "

# Request outcomes: the rfc row is updated in place; its outcome is
# chained as a history row, and check compares the two.
pt rfc add ice-deal ICE --kind organization >/dev/null
pt rfc answer ice-deal ICE "We do not comment on contracts" >/dev/null
runs "check passes with an answered request" 0 pt check
tamper answer "UPDATE rfc SET answer = 'We welcome the contract'"
runs "an answer rewritten with sqlite3: exit 1" 1 pt --db "$T_TMP/answer.db" check
like "names the request and its chained outcome" "$ERR" "request #1 \(story ice-deal\) says \"answered\" but its chained outcome, change row [0-9]+"
tamper outcome "UPDATE rfc SET state = 'declined'"
runs "an outcome rewritten with sqlite3: exit 1" 1 pt --db "$T_TMP/outcome.db" check
like "names the request" "$ERR" "request #1 \(story ice-deal\) says \"declined\""

# The end notes as they ran are chained too.
pt status ice-deal filed >/dev/null
pt status ice-deal editing >/dev/null
pt status ice-deal copydesk >/dev/null
pt status ice-deal ready >/dev/null
pt status ice-deal published >/dev/null
runs "check after publishing" 0 pt check
like "the snapshot is in the chain" "$OUT" "chain: 1 end-notes snapshots, head [0-9a-f]{64}"
tamper notes "DROP TRIGGER notes_snapshot_frozen; UPDATE notes_snapshot SET body = 'ICE said nothing.'"
runs "end notes rewritten around the trigger: exit 1" 1 pt --db "$T_TMP/notes.db" check
like "names the snapshot" "$ERR" "chain broken at notes_snapshot row 1 \(story ice-deal\)"

runs "the newsroom itself is still fine" 0 pt check
done_testing
