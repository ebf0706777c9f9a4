# The exchange formats, each read by a real consumer rather than our own
# reader: ninjs validated against IPTC's published 2.1 schema
# (python3-jsonschema), iCalendar parsed by python3-icalendar, CSV by
# Python's csv module; budget --format html by Python's html.parser.
. "${PT_SRCDIR:?}/tests/lib.sh"
schema="$PT_SRCDIR/tests/data/ninjs-schema_2.1.json"
# The consumers are Debian's packages: use a python3 that has them (a
# python3 of one's own may come first on PATH).
py=python3
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import jsonschema, icalendar' 2>/dev/null; then py=$p; break; fi
done

pt init >/dev/null
# A headline that needs every kind of escaping, and more than 75 octets.
hl='Café owner says "no comment", then; sues — a headline long enough to fold, twice over in ics'
pt new cafe-suit "$hl" --desk metro --priority urgent --due "+3h" \
	--embargo "+1h" --dek 'Line one,
line two' --budget 'Budget: owner, lawyers; court' >/dev/null
pt credit cafe-suit "Dylan Martin" --role byline >/dev/null
pt credit cafe-suit "Ana Ruiz" >/dev/null
pt rfc add cafe-suit "City Council" --kind organization --due cob >/dev/null
pt rfc add cafe-suit "Sam Anderson" --kind source --channel phone --due "+2h" >/dev/null
pt rfc promise cafe-suit "City Council" --by "tomorrow 10:00" >/dev/null
pt log cafe-suit --kind statement --source "owner" 'We will fight this, in court.' >/dev/null
pt new quiet-one "A story with nothing set" >/dev/null
pt status quiet-one assigned >/dev/null

# --- ninjs
runs "export --format ninjs" 0 pt export --format ninjs
printf '%s\n' "$OUT" >"$T_TMP/ninjs.json"
run "$py" - "$schema" "$T_TMP/ninjs.json" <<'PY'
import json, sys
try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(1)
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
for item in doc:
    for e in v.iter_errors(item):
        print(item.get("uri"), "/".join(map(str, e.path)), e.message)
print("validated", len(doc))
PY
is "every ninjs object validates against IPTC's 2.1 schema" "$OUT$ERR" "validated 2"
run "$py" - "$T_TMP/ninjs.json" <<'PY'
import json, sys
d = {o["slugline"]: o for o in json.load(open(sys.argv[1]))}
c = d["cafe-suit"]
print(c["uri"])
print(c["headlines"][0]["value"])
print(c["urgency"], c["pubstatus"], c["embargoed"], c["firstcreated"])
print(c["by"], "|", c["ednote"])
print(sorted((p["name"], p["rel"]) for p in c["people"]))
print(sorted((p["name"], p["rel"]) for p in c["organisations"]))
print(sorted(b["role"] for b in c["bodies"]))
print("Ana Ruiz contributed" in [b for b in c["bodies"] if b["role"] == "endnotes"][0]["value"])
q = d["quiet-one"]
print(sorted(q))
PY
is "ninjs carries the story" "$OUT" "urn:presstime:newsroom:cafe-suit
$hl
3 withheld 2026-11-26T15:00:00Z 2026-11-26T14:00:00Z
Dylan Martin | Budget: owner, lawyers; court
[('Ana Ruiz', 'contributor'), ('Dylan Martin', 'byline'), ('Sam Anderson', 'asked-for-comment')]
[('City Council', 'asked-for-comment')]
['endnotes', 'timeline']
True
['firstcreated', 'headlines', 'pubstatus', 'representationtype', 'slugline', 'standard', 'type', 'urgency', 'uri', 'version', 'versioncreated']"
run pt export slug:cafe-suit --format ninjs
a=$OUT
run pt export slug:cafe-suit --format ninjs
is "the same story exports the same bytes" "$OUT" "$a"

# --- iCalendar
runs "export --format ics" 0 pt export --format ics --output "$T_TMP/desk.ics"
run "$py" - "$T_TMP/desk.ics" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
bad = [l for l in data.split(b"\r\n") if len(l) > 75]
print("long lines:", len(bad), "bare LF:", data.replace(b"\r\n", b"").count(b"\n"))
try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed (apt-get install python3-icalendar)")
    sys.exit(1)
