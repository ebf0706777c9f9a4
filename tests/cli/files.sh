# Files presstime writes are whole or not there, and a failed write says
# so with exit 1: export --output, backup, stdout (issue 8, item 7).
. "$PT_SRCDIR/tests/lib.sh"

pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" --desk business >/dev/null
pt log hootsuite-ice "First entry" >/dev/null
pt credit hootsuite-ice "Dylan Martin" >/dev/null
pt rfc add hootsuite-ice ICE --kind organization >/dev/null

# Every verb's output reaches stdout or the verb fails: /dev/full used to
# swallow it all with exit 0.
for verb in "ls" "show hootsuite-ice" "export" "export --format json" \
	"endnotes hootsuite-ice" "history hootsuite-ice" "search entry" \
	"budget" "check" "--help" "--version" "help" "theme ls" \
	"config check" "rfc ls hootsuite-ice" "log hootsuite-ice more" \
	"new another-one Headline" "status another-one assigned" \
	"credit hootsuite-ice Someone"; do
	# shellcheck disable=SC2086
	"$PRESSTIME" $verb >/dev/full 2>"$T_TMP/err"; rc=$?
	if [ "$rc" = 1 ] && grep -q "No space left on device" "$T_TMP/err"; then
		t_ok "$verb > /dev/full fails with the errno text"
	else
		t_fail "$verb > /dev/full fails with the errno text" "exit $rc" \
			"$(cat "$T_TMP/err")"
	fi
done
runs "export --output /dev/full fails" 1 pt export --output /dev/full
like "and says why" "$ERR" 'cannot write /dev/full: No space left on device'
runs "export --output /dev/null is fine (written in place)" 0 pt export --output /dev/null
is "/dev/null is still a device" "$(stat -c %F /dev/null)" "character special file"
runs "export --output - is stdout" 0 pt export --format json --output -
like "the JSON is there" "$OUT" '"presstime": 1'

runs "export --output a new file" 0 pt export --format json --output "$T_TMP/new.json"
like "written whole" "$(cat "$T_TMP/new.json")" '"hootsuite-ice"'
is "no temporary file left beside it" "$(ls -A "$T_TMP" | grep -c '^\.new\.json\.')" "0"
mkdir "$T_TMP/adir"
runs "export --output a directory is refused" 1 pt export --output "$T_TMP/adir"
like "naming it" "$ERR" 'adir: it is a directory'

if small_fs "$T_TMP/full" 256; then
	echo '{"previous": "export"}' > "$T_TMP/full/old.json"
	fill_fs "$T_TMP/full"
	runs "export on a full disk fails" 1 pt export --format json --output "$T_TMP/full/old.json"
	like "with the errno text" "$ERR" 'old.json: No space left on device'
	is "and the previous file is untouched" "$(cat "$T_TMP/full/old.json")" '{"previous": "export"}'
	is "no temporary file left" "$(ls -A "$T_TMP/full" | grep -vc '^\.fill')" "1"

	runs "backup on a full disk fails" 1 pt backup "$T_TMP/full/b.db"
	like "saying why" "$ERR" 'b\.db'
	if [ -e "$T_TMP/full/b.db" ]; then t_fail "no DEST left behind" "$(ls -la "$T_TMP/full")"
	else t_ok "no DEST left behind"; fi
	is "nor any temporary file" "$(ls -A "$T_TMP/full" | grep -vc '^\.fill')" "1"
	rm -f "$T_TMP/full/.fill" "$T_TMP/full/.fill2"
	runs "with room again the backup works" 0 pt backup "$T_TMP/full/b.db"
	is "and is a whole database" "$(sqlite3 "$T_TMP/full/b.db" 'SELECT slug FROM story ORDER BY id LIMIT 1')" "hootsuite-ice"
else
	for n in 1 2 3 4 5 6 7 8 9 10 11; do
		t_skip "full-disk export and backup ($n)" "cannot mount a small tmpfs (not root?)"
	done
fi
runs "backup over an existing file is refused" 1 pt backup "$PRESSTIME_DB"
like "naming it" "$ERR" 'exists; refusing to overwrite'

done_testing
