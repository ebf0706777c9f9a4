#!/bin/sh
# ls says a list was cut without counting the rest (a count of a big
# archive cost more than the page): it reads one row past the page, and
# that row only says "more".
. "$PT_SRCDIR/tests/lib.sh"

pt init >/dev/null 2>&1
python3 -c "
print('presstime: 1\nstories:')
for i in range(1100):
    print('  - {slug: c-%04d, headline: \"Story %d\"}' % (i, i))
" > "$T_TMP/many.yaml"
pt import "$T_TMP/many.yaml" >/dev/null
run pt ls --limit 40
is "a page of 40" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "40"
is "the row read past the page is not shown" \
	"$(printf '%s\n' "$OUT" | tail -n 1 | awk '{ print $1 }')" "c-0039"
is "the rest is said as more, not counted" "$ERR" \
	"presstime: more match than the 40 shown (--limit 40); use --all for every row"
run pt ls --limit 1099
like "one row past the page is more" "$ERR" \
	"^presstime: more match than the 1099 shown \(--limit 1099\)"
run pt ls --limit 1100
is "a page that holds every match says nothing" "$ERR" ""
is "and shows every row" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "1100"
run pt ls --limit 1101
is "a page longer than the matches says nothing" "$ERR" ""
run pt ls c-0005 --limit 1
is "a filter with one match at limit 1 says nothing" "$ERR" ""
run pt ls --limit 1 --json
is "--json gets the page" \
	"$(printf '%s' "$OUT" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" "1"
like "and the note on stderr" "$ERR" "more match than the 1 shown"
if command -v script >/dev/null 2>&1; then
	script -qec "\"$PRESSTIME\" ls --limit 40" /dev/null >"$T_TMP/tty" 2>&1
	like "a terminal is told the same" "$(cat "$T_TMP/tty")" \
		"\(40 shown; more match: use --limit N or --all\)"
fi

done_testing
