# Bad input refused cleanly, and exports that cannot turn text into
# markup (issue 8, items 9, 10 and 11).
. "$PT_SRCDIR/tests/lib.sh"

pt init >/dev/null
pt new md-story "Headline <script>alert(1)</script> & co" >/dev/null

# --- 11. Markdown export escapes HTML and refuses unsafe links. -------
pt log md-story '<img src=x onerror=alert(1)> and [click](javascript:alert(1)) \[x](javascript:y)' >/dev/null
pt log md-story --url 'javascript:alert(document.cookie)' "a link to nowhere" >/dev/null
pt log md-story --url 'https://example.com/a b<c>' "a real link" >/dev/null
pt log md-story --url 'MAILTO:desk@example.com' "mail us" >/dev/null
runs "export md" 0 pt export --format md
unlike "no raw <script>" "$OUT" '<script'
unlike "no raw <img>" "$OUT" '<img'
like "HTML is escaped" "$OUT" '&lt;script&gt;alert\(1\)&lt;/script&gt; &amp; co'
like "link syntax is escaped" "$OUT" '\\\[click\\\]\(javascript:alert\(1\)\) \\\\\\\[x\\\]'
unlike "no javascript: autolink" "$OUT" '<javascript:'
like "an unsafe link is shown, not linked" "$OUT" 'a link to nowhere \(link not exported, not http\(s\) or mailto: javascript:alert\(document.cookie\)\)'
like "an http link stays a link, encoded" "$OUT" '<https://example.com/a%20b%3Cc%3E>'
like "mailto stays a link" "$OUT" '<MAILTO:desk@example.com>'

# --- 10. Files that are not regular, numbers past their range. --------
mkfifo "$T_TMP/fifo.yaml"
# A hang is the bug: timeout turns it into exit 124.
runs "import of a FIFO is refused, not waited on" 1 timeout 10 "$PRESSTIME" import "$T_TMP/fifo.yaml"
like "saying what it is" "$ERR" 'fifo.yaml: cannot read: is a FIFO, not a regular file'
runs "theme check of a FIFO is refused" 1 timeout 10 "$PRESSTIME" theme check "$T_TMP/fifo.yaml"
like "saying so" "$ERR" 'is a FIFO'
runs "a FIFO as PRESSTIME_CONFIG does not hang ls" 0 timeout 10 env PRESSTIME_CONFIG="$T_TMP/fifo.yaml" "$PRESSTIME" ls
like "it warns, naming it" "$ERR" 'warning: .*fifo.yaml: cannot read: is a FIFO'
runs "config check of a FIFO" 1 timeout 10 "$PRESSTIME" config check "$T_TMP/fifo.yaml"
mkdir -p "$XDG_CONFIG_HOME/presstime/themes"
mkfifo "$XDG_CONFIG_HOME/presstime/themes/pipe.yaml"
printf 'theme: pipe\n' > "$T_TMP/pipe-theme.yaml"
runs "a FIFO as the theme does not hang" 1 timeout 10 "$PRESSTIME" config check "$T_TMP/pipe-theme.yaml"
like "and is named" "$ERR" 'pipe'

runs "config check of a missing file fails" 1 pt config check "$T_TMP/missing.yaml"
like "naming it" "$ERR" 'missing.yaml: no such file'
runs "config check with no config is fine" 0 pt config check
like "using defaults" "$OUT" 'using defaults'

pt export --format yaml --output "$T_TMP/plain.yaml"
printf '\357\273\277' > "$T_TMP/bom.yaml"
sed 's/md-story/bom-story/' "$T_TMP/plain.yaml" >> "$T_TMP/bom.yaml"
runs "a YAML export with a UTF-8 BOM imports" 0 pt import "$T_TMP/bom.yaml"
is "the story came in" "$(sql "SELECT count(*) FROM story WHERE slug = 'bom-story'")" "1"
printf '\357\273\277cob_hour: 18\n' > "$T_TMP/bom-config.yaml"
runs "a config with a BOM is accepted" 0 pt config check "$T_TMP/bom-config.yaml"