cal = icalendar.Calendar.from_ical(data)
for c in cal.walk():
    if c.name in ("VEVENT", "VTODO"):
        when = c.get("DTSTART") or c.get("DUE")
        print(c.name, str(c["UID"]), when.dt.isoformat(), str(c.get("STATUS", "-")), "|", str(c["SUMMARY"]))
PY
is "ics parses, every line folded to 75 octets, CRLF only" "$OUT$ERR" "long lines: 0 bare LF: 0
VEVENT deadline-cafe-suit@newsroom.presstime 2026-11-26T17:00:00+00:00 - | Deadline: $hl (cafe-suit)
VEVENT embargo-cafe-suit@newsroom.presstime 2026-11-26T15:00:00+00:00 - | Embargo lifts: $hl (cafe-suit)
VTODO rfc1-cafe-suit@newsroom.presstime 2026-11-26T17:00:00+00:00 NEEDS-ACTION | Comment from City Council due (cafe-suit)
VEVENT promise1-cafe-suit@newsroom.presstime 2026-11-27T10:00:00+00:00 - | City Council promised a statement (cafe-suit)
VTODO rfc2-cafe-suit@newsroom.presstime 2026-11-26T16:00:00+00:00 NEEDS-ACTION | Comment from Sam Anderson due (cafe-suit)"
run "$py" - "$T_TMP/desk.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print([str(c["DESCRIPTION"]) for c in cal.walk("VEVENT") if "DESCRIPTION" in c][0])
print(str(cal["PRODID"]).startswith("-//presstime//"), str(cal["VERSION"]))
PY
is "ics text unescapes to the stored text" "$OUT$ERR" "Budget: owner, lawyers; court
True 2.0"

# --- CSV
runs "export --format csv" 0 pt export --format csv
printf '%s' "$OUT" >"$T_TMP/desk.csv"
pt export --format csv >"$T_TMP/desk.csv"
run "$py" - "$T_TMP/desk.csv" <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
print("CRLF records:", raw.count(b"\r\n"))
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
print(len(rows), rows[0]["slug"], rows[0]["priority"], rows[0]["deadline"])
print(rows[0]["headline"])
print(repr(rows[0]["dek"]))
print(rows[0]["byline"], rows[0]["rfc_open"], rows[0]["rfc_total"], rows[1]["deadline"] == "")
PY
is "csv reads back exactly with Python's csv module" "$OUT$ERR" "CRLF records: 3
2 cafe-suit urgent 2026-11-26T17:00:00Z
$hl
'Line one,\\nline two'
Dylan Martin 2 2 True"

# --- budget --format html
pt new xss-check 'Hostile <b>headline</b> & co' --desk 'metro' --due "+4h" \
	--budget 'Budget <script>alert("x")</script> & "quotes" '"'"'here'"'"'' \
	--art '<img src=http://evil.example/x.png>' >/dev/null
runs "budget --format html" 0 pt budget --format html
printf '%s' "$OUT" >"$T_TMP/budget.html"
run "$py" - "$T_TMP/budget.html" <<'PY'
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.outside, self.stack = [], [], [], []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k in ("src", "href") or (v or "").startswith("http"):
                self.outside.append((tag, k, v))
    def handle_data(self, d):
        self.text.append(d)
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
p.close()
text = "".join(p.text)
print(sorted(set(p.tags)))
print("outside resources:", p.outside)
print('Budget <script>alert("x")</script> & "quotes" \'here\'' in text)
print("<img src=http://evil.example/x.png>" in text)
print("News budget for 2026-11-26" in text, "cafe-suit" in text, "xss-check" in text)
PY
is "budget html: escaped, self-contained, parsed by html.parser" "$OUT$ERR" "['article', 'body', 'code', 'h1', 'h2', 'h3', 'head', 'html', 'meta', 'p', 'section', 'small', 'style', 'title']
outside resources: []
True
True
True True True"
runs "budget --format bogus is a usage error" 2 pt budget --format pdf
like "it names the format" "$ERR" 'unknown budget format "pdf"'

done_testing
