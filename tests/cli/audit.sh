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

runs "the newsroom itself is still fine" 0 pt check
done_testing
