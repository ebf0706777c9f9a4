#!/bin/sh
# The queue shows live work by default (issue 10, item 1): `ls` leaves
# out finished stories (published, corrected, spiked, killed) unless one
# needs an update; `all` shows every story; `live` is a word a limit can
# combine; a status: or slug: term names its own states.
. "$PT_SRCDIR/tests/lib.sh"

export PRESSTIME_DB="$T_TMP/demo.db"
pt demo --keep "$PRESSTIME_DB" >/dev/null 2>&1
slugs() { printf '%s\n' "$OUT" | cut -f2 | sort; }
want() { sql "SELECT slug FROM story WHERE $1 ORDER BY slug"; }
LIVE="(status NOT IN ('published', 'corrected', 'spiked', 'killed')
    OR needs_update = 1)"

runs "ls" 0 pt ls --tsv
is "ls shows live stories only" "$(slugs)" "$(want "$LIVE")"
unlike "no spiked story" "$OUT" "	spiked	"
unlike "no killed story" "$OUT" "	killed	"
unlike "no corrected story" "$OUT" "	corrected	"
like "a published story needing an update stays" "$OUT" \
    "water-main-break	published \(needs update\)"
unlike "a published story that needs nothing goes" "$OUT" "election-recount"
like "updating is live work" "$OUT" "hospital-ransomware	updating"

runs "ls live" 0 pt ls live --tsv
is "live says the default" "$(slugs)" "$(want "$LIVE")"
runs "ls all" 0 pt ls all --tsv
is "all shows every story" "$(slugs)" "$(want 1)"
runs "ls live desk:metro" 0 pt ls live desk:metro --tsv
is "live combines with a limit" "$(slugs)" \
    "$(want "$LIVE AND desk = 'metro'")"
runs "ls desk:metro" 0 pt ls desk:metro --tsv
is "a limit alone is live too" "$(slugs)" \
    "$(want "$LIVE AND desk = 'metro'")"
runs "ls all desk:metro" 0 pt ls all desk:metro --tsv
is "all with a limit" "$(slugs)" "$(want "desk = 'metro'")"
runs "ls !live" 0 pt ls '!live' --tsv
is "!live is the finished ones" "$(slugs)" "$(want "NOT $LIVE")"
runs "ls status:published" 0 pt ls status:published --tsv
is "status: names its states" "$(slugs)" "$(want "status = 'published'")"
runs "ls slug:restaurant-sale" 0 pt ls slug:restaurant-sale --tsv
is "slug: names its story, killed or not" "$(slugs)" "restaurant-sale"
runs "ls restaurant (full text)" 0 pt ls restaurant --tsv
is "full text alone stays live" "$OUT" ""
runs "ls all restaurant" 0 pt ls all restaurant --tsv
is "all finds it" "$(slugs)" "restaurant-sale"
runs "ls --json all" 0 pt ls all --json
is "--json all: every story" \
    "$(printf '%s' "$OUT" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" \
    "$(sql "SELECT count(*) FROM story")"
runs "!all refused" 2 pt ls '!all'
is "naming the term" "$ERR" 'presstime: filter term "!all" matches nothing (all is every story; !live is the finished ones)'
runs "an unknown key lists live and all" 2 pt ls colour:red
like "named" "$ERR" 'needs, slug, live, all\)$'

# export and budget keep their own scope: everything the filter says.
runs "export desk:culture" 0 pt export desk:culture --format json
like "export still sees a killed story" "$OUT" "restaurant-sale"

# What matters sorts first (item 2): a broken promise, then an overdue
# request, then deadlines; finished stories last.
export PRESSTIME_DB="$T_TMP/urgency.db"
pt init >/dev/null 2>&1
pt new flash-late "Flash story past its deadline" --priority flash \
    --due -1h >/dev/null
