#!/bin/sh
# A session without a UTF-8 locale (SSH without LANG; LC_CTYPE=UTF-8 from
# a Mac that the host lacks) still stores exactly what was typed: the TUI
# switches to a UTF-8 locale as Python's PEP 538 does and says so once;
# with no UTF-8 locale at all it shows ASCII stand-ins and still keeps
# every byte typed.
. "$PT_SRCDIR/tests/lib.sh"

. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new hootsuite-ice "Café in Zürich" --due +2h >/dev/null
TYPED='abc “quotes” ünï end'
WANT=$(printf '%s' "$TYPED" | od -An -tx1 -v | tr -d ' \n' | tr a-f A-F)

# start_env ENV...: the TUI alone in a fresh session, the locale variables
# unset, then ENV (extra NAME=VALUE settings) applied.
start_env() {
	i=0
	while tm has-session -t pt 2>/dev/null && [ $i -lt "$PT_WAIT" ]; do
		sleep 0.1; i=$((i + 1))
	done
	tm_new -d -s pt -x 120 -y 30 \
	    "exec env -u LANG -u LC_ALL -u LC_CTYPE -u LANGUAGE \
	    PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
	    PRESSTIME_NOW='$PRESSTIME_NOW' TERM=screen-256color \
	    XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
	    $* '$PRESSTIME' 2>>'$T_TMP/tui.stderr'"
}
# log_typed NAME SHOWN: e on the story, the text typed, Enter; the newest
# entry must hold the typed bytes exactly and show as SHOWN (grep -E).
log_typed() {
	tm send-keys -t pt Enter
	check "$1: the story opens" "story hootsuite-ice"
	tm send-keys -t pt e
	check "$1: the entry prompt opens" "log on hootsuite-ice:"
	tm send-keys -t pt -l "$TYPED"
	tm send-keys -t pt Enter
	check "$1: Enter logs it" "logged on hootsuite-ice"
	is "$1: stored byte for byte" \
	    "$(sql "SELECT hex(body) FROM entry ORDER BY id DESC LIMIT 1")" "$WANT"
	is "$1: presstime show --format json has it" \
	    "$(pt show hootsuite-ice --format json | python3 -c \
	    'import json,sys; print(json.load(sys.stdin)["stories"][0]["timeline"][-1]["body"])' 2>&1)" \
	    "$TYPED"
	check "$1: the entry shows, to its end" "$2"
	tm kill-server >/dev/null 2>&1
	is "$1: no draft left behind" "$(sql "SELECT count(*) FROM draft")" 0
}

# 1. No locale variables at all: the C locale, coerced to a UTF-8 one.
start_env
check "no LANG: says it switched, once" "no UTF-8 locale \(LC_CTYPE was C\); using C\.UTF-8"
check "no LANG: the headline shows whole" "Café in Zürich"
log_typed "no LANG" "abc “quotes” ünï end"

# 2. LC_CTYPE names a locale the host lacks (macOS sends "UTF-8").
start_env LC_CTYPE=UTF-8
check "LC_CTYPE=UTF-8: says it switched" "using C\.UTF-8"
log_typed "LC_CTYPE=UTF-8" "abc “quotes” ünï end"

# 3. No UTF-8 locale on the host at all (glibc 2.35 and later always has
# C.UTF-8, so PRESSTIME_ASCII=1 stands in for such a host): ASCII
# stand-ins on screen, every byte kept.
start_env PRESSTIME_ASCII=1
check "no UTF-8 locale: says so" "showing ASCII, \\? for other characters; what you type is kept exactly"
check "no UTF-8 locale: visible stand-ins" "Caf\? in Z\?rich"
log_typed "no UTF-8 locale" "abc \?quotes\? \?n\? end"

no_sanitizer_report
done_testing
