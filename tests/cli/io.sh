# Export and import from the command line: formats, the byte-identical
# round trip, and what a bad file gets told.
. "$PT_SRCDIR/tests/lib.sh"

pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" --desk business --due cob \
	--dek "$(printf 'Line with "quotes", a tab\there and \033[31mESC')" >/dev/null
pt log hootsuite-ice --source "LinkedIn" "$(printf 'Multi\nline: yes, no, null, ~')" >/dev/null
pt log hootsuite-ice --amends 1 "Correction to the first entry" >/dev/null
pt rfc add hootsuite-ice ICE --kind organization --due "cob thu" >/dev/null
pt rfc promise hootsuite-ice ICE --by "cob thu" >/dev/null
pt rfc add hootsuite-ice "Sam Anderson" --kind source --channel phone >/dev/null
pt credit hootsuite-ice "Dylan Martin" >/dev/null
pt new second-story "中文 headline with wide characters" --desk metro >/dev/null
pt status second-story assigned --note "ok" >/dev/null

runs "export yaml" 0 pt export --format yaml --output "$T_TMP/a.yaml"
runs "import into an empty database" 0 env PRESSTIME_DB="$T_TMP/b.db" "$PRESSTIME" import "$T_TMP/a.yaml"
is "import counts" "$OUT" "imported 2 stories, 5 entries, 2 requests, 1 credits"
runs "export again" 0 env PRESSTIME_DB="$T_TMP/b.db" "$PRESSTIME" export --format yaml --output "$T_TMP/b.yaml"
if cmp -s "$T_TMP/a.yaml" "$T_TMP/b.yaml"; then t_ok "round trip is byte-identical"; else
	t_fail "round trip is byte-identical" "$(diff "$T_TMP/a.yaml" "$T_TMP/b.yaml" | head -20)"; fi
is "end notes survive the trip" "$(env PRESSTIME_DB="$T_TMP/b.db" "$PRESSTIME" endnotes hootsuite-ice)" \
	"$(pt endnotes hootsuite-ice)"
runs "import the same file again is refused" 1 env PRESSTIME_DB="$T_TMP/b.db" "$PRESSTIME" import "$T_TMP/a.yaml"
like "duplicate slug named with its place" "$ERR" 'a.yaml:[0-9]+:[0-9]+: .*story "hootsuite-ice" already exists'
is "nothing half-imported" "$(sqlite3 "$T_TMP/b.db" "SELECT count(*) FROM story")" "2"

# Regression: people were matched by name alone, so a source named like a
# staff member (or an organization) came back as a new person on every
# import of the same export.
cat > "$T_TMP/names.yaml" <<'YAML'
presstime: 1
stories:
  - slug: same-names
    headline: "Two Jordan Lees"
    credits:
      - { name: "Jordan Lee", login: jlee, kind: staff, role: byline }
      - { name: "Reuters", kind: organization, role: research }
    requests:
      - { target: "Jordan Lee", kind: source }
      - { target: "Reuters", kind: source }
      - { target: "Reuters", kind: organization }
YAML
C_DB="$T_TMP/c.db"
people() { sqlite3 -batch -noheader "$C_DB" "SELECT count(*) FROM person"; }
runs "import same names, other kinds" 0 env PRESSTIME_DB="$C_DB" "$PRESSTIME" import "$T_TMP/names.yaml"
is "a staff member and a source of one name are two people" "$(people)" "4"
runs "export them" 0 env PRESSTIME_DB="$C_DB" "$PRESSTIME" export --format yaml --output "$T_TMP/c.yaml"
sed 's/slug: /slug: again-/' "$T_TMP/c.yaml" > "$T_TMP/c2.yaml"
runs "import the export where it came from" 0 env PRESSTIME_DB="$C_DB" "$PRESSTIME" import "$T_TMP/c2.yaml"
is "no one new on the second import" "$(people)" "4"
is "requests point at the person of the right kind" \
	"$(sqlite3 -batch -noheader "$C_DB" "SELECT p.name, p.kind, count(*), count(DISTINCT p.id) FROM rfc r JOIN person p ON p.id = r.person_id GROUP BY p.name, p.kind ORDER BY p.name, p.kind")" \
	"Jordan Lee|source|2|1
