#!/bin/sh
# Hostile stored text never reaches the terminal as bytes, checked where
# it would: the raw stream the TUI writes, taken with tmux pipe-pane
# from before its first byte. (A screen read back cannot show it:
# curses draws a raw ESC as "^[", and capture-pane drops escapes.)
# The queue, the story, an entry in full (Enter) and a prompt holding
# pasted controls are drawn; the payloads' own sequences, C1 controls,
# bidi overrides and BEL must be absent, their control pictures present.
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new evil "$(printf 'Evil \033[31mred\033[0m \302\233 5 \342\200\256txt.exe')" \
    --due +2h >/dev/null
pt log evil "$(printf 'Entry \033]0;owned\007 and \342\200\256reversed')" \
    >/dev/null

RAW="$T_TMP/raw"
: >"$RAW"
# The TUI waits for the pipe: curses sends only what changed, so a
# first screen drawn before the pipe is attached would never be seen.
tm_new -d -s pt -x 100 -y 30 \
    "i=0; while [ ! -e '$T_TMP/go' ] && [ \$i -lt 1200 ]; do sleep 0.05; \
    i=\$((i + 1)); done; exec env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' \
    TZ=UTC PRESSTIME_NOW='$PRESSTIME_NOW' LC_ALL=C.UTF-8 \
    TERM=screen-256color XDG_CONFIG_HOME='$XDG_CONFIG_HOME' \
    XDG_STATE_HOME='$XDG_STATE_HOME' '$PRESSTIME' 2>>'$T_TMP/tui.stderr'"
tm pipe-pane -O -t pt "cat >>'$RAW'"
touch "$T_TMP/go"

check "the queue shows the hostile headline" "evil +Evil"
tm send-keys -t pt Enter
check "the story opens" "story evil"
check "the entry shows" "Entry .*owned"
tm send-keys -t pt Enter
check "the entry opens in full" "^Entry 1 "
tm send-keys -t pt q
check "back to the timeline" "\[1 Timeline\]"
tm send-keys -t pt e
check "the entry prompt" "log on evil:"
tm send-keys -t pt -l "$(printf 'pasted \302\233 and \342\200\256 here')"
check "the pasted text shows" "pasted .* here"
tm send-keys -t pt Escape
check "the prompt is gone" "\[1 Timeline\]"
tm send-keys -t pt q
check "back on the queue" "limit: "
tm send-keys -t pt q
i=0
while tm has-session -t pt 2>/dev/null && [ $i -lt "$PT_WAIT" ]; do
	sleep 0.1; i=$((i + 1))
done

# has BYTES: the raw stream holds BYTES (printf format), as bytes.
has() { LC_ALL=C grep -qF -- "$(printf "$1")" "$RAW"; }
# absent NAME BYTES: a TAP line that the raw stream lacks BYTES.
absent() {
	if has "$2"; then
		t_fail "$1" "raw stream (od -c, around it):" \
		    "$(LC_ALL=C grep -aoF -- "$(printf "$2")" "$RAW" | head -n 3 |
		    od -c | head -n 6)"
	else
		t_ok "$1"
	fi
}
if [ -s "$RAW" ] && has 'story evil'; then
	t_ok "pipe-pane caught the TUI's bytes"
else
	t_fail "pipe-pane caught the TUI's bytes" "$(wc -c <"$RAW") bytes"
fi
absent "no SGR from the headline reaches the terminal" '\033[31mred'
absent "no OSC title escape from the entry" '\033]0;owned'
absent "no BEL from the entry" 'owned\007'
absent "no C1 CSI, stored or pasted" '\302\233'
absent "no RLO, stored or pasted" '\342\200\256'
if has '\342\220\233[31mred' && has '\342\220\233]0;owned'; then
	t_ok "ESC is drawn as its control picture"
else
	t_fail "ESC is drawn as its control picture"
fi

no_sanitizer_report
done_testing
