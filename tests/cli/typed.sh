# Typed text is never lost or cut short by `presstime log` (issue 8,
# items 4 and 6): the slug is checked before the editor opens, the
# editor's file is kept on any failure and can be logged with --file,
# $TMPDIR is honoured, and input that is not text is refused whole.
. "$PT_SRCDIR/tests/lib.sh"

pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" >/dev/null
entries() { sql "SELECT count(*) FROM entry"; }
export TMPDIR="$T_TMP/tmpdir"
mkdir -p "$TMPDIR"

# The editor is a script; `script` gives presstime the terminal on stdin
# that makes it open one.
cat > "$T_TMP/editor" <<EOS
#!/bin/sh
touch "$T_TMP/editor-ran"
printf 'Typed in the editor\n' >> "\$1"
[ -f "$T_TMP/editor-then" ] && . "$T_TMP/editor-then"
exit \${EDITOR_EXIT:-0}
EOS
chmod +x "$T_TMP/editor"
export EDITOR="$T_TMP/editor"
on_tty() { # on_tty CMD...: runs CMD with a terminal as stdin
	script -qec "$*" /dev/null </dev/null >"$T_TMP/out" 2>&1; RC=$?
	OUT=$(tr -d '\r' < "$T_TMP/out")
}

if ! script -qec true /dev/null </dev/null >/dev/null 2>&1; then
	for n in 1 2 3 4 5 6 7 8 9 10 11 12; do
		t_skip "editor paths ($n)" "script(1) cannot make a terminal here"
	done
else
	on_tty "$PRESSTIME" log hootsuite-ic
	is "a wrong slug fails" "$RC" 1
	like "naming it" "$OUT" 'no story "hootsuite-ic"'
	if [ -e "$T_TMP/editor-ran" ]; then t_fail "before the editor opens"
	else t_ok "before the editor opens"; fi

	on_tty "$PRESSTIME" log hootsuite-ice
	is "the editor's text is logged" "$(sql "SELECT body FROM entry")" "Typed in the editor"
	is "and its file removed" "$(ls -A "$TMPDIR")" ""

	# Another editor renames the story while this one types: the write
	# fails after the text exists.
	echo "sqlite3 '$PRESSTIME_DB' \"UPDATE story SET slug = 'renamed' WHERE slug = 'hootsuite-ice'\"" > "$T_TMP/editor-then"
	on_tty "$PRESSTIME" log hootsuite-ice
	rm -f "$T_TMP/editor-then"
	is "a failed write after editing fails" "$RC" 1
	kept=$(ls "$TMPDIR"/presstime-entry-hootsuite-ice.* 2>/dev/null)
	if [ -n "$kept" ] && grep -q "Typed in the editor" "$kept"; then
		t_ok "the text is kept in \$TMPDIR"
	else t_fail "the text is kept in \$TMPDIR" "$(ls -la "$TMPDIR")" "$OUT"; fi
	like "its path is printed with the retry" "$OUT" "kept in $kept; log it with: presstime log hootsuite-ice --file $kept"
	runs "log --file retries it" 0 pt log renamed --file "$kept"
	is "with the editor's text, instructions dropped" "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" "Typed in the editor"
	rm -f "$kept"

	EDITOR_EXIT=1 on_tty env EDITOR_EXIT=1 "$PRESSTIME" log renamed
	is "an editor that fails" "$RC" 1
	like "keeps the file too" "$OUT" "kept in $TMPDIR/presstime-entry-renamed\."
	rm -f "$TMPDIR"/presstime-entry-*
fi
runs "log --file - reads stdin" 0 sh -c "printf 'From stdin\n' | '$PRESSTIME' log renamed --file -"
is "stored" "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" "From stdin"
runs "log --file of a missing file" 1 pt log renamed --file "$T_TMP/nope"
like "names it" "$ERR" 'cannot read .*/nope'
runs "log --file with TEXT too is a usage error" 2 pt log renamed --file - words

# Input that is not text: refused whole, never cut at the NUL.
before=$(entries)
runs "stdin with a NUL" 1 sh -c "printf 'before\\000after' | '$PRESSTIME' log renamed"
like "is refused, saying where" "$ERR" 'standard input holds a NUL byte at byte 6 of 12'
is "nothing stored" "$(entries)" "$before"
runs "invalid UTF-8 on stdin" 1 sh -c "printf 'caf\\351 latin1' | '$PRESSTIME' log renamed"
like "is refused, naming the byte" "$ERR" 'not valid UTF-8 \(byte 0xe9 at byte 3\)'
is "nothing stored" "$(entries)" "$before"
runs "UTF-16LE with a BOM" 0 sh -c "printf '\\377\\376h\\000\\351\\000!\\000=\\330\\000\\336' | '$PRESSTIME' log renamed"
is "is converted" "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" "hé!😀"
runs "UTF-16BE with a BOM" 0 sh -c "printf '\\376\\377\\000o\\000k' | '$PRESSTIME' log renamed"
is "is converted" "$(sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1")" "ok"
runs "UTF-16 with a lone surrogate" 1 sh -c "printf '\\377\\376h\\000=\\330' | '$PRESSTIME' log renamed"
like "is refused" "$ERR" 'UTF-16 \(little-endian\) with a broken or NUL character at byte 4'
runs "a UTF-8 BOM" 0 sh -c "printf '\\357\\273\\277bom' | '$PRESSTIME' log renamed"
is "is dropped" "$(sql "SELECT hex(body) FROM entry ORDER BY id DESC LIMIT 1")" "626F6D"

done_testing
