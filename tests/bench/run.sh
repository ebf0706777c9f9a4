#!/bin/sh
# Benchmarks presstime against a big newsroom (tests/bench/README.md).
# usage: tests/bench/run.sh [DB]   (DB: else $BENCH_DB, else out/bench.db)
# The binary is $PRESSTIME, else ./presstime, else presstime on PATH.
# Writes out/results.md (or $BENCH_OUT/results.md). Not part of make check.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${BENCH_OUT:-$here/out}
db=${1:-${BENCH_DB:-$out/bench.db}}
if [ -z "${PRESSTIME:-}" ]; then
	if [ -x ./presstime ]; then PRESSTIME=$(pwd)/presstime
	else PRESSTIME=$(command -v presstime || true); fi
fi
[ -x "$PRESSTIME" ] || { echo "run.sh: set PRESSTIME to the binary" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "run.sh: needs sqlite3" >&2; exit 2; }

# A fixed clock and zone, and no user config: every run sees the same
# newsroom the same way.
export PRESSTIME_NOW=1795701600 TZ=UTC LC_ALL=C.UTF-8
tmp=$(mktemp -d "${TMPDIR:-/tmp}/presstime-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config"
mkdir -p "$XDG_CONFIG_HOME" "$out"
unset PRESSTIME_DB PRESSTIME_CONFIG

if [ ! -f "$db" ]; then
	mkdir -p "$(dirname "$db")"
	echo "run.sh: building $db (about 2-3 minutes)" >&2
	python3 "$here/gen.py" "$PRESSTIME" "$db" | tee "$out/gen.log"
fi

P="$PRESSTIME --db $db"
S="sqlite3 -batch $db"
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
slug=$($S "SELECT slug FROM story WHERE status = 'reporting' ORDER BY id
    LIMIT 1")
n_story=$($S "SELECT count(*) FROM story")
n_entry=$($S "SELECT count(*) FROM entry")
n_rfc=$($S "SELECT count(*) FROM rfc")
size=$(du -h "$db" | cut -f1)

# bench NAME CMD...: hyperfine when there is one, else a timed loop.
bench() {
	name=$1; shift
	if command -v hyperfine >/dev/null; then
		hyperfine -N --warmup 3 --min-runs 20 \
		    --export-markdown "$tmp/$name.md" "$@" >&2
	else
		{
			echo "| Command | Mean [ms] | Runs |"
			echo "|:---|---:|---:|"
			for cmd in "$@"; do
				i=0 total=0
				while [ $i -lt 20 ]; do
					/usr/bin/time -f %e -o "$tmp/t" \
					    sh -c "$cmd" >/dev/null 2>&1
					total=$(echo "$total + $(cat "$tmp/t")" | bc)
					i=$((i + 1))
				done
				echo "| \`$cmd\` | $(echo "$total * 50" | bc) | 20 |"
			done
		} >"$tmp/$name.md"
	fi
}

bench status \
    "$P ls status:editing --limit 40" \
    "$S \"SELECT $cols FROM story s WHERE s.status = 'editing' $order\""
bench default \
    "$P ls --limit 40" \
    "$S \"SELECT $cols FROM story s $order\""
bench deskdue \
    "$P ls desk:business 'due:<2h' --limit 40" \
    "$S \"SELECT $cols FROM story s WHERE s.desk = 'business'
      AND s.deadline < $PRESSTIME_NOW + 7200 $order\""
bench slug \
    "$P ls --sort slug --limit 40" \
    "$S \"SELECT $cols FROM story s ORDER BY s.slug LIMIT 40\""
bench search \
    "$P search contract" \
    "$S \"SELECT f.story_id, s.slug, snippet(fts, 0, '[', ']', '...', 12)
      FROM fts f JOIN story s ON s.id = f.story_id
      WHERE fts MATCH 'contract' ORDER BY rank LIMIT 50\""
# A write: one entry per run, in its own transaction, as a reporter would.
bench log "$P log $slug \"Benchmark entry: called the press office again.\""

# Peak memory: a page of 40 from the big newsroom against the same page
# from the 32-story demo. Queue reads are keyset-paged, so they should match.
rss() { /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null 2>&1; cat "$tmp/rss"; }
"$PRESSTIME" demo --keep "$tmp/demo.db" --print >/dev/null
rss_big=$(rss $P ls --limit 40)
rss_all=$(rss $P ls --all)
rss_small=$(rss "$PRESSTIME" --db "$tmp/demo.db" ls --limit 40)

{
	echo "# presstime benchmarks"
	echo
	echo "- when: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(uname -sm)," \
	    "$(nproc) cores"
	echo "- binary: $PRESSTIME"
	echo "- database: $db ($size): $n_story stories, $n_entry entries," \
	    "$n_rfc requests"
	echo "- clock fixed: PRESSTIME_NOW=$PRESSTIME_NOW (TZ=UTC)"
	echo
	for part in status:"ls status:editing --limit 40 vs sqlite3" \
	    default:"ls --limit 40 (default sort: due, priority, slug) vs sqlite3" \
	    deskdue:"ls desk:business due:<2h --limit 40 vs sqlite3" \
	    slug:"ls --sort slug --limit 40 vs sqlite3" \
	    search:"search contract vs the FTS query in sqlite3" \
	    log:"log SLUG TEXT (one write transaction)"; do
		echo "## ${part#*:}"
		echo
		cat "$tmp/${part%%:*}.md"
		echo
	done
	echo "## Peak RSS (KiB, /usr/bin/time -f %M)"
	echo
	echo "| command | newsroom | peak RSS |"
	echo "|:---|---:|---:|"
	echo "| \`ls --limit 40\` | $n_story stories | $rss_big |"
	echo "| \`ls --all\` (pages of 200) | $n_story stories | $rss_all |"
	echo "| \`ls --limit 40\` | demo, 32 stories | $rss_small |"
} >"$out/results.md"
echo "run.sh: wrote $out/results.md" >&2
cat "$out/results.md"
