#!/bin/sh
# The queue's window: a queue longer than any window is read by keyset
# seeks around the cursor, so G, g, paging, search hits far away and a
# reload after another editor's commit land on the right story, and the
# count in the title is capped and says so.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

# 1,500 stories with no deadline: the default order is then the slug's.
python3 -c "
print('presstime: 1\nstories:')
for i in range(1500):
    print('  - {slug: w-%04d, headline: \"Story %d\", desk: %s}'
          % (i, i, 'small' if i % 100 == 0 else 'big'))
" > "$T_TMP/many.yaml"
pt import "$T_TMP/many.yaml" >/dev/null

tui 24 100 ''
like "the count stops at a cap and says so" "$(line 1)" "| 1,000+ stories$"
like "the top of the queue" "$(line 3)" "w-0000 "
tui 24 100 'ldesk:small<Enter>'
like "a limit's count is exact" "$(line 1)" "| 15 stories$"

tui 24 100 'G<Enter>'
like "G opens the last story" "$(line 1)" "story w-1499$"
tui 24 100 'G<Up><Up><Enter>'
like "up from the bottom" "$(line 1)" "story w-1497$"
tui 24 100 'G<PgUp><PgUp><PgUp><PgUp><PgUp><PgUp><PgUp><PgUp><PgUp><PgUp><Enter>'
like "ten pages up from the bottom" "$(line 1)" "story w-1299$"
tui 24 100 'Gg<Enter>'
like "g goes back to the top" "$(line 1)" "story w-0000$"
keys=$(python3 -c "print('j' * 300, end='')")
tui 24 100 "$keys<Enter>"
like "300 rows down, across seeks" "$(line 1)" "story w-0300$"
keys=$(python3 -c "print('<PgDn>' * 80, end='')")
tui 24 100 "$keys<Enter>"
like "paging down stops at the last story" "$(line 1)" "story w-1499$"
tui 24 100 'G'
like "G shows the last rows" "$(line 22)" "w-1499 "
like "the screen above them is full" "$(line 3)" "w-1480 "

# A search hit far down the queue, found by one seek.
pt log w-1234 "The needle in the archive" >/dev/null
tui 24 100 '/needle<Enter><Enter>'
like "/ finds a story far down" "$(line 1)" "story w-1234$"

# Another editor commits while the cursor is far down: a story appears
# above it and the story under it changes. The cursor stays on it. The
# writes go in once the TUI sleeps in its pause (seen in /proc: its keys
# are all read by then), with the TUI held still (SIGSTOP) until they
# are all in: however long they take on a loaded machine, it polls them
# before its next key (a poll is due after any pause that long).
printf 'G%s<Sleep 3>:dump %s<Enter>:q<Enter>' \
    "$(python3 -c "print('k' * 99, end='')")" "$T_TMP/reload.txt" \
    >"$T_TMP/keys.txt"
PRESSTIME_HEADLESS=1 LINES=24 COLUMNS=100 \
    PRESSTIME_SCRIPT="$T_TMP/keys.txt" "$PRESSTIME" \
    >"$T_TMP/tui.out" 2>"$T_TMP/tui.err" &
tuipid=$!
busy_waiting "$tuipid"
freeze "$tuipid"
pt new a-first "A story at the top" >/dev/null
pt set w-1400 headline "Story 1400, rewritten" >/dev/null
kill -CONT "$tuipid"
wait $tuipid
is "the TUI ran to the end" "$?" 0
SCREEN=$(cat "$T_TMP/reload.txt" 2>/dev/null)
like "the changed story is shown changed" "$SCREEN" \
    "w-1400 +Story 1400, rewritten"
like "the screen stays where it was" "$(printf '%s\n' "$SCREEN" |
    sed -n 22p)" "w-1419 +Story 1419"
printf 'G%s<Sleep 3><Enter>:dump %s<Enter>:q<Enter>' \
    "$(python3 -c "print('k' * 99, end='')")" "$T_TMP/reload.txt" \
    >"$T_TMP/keys.txt"
PRESSTIME_HEADLESS=1 LINES=24 COLUMNS=100 \
    PRESSTIME_SCRIPT="$T_TMP/keys.txt" "$PRESSTIME" \
    >"$T_TMP/tui.out" 2>"$T_TMP/tui.err" &
tuipid=$!
busy_waiting "$tuipid"
freeze "$tuipid"
pt new a-second "Another story at the top" >/dev/null
kill -CONT "$tuipid"
wait $tuipid
like "Enter after the reload opens the story that was under the cursor" \
    "$(sed -n 1p "$T_TMP/reload.txt")" "story w-1400$"

done_testing
