#!/bin/sh
# Time to first paint of the TUI on a big newsroom, and its peak memory.
# usage: tests/bench/tui_paint.sh [DB]  (DB: else $BENCH_DB, else
# out/bench.db; build it with run.sh or gen.py). The binary is
# $PRESSTIME, else ./presstime. Runs the TUI headless (a virtual 120x40
# terminal) with a key script: `:q` (start, first paint of the queue,
# quit), `:dump FILE` then `:q` (the same plus reading the screen back),
# and `open SLUG` of the story with the longest timeline. hyperfine
# times each; /usr/bin/time -f %M gives the peak RSS. Not in make check.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${BENCH_OUT:-$here/out}
db=${1:-${BENCH_DB:-$out/bench.db}}
[ -n "${PRESSTIME:-}" ] || PRESSTIME=$(pwd)/presstime
[ -x "$PRESSTIME" ] || { echo "tui_paint.sh: set PRESSTIME to the binary" >&2; exit 2; }
[ -f "$db" ] || { echo "tui_paint.sh: no database $db (tests/bench/run.sh builds one)" >&2; exit 2; }

export PRESSTIME_NOW=1795701600 TZ=UTC LC_ALL=C.UTF-8
export PRESSTIME_HEADLESS=1 LINES=40 COLUMNS=120 PRESSTIME_DB="$db"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/presstime-paint.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config"
mkdir -p "$XDG_CONFIG_HOME" "$out"
unset PRESSTIME_CONFIG

printf ':q<Enter>' >"$tmp/quit"
printf ':dump %s<Enter>:q<Enter>' "$tmp/screen.txt" >"$tmp/dump"
slug=$(sqlite3 -batch "$db" "SELECT s.slug FROM story s JOIN (SELECT story_id, count(*) n FROM entry GROUP BY story_id ORDER BY n DESC LIMIT 1) e ON e.story_id = s.id")
n=$(sqlite3 -batch "$db" "SELECT count(*) FROM entry e JOIN story s ON s.id = e.story_id WHERE s.slug = '$slug'")
stories=$(sqlite3 -batch "$db" "SELECT count(*) FROM story")

# Warm the page cache once, as an editor's second start would find it.
PRESSTIME_SCRIPT="$tmp/quit" "$PRESSTIME" >/dev/null

rss() { # rss SCRIPT [ARGS]: peak RSS in KiB of one run
	s=$1; shift
	PRESSTIME_SCRIPT="$s" /usr/bin/time -f %M -o "$tmp/rss" \
	    "$PRESSTIME" "$@" >/dev/null
	cat "$tmp/rss"
}

{
	echo "## TUI first paint ($(basename "$db"): $stories stories; 120x40 headless)"
	echo
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-markdown "$tmp/h.md" \
		    -n "queue: paint + :q" "env PRESSTIME_SCRIPT=$tmp/quit $PRESSTIME" \
		    -n "queue: paint + :dump + :q" "env PRESSTIME_SCRIPT=$tmp/dump $PRESSTIME" \
		    -n "open $slug ($n entries) + :q" "env PRESSTIME_SCRIPT=$tmp/quit $PRESSTIME open $slug" \
		    >&2
		cat "$tmp/h.md"
	else
		for k in quit dump; do
			s=$(date +%s%N)
			PRESSTIME_SCRIPT="$tmp/$k" "$PRESSTIME" >/dev/null
			echo "- $k: $(( ($(date +%s%N) - s) / 1000000 )) ms (one run)"
		done
	fi
	echo
	echo "| run | peak RSS |"
	echo "|---|---|"
	echo "| queue: paint + :q | $(rss "$tmp/quit") KiB |"
	echo "| queue: paint + :dump + :q | $(rss "$tmp/dump") KiB |"
	echo "| open $slug ($n entries) + :q | $(rss "$tmp/quit" open "$slug") KiB |"
	echo
	echo "First screen:"
	echo
	echo '```'
	[ -f "$tmp/screen.txt" ] ||
	    PRESSTIME_SCRIPT="$tmp/dump" "$PRESSTIME" >/dev/null
	head -8 "$tmp/screen.txt"
	echo '```'
} | tee "$out/tui_paint.md"
