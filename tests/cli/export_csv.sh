# CSV export against formula injection (OWASP "CSV injection"): text
# typed by people that starts with =, +, -, @, a tab or a CR is written
# quoted with a leading ', so Excel and LibreOffice show it as text, and
# the file still reads back per RFC 4180; the numbers and times the
# exporter writes itself stay as they are.
. "${PT_SRCDIR:?}/tests/lib.sh"

pt init >/dev/null
pt new a-one '=HYPERLINK("http://evil.example","click")' --dek '+1' \
	--budget '-2 killed, police say' --art '@SUM(A1)' --desk metro >/dev/null
pt credit a-one '@Dylan' --role byline >/dev/null
pt new b-two "$(printf '\tTabbed')" >/dev/null
pt new c-three "$(printf '\rCarriage')" >/dev/null
pt new d-four 'Plain headline, safe' --desk '-metro' --due '+3h' >/dev/null
pt rfc add d-four 'City Council' --kind organization --due cob >/dev/null

runs "export --format csv" 0 pt export --format csv
pt export --format csv >"$T_TMP/desk.csv"

# Byte for byte: the neutralized cells are quoted, ' first, quotes doubled.
rec=$(grep -a '^a-one,' "$T_TMP/desk.csv" | tr -d '\r')
is "a formula headline is quoted behind a single quote" "$rec" \
	"a-one,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"'+1\",\"'-2 killed, police say\",metro,pitched,routine,,,,,,\"'@SUM(A1)\",,\"'@Dylan\",0,0,2026-11-26T14:00:00Z,2026-11-26T14:00:00Z,2"

run python3 - "$T_TMP/desk.csv" <<'PY'
import csv, sys
rows = {r["slug"]: r for r in
        csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))}
a, b, c, d = rows["a-one"], rows["b-two"], rows["c-three"], rows["d-four"]
print(a["headline"]); print(a["dek"]); print(a["budget_line"])
print(a["art"]); print(a["byline"])
print(repr(b["headline"])); print(repr(c["headline"]))
print(d["headline"]); print(d["desk"])
print(d["rfc_open"], d["rfc_total"], d["version"], a["rfc_open"])
bad = [(s, k, v) for s, r in rows.items() for k, v in r.items()
       if v and v[0] in "=+-@\t\r"]
print("cells a spreadsheet would run:", bad)
PY
is "every neutralized cell reads back as ' and the typed text" "$OUT$ERR" \
"'=HYPERLINK(\"http://evil.example\",\"click\")
'+1
'-2 killed, police say
'@SUM(A1)
'@Dylan
\"'\\tTabbed\"
\"'\\rCarriage\"
Plain headline, safe
'-metro
1 1 2 0
cells a spreadsheet would run: []"

# Our own numbers and times are never neutralized: none is negative, and
# a leading ' would turn them into text in a spreadsheet.
hdr_and_d=$(grep -a '^d-four,' "$T_TMP/desk.csv" | tr -d '\r')
is "numbers and times stay bare" "$hdr_and_d" \
	"d-four,\"Plain headline, safe\",,,\"'-metro\",pitched,routine,,2026-11-26T17:00:00Z,,,,,,,1,1,2026-11-26T14:00:00Z,2026-11-26T14:00:00Z,2"

done_testing
