#!/bin/sh
# Stored text is drawn through the sanitizer: terminal escapes, C1
# controls and bidi overrides show as placeholders, never as bytes.
# The screen is curses' own copy, where a raw control that got past the
# sanitizer would show in caret form ("^[" for ESC, "^G" for BEL): that
# is what these look for. What reaches the terminal as bytes is checked
# in rawbytes.sh (tmux pipe-pane).
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

pt new evil "$(printf 'Evil \033[31mred\033[0m \302\233 5 \342\200\256txt.exe')" \
    >/dev/null
pt log evil "$(printf 'Entry \033]0;owned\007 and \342\200\256reversed')" \
    >/dev/null

tui 24 100 ''
like "the headline shows" "$(line 3)" "evil +Evil"
unlike "no ESC in the queue (curses would draw ^[)" "$SCREEN" '\^\['
unlike "no C1 CSI in the queue" "$SCREEN" "$(printf '\302\233')"
unlike "no RLO in the queue" "$SCREEN" "$(printf '\342\200\256')"
like "ESC shows as a control picture" "$(line 3)" "$(printf '\342\220\233')"

tui 24 100 '<Enter>'
unlike "no ESC in the story (curses would draw ^[)" "$SCREEN" '\^\['
unlike "no BEL in the story (curses would draw ^G)" "$SCREEN" '\^G'
unlike "no RLO in the story" "$SCREEN" "$(printf '\342\200\256')"
like "the entry shows with placeholders" "$SCREEN" "Entry .*owned"

# Hostile text typed into the prompt is stored as typed, drawn safely
# (while it is typed: rawbytes.sh, which can read the open prompt).
tui 24 100 "<Enter>e$(printf 'typed \302\233 and \342\200\256x')<Enter>"
is "typed controls are stored as typed" \
    "$(sql "SELECT hex(body) FROM entry ORDER BY id DESC LIMIT 1")" \
    "$(printf 'typed \302\233 and \342\200\256x' | od -An -tx1 | tr -d ' \n' | tr a-f A-F)"
like "and drawn on the timeline" "$SCREEN" "typed .* and .*x"
unlike "with no C1 CSI" "$SCREEN" "$(printf '\302\233')"
unlike "and no RLO" "$SCREEN" "$(printf '\342\200\256')"

done_testing
