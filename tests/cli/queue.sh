# The queue: filters, sorting, paging, search, budget and JSON output.
. "$PT_SRCDIR/tests/lib.sh"

pt init >/dev/null
pt new city-budget "Council passes budget" --desk metro --priority routine --due "+1h" --editor tkeiser >/dev/null
pt new ice-contract "Company drops ICE contract" --desk business --priority urgent --due "+30m" --editor dmartin >/dev/null
pt new late-story "Overdue feature" --desk culture --priority deferred --due "-2h" >/dev/null
pt new no-deadline "Someday story" --desk metro --priority flash >/dev/null
pt status city-budget assigned >/dev/null
pt credit ice-contract "Dylan Martin" >/dev/null
pt log ice-contract "Reseller confirms the contract value of 508,832 dollars" >/dev/null
pt rfc add ice-contract ICE --kind organization --due "-10m" >/dev/null

slugs() { printf '%s\n' "$OUT" | cut -f2 | tr '\n' ' '; }
runs "ls all by due" 0 pt ls --sort due --tsv
is "due order, no deadline last" "$(slugs)" "late-story ice-contract city-budget no-deadline "
# Urgency: the overdue request first (30 + urgent 4 + due within 2 h 8),
# then the overdue deferred story (10) and the routine one due within
# 2 h (2 + 8) by deadline, then the flash one with no deadline (6).
runs "ls sorts by urgency by default" 0 pt ls --tsv
is "urgency order" "$(slugs)" "ice-contract late-story city-budget no-deadline "
runs "--sort urgency says the same" 0 pt ls --sort urgency --tsv
is "urgency order again" "$(slugs)" "ice-contract late-story city-budget no-deadline "
runs "sort by priority" 0 pt ls --sort priority --tsv
is "priority order" "$(slugs)" "no-deadline ice-contract city-budget late-story "
runs "sort by slug" 0 pt ls --sort slug --tsv
is "slug order" "$(slugs)" "city-budget ice-contract late-story no-deadline "
runs "bad sort" 2 pt ls --sort colour
like "bad sort message" "$ERR" 'unknown sort "colour" \(expected one of: urgency, due, priority, updated, status, slug, needs\)'
runs "limit pages without OFFSET" 0 pt ls --sort due --limit 2 --tsv
is "limit 2" "$(slugs)" "late-story ice-contract "
runs "status filter" 0 pt ls status:assigned --tsv
is "status:assigned" "$(slugs)" "city-budget "
runs "any-of and negation" 0 pt ls 'desk:metro,culture' '!pri:flash' --tsv
is "desk any-of minus flash" "$(slugs)" "late-story city-budget "
runs "editor" 0 pt ls @dmartin --tsv
is "@dmartin" "$(slugs)" "ice-contract "
runs "credited" 0 pt ls "by:Dylan Martin" --tsv
is "by: name" "$(slugs)" "ice-contract "
runs "due window" 0 pt ls 'due:<2h' '!overdue' --tsv
is "due:<2h not overdue" "$(slugs)" "ice-contract city-budget "
runs "overdue" 0 pt ls overdue --tsv
is "overdue" "$(slugs)" "late-story "
runs "due today" 0 pt ls due:today --sort due --tsv
is "due:today" "$(slugs)" "late-story ice-contract city-budget "
runs "rfc overdue" 0 pt ls rfc:overdue --tsv
is "rfc:overdue" "$(slugs)" "ice-contract "
runs "updated recently" 0 pt ls 'upd:<30m' --tsv
is "upd:<30m" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "4"
runs "full text words" 0 pt ls reseller 508,832 --tsv
is "bare words search the timeline" "$(slugs)" "ice-contract "
runs "quoted phrase" 0 pt ls '"passes budget"' --tsv
is "phrase" "$(slugs)" "city-budget "
runs "unknown key" 2 pt ls colour:red
is "unknown key names the term" "$ERR" 'presstime: unknown filter key "colour" in term "colour:red" (known: status, desk, @EDITOR, by, pri, due, overdue, rfc, upd, needs, slug, live, all)'
runs "bad due value" 2 pt ls 'due:<soon'
like "bad due names the term" "$ERR" 'bad time "soon" in filter term "due:<soon"'
runs "bad status" 2 pt ls status:edting
like "bad status names the term" "$ERR" 'unknown status "edting" in filter term "status:edting"'
runs "injection attempt is just text" 0 pt ls "x') OR 1=1 --" --tsv
is "no rows for hostile text" "$OUT" ""
is "table intact" "$(sql "SELECT count(*) FROM story")" "4"

