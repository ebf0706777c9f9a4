# Long output to a terminal goes through $PAGER (never when piped), and
# "-" means standard input for import (log --file - and export --output -
# are tested with those commands).
. "${PT_SRCDIR:?}/tests/lib.sh"

pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" >/dev/null
pt status hootsuite-ice assigned >/dev/null
cat >"$T_TMP/pager" <<'SH'
#!/bin/sh
sed 's/^/PAGED:/'
SH
chmod +x "$T_TMP/pager"

if command -v script >/dev/null 2>&1; then
	on_tty() { # on_tty CMD...: runs it with stdout on a terminal
		script -qec "$*" /dev/null </dev/null 2>&1 | tr -d '\r'
	}
	for c in "show hootsuite-ice" "history hootsuite-ice" "budget" \
	    "export --format md"; do
		out=$(PAGER="$T_TMP/pager" on_tty "\"$PRESSTIME\" $c")
		like "$c to a terminal goes through \$PAGER" "$out" "^PAGED:"
		out=$(PAGER= on_tty "\"$PRESSTIME\" $c")
		unlike "$c with PAGER empty does not page" "$out" "^PAGED:"
	done
	out=$(PAGER="$T_TMP/pager" on_tty "\"$PRESSTIME\" ls")
	unlike "ls is not paged" "$out" "PAGED:"
	out=$(PAGER="head -1" on_tty "\"$PRESSTIME\" export; echo rc=\$?")
	like "quitting the pager early is not an error" "$out" "rc=0"
	unlike "and says nothing" "$out" "cannot write"
fi
run sh -c 'PAGER="$1" "$PRESSTIME" show hootsuite-ice | cat' sh "$T_TMP/pager"
unlike "piped output is never paged" "$OUT" "PAGED:"

# import -
pt export --format yaml >"$T_TMP/all.yaml"
export PRESSTIME_DB="$T_TMP/second.db"
run sh -c '"$PRESSTIME" import - <"$1"' sh "$T_TMP/all.yaml"
is "import - reads standard input" "$OUT" "imported 1 story, 0 entries, 0 requests, 0 credits"
is "the story came" "$(sql "SELECT slug FROM story")" "hootsuite-ice"
run sh -c 'echo "stories: [" | "$PRESSTIME" import -'
is "a broken stdin import fails" "$RC" "1"
like "naming <stdin> and the place" "$ERR" "<stdin>:2:1:"

done_testing