pt new soon "Routine story due soon" --due +1h >/dev/null
pt new asked "A request past its due time" --due +2d >/dev/null
pt rfc add asked "City Hall" --kind organization --due -30m >/dev/null
pt new promised "A promise past its time" >/dev/null
pt rfc add promised "Mayor's office" --kind organization >/dev/null
pt rfc promise promised "Mayor's office" --by -10m >/dev/null
pt new kept "A promise not due yet" --due +3d >/dev/null
pt rfc add kept "Police" --kind organization >/dev/null
pt rfc promise kept "Police" --by +1h >/dev/null
pt new gone "Spiked story" --priority flash --due -3h >/dev/null
pt status gone spiked >/dev/null
runs "ls by urgency (the default)" 0 pt ls --tsv
is "broken promise, overdue request, then deadlines" \
    "$(printf '%s\n' "$OUT" | cut -f2 | tr '\n' ' ')" \
    "promised asked flash-late soon kept "
runs "ls all --sort urgency" 0 pt ls all --sort urgency --tsv
is "a finished story scores nothing: last" \
    "$(printf '%s\n' "$OUT" | cut -f2 | tail -n 1)" "gone"
runs "ls --json gives the score" 0 pt ls all --json
is "scores as the man page says" "$(printf '%s' "$OUT" | python3 -c '
import json, sys
print(" ".join("%s=%d" % (d["slug"], d["urgency"]) for d in json.load(sys.stdin)))')" \
    "promised=42 asked=33 flash-late=16 soon=10 kept=3 gone=0"
# --sort still chooses; the time moves the order: an hour and a half
# on, the promise kept so far is broken too (40 + routine 2 + a deadline
# days away 1 = 43, one more than the other broken promise).
runs "ls --sort slug" 0 pt ls --sort slug --tsv
is "--sort still chooses" "$(printf '%s\n' "$OUT" | cut -f2 | tr '\n' ' ')" \
    "asked flash-late kept promised soon "
runs "an hour on" 0 env PRESSTIME_NOW=2026-11-26T15:30:00Z \
    "$PRESSTIME" ls --tsv
is "the newly broken promise joins the top" \
    "$(printf '%s\n' "$OUT" | cut -f2 | tr '\n' ' ')" \
    "kept promised asked flash-late soon "
runs "a bad sort names the choices" 2 pt ls --sort urgent
like "urgency listed first" "$ERR" \
    'unknown sort "urgent" \(expected one of: urgency, due, '

# Saved views in config.yaml: each problem as file:line:col, naming it.
cat >"$T_TMP/views.yaml" <<'YAML'
views:
  metro: { limit: "desk:metro", sort: due }
  late:
    limit: overdue
  Bad: { limit: x }
  oops: { limit: "colour:red" }
  s2: { sort: urgent }
  s3: { lmit: x }
  s4: desk:metro
YAML
runs "config check refuses bad views" 1 pt config check "$T_TMP/views.yaml"
is "every bad view named at its place" "$ERR" \
"$T_TMP/views.yaml:5:3: view name \"Bad\" must be 1-32 lowercase letters, digits, '-' or '_' (like \"metro\"), to type after :view
$T_TMP/views.yaml:6:18: view \"oops\": unknown filter key \"colour\" in term \"colour:red\" (known: status, desk, @EDITOR, by, pri, due, overdue, rfc, upd, needs, slug, live, all)
$T_TMP/views.yaml:7:15: view \"s2\": unknown sort \"urgent\" (expected one of: urgency, due, priority, updated, status, slug, needs)
$T_TMP/views.yaml:8:9: unknown key \"lmit\" in view \"s3\" (expected limit or sort)
$T_TMP/views.yaml:9:7: view \"s4\" must be a map like { limit: \"desk:metro\", sort: due }"
printf 'views: [metro, late]\n' >"$T_TMP/views2.yaml"
runs "views must be a map" 1 pt config check "$T_TMP/views2.yaml"
like "said so" "$ERR" "views2.yaml:1:8: views must be a map of names to"
printf 'views:\n  metro: { limit: "desk:metro" }\n  all-late: { limit: "all overdue", sort: due }\n' \
    >"$T_TMP/views3.yaml"
runs "good views pass" 0 pt config check "$T_TMP/views3.yaml"

done_testing
