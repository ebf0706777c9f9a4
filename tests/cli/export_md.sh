# Markdown export at parity with the record: credits, corrections and kill
# notices, and every version of the end notes that ran, beside the
# timeline and requests; typed text is escaped (HTML, link brackets, a
# line that would start a heading or a list) and control bytes replaced.
. "${PT_SRCDIR:?}/tests/lib.sh"

pt init --tz America/New_York >/dev/null
pt new cafe-suit 'Cafe owner sues' --desk metro >/dev/null
pt credit cafe-suit "Dylan Martin" >/dev/null
pt credit cafe-suit 'Ana [Ruiz](javascript:x)' --role byline >/dev/null
pt rfc add cafe-suit "City Council" --kind organization >/dev/null
for s in assigned reporting filed editing copydesk ready published; do
	pt status cafe-suit $s >/dev/null
done
export PRESSTIME_NOW=2026-11-26T16:30:00Z
pt status cafe-suit corrected --correction "$(printf 'the fine was <b>$5</b>\n# not $6 \033[2J')" >/dev/null
export PRESSTIME_NOW=2026-11-26T18:00:00Z
pt status cafe-suit killed --reason '- the suit was never filed' >/dev/null

runs "export --format md" 0 pt export --format md
md=$OUT
# section NAME: the lines under "## NAME" up to the next "## ".
section() {
	printf '%s\n' "$md" | awk -v h="## $1" '
		$0 == h { on = 1; next }
		on && /^## / { exit }
		on { print }'
}

is "credits, in order, with their roles" "$(section Credits)" "
- Dylan Martin (contributor)
- Ana \\[Ruiz\\](javascript:x) (byline)"
is "notices: the correction and the kill, escaped, who and when" \
	"$(section Notices)" "
- 2026-11-26 11:30 · **CORRECTION** by $(id -un) · the fine was &lt;b&gt;\$5&lt;/b&gt;
  \\# not \$6 �\\[2J
- 2026-11-26 13:00 · **KILL** by $(id -un) · - the suit was never filed"
ran=$(section 'End notes as they ran')
is "every version that ran has its heading" \
	"$(printf '%s\n' "$ran" | grep '^### ')" \
	"### 2026-11-26 09:00 published (America/New_York, by $(id -un))
### 2026-11-26 11:30 corrected (America/New_York, by $(id -un))
### 2026-11-26 13:00 killed (America/New_York, by $(id -un))"
is "the first version is the notes as they ran at publication" \
	"$(printf '%s\n' "$ran" | awk '/^### /{n++} n == 1' | sed 1d)" "
City Council did not respond to an email seeking comment by press time.

Dylan Martin contributed to this story."
like "the kill's version carries the withdrawal" "$ran" \
	'^This story has been withdrawn: - the suit was never filed\.$'
unlike "no raw escape byte, no raw HTML" "$md" "$(printf '\033')|<b>"
is "the sections come in reading order" \
	"$(printf '%s\n' "$md" | grep '^## ')" "## Credits
## Timeline
## Requests for comment
## Notices
## End notes
## End notes as they ran"

# A story with none of these has none of the new sections.
pt new quiet-one 'Nothing yet' >/dev/null
runs "one quiet story" 0 pt show quiet-one --format md
is "no empty sections" "$(printf '%s\n' "$OUT" | grep '^## ')" "## Timeline
## Requests for comment
## End notes"

# Typed lines that would become Markdown blocks stay text.
pt new blocks 'Blocks' --budget "$(printf '# not a heading\n- not a list\n12) not a list\n| not | a table')" >/dev/null
runs "show --format md" 0 pt show blocks --format md
like "escaped block starts" "$OUT" '^\\# not a heading$'
like "a list marker" "$OUT" '^\\- not a list$'
like "a numbered item" "$OUT" '^12\\) not a list$'
like "a table row" "$OUT" '^\\[|] not [|] a table$'

done_testing
