#!/bin/sh
# Benchmarks presstime against newsrooms of several sizes
# (tests/bench/README.md).
# usage: tests/bench/run.sh [DB...]   (default: $BENCH_DB, else
# out/bench.db, built by gen.py when missing)
# Each DB gets a column: every figure with its ratio to the same query in
# sqlite3 (and taskwarrior's `list limit:40` next to `ls --limit 40` when
# `task` is installed and a DB has 100,000 stories). The binary is
# $PRESSTIME, else ./presstime, else presstime on PATH. RUNS sets
# hyperfine's runs (default 10); BENCH_ONLY=tui times the TUI rows alone
# (the stress newsroom's row). Writes out/results.md (or
# $BENCH_OUT/results.md). Not part of make check.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${BENCH_OUT:-$here/out}
if [ -z "${PRESSTIME:-}" ]; then
	if [ -x ./presstime ]; then PRESSTIME=$(pwd)/presstime
	else PRESSTIME=$(command -v presstime || true); fi
fi
[ -x "$PRESSTIME" ] || { echo "run.sh: set PRESSTIME to the binary" >&2; exit 2; }
for c in sqlite3 hyperfine python3; do
	command -v $c >/dev/null || { echo "run.sh: needs $c" >&2; exit 2; }
done
[ $# -gt 0 ] || set -- "${BENCH_DB:-$out/bench.db}"
RUNS=${RUNS:-10}
only=${BENCH_ONLY:-}

# A fixed clock and zone, and no user config: every run sees the same
# newsroom the same way.
export PRESSTIME_NOW=1795701600 TZ=UTC LC_ALL=C.UTF-8
tmp=$(mktemp -d "${TMPDIR:-/tmp}/presstime-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config"
mkdir -p "$XDG_CONFIG_HOME" "$out"
unset PRESSTIME_DB PRESSTIME_CONFIG

# What story_page selects, so the sqlite3 rows are the same work.
cols="s.id, s.slug, s.headline, s.dek, s.budget_line, s.words, s.art,
 s.desk, s.status, s.held_from, s.priority, s.editor, s.deadline, s.embargo,
 s.published_at, s.url, s.needs_update, s.created_at, s.updated_at,
 s.updated_by, s.version,
 (SELECT count(*) FROM rfc r WHERE r.story_id = s.id
  AND r.state IN ('open', 'promised')),
 (SELECT count(*) FROM rfc r WHERE r.story_id = s.id)"
cols=$(printf "%s" "$cols" | tr "\n" " ")
order="ORDER BY s.due_key, s.prio_rank, s.slug LIMIT 40"
now=$PRESSTIME_NOW
open_states="'pitched','assigned','reporting','filed','editing','copydesk',
 'ready','scheduled','held'"
open_states=$(printf "%s" "$open_states" | tr "\n" " ")
# What ls and the queue show unless a term names the states (live, all,
# status:, slug:): live work, the states not done or a story needing an
# update (filter.c, live()).
live="(s.status IN ($open_states, 'updating') OR s.needs_update = 1)"
# ls's default sort: what `ls --limit 40` and the TUI rows measure. The
# sqlite3 queries sort by due, so a default other than due gets no
# sqlite3 figure, and `ls --sort due` is timed beside it; the filter
# terms are timed with --sort due, the order their indexes serve.
sort=$("$PRESSTIME" ls --help 2>&1 | sed -n 's/.*--sort KEY *\([a-z]*\) (default).*/\1/p')

# The filter terms of presstime(1), each beside the SELECT an SQL user
# would write for it (with the index it needs): TERM|WHERE.
terms="all|1
status:editing|s.status = 'editing'
desk:metro|s.desk = 'metro' COLLATE NOCASE
desk:nosuch|s.desk = 'nosuch' COLLATE NOCASE
@jroe|s.editor = 'jroe'
by:Jroe|s.id IN (SELECT c.story_id FROM credit c JOIN person p ON p.id = c.person_id WHERE p.login = 'Jroe' OR p.name = 'Jroe' COLLATE NOCASE)
pri:flash|s.prio_rank = 0
due:<2h|s.due_key < $now + 7200
due:none|s.due_key = 9223372036854775807 AND s.deadline IS NULL
overdue|s.status IN ($open_states) AND s.due_key < $now
rfc:open|s.id IN (SELECT r.story_id FROM rfc r WHERE r.state = 'open')
rfc:answered|EXISTS (SELECT 1 FROM rfc r WHERE r.story_id = s.id AND r.state = 'answered')
rfc:overdue|s.id IN (SELECT r.story_id FROM rfc r WHERE r.state = 'open' AND r.due_at < $now UNION ALL SELECT r.story_id FROM rfc r WHERE r.state = 'promised' AND r.promised_by < $now)
upd:<30m|s.updated_at > $now - 1800
upd:>2d|s.updated_at < $now - 172800
needs:update|s.needs_update = 1
council|s.id IN (SELECT story_id FROM fts WHERE fts MATCH 'council')"

# bench DB NAME PRESSTIME-ARGS [SQL]: hyperfine (the command, and the
# sqlite3 query beside it), JSON to $tmp/DB.NAME.json.
bench() {
	if [ -n "${4:-}" ]; then
		set -- "$1" "$2" "$PRESSTIME --db $1 $3" "sqlite3 -batch $1 \"$4\""
	else
		set -- "$1" "$2" "$PRESSTIME --db $1 $3"
	fi
	b_json="$tmp/$(basename "$1").$2.json"
	shift 2
	hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$b_json" "$@" \
	    >/dev/null 2>&1 || echo "run.sh: failed: $1" >&2
}

# The queue opened on every story (default_limit: all) rather than the
# live ones, in due order: the archive itself, whatever share of it is
# live (an urgency sort of every story would be a sort of the archive).
printf 'default_limit: all\ndefault_sort: due\n' >"$tmp/all.yaml"

# tui DB NAME KEYS [CONFIG]: the TUI headless (120x40) running KEYS then
# :q.
tui() {
	printf '%s:q<Enter>' "$3" >"$tmp/keys.$2"
	hyperfine -N --warmup 2 --runs "$RUNS" \
	    --export-json "$tmp/$(basename "$1").tui-$2.json" \
	    "env PRESSTIME_HEADLESS=1 LINES=40 COLUMNS=120 PRESSTIME_DB=$1 PRESSTIME_SCRIPT=$tmp/keys.$2 PRESSTIME_CONFIG=${4:-} $PRESSTIME" \
	    >/dev/null 2>&1 || echo "run.sh: tui $2 failed on $1" >&2
}

# idle DB NAME [CONFIG]: CPU share of a TUI sitting at the end of the
# queue for 20 s while another editor logs an entry every second (on the
# last story of the archive: a reload of the window at the end).
idle() {
	i_slug=$(sqlite3 -batch "$1" "SELECT slug FROM story ORDER BY due_key
	    DESC, prio_rank DESC, slug DESC LIMIT 1")
	printf 'G<Sleep 20>:q<Enter>' >"$tmp/keys.idle"
	PRESSTIME_HEADLESS=1 LINES=40 COLUMNS=120 PRESSTIME_DB=$1 \
	    PRESSTIME_CONFIG=${3:-} \
	    PRESSTIME_SCRIPT="$tmp/keys.idle" /usr/bin/time -f '%U %S %e' \
	    -o "$tmp/idle.time" "$PRESSTIME" >/dev/null 2>&1 &
	i_pid=$!
	i=0
	while [ $i -lt 19 ]; do
		sleep 1
		"$PRESSTIME" --db "$1" log "$i_slug" "Idle benchmark: still \
waiting on the county, call $i." >/dev/null 2>&1 || true
		i=$((i + 1))
	done
	wait $i_pid || true
	awk '{ printf "%.2f\n", ($1 + $2) * 100 / $3 }' "$tmp/idle.time" \
	    >"$tmp/$(basename "$1").$2"
}

for db in "$@"; do
	if [ ! -f "$db" ]; then
		mkdir -p "$(dirname "$db")"
		echo "run.sh: building $db (about 30 s)" >&2
		python3 "$here/gen.py" "$PRESSTIME" "$db" | tee "$out/gen.log"
	fi
	# Open it once first: a newer binary migrates an older file.
	"$PRESSTIME" --db "$db" ls desk:run-sh-opens-it --limit 1 >/dev/null
	n=$(sqlite3 -batch "$db" "SELECT count(*) FROM story")
	echo "run.sh: $db ($n stories)" >&2
	echo "$n" >"$tmp/$(basename "$db").n"
	sqlite3 -batch "$db" "SELECT count(*) FROM story WHERE live = 1" \
	    >"$tmp/$(basename "$db").live"
	if [ "$only" = tui ]; then :
	elif [ "$sort" = due ]; then
		bench "$db" default "ls --limit 40" \
		    "SELECT $cols FROM story s WHERE $live $order"
	else
		bench "$db" default "ls --limit 40"
		bench "$db" "ls --sort due" "ls --sort due --limit 40" \
		    "SELECT $cols FROM story s WHERE $live $order"
	fi
	[ "$only" = tui ] ||
	bench "$db" slug "ls --sort slug --limit 40" \
	    "SELECT $cols FROM story s WHERE $live ORDER BY s.slug LIMIT 40"
	[ "$only" = tui ] ||
	printf '%s\n' "$terms" | while IFS='|' read -r term where; do
		case $term in
		all|live|status:*|slug:*) ;;
		*) where="($where) AND $live" ;;
		esac
		bench "$db" "ls $term" "ls '$term' --sort due --limit 40" \
		    "SELECT $cols FROM story s WHERE $where $order"
	done
	[ "$only" = tui ] ||
	bench "$db" "ls all --sort slug" "ls all --sort slug --limit 40" \
	    "SELECT $cols FROM story s ORDER BY s.slug LIMIT 40"
	[ "$only" = tui ] ||
	for w in contract xylophone; do
		bench "$db" "search $w" "search $w --limit 50" \
		    "SELECT f.story_id, s.slug, snippet(fts, 0, '[', ']', '...',
		    12) FROM fts f JOIN story s ON s.id = f.story_id WHERE fts
		    MATCH '$w' ORDER BY rank LIMIT 50"
	done
	slug=$(sqlite3 -batch "$db" "SELECT slug FROM story WHERE status =
	    'reporting' ORDER BY id LIMIT 1")
	[ "$only" = tui ] ||
	bench "$db" log "log $slug 'Benchmark entry: called the press office again.'"
	tui "$db" paint ""
	tui "$db" G "G"
	tui "$db" Gg "Gg"
	tui "$db" Gk "G$(printf 'k%.0s' $(seq 1 100))"
	tui "$db" limit "ldesk:metro<Enter>"
	idle "$db" idle
	tui "$db" all-paint "" "$tmp/all.yaml"
	tui "$db" all-G "G" "$tmp/all.yaml"
	tui "$db" all-Gk "G$(printf 'k%.0s' $(seq 1 100))" "$tmp/all.yaml"
	idle "$db" idle-all "$tmp/all.yaml"
	if [ "$only" != tui ] && command -v task >/dev/null &&
	    [ "$n" = 100000 ]; then
		tw="$out/task-$n"
		export TASKRC="$tw/taskrc" TASKDATA="$tw/data"
		if [ ! -f "$tw/data/pending.data" ]; then
			echo "run.sh: importing $n stories into taskwarrior" >&2
			mkdir -p "$tw/data"
			printf 'data.location=%s\nconfirmation=off\nverbose=nothing\ngc=off\n' \
			    "$tw/data" >"$TASKRC"
			python3 "$here/taskwarrior.py" "$db" >"$tw/tasks.json"
			task import "$tw/tasks.json" >/dev/null 2>&1
		fi
		hyperfine -N --warmup 1 --runs "$RUNS" \
		    --export-json "$tmp/$(basename "$db").task.json" \
		    "task list limit:40" >/dev/null 2>&1 || true
	fi
done

echo "$sort" >"$tmp/sort"
python3 "$here/table.py" "$tmp" "$@" >"$out/results.md"
echo "run.sh: wrote $out/results.md" >&2
cat "$out/results.md"
