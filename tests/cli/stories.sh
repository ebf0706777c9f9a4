# Creating stories, logging, moving them, and reading them back.
. "$PT_SRCDIR/tests/lib.sh"

runs "init creates the database" 0 pt init
like "init names the path" "$OUT" "newsroom database ready: .*newsroom.db"
runs "new story" 0 pt new hootsuite-ice "Hootsuite drops ICE contract" \
	--desk business --priority urgent --due cob --editor dmartin \
	--dek "The deal ran through a reseller" --budget "Company cancels deal." \
	--words 900 --art "Photo of HQ"
is "new says what it made" "$OUT" "created hootsuite-ice"
is "stored with defaults and values" \
	"$(sql "SELECT slug, desk, status, priority, editor, deadline, words, version FROM story")" \
	"hootsuite-ice|business|pitched|urgent|dmartin|1795712400|900|1"
is "creation is in the history" "$(sql "SELECT coalesce(from_state,'-'), to_state, by FROM status_change")" \
	"-|pitched|$(id -un)"
runs "duplicate slug refused" 1 pt new hootsuite-ice "Again"
like "duplicate slug message" "$ERR" 'a story with slug "hootsuite-ice" already exists'
runs "bad slug refused" 1 pt new "Bad Slug" "x"
like "bad slug names the rule" "$ERR" 'slug "Bad Slug" may hold only lowercase letters'
runs "bad priority refused" 1 pt new ok-slug "x" --priority asap
like "bad priority message" "$ERR" 'unknown priority "asap"'
runs "bad due time refused" 1 pt new ok-slug "x" --due "tomorow 5pm"
like "bad time quotes the input and shows examples" "$ERR" \
	'--due: cannot read time "tomorow 5pm" \(try "tomorrow 17:00", "\+2h", "cob thu"\)'
is "nothing half-made after errors" "$(sql "SELECT count(*) FROM story")" "1"

runs "log from arguments" 0 pt log hootsuite-ice --at "-3h" --source "LinkedIn" \
	"Employee posts that the company sells to ICE"
is "entry stored with occurred time and who" \
	"$(sql "SELECT occurred_at, logged_at, logged_by, kind, source FROM entry")" \
	"1795690800|1795701600|$(id -un)|event|LinkedIn"
# When it happened: a bare clock time is the last such moment, never one
# still to come (it is 14:00 on Thursday).
runs "log --at 13:20" 0 pt log hootsuite-ice --at 13:20 "Board met at 13:20"
is "today's 13:20" "$(sql "SELECT datetime(occurred_at, 'unixepoch') FROM entry WHERE body LIKE 'Board met%'")" \
	"2026-11-26 13:20:00"
runs "log --at 15:00" 0 pt log hootsuite-ice --at 15:00 "Vote at 15:00"
is "yesterday's 15:00" "$(sql "SELECT datetime(occurred_at, 'unixepoch') FROM entry WHERE body LIKE 'Vote%'")" \
	"2026-11-25 15:00:00"
runs "log --at mon" 0 pt log hootsuite-ice --at "mon 10:00" "Memo dated Monday"
is "last Monday" "$(sql "SELECT datetime(occurred_at, 'unixepoch') FROM entry WHERE body LIKE 'Memo%'")" \
	"2026-11-23 10:00:00"
sql "DELETE FROM entry WHERE body LIKE 'Board met%' OR body LIKE 'Vote%' OR body LIKE 'Memo%'"
runs "log from stdin" 0 sh -c 'printf "Line one\nLine two\n" | "$PRESSTIME" log hootsuite-ice --kind document'
is "stdin body kept whole" "$(sql "SELECT body FROM entry WHERE kind='document'")" "Line one
Line two"
cat > "$T_TMP/ed.sh" <<'ED'
#!/bin/sh
printf 'Typed in the editor\n# a comment line\n' > "$1"
ED
chmod +x "$T_TMP/ed.sh"
runs "log from \$EDITOR when stdin is a terminal" 0 sh -c \
	"EDITOR='$T_TMP/ed.sh' script -qec '\"$PRESSTIME\" log hootsuite-ice --kind note' /dev/null"
