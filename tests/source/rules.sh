# House rules checked in the source itself (docs/HACKING.md, "Layers"):
# who may speak SQL, draw, or parse YAML; only the desk writes; every
# transaction takes the write lock up front; a state is spelled once; no
# file grows past what a reader can hold.
. "$PT_SRCDIR/tests/lib.sh"
cd "$PT_SRCDIR" || exit 1

only_in() { # only_in NAME PATTERN ALLOWED-DIR-REGEX
	bad=$(grep -rlE --include='*.[ch]' "$2" src include | grep -vE "$3")
	is "$1" "$bad" ""
}
only_in "only src/model includes sqlite3.h" '#include *[<"]sqlite3\.h' '^src/model/'
only_in "only src/tui includes curses" '#include *[<"](n?curses|ncursesw/curses)\.h' '^src/tui/'
only_in "only src/conf and src/io include yaml.h" '#include *[<"]yaml\.h' '^src/(conf|io)/'

# Only the desk writes (desk.h): the faces (src/cli, src/tui) and io
# never call a model function that writes, nor open a transaction. The
# model's writers are found by name in the model's own headers, so a new
# one is covered the day it is declared.
model_writes=$(for c in src/model/*.c; do
	h=include/presstime/$(basename "$c" .c).h
	[ -f "$h" ] && grep -oE '\b[a-z_0-9]+\(' "$h"
done | tr -d '(' | sort -u | grep -E \
	'_(insert|update|delete|save|touch|add|ensure|ensure_staff|lapse_open)$|^pt_db_(begin|begin_within|commit|rollback)$')
case " $(echo $model_writes) " in
*" story_insert "*" story_update "*) t_ok "the model's writers are listed" ;;
*) t_fail "the model's writers are listed" "got: $model_writes" ;;
esac
face_writes=$(grep -rnwE --include='*.c' \
	"($(echo $model_writes | tr ' ' '|'))" src/cli src/tui src/io)
is "faces and io write only through desk operations" "$face_writes" ""

# A state is spelled in one table (include/presstime/states.h); code
# asks state_story_is/state_rfc_is, so a misspelt state is a compile
# error, not a comparison that is silently never true.
state_names=$(grep -oE 'X\([A-Z]+, "[a-z]+"' include/presstime/states.h |
	sed 's/.*"\(.*\)"/\1/' | tr '\n' '|' | sed 's/|$//')
like "the state table lists states" "$state_names" '^pitched\|.*\|open\|'
state_cmps=$(grep -rnE --include='*.[ch]' \
	"str(n|case|ncase)?cmp\([^,;]*, *\"($state_names)\"|str(n|case|ncase)?cmp\(\"($state_names)\"" \
	src include | grep -v '^src/util/states\.c:')
is "no strcmp against a state's name outside the state table" \
	"$state_cmps" ""

# Ownership (story.h): rows own their strings and input structs borrow
# const views, so nothing needs to cast const away to fill a row.
is "no (char *) cast in src" \
	"$(grep -rnE --include='*.[ch]' '\(char \*\) *[A-Za-z_"(&]' src include)" ""

# A deferred transaction that reads then writes can fail with BUSY
# halfway; every transaction must start with BEGIN IMMEDIATE, in one place.
begins=$(grep -rnE --include='*.c' '"(BEGIN|begin)( |")' src | grep -v 'BEGIN IMMEDIATE')
is "no deferred BEGIN anywhere" "$begins" ""
is "BEGIN IMMEDIATE only in the model's transaction helper" \
	"$(grep -rlE --include='*.c' 'BEGIN IMMEDIATE' src)" "src/model/db.c"
is "SAVEPOINT never used (it would open a deferred transaction)" \
	"$(grep -rlE --include='*.c' 'SAVEPOINT' src)" ""
is "statements are prepared in one place" \
	"$(grep -rlE --include='*.c' 'sqlite3_prepare' src)" "src/model/db.c"

# SQL text is built only from fixed fragments: no printf of %s into SQL
# outside the paging builder, which takes placeholder-only fragments
# (story.c; story_merge.c its urgency walks, story_count.c its counts).
sqlfmt=$(grep -rnE --include='*.c' 'snprintf\(sql|pt_str_addf\(&sql' src |
	grep -vE '^src/model/story(_merge|_count)?\.c:')
is "SQL formatted only by the paging builder" "$sqlfmt" ""

big=$(find src -name '*.c' -exec wc -l {} + | awk '$2 != "total" && $1 > 700 {print $2}')
is "no source file past 700 lines" "$big" ""
done_testing