runs "--version past 64 bits" 2 pt set md-story headline X --version 99999999999999999999
like "is refused naming the value" "$ERR" '--version: "99999999999999999999" is not a number from 1 to'
runs "ls --limit past 64 bits" 2 pt ls --limit 99999999999999999999
like "is refused naming the value" "$ERR" '--limit: "99999999999999999999" is not a number from 1 to 1000000'
runs "search --limit too big" 2 pt search x --limit 4294967297
like "is refused, not wrapped" "$ERR" '--limit: "4294967297"'
runs "new --words past int" 2 pt new w-story Words --words 4294967296
like "is refused naming the value" "$ERR" '--words: "4294967296" is not a number from 0 to 100000'
is "and no story made" "$(sql "SELECT count(*) FROM story WHERE slug = 'w-story'")" "0"
runs "log --amends past 64 bits" 2 pt log md-story --amends 99999999999999999999 x
runs "a sign is not a number" 2 pt ls --limit +5

: > "$T_TMP/empty.db"
runs "ls on a 0-byte file" 1 env PRESSTIME_DB="$T_TMP/empty.db" "$PRESSTIME" ls
like "says it is empty and how to make a newsroom" "$ERR" 'empty.db is an empty file, not a presstime database \(to make a newsroom there, run: presstime init .*empty.db\)'
is "and leaves it empty" "$(stat -c %s "$T_TMP/empty.db")" "0"
runs "init makes it a newsroom" 0 env PRESSTIME_DB="$T_TMP/empty.db" "$PRESSTIME" init
runs "then ls works" 0 env PRESSTIME_DB="$T_TMP/empty.db" "$PRESSTIME" ls

# --- 9. One range of dates, everywhere; the DST gap said out loud. -----
for due in -990999d +99999999w; do
	runs "--due $due is refused" 1 pt new far-story Far --due "$due"
	like "quoting it, with the range" "$ERR" "--due: time \"\\$due\" is out of range: presstime takes times from 1970-01-01 00:00:01 to 9999-12-31 23:59:59 UTC"
done
# Times are read in the newsroom's zone: one in New York.
NY_DB="$T_TMP/ny.db"
ny() { env PRESSTIME_DB="$NY_DB" "$PRESSTIME" "$@"; }
ny init --tz America/New_York >/dev/null
runs "9999-12-31 23:59 in New York (year 10000 in UTC) is refused" 1 \
	ny new far-story Far --due "9999-12-31 23:59"
like "quoting it" "$ERR" 'time "9999-12-31 23:59" is out of range'
runs "log --at before 1970 is refused" 1 pt log md-story --at "1969-07-20 20:17" "Eagle"
like "with the range" "$ERR" '"1969-07-20 20:17" is out of range'
is "no story made" "$(sqlite3 "$NY_DB" "SELECT count(*) FROM story")" "0"
runs "the DST gap is refused" 1 ny new gap-story Gap --due "2027-03-14 02:30"
like "saying why and what exists" "$ERR" 'time "2027-03-14 02:30" does not exist in time zone America/New_York: the clocks skip that hour when daylight saving time starts \(try "2027-03-14 03:30"\)'

# Every accepted date survives export and import: the edges of the range.
R_DB="$T_TMP/range.db"
rpt() { env PRESSTIME_DB="$R_DB" "$PRESSTIME" "$@"; }
rpt init --tz America/New_York >/dev/null
runs "the last second, typed in New York" 0 rpt new last-story Last --due "9999-12-31 18:59:59"
runs "the first second" 0 rpt new first-story First --due "1970-01-01T00:00:01Z"
rpt log last-story --at "1970-01-01T00:00:01Z" "At the start" >/dev/null
rpt export --format yaml --output "$T_TMP/range.yaml"
like "exported with four-digit years" "$(cat "$T_TMP/range.yaml")" '9999-12-31T23:59:59Z'
runs "and imported again" 0 env PRESSTIME_DB="$T_TMP/range2.db" "$PRESSTIME" import "$T_TMP/range.yaml"
env PRESSTIME_DB="$T_TMP/range2.db" "$PRESSTIME" export --format yaml --output "$T_TMP/range2.yaml"
if cmp -s "$T_TMP/range.yaml" "$T_TMP/range2.yaml"; then t_ok "byte-identical round trip at the edges"
else t_fail "byte-identical round trip at the edges" "$(diff "$T_TMP/range.yaml" "$T_TMP/range2.yaml")"; fi

# Regression: with no config, the default path came out as "(null)".
runs "no PRESSTIME_DB, no config: the default path" 1 env -u PRESSTIME_DB "$PRESSTIME" ls
like "is the XDG one" "$ERR" "no database at $XDG_DATA_HOME/presstime/newsroom.db"

done_testing
