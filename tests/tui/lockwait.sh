#!/bin/sh
# Regression: another editor's commit that lands while this TUI waits
# for the write lock is named. The TUI's own write commits right after
# it, and the own-write bookkeeping used to mark everything up to that
# commit as seen, so the other editor's change was never said.
# The other editor is a second connection (sqlite3) holding the write
# lock with a change by another login, tkeiser; it commits only once the
# TUI is asleep in its busy wait (seen in /proc), never after a guess.
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"
ME=$(id -un)
if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "1..0 # SKIP sqlite3 not installed"
	exit 0
fi

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due +2h >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" --due +3h >/dev/null

# msg: the message bar (the last line), trailing blanks dropped.
msg() {
	printf '%s\n' "$(tm capture-pane -p -t pt 2>/dev/null)" | sed -n '30p' |
	    sed 's/ *$//'
}
# locked: another connection cannot take the write lock now.
locked() {
	! sqlite3 -batch "$PRESSTIME_DB" ".timeout 0" \
	    "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1
}
# waiting_for_lock: the TUI sleeps in SQLite's busy handler (its idle
# wait for a key is a poll, not a sleep). Polls for up to 5 s.
waiting_for_lock() {
	i=0
	while [ $i -lt 50 ]; do
		case $(cat "/proc/$PID/wchan" 2>/dev/null) in
		*nanosleep*) return 0 ;;
		esac
		sleep 0.1; i=$((i + 1))
	done
	return 1
}

tui_start 120 30 open hootsuite-ice
check "the story opens" "story hootsuite-ice"

# The other editor takes the lock and changes a headline, uncommitted.
mkfifo "$T_TMP/holder"
sqlite3 -batch "$PRESSTIME_DB" <"$T_TMP/holder" >"$T_TMP/holder.out" 2>&1 &
HOLDER=$!
exec 3>"$T_TMP/holder"
echo "BEGIN IMMEDIATE; UPDATE story SET headline = 'FCN cuts 60 jobs'," \
    " version = version + 1, updated_by = 'tkeiser'," \
    " updated_at = updated_at + 1 WHERE slug = 'fcn-layoffs';" >&3
i=0
while ! locked && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if locked; then t_ok "the other editor holds the write lock"; else
	t_fail "the other editor holds the write lock" \
	    "$(cat "$T_TMP/holder.out")"; fi

# We log an entry: the write waits for the lock.
tm send-keys -t pt e
check "e asks for the entry" "log on hootsuite-ice:"
tm send-keys -t pt -l "Our note, written behind theirs"
tm send-keys -t pt Enter
if [ -r "/proc/$PID/wchan" ] && [ "$(cat "/proc/$PID/wchan")" != 0 ]; then
	if waiting_for_lock; then t_ok "our write waits for the lock"; else
		t_fail "our write waits for the lock" \
		    "wchan: $(cat "/proc/$PID/wchan")"; fi
else
	# No wchan to look at (not Linux, or hidden): give the TUI time
	# to reach the lock; too little only makes the test weaker.
	sleep 1
	t_ok "our write waits for the lock # no /proc wchan, waited 1 s"
fi

# Their commit lands first, ours right after it.
echo "COMMIT;" >&3
exec 3>&-
wait "$HOLDER"
check "our entry is logged and their change is named with it" \
    "logged on hootsuite-ice; meanwhile tkeiser changed .*fcn-layoffs *$"
unlike "our own entry is not named as another's" "$(msg)" "$ME logged"
like "their change is in the database" \
    "$(sql "SELECT headline, updated_by FROM story WHERE slug = 'fcn-layoffs'")" \
    "^FCN cuts 60 jobs\|tkeiser$"
is "ours too" "$(sql "SELECT count(*) FROM entry WHERE body LIKE 'Our note%'")" 1

# And when nobody else wrote, our own write alone is not news.
tm send-keys -t pt e
check "typing again" "log on hootsuite-ice:"
tm send-keys -t pt -l "A second note, alone"
tm send-keys -t pt Enter
check "our second entry is logged" "logged on hootsuite-ice *$"
is "and nothing else is said with it" "$(msg)" "logged on hootsuite-ice"

tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
