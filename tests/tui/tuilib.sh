# Helpers for the scripted TUI tests: run the real binary headless with a
# key script and read back the screen it dumped.

"$PRESSTIME" init >/dev/null 2>&1

# tui LINES COLS KEYS: runs the TUI with KEYS (a script; see script.c),
# then `:dump` and `:q`. The screen is in $SCREEN, db path as DB.
tui() {
	printf '%s:dump %s<Enter>:q<Enter>' "$3" "$T_TMP/screen.txt" \
	    >"$T_TMP/keys.txt"
	rm -f "$T_TMP/screen.txt"
	PRESSTIME_HEADLESS=1 LINES=$1 COLUMNS=$2 \
	    PRESSTIME_SCRIPT="$T_TMP/keys.txt" "$PRESSTIME" \
	    >"$T_TMP/tui.out" 2>"$T_TMP/tui.err"
	TUI_RC=$?
	SCREEN=$(sed "s|$PRESSTIME_DB|DB|" "$T_TMP/screen.txt" 2>/dev/null)
}

# line N: line N (1-based) of the screen, trailing blanks dropped.
line() {
	printf '%s\n' "$SCREEN" | sed -n "$1p"
}
