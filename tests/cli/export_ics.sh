# iCalendar export read back by a strict reader of RFC 5545's rules
# (3.1 content lines: CRLF, at most 75 octets, folded with CRLF and one
# space, never inside a UTF-8 character; 3.3.11 TEXT: backslash, ";", ","
# and newlines escaped) and by python3-icalendar; text that is not UTF-8
# in the database neither hangs the export nor leaks into the file.
. "${PT_SRCDIR:?}/tests/lib.sh"
py=python3
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import icalendar' 2>/dev/null; then py=$p; break; fi
done

pt init >/dev/null
# Two-, three- and four-byte characters, so some fold falls in each.
hl='Mayor, council; "no comment" \ then '$(printf 'ü—🗞%.0s' 1 2 3 4 5 6 7 8 9 10)
budget='Line one; with, commas
line two \ back\slash \n not a newline'
pt new mayor "$hl" --due '+3h' --budget "$budget" >/dev/null
pt rfc add mayor 'Smith, Jones; Partners' --kind organization --due cob >/dev/null

# check.py FILE: the strict reader. Prints the unescaped SUMMARY and
# DESCRIPTION values, then what broke a rule.
cat >"$T_TMP/check.py" <<'PY'
import sys
raw = open(sys.argv[1], "rb").read()
problems = []
if not raw.endswith(b"\r\n"):
    problems.append("no CRLF at the end")
phys = raw[:-2].split(b"\r\n") if raw.endswith(b"\r\n") else raw.split(b"\r\n")
for n, l in enumerate(phys, 1):
    if b"\n" in l or b"\r" in l:
        problems.append("bare CR or LF on line %d" % n)
    if len(l) > 75:
        problems.append("line %d is %d octets" % (n, len(l)))
    try:
        l.decode("utf-8")
    except UnicodeDecodeError:
        problems.append("line %d is not UTF-8 alone (a fold split a character)" % n)
logical = []
for l in phys:
    if l[:1] in (b" ", b"\t"):
        logical[-1] += l[1:]
    else:
        logical.append(l)
def unescape(v):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c == "\\":
            nxt = v[i + 1:i + 2]
            if nxt in ("\\", ";", ","):
                out.append(nxt)
            elif nxt in ("n", "N"):
                out.append("\n")
            else:
                problems.append("bad escape \\%s" % nxt)
            i += 2
            continue
        if c in ",;":
            problems.append("unescaped %r in %r" % (c, v))
        out.append(c)
        i += 1
    return "".join(out)
for l in logical:
    name, _, value = l.decode("utf-8", "replace").partition(":")
    if name in ("SUMMARY", "DESCRIPTION"):
        print(name, unescape(value), sep="=")
print("problems:", problems)
PY

runs "export --format ics" 0 pt export --format ics --output "$T_TMP/desk.ics"
run "$py" "$T_TMP/check.py" "$T_TMP/desk.ics"
is "every rule holds and the text comes back as typed" "$OUT$ERR" \
"SUMMARY=Deadline: $hl (mayor)
DESCRIPTION=$budget
SUMMARY=Comment from Smith, Jones; Partners due (mayor)
DESCRIPTION=Asked by $(id -un) via email; now open.
problems: []"
long=$(grep -c '^ ' "$T_TMP/desk.ics")
like "the long summary was folded" "$long" '^[1-9]'

run "$py" - "$T_TMP/desk.ics" <<'PY'
import sys
try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed (apt-get install python3-icalendar)")
    sys.exit(1)
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for c in cal.walk():
    if c.name in ("VEVENT", "VTODO"):
        print(str(c["SUMMARY"]))
        print(str(c["DESCRIPTION"]).split("\n")[0])
PY
# Only the first line of each DESCRIPTION: python3-icalendar reads an
# escaped backslash before "n" ("\\n" in the file: RFC 5545 for a typed
# backslash-n) as a newline, its own bug; the strict reader checks it.
is "python3-icalendar reads the same text" "$OUT$ERR" "Deadline: $hl (mayor)
Line one; with, commas
Comment from Smith, Jones; Partners due (mayor)
Asked by $(id -un) via email; now open."

# Bytes that are not UTF-8, written behind presstime's back: a run of
# continuation bytes longer than a line used to loop forever while
# folding. Now they are U+FFFD and the file stays valid.
sql "UPDATE story SET headline = CAST(X'$(printf '80%.0s' $(seq 1 100))' AS TEXT) || 'end' WHERE slug = 'mayor'"
runs "export of text that is not UTF-8 finishes" 0 \
	timeout 5 "$PRESSTIME" export --format ics --output "$T_TMP/bad.ics"
run "$py" "$T_TMP/check.py" "$T_TMP/bad.ics"
fffd=$(printf '\357\277\275%.0s' $(seq 1 100))
like "each stray byte is U+FFFD, every rule holds" "$OUT$ERR" \
	"^SUMMARY=Deadline: ${fffd}end \(mayor\)\$"
like "and no rule broke" "$OUT$ERR" '^problems: \[\]$'

done_testing
