#!/bin/sh
# ls counts what it did not show only so far past the page (a full count
# of a big archive cost more than the page), and says so.
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
like "the rest is counted up to a cap, said as one" "$ERR" \
	"more than 1000 more not shown \(--limit 40\); use --all"
run pt ls --limit 200
like "under the cap the count is exact" "$ERR" \
	"^presstime: 900 more not shown \(--limit 200\)"
if command -v script >/dev/null 2>&1; then
	script -qec "\"$PRESSTIME\" ls --limit 40" /dev/null >"$T_TMP/tty" 2>&1
	like "a terminal is told the same" "$(cat "$T_TMP/tty")" \
		"40 of more than 1040 shown; use --limit N or --all"
fi

done_testing
