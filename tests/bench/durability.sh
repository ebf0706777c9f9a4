#!/bin/sh
# What durability costs: the per-write median of `presstime log` (one
# process per write, as a reporter's shell one-liner) and 8 writers x 1000
# appends at once, as tests/stress/concurrent.sh does. Run it with two
# builds to compare PRAGMA synchronous settings (presstime uses FULL for
# every write it acknowledges; see DURABILITY in presstime(1)).
# The database goes in $BENCH_DIR (default: a fresh directory under
# $TMPDIR or /tmp): put it on the disk you care about, not a tmpfs, or
# fsync costs nothing and the numbers mean nothing.
# usage: tests/bench/durability.sh [PRESSTIME] [WRITES] [WRITERS] [EACH]
set -eu
PT=${1:-./presstime}
N=${2:-300}
WRITERS=${3:-8}
EACH=${4:-1000}
dir=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/pt-durability.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export PRESSTIME_DB="$dir/newsroom.db" PRESSTIME_NOW=2026-11-26T14:00:00Z TZ=UTC
unset PRESSTIME_CONFIG
"$PT" init >/dev/null
"$PT" new bench-story "Benchmark" >/dev/null
echo "# $PT on $(df -T "$dir" | awk 'NR == 2 { print $2 }') ($dir)"

ms() { echo $(($(date +%s%N) / 1000000)); }
i=0
: > "$dir/times"
while [ "$i" -lt "$N" ]; do
	t0=$(date +%s%N)
	"$PT" log bench-story "sequential write $i" >/dev/null
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000)) >> "$dir/times"
	i=$((i + 1))
done
sort -n "$dir/times" | awk '{ v[NR] = $1 } END {
	printf "sequential: %d writes, median %.2f ms, p90 %.2f ms, max %.2f ms\n",
	    NR, v[int((NR + 1) / 2)] / 1000, v[int(NR * 0.9)] / 1000, v[NR] / 1000 }'

start=$(ms)
w=1
while [ "$w" -le "$WRITERS" ]; do
	(
		k=1
		while [ "$k" -le "$EACH" ]; do
			"$PT" log bench-story "writer $w entry $k" >/dev/null ||
				echo "writer $w entry $k failed" >&2
			k=$((k + 1))
		done
	) &
	w=$((w + 1))
done
wait
end=$(ms)
total=$((WRITERS * EACH))
got=$(sqlite3 "$PRESSTIME_DB" "SELECT count(*) FROM entry WHERE body LIKE 'writer %'")
awk -v w="$WRITERS" -v e="$EACH" -v ms="$((end - start))" -v got="$got" \
    -v total="$total" 'BEGIN {
	printf "concurrent: %d x %d appends in %.1f s (%.0f writes/s), %d of %d stored\n",
	    w, e, ms / 1000, total / (ms / 1000), got, total }'
