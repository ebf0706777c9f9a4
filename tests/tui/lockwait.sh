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
tui_start 120 30 open hootsuite-ice
check "the story opens" "story hootsuite-ice"

# The other editor takes the lock and changes a headline, uncommitted.
if lock_hold "UPDATE story SET headline = 'FCN cuts 60 jobs',
    version = version + 1, updated_by = 'tkeiser',
    updated_at = updated_at + 1 WHERE slug = 'fcn-layoffs';"; then
	t_ok "the other editor holds the write lock"
else
	t_fail "the other editor holds the write lock" \
	    "$(cat "$T_TMP/holder.out")"
fi

# We log an entry: the write waits for the lock.
tm send-keys -t pt e
check "e asks for the entry" "log on hootsuite-ice:"
tm send-keys -t pt -l "Our note, written behind theirs"
tm send-keys -t pt Enter
if busy_waiting "$PID"; then t_ok "our write waits for the lock"; else
	t_fail "our write waits for the lock" "wchan: $(cat "/proc/$PID/wchan")"
fi

# Their commit lands first, ours right after it.
lock_release COMMIT
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
