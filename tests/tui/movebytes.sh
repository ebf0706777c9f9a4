#!/bin/sh
# What a cursor move costs the terminal (issue 12: no more than tig):
# the raw bytes of one `j`, taken with tmux pipe-pane. The hidden cursor
# is not parked back where drawing ended after each refresh, and an
# empty cell is drawn plain, so a redrawn row changes attributes only
# around what it shows. Prompts still work with the cursor shown.
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
for i in 1 2 3 4 5 6; do
	pt new "story-$i" "Headline number $i" --due "+${i}h" >/dev/null
done

RAW="$T_TMP/raw"
tui_start 100 30
check "the queue shows" "story-1"
# The first screen whole (its key bar drawn) and still: none of its bytes
# may land in the stream taken for the move.
if settled "sed -n 29p" '\?:help *$'; then t_ok "the first screen is drawn"
else t_fail "the first screen is drawn" "pane:" "$PANE"; fi
: >"$RAW"
tm pipe-pane -O -t pt "cat >>'$RAW'"
tm send-keys -t pt j
# The move's bytes come, then stop: the stream is read once it holds
# some and has not grown for half a second.
raw_size() { wc -c <"$RAW" | tr -d ' '; }
raw_some() { [ "$(raw_size)" -gt 0 ]; }
raw_still() {
	_rs=$(raw_size)
	sleep 0.5
	[ "$(raw_size)" = "$_rs" ]
}
wait_until "$PT_WAIT" raw_some
wait_until "$PT_WAIT" raw_still
tm pipe-pane -t pt
n=$(wc -c <"$RAW" | tr -d ' ')
if [ "$n" -gt 0 ]; then t_ok "the move was sent"; else
	t_fail "the move was sent" "no bytes"; fi
if LC_ALL=C grep -qF "$(printf '\033[30;100H')" "$RAW"; then
	t_fail "the hidden cursor is not parked bottom-right" \
	    "$(od -c "$RAW" | head -n 20)"
else
	t_ok "the hidden cursor is not parked bottom-right"
fi
# No attribute is switched on for blanks only: an empty cell (the tag
# column, a routine story's priority) is drawn plain.
blank=$(python3 -c '
import re, sys
raw = open(sys.argv[1], "rb").read()
sgr = rb"(?:\x1b\[[0-9;]*m\x0f?)+"
m = re.search(sgr + rb" +" + rb"\x1b\[0?m", raw)
print(repr(raw[max(0, m.start() - 20):m.end() + 5]) if m else "")
' "$RAW")
is "no attributes around blanks only" "$blank" ""

tm send-keys -t pt e
check "the entry prompt" "log on story-2:"
tm send-keys -t pt -l "abc"
check "typed text shows" "log on story-2: abc"
tm send-keys -t pt Escape
gone_from_pane "log on story-2:" && t_ok "the prompt closes" ||
	t_fail "the prompt closes" "$PANE"
tm send-keys -t pt q
no_sanitizer_report
done_testing
