# Crash safety: a writer acknowledging each committed append is killed
# with SIGKILL at a random moment, round after round. Every acknowledged
# append must be in the database and the database must stay intact.
. "$PT_SRCDIR/tests/lib.sh"

ROUNDS=${STRESS_ROUNDS:-50}
pt init >/dev/null
pt new crash-test "Crash test" >/dev/null
lost=0
bad=0
for r in $(seq 1 "$ROUNDS"); do
	: > "$T_TMP/acks"
	(
		i=0
		while :; do
			i=$((i + 1))
			# presstime prints "logged entry N" only after COMMIT.
			"$PRESSTIME" log crash-test "round $r append $i" >>"$T_TMP/acks" 2>/dev/null
		done
	) &
	loop=$!
	# A random moment between 50 and 300 ms in.
	sleep "0.$(printf '%03d' $(( (RANDOM % 250) + 50 )))"
	pkill -KILL -P "$loop" -x presstime 2>/dev/null
	kill -KILL "$loop" 2>/dev/null
	wait "$loop" 2>/dev/null
	# A writer started as the loop died is orphaned: none may still be
	# running (holding a lock) when the acknowledgements are checked.
	while pgrep -f "presstime log crash-test round $r " >/dev/null; do
		pkill -KILL -f "presstime log crash-test round $r " 2>/dev/null
		sleep 0.01
	done
	while read -r line; do
		id=$(printf '%s\n' "$line" | awk '{ print $3 }')
		got=$(sql "SELECT count(*) FROM entry WHERE id = $id" 2>&1)
		if [ "$got" != 1 ]; then
			lost=$((lost + 1))
			echo "# round $r: acknowledged \"$line\", found: $got"
		fi
	done < "$T_TMP/acks"
	[ "$(sql "PRAGMA integrity_check")" = ok ] || bad=$((bad + 1))
done
echo "# $ROUNDS rounds, $(sql "SELECT count(*) FROM entry") appends committed"
is "no acknowledged append lost" "$lost" "0"
is "integrity ok after every kill" "$bad" "0"
runs "presstime check" 0 pt check
done_testing
