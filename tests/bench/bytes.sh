#!/bin/sh
# Bytes the terminal receives per cursor move, presstime's queue beside
# tig's main view on the same 120x40 tmux terminal, and for a reload
# after another editor changes one row on screen. tmux's pipe-pane
# copies what each program writes to its pane into a file.
# usage: tests/bench/bytes.sh [DB]  (DB: else $BENCH_DB, else
# out/bench.db). The binary is $PRESSTIME, else ./presstime; tig runs
# on this source tree's git history. Not in make check.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${BENCH_OUT:-$here/out}
db=${1:-${BENCH_DB:-$out/bench.db}}
[ -n "${PRESSTIME:-}" ] || PRESSTIME=$(pwd)/presstime
[ -x "$PRESSTIME" ] || { echo "bytes.sh: set PRESSTIME to the binary" >&2; exit 2; }
[ -f "$db" ] || { echo "bytes.sh: no database $db" >&2; exit 2; }
command -v tmux >/dev/null || { echo "bytes.sh: needs tmux" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/presstime-bytes.XXXXXX")
sock="$tmp/tmux"
tm() { tmux -S "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
export PRESSTIME_NOW=1795701600 TZ=UTC LC_ALL=C.UTF-8
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config"
mkdir -p "$XDG_CONFIG_HOME" "$out"
MOVES=20

# moves NAME: bytes written while MOVES j keys are pressed, one by one.
moves() {
	sleep 2
	tm pipe-pane -t "$1" -o "cat >>'$tmp/$1.bytes'"
	i=0
	while [ $i -lt $MOVES ]; do
		tm send-keys -t "$1" j
		sleep 0.2
		i=$((i + 1))
	done
	sleep 1
	tm pipe-pane -t "$1"
	wc -c <"$tmp/$1.bytes"
}

tm -f /dev/null new-session -d -s pt -x 120 -y 40 \
    "env PRESSTIME_DB='$db' TERM=screen-256color '$PRESSTIME'; sleep 60"
pt=$(moves pt)
src=$(cd "$here/../.." && pwd)
tig=
if command -v tig >/dev/null && { [ -d "$src/.git" ] || [ -f "$src/.git" ]; }
then
	tm new-session -d -s tig -x 120 -y 40 \
	    "cd '$src' && TERM=screen-256color tig; sleep 60"
	tig=$(moves tig)
fi

# A reload: another editor changes the headline of the third row shown.
slug=$(tm capture-pane -p -t pt | sed -n 5p | awk '{ print $1 == "!" ||
    $1 == "!!" || $1 == "-" ? $2 : $1 }')
# A long slug is cut to its column (every live slug of a big gen.py
# newsroom ends in a six-digit id): the one live story it begins whose
# headline begins with what the row shows between the header's
# HEADLINE and STATUS.
head=$(tm capture-pane -p -t pt | awk 'NR == 2 { h = index($0, "HEADLINE");
    s = index($0, "STATUS") } NR == 5 { t = substr($0, h, s - h);
    sub(/ +$/, "", t); gsub(/\047/, "\047\047", t); print t }')
full=$(sqlite3 -batch "$db" "SELECT slug FROM story WHERE live = 1 AND
    substr(slug, 1, length('$slug')) = '$slug' AND
    substr(headline, 1, length('$head')) = '$head' LIMIT 2")
[ -z "$full" ] || [ "$(printf '%s\n' "$full" | wc -l)" != 1 ] ||
    slug=$full
rm -f "$tmp/pt.bytes"
tm pipe-pane -t pt -o "cat >>'$tmp/pt.bytes'"
"$PRESSTIME" --db "$db" set "$slug" headline \
    "Headline changed by another editor $(date +%s)" >/dev/null
sleep 3
tm pipe-pane -t pt
reload=$(wc -c <"$tmp/pt.bytes")

{
	echo "## Bytes to the terminal (tmux 120x40, TERM=screen-256color)"
	echo
	echo "| what | bytes |"
	echo "|:---|---:|"
	echo "| presstime queue, per cursor move (j, mean of $MOVES) |" \
	    "$((pt / MOVES)) |"
	[ -z "$tig" ] || echo "| tig main view, per cursor move (j, mean of" \
	    "$MOVES) | $((tig / MOVES)) |"
	echo "| presstime reload after another editor changed one row on" \
	    "screen ($slug) | $reload |"
	echo "| (one full row is 120 columns) | 120 |"
} | tee "$out/bytes.md"
