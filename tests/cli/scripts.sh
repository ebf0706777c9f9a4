# What a script gets: every row unless it asks for fewer (or a note on
# stderr saying what was left out), one JSON vocabulary across ls, show,
# rfc ls, history, search and export, and --tsv with --header and ISO times.
. "${PT_SRCDIR:?}/tests/lib.sh"

pt init >/dev/null
# 130 stories in one transaction (more than a terminal's first page).
sql "BEGIN; $(for i in $(seq 1 130); do
	printf "INSERT INTO story(slug, headline, desk, status, priority, created_at, updated_at, updated_by) VALUES ('s-%03d', 'Story %d about budgets', 'metro', 'pitched', 'routine', 1795701600, 1795701600, 'ed');" "$i" "$i"
done) COMMIT;" 2>/dev/null || {
	# The schema may differ: make them through the CLI instead.
	for i in $(seq 1 130); do pt new "$(printf 's-%03d' "$i")" "Story $i about budgets" --desk metro >/dev/null; done
}
is "130 stories" "$(sql "SELECT count(*) FROM story WHERE slug LIKE 's-%'")" "130"

run pt ls
is "piped ls returns every row" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "130"
is "and says nothing on stderr" "$ERR" ""
run pt ls --json
is "ls --json returns every row" \
	"$(printf '%s' "$OUT" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" "130"
run pt ls --tsv
is "ls --tsv returns every row" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "130"
run pt ls --limit 10
is "--limit cuts" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "10"
like "and says there are more, on stderr" "$ERR" "more match than the 10 shown \(--limit 10\); use --all"
run pt ls --limit 200
is "a limit above the count says nothing" "$ERR" ""

# A terminal still gets a first page, and is told so.
if command -v script >/dev/null 2>&1; then
	script -qec "\"$PRESSTIME\" ls" /dev/null >"$T_TMP/tty" 2>&1
	like "a terminal gets 100 rows and a note" "$(cat "$T_TMP/tty")" \
		"\\(100 shown; more match: use --limit N or --all\\)"
fi

pt new hootsuite-ice "Hootsuite drops ICE contract" --due "+2h" >/dev/null
pt rfc add hootsuite-ice ICE --kind organization --due cob >/dev/null
pt status hootsuite-ice assigned >/dev/null
for i in $(seq 1 60); do echo "budgets note $i"; done |
	while read -r line; do pt log hootsuite-ice "$line" >/dev/null; done
run pt search budgets
is "piped search returns every hit" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "190"
run pt search budgets --json
is "search --json returns every hit" \
	"$(printf '%s' "$OUT" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" "190"
run pt search budgets --limit 5
is "search --limit" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "5"

# --tsv: --header, absolute ISO 8601 UTC times.
run pt ls slug:hootsuite-ice --tsv --header
is "ls --tsv --header" "$OUT" "P	SLUG	STATUS	DESK	EDITOR	DUE	RFC	UPD	HEADLINE
	hootsuite-ice	assigned	news		2026-11-26T16:00:00Z	1/1	2026-11-26T14:00:00Z	Hootsuite drops ICE contract"
run pt ls slug:hootsuite-ice
unlike "without --tsv, piped rows keep countdowns and no header" "$OUT" "SLUG|2026-11-26T"
run pt rfc ls hootsuite-ice --tsv --header
is "rfc ls --tsv --header" "$(printf '%s\n' "$OUT" | cut -f1-5)" "NO	TARGET	CHANNEL	ASKED	DUE
1	ICE	email	2026-11-26T14:00:00Z	2026-11-26T17:00:00Z"
run pt history hootsuite-ice --tsv --header --field status
is "history --tsv --header" "$(printf '%s\n' "$OUT" | cut -f1,3-5)" "WHEN	FIELD	OLD	NEW
2026-11-26T14:00:00Z	status	pitched	assigned"
run pt search "budgets note 7" --tsv --header
like "search --tsv --header" "$OUT" "^SLUG	IN	WHEN	MATCH"
like "search --tsv times" "$OUT" "	entry	2026-11-26T14:00:00Z	"

# One vocabulary: each listing's keys are the export's keys for the same
# thing (plus a listing's own counters), and unset is absent, never null.
pt ls slug:hootsuite-ice --json >"$T_TMP/ls.json"
pt show hootsuite-ice --format json >"$T_TMP/show.json"
pt export slug:hootsuite-ice --format json >"$T_TMP/export.json"
pt rfc ls hootsuite-ice --json >"$T_TMP/rfc.json"
pt history hootsuite-ice --json >"$T_TMP/history.json"
pt search ICE --json >"$T_TMP/search.json"
run python3 - "$T_TMP" <<'PY'
import json, sys, os
d = sys.argv[1]
load = lambda n: json.load(open(os.path.join(d, n)))
export = load("export.json")["stories"][0]
show = load("show.json")["stories"][0]
problems = []
def nulls(x, path):
    if x is None:
        problems.append("null at " + path)
    elif isinstance(x, dict):
        for k, v in x.items(): nulls(v, path + "." + k)
    elif isinstance(x, list):
        for i, v in enumerate(x): nulls(v, "%s[%d]" % (path, i))
for n in ("ls", "show", "export", "rfc", "history", "search"):
    nulls(load(n + ".json"), n)
if show != export:
    problems.append("show --format json differs from export")
story_keys = set(export) - {"credits", "timeline", "requests", "history"}
story_keys |= {"rfc_open", "rfc_total", "version", "urgency", "deadline",
               "embargo",
               "published_at", "dek", "budget_line", "editor", "url",
               "words", "art", "held_from"}
for k in load("ls.json")[0]:
    if k not in story_keys:
        problems.append("ls key %r is not an export story key" % k)
for k, v in load("ls.json")[0].items():
    if k in export and export[k] != v:
        problems.append("ls %s=%r but export %r" % (k, v, export[k]))
req = export["requests"][0]
for k, v in load("rfc.json")[0].items():
    # The listing's own: the database-wide id and the story's number.
    if k in ("id", "no"):
        continue
    if k not in req:
        problems.append("rfc ls key %r not in export requests" % k)
    elif req[k] != v:
        problems.append("rfc ls %s=%r but export %r" % (k, v, req[k]))
# history --json lists every change, newest first; its status moves
# are the export's history, in the same words (old/new are from/to).
moves = []
for c in reversed(load("history.json")):
    if c["field"] not in ("created", "status"):
        continue
    m = {"from": c.get("old"), "to": c.get("new"), "at": c["at"],
         "by": c["by"], "note": c.get("note")}
    moves.append({k: v for k, v in m.items() if v is not None})
for a, b in zip(moves, export["history"]):
    if a != b:
        problems.append("history %r != export %r" % (a, b))
if len(moves) != len(export["history"]):
    problems.append("history has %d moves, export %d" %
                    (len(moves), len(export["history"])))
for hit in load("search.json"):
    for k in hit:
        if k not in ("slug", "in", "id", "at", "snippet"):
            problems.append("search key %r" % k)
print("\n".join(problems))
PY
is "one JSON vocabulary, no nulls" "$OUT$ERR" ""

done_testing