is "editor text without comment lines" "$(sql "SELECT body FROM entry WHERE kind='note'")" "Typed in the editor"
runs "empty entry refused" 1 pt log hootsuite-ice "   "
like "empty entry message" "$ERR" "nothing to log"
runs "bad kind refused" 1 pt log hootsuite-ice --kind rumor "x"
like "bad kind lists kinds" "$ERR" 'unknown entry kind "rumor" \(expected one of: event, statement'
runs "correction amends an entry" 0 pt log hootsuite-ice --amends 1 "The post went up Tuesday, not Monday"
is "correction kind and link" "$(sql "SELECT kind, amends FROM entry ORDER BY id DESC LIMIT 1")" "correction|1"

runs "unknown slug suggests the closest" 1 pt log hootsuite-ic "x"
is "did-you-mean message" "$ERR" 'presstime: no story "hootsuite-ic" (did you mean "hootsuite-ice"?)'

runs "status forward" 0 pt status hootsuite-ice assigned --note "Dylan has it"
runs "refused move exits 1" 1 pt status hootsuite-ice published
is "refusal names the allowed moves" "$ERR" \
	"presstime: cannot move hootsuite-ice from assigned to published (allowed: pitched, reporting, held, spiked)"
runs "unknown state" 1 pt status hootsuite-ice done
like "unknown state lists states" "$ERR" 'unknown status "done" \(expected one of: pitched, assigned'
runs "hold" 0 pt status hootsuite-ice held
runs "held cannot jump ahead" 1 pt status hootsuite-ice editing
like "held returns only where it was" "$ERR" "allowed: assigned, spiked"
runs "held returns to where it was" 0 pt status hootsuite-ice assigned
runs "history" 0 pt history hootsuite-ice --tsv
like "history has the entries logged" "$OUT" "entry	-	Board met at 13:20	event"
is "history ends with the creation" "$(printf '%s\n' "$OUT" | tail -1 | cut -f2-6)" \
	"$(id -un)	created	-	pitched	created"
runs "history --field status" 0 pt history hootsuite-ice --tsv --field status
is "history rows, newest first" "$(printf '%s\n' "$OUT" | cut -f2-6)" "$(id -un)	status	held	assigned	
$(id -un)	status	assigned	held	
$(id -un)	status	pitched	assigned	Dylan has it"
runs "history --field with an unknown field" 2 pt history hootsuite-ice --field colour
like "names it and the choices" "$ERR" 'unknown field "colour" \(expected one of: created, status, headline'

runs "set a field" 0 pt set hootsuite-ice headline "Hootsuite cancels ICE deal"
runs "set with a stale version is a conflict" 3 pt set hootsuite-ice priority flash --version 2
like "conflict names who and both versions" "$ERR" \
	"hootsuite-ice was changed by $(id -un) at 2026-11-26 14:00 \(version [0-9]+; your edit was based on version 2\)"
is "conflict changed nothing" "$(sql "SELECT priority FROM story")" "urgent"
v=$(sql "SELECT version FROM story")
runs "set with the current version works" 0 pt set hootsuite-ice priority flash --version "$v"
st=$(sql "SELECT status || ' ' || version FROM story")
nh=$(sql "SELECT count(*) FROM status_change")
runs "status with a stale version is a conflict" 3 pt status hootsuite-ice reporting --version 1
like "the status conflict names both versions" "$ERR" \
	"hootsuite-ice was changed by $(id -un) at .*your edit was based on version 1\)"
is "the status conflict moved nothing" "$(sql "SELECT status || ' ' || version FROM story")" "$st"
is "and recorded no move" "$(sql "SELECT count(*) FROM status_change")" "$nh"
runs "unknown field" 2 pt set hootsuite-ice colour red
like "unknown field lists fields" "$ERR" 'unknown field "colour"'
runs "bad words value" 1 pt set hootsuite-ice words lots
like "words message" "$ERR" '"lots" is not a number of words'
runs "clear the deadline" 0 pt set hootsuite-ice deadline ""
is "deadline cleared" "$(sql "SELECT deadline IS NULL FROM story")" "1"

