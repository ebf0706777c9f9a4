# Many writers, one database: 8 processes x 1000 appends to one story.
# Every append must land exactly once, with no error and no corruption.
. "$PT_SRCDIR/tests/lib.sh"

WRITERS=${STRESS_WRITERS:-8}
EACH=${STRESS_EACH:-1000}
pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" >/dev/null

start=$(date +%s)
for w in $(seq 1 "$WRITERS"); do
	(
		errors=0
		for i in $(seq 1 "$EACH"); do
			"$PRESSTIME" log hootsuite-ice "writer $w entry $i" \
			    >/dev/null 2>>"$T_TMP/err.$w" || errors=$((errors + 1))
		done
		echo "$errors" > "$T_TMP/errors.$w"
	) &
done
wait
end=$(date +%s)
echo "# $WRITERS x $EACH appends in $((end - start)) s"

errors=$(cat "$T_TMP"/errors.* | awk '{s+=$1} END {print s}')
is "no writer saw an error" "$errors" "0"
if [ "$errors" != 0 ]; then sort "$T_TMP"/err.* | uniq -c | head -5 | sed 's/^/# /'; fi
is "every append landed" "$(sql "SELECT count(*) FROM entry")" "$((WRITERS * EACH))"
is "none duplicated" "$(sql "SELECT count(DISTINCT body) FROM entry")" "$((WRITERS * EACH))"
is "each writer's entries all there" \
	"$(sql "SELECT count(*) FROM (SELECT substr(body, 1, instr(body, ' entry') - 1) w, count(*) c FROM entry GROUP BY w HAVING c = $EACH)")" \
	"$WRITERS"
is "story version counted every change" "$(sql "SELECT version FROM story")" "$((WRITERS * EACH + 1))"
runs "integrity check" 0 pt check
is "full-text index agrees" "$(sql "SELECT count(*) FROM fts WHERE fts MATCH '\"writer\"'")" "$((WRITERS * EACH))"
done_testing
