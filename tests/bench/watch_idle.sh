#!/bin/sh
# presstime watch idle: the CPU one watcher takes over SECS seconds
# (default 30) with nothing happening, from /proc/PID/stat's utime and
# stime, against the goal of at most 1% of one core. A database may be
# given (a big newsroom: the per-second looks must stay indexed);
# otherwise a small one is made. Not part of `make check` (it takes
# half a minute and measures time).
#   PRESSTIME=./presstime tests/bench/watch_idle.sh [DB] [SECS]
set -u
: "${PRESSTIME:?PRESSTIME must name the binary}"
TMP=$(mktemp -d)
trap 'kill $W 2>/dev/null; rm -rf "$TMP"' EXIT
DB=${1:-}
SECS=${2:-30}
if [ -z "$DB" ]; then
	DB="$TMP/n.db"
	"$PRESSTIME" --db "$DB" init >/dev/null
	for i in 1 2 3 4 5 6 7 8 9 10; do
		"$PRESSTIME" --db "$DB" new "story-$i" "Story $i" --due +${i}h \
		    >/dev/null
	done
fi
"$PRESSTIME" --db "$DB" watch >/dev/null 2>"$TMP/err" &
W=$!
sleep 2  # past the start (opening, first look)
ticks() { awk '{ print $14 + $15 }' "/proc/$W/stat"; }
HZ=$(getconf CLK_TCK)
t0=$(ticks)
sleep "$SECS"
t1=$(ticks)
kill -TERM $W
wait $W
rc=$?
# percent of one core = ticks / HZ / SECS * 100, to two decimals
pct=$(awk -v d=$((t1 - t0)) -v hz="$HZ" -v s="$SECS" \
    'BEGIN { printf "%.2f", d / hz / s * 100 }')
echo "watch idle over ${SECS}s: $((t1 - t0)) ticks of CPU (HZ $HZ) =" \
    "${pct}% of one core (goal <= 1%); exit $rc on SIGTERM"
awk -v p="$pct" 'BEGIN { exit !(p <= 1.0) }'
