#!/bin/sh
# Signals the TUI must survive without losing a word: SIGINT (kill -INT;
# in raw mode ^C is a key) leaves as SIGTERM does, with the draft kept and
# the terminal restored (out of the alternate screen, the tty modes as
# they were); SIGHUP while a write waits for another writer's lock ends
# the wait at once: gone within 2 s, the text kept as a draft in the
# user's drafts folder (the database is still locked).
. "$PT_SRCDIR/tests/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 not installed"
	exit 0
fi
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due +2h >/dev/null
SPOOL="$XDG_STATE_HOME/presstime/drafts"

# 1. SIGINT in the entry prompt, with a shell around the TUI in the pane
# so the terminal's state after the exit can be read.
tm_new -d -s pt -x 120 -y 30 \
    "env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
    PRESSTIME_NOW='$PRESSTIME_NOW' LC_ALL=C.UTF-8 TERM=screen-256color \
    XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
    sh -c 'stty -g >\"$T_TMP/stty.before\"; \"$PRESSTIME\" 2>>\"$T_TMP/tui.stderr\"; \
    echo \$? >\"$T_TMP/rc\"; stty -g >\"$T_TMP/stty.after\"; echo SHELL-IS-BACK; sleep 60'"
check "the queue shows" "hootsuite-ice"
SH=$(tm list-panes -t pt -F '#{pane_pid}')
PID=$(ps -o pid= --ppid "$SH" | tr -d ' ' | head -n 1)
tm send-keys -t pt Enter
check "the story opens" "story hootsuite-ice"
tm send-keys -t pt e
check "the entry prompt opens" "log on hootsuite-ice:"
is "the TUI is in the alternate screen" \
    "$(tm display-message -p -t pt '#{alternate_on}')" 1
tm send-keys -t pt -l "ICE declined to comment — 14:02"
check "typed" "14:02"
kill -INT "$PID"
gone_within "SIGINT: gone within 2 s" 20
check "the shell gets the terminal back" "SHELL-IS-BACK"
is "out of the alternate screen" \
    "$(tm display-message -p -t pt '#{alternate_on}')" 0
is "the tty modes are as before" "$(cat "$T_TMP/stty.after" 2>&1)" \
    "$(cat "$T_TMP/stty.before" 2>&1)"
is "the typed text is a draft" \
    "$(sql "SELECT context || '|' || slug || '|' || body FROM draft")" \
    "entry|hootsuite-ice|ICE declined to comment — 14:02"
like "the exit says where it is" "$(cat "$T_TMP/tui.stderr")" \
    "unsaved text is kept as draft [0-9]+"
tm kill-server >/dev/null 2>&1
sql "DELETE FROM draft"

# 2. SIGHUP while Enter's write waits for a lock held past the patience.
tui_start 120 30
check "queue (lock)" "hootsuite-ice"
tm send-keys -t pt Enter
check "story (lock)" "story hootsuite-ice"
tm send-keys -t pt e
check "entry prompt (lock)" "log on hootsuite-ice:"
tm send-keys -t pt -l "Spokesperson: no comment"
check "typed (lock)" "no comment"
hold_lock 40
runs "another writer holds the lock" 0 test -e "$T_TMP/locked"
tm send-keys -t pt Enter
# The signal must find the write in its wait for the lock: the TUI is
# seen asleep in the busy wait (/proc), not guessed to be there.
if busy_waiting "$PID"; then t_ok "the write waits for the lock"; else
	t_fail "the write waits for the lock" "wchan: $(cat "/proc/$PID/wchan")"
fi
runs "the write is waiting" 0 alive "$PID"
kill -HUP "$PID"
gone_within "SIGHUP in the lock wait: gone within 2 s" 20
echo "# exit latency after SIGHUP under a held lock: $MS ms"
is "one draft file (the database is locked)" \
    "$(ls "$SPOOL" 2>/dev/null | grep -c '\.draft$')" 1
kill "$LOCKER" 2>/dev/null; wait "$LOCKER" 2>/dev/null
like "presstime drafts has it" "$(pt drafts 2>&1)" \
    "entry +hootsuite-ice +24 bytes"
is "byte for byte" "$(sql "SELECT body FROM draft")" "Spokesperson: no comment"
is "and no entry was half written" "$(sql "SELECT count(*) FROM entry")" 0
sql "DELETE FROM draft"

# 3. The same with SIGTERM, and a lock released a moment after the
# signal: the text is kept once, nowhere twice.
tui_start 120 30
check "queue (lock 2)" "hootsuite-ice"
tm send-keys -t pt e
check "entry prompt (lock 2)" "log on"
tm send-keys -t pt -l "second try"
check "typed (lock 2)" "second try"
hold_lock 4
tm send-keys -t pt Enter
if busy_waiting "$PID"; then t_ok "the write waits for the lock (2)"; else
	t_fail "the write waits for the lock (2)" "wchan: $(cat "/proc/$PID/wchan")"
fi
kill -TERM "$PID"
gone_within "SIGTERM in the lock wait: gone within 2 s" 20
wait "$LOCKER" 2>/dev/null
pt drafts >/dev/null 2>&1
is "kept once" "$(sql "SELECT count(*) || '|' || body FROM draft")" \
    "1|second try"

tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
