#!/bin/sh
# Stored text is drawn through the sanitizer: terminal escapes, C1
# controls and bidi overrides show as placeholders, never as bytes.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

esc=$(printf '\033')
pt new evil "$(printf 'Evil \033[31mred\033[0m \302\233 5 \342\200\256txt.exe')" \
    >/dev/null
pt log evil "$(printf 'Entry \033]0;owned\007 and \342\200\256reversed')" \
    >/dev/null

tui 24 100 ''
like "the headline shows" "$(line 3)" "evil +Evil"
unlike "no ESC in the queue" "$SCREEN" "$esc"
unlike "no C1 CSI in the queue" "$SCREEN" "$(printf '\302\233')"
unlike "no RLO in the queue" "$SCREEN" "$(printf '\342\200\256')"
like "ESC shows as a control picture" "$(line 3)" "$(printf '\342\220\233')"

tui 24 100 '<Enter>'
unlike "no ESC in the story" "$SCREEN" "$esc"
unlike "no BEL in the story" "$SCREEN" "$(printf '\007')"
unlike "no RLO in the story" "$SCREEN" "$(printf '\342\200\256')"
like "the entry shows with placeholders" "$SCREEN" "Entry .*owned"

# Hostile text typed into the prompt is stored as typed, drawn safely.
tui 24 100 '<Enter>eplain <C-a>'
unlike "no raw control in a prompt" "$SCREEN" "$esc"

done_testing