runs "credit" 0 pt credit hootsuite-ice "Dylan Martin"
runs "credit twice refused" 1 pt credit hootsuite-ice "Dylan Martin"
like "double credit message" "$ERR" "Dylan Martin is already credited as contributor"
runs "credit with a bad role" 1 pt credit hootsuite-ice "Jane Roe" --role ghost
like "bad role lists roles" "$ERR" 'unknown role "ghost"'
runs "byline credit" 0 pt credit hootsuite-ice "Jane Roe" --role byline
runs "a credit to take back" 0 pt credit hootsuite-ice "Sam Roe"
runs "--remove takes it back" 0 pt credit hootsuite-ice "sam roe" --remove
like "and says so" "$OUT" "took back the credit of sam roe as contributor"
is "gone from the store" "$(sql "SELECT count(*) FROM credit c JOIN person p \
    ON p.id = c.person_id WHERE p.name = 'Sam Roe'")" 0
is "recorded in the history" "$(sql "SELECT old_value || '|' || \
    ifnull(new_value, '-') || '|' || note FROM change WHERE field = \
    'credit' ORDER BY id DESC LIMIT 1")" "contributor|-|Sam Roe"
runs "a credit that is not there" 1 pt credit hootsuite-ice "Sam Roe" --remove
like "names it and the credits there are" "$ERR" \
    'Sam Roe is not credited as contributor on hootsuite-ice \(credits: .*Dylan Martin \(contributor\)'
runs "--remove in another role" 1 pt credit hootsuite-ice "Jane Roe" --remove
runs "--remove with its role" 0 pt credit hootsuite-ice "Jane Roe" --remove --role byline
runs "byline again" 0 pt credit hootsuite-ice "Jane Roe" --role byline

runs "show" 0 pt show hootsuite-ice
like "show has the headline" "$OUT" "^Hootsuite cancels ICE deal$"
like "show has the timeline" "$OUT" "#1 event +Employee posts that the company sells to ICE \[source: LinkedIn\]"
like "show marks corrections" "$OUT" "\(corrects #1\) The post went up Tuesday"
like "show has credits" "$OUT" "contributor +Dylan Martin"
runs "usage error exits 2" 2 pt show
like "usage names the verb" "$ERR" "usage: presstime show SLUG"
runs "unknown command exits 2" 2 pt frobnicate
like "unknown command message" "$ERR" 'unknown command "frobnicate"'
runs "unknown option exits 2" 2 pt ls --colour
runs "help" 0 pt --help
like "help lists verbs from the table" "$OUT" "endnotes SLUG"
like "a long usage is whole" "$OUT" \
    "^  rfc add SLUG TARGET .*\| ls SLUG \[--json\|--tsv \[--header\]\]$"
like "its text on the next line, in the column" "$OUT" \
    "^ {47}requests for comment$"
runs "version" 0 pt --version
like "version" "$OUT" "^presstime [0-9]"
runs "check" 0 pt check
like "check says ok" "$OUT" "integrity ok, foreign keys ok, full-text index ok"
runs "backup" 0 pt backup "$T_TMP/copy.db"
is "backup has the story" "$(sqlite3 "$T_TMP/copy.db" "SELECT slug FROM story")" "hootsuite-ice"
# A full-text index that lost rows, or whose text was changed behind its
# back, is a problem check names (on copies: the newsroom stays whole).
cp "$T_TMP/copy.db" "$T_TMP/lost.db"
sqlite3 "$T_TMP/lost.db" "DELETE FROM fts WHERE rowid % 4 = 1"
runs "check finds an index missing entries" 1 pt --db "$T_TMP/lost.db" check
like "and says how many" "$ERR" \
    "full-text index out of step: [1-9][0-9]* entries but 0 indexed"
cp "$T_TMP/copy.db" "$T_TMP/tampered.db"
sqlite3 "$T_TMP/tampered.db" "UPDATE fts_content SET c0 = 'tampered' WHERE id = (SELECT min(id) FROM fts_content)"
runs "check finds an index that no longer matches its text" 1 pt --db "$T_TMP/tampered.db" check
like "and says so" "$ERR" "full-text index check failed"
runs "backup refuses to overwrite" 1 pt backup "$T_TMP/copy.db"
done_testing