runs "ls --json" 0 pt ls --json
runs "ls json parses" 0 sh -c '"$PRESSTIME" ls --sort due --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(len(d), d[0][\"slug\"], d[1][\"rfc_open\"])"'
is "json fields" "$OUT" "4 late-story 1"
runs "search" 0 pt search reseller --tsv
like "search hit (--tsv: ISO times)" "$OUT" "^ice-contract	entry	2026-11-26T14:00:00Z	\[Reseller\] confirms"
runs "search json" 0 sh -c '"$PRESSTIME" search ICE --json | python3 -m json.tool'
runs "search with FTS syntax is safe" 0 pt search 'NEAR(a b) OR "x' --tsv
runs "history json" 0 sh -c '"$PRESSTIME" history city-budget --json | python3 -m json.tool'

# The listings' three forms, exactly: JSON, tab-separated, and the
# aligned table a terminal gets.
me=$(id -un)
runs "history --json" 0 pt history city-budget --json
is "history json: newest first, keys in order, unset absent, UTC times" "$OUT" "[
  {
    \"id\": 5,
    \"at\": \"2026-11-26T14:00:00Z\",
    \"by\": \"$me\",
    \"field\": \"status\",
    \"old\": \"pitched\",
    \"new\": \"assigned\"
  },
  {
    \"id\": 1,
    \"at\": \"2026-11-26T14:00:00Z\",
    \"by\": \"$me\",
    \"field\": \"created\",
    \"new\": \"pitched\",
    \"note\": \"created\"
  }
]"
runs "search --json" 0 pt search reseller --json
is "search json: id is a number, at a UTC time" "$OUT" "[
  {
    \"slug\": \"ice-contract\",
    \"in\": \"entry\",
    \"id\": 1,
    \"at\": \"2026-11-26T14:00:00Z\",
    \"snippet\": \"[Reseller] confirms the contract value of 508,832 dollars \"
  }
]"
runs "search --json with no match" 0 pt search nomatchxyzzy --json
is "no match is an empty array" "$OUT" "[]"
runs "search piped with no match" 0 pt search nomatchxyzzy
is "no match piped prints nothing" "$OUT" ""
tty() { # tty NAME CMD...: runs the binary on a terminal 80 columns wide
	name=$1; shift
	runs "$name" 0 script -qec "stty cols 80; \"$PRESSTIME\" $*" /dev/null
	OUT=$(printf '%s\n' "$OUT" | tr -d '\r')
}
tty "history on a terminal" history city-budget
w=$((${#me} > 2 ? ${#me} : 2))
is "history table aligned, no trailing blanks" "$OUT" \
"$(printf '%-16s  %-*s  %-7s  %-7s  %-8s  %s\n' WHEN "$w" BY FIELD OLD NEW NOTE \
    "2026-11-26 14:00" "$w" "$me" status pitched assigned | sed 's/ *$//'
    printf '%-16s  %-*s  %-7s  %-7s  %-8s  %s\n' \
    "2026-11-26 14:00" "$w" "$me" created - pitched created)"
tty "search on a terminal" search nomatchxyzzy
is "no match on a terminal says so" "$OUT" "SLUG  IN  WHEN  MATCH
(no matches)"
tty "search --json on a terminal" search nomatchxyzzy --json
is "no match with --json is still JSON" "$OUT" "[]"
tty "ls on a terminal" ls --limit 2
like "ls on a terminal says what was cut" "$OUT" \
    "^\\(2 shown; more match: use --limit N or --all\\)\$"
tty "ls --tsv on a terminal" ls --limit 2 --tsv
unlike "no paging note with --tsv" "$OUT" "shown; more match"

runs "budget" 0 pt budget
like "budget groups by desk" "$OUT" "== metro =="
like "budget has the line" "$OUT" "ice-contract \(pitched, urgent, due 2026-11-26 14:30\)"
runs "budget for one desk" 0 pt budget --desk culture
unlike "other desks left out" "$OUT" "ice-contract"
runs "budget bad day" 1 pt budget --day "someday"
like "budget bad day message" "$ERR" '--day: cannot read time "someday"'

# Hostile text never reaches the terminal raw.
pt new evil "$(printf 'Evil \033[31mred\033]0;pwned\007 \342\200\256txet')" >/dev/null
runs "ls with hostile headline" 0 pt ls slug:evil
if printf '%s' "$OUT" | LC_ALL=C grep -q "$(printf '\033')"; then
	t_fail "no ESC in ls output" "$OUT"; else t_ok "no ESC in ls output"; fi
if printf '%s' "$OUT" | grep -q "$(printf '\342\200\256')"; then
	t_fail "no bidi override in ls output" "$OUT"; else t_ok "no bidi override in ls output"; fi
like "placeholder shown" "$OUT" "$(printf '\342\220\233')\[31m"
runs "show with hostile headline" 0 pt show evil
if printf '%s' "$OUT$ERR" | LC_ALL=C grep -q "$(printf '\033')"; then
	t_fail "no ESC in show output" "$OUT"; else t_ok "no ESC in show output"; fi
runs "json escapes controls" 0 sh -c '"$PRESSTIME" ls slug:evil --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0][\"headline\"][:9])"'
is "json round-trips the raw text" "$OUT" "$(printf 'Evil \033[31')"
done_testing