Reuters|organization|2|1
Reuters|source|2|1"
is "credits too" \
	"$(sqlite3 -batch -noheader "$C_DB" "SELECT p.name, p.kind, coalesce(p.login, '-'), count(*), count(DISTINCT p.id) FROM credit c JOIN person p ON p.id = c.person_id GROUP BY p.id ORDER BY p.name")" \
	"Jordan Lee|staff|jlee|2|1
Reuters|organization|-|2|1"
printf 'presstime: 1\nstories:\n  - slug: by-login\n    headline: "L"\n    credits:\n      - { name: "J. Lee", login: jlee, kind: source }\n' > "$T_TMP/login.yaml"
runs "import a credit by login" 0 env PRESSTIME_DB="$C_DB" "$PRESSTIME" import "$T_TMP/login.yaml"
is "a login names its owner" "$(sqlite3 -batch -noheader "$C_DB" "SELECT p.login, p.name, (SELECT count(*) FROM person) FROM credit c JOIN story s ON s.id = c.story_id JOIN person p ON p.id = c.person_id WHERE s.slug = 'by-login'")" "jlee|Jordan Lee|4"

runs "export json" 0 pt export --format json
runs "json export parses" 0 sh -c '"$PRESSTIME" export --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(len(d[\"stories\"]), d[\"stories\"][0][\"slug\"])"'
is "json export content" "$OUT" "2 hootsuite-ice"
runs "show json parses" 0 sh -c '"$PRESSTIME" show hootsuite-ice --format json | python3 -m json.tool'
runs "export markdown" 0 pt export --format md
like "markdown has the headline" "$OUT" "^# Hootsuite drops ICE contract"
like "markdown has end notes" "$OUT" "Dylan Martin contributed to this story\."
runs "export with a filter" 0 pt export desk:metro --format yaml
like "filtered export has the metro story" "$OUT" "slug: second-story"
unlike "and not the other" "$OUT" "slug: hootsuite-ice"
runs "bad format" 2 pt export --format docx
like "bad format message" "$ERR" '"docx"'

cat > "$T_TMP/bad.yaml" <<'YAML'
presstime: 1
stories:
  - slug: good-one
    headline: "Fine"
  - slug: bad-two
    headline: "Bad"
    status: finished
YAML
runs "bad status in import" 1 pt import "$T_TMP/bad.yaml"
like "error has file:line:column and the value" "$ERR" 'bad.yaml:7:13: .*"finished"'
is "all or nothing" "$(sql "SELECT count(*) FROM story WHERE slug IN ('good-one', 'bad-two')")" "0"

printf 'presstime: 1\nstories:\n  - slug: x\n    headline: [unclosed\n' > "$T_TMP/syntax.yaml"
runs "malformed yaml" 1 pt import "$T_TMP/syntax.yaml"
like "syntax error has a place" "$ERR" 'syntax.yaml:[0-9]+:[0-9]+: '
printf 'presstime: 1\nstories:\n  - &a {slug: x, headline: y}\n  - *a\n' > "$T_TMP/alias.yaml"
runs "anchors and aliases refused" 1 pt import "$T_TMP/alias.yaml"
like "anchor message" "$ERR" 'alias.yaml:3:5: anchors \(&name\) are not allowed'
python3 -c "print('presstime: 1\nstories: ' + '[' * 100 + ']' * 100)" > "$T_TMP/deep.yaml"
runs "deep nesting refused" 1 pt import "$T_TMP/deep.yaml"
like "depth message" "$ERR" 'deep.yaml:2:[0-9]+: .*(deep|depth|nest)'
python3 -c "
import sys
sys.stdout.write('presstime: 1\nstories:\n')
for i in range(90000):
    sys.stdout.write('  - {slug: s%d, headline: \"%s\"}\n' % (i, 'x' * 100))
" > "$T_TMP/big.yaml"
runs "over 8 MiB refused" 1 pt import "$T_TMP/big.yaml"
like "size message" "$ERR" 'big.yaml: .*bytes is over the 8388608-byte limit'
runs "missing file" 1 pt import "$T_TMP/nope.yaml"
like "missing file message" "$ERR" 'nope.yaml'
done_testing
