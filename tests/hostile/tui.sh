#!/bin/sh
# Hostile text in the TUI. The database of inject.sh (every corpus case in
# every field, through the CLI and through import) shown on a real
# terminal at 100x40:
#  - under tmux: the queue (every page), and each story's tabs 1-4, end
#    notes (P) and help (?), read back with capture-pane -p -e: once
#    tmux's own SGR is stripped no ESC may remain, no C1, no bidi control,
#    no U+FEFF, and no line wider than 100 columns;
#  - under script(1): the raw bytes the TUI writes for the same screens:
#    curses' own escapes only, so no OSC, DCS, APC, PM or SOS introducer,
#    no C1, no bidi control, and no payload right after an introducer.
. "$PT_SRCDIR/tests/lib.sh"

for tool in tmux script python3 sqlite3; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "1..0 # SKIP $tool not installed"
		exit 0
	fi
done
. "$PT_SRCDIR/tests/hostile/setup.sh"

SOCK="pthostile$$"
tm() { timeout 10 tmux -L "$SOCK" "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$T_TMP"' EXIT
CAP="$T_TMP/caps"
mkdir -p "$CAP"

bad=
for c in $CASES; do
	inject "$c" || bad="$bad $c($INJ_ERR)"
done
chk yaml "$CORPUS" "$T_TMP/hostile.yaml" y- >/dev/null
pt import "$T_TMP/hostile.yaml" >/dev/null 2>&1 || bad="$bad import"
add_draft osc0-bel
if [ -z "$bad" ]; then t_ok "the hostile newsroom is stored"; else
	t_fail "the hostile newsroom is stored" "$bad"; fi
NSTORIES=$(sql "SELECT count(*) FROM story")

# --- tmux ---------------------------------------------------------------
ENVS="env PRESSTIME_DB='$PRESSTIME_DB' HOME='$HOME' TZ=UTC \
    PRESSTIME_NOW='$PRESSTIME_NOW' LC_ALL=C.UTF-8 TERM=screen-256color \
    XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_DATA_HOME='$XDG_DATA_HOME'"
# A draft is offered at start; drop it so it does not ask every time.
sql "UPDATE draft SET login = 'someone-else'"
tm -f /dev/null new-session -d -s pt -x 100 -y 40 "sleep 600"
tm set-option -t pt remain-on-exit on >/dev/null

# wait_for TEXT: polls the pane (up to 30 s: CI's loaded two cores run
# this under ASan too) until TEXT (grep -E) shows; it ends at the match.
wait_for() {
	i=0
	while [ $i -lt 600 ]; do
		PANE=$(tm capture-pane -p -t pt 2>/dev/null)
		printf '%s\n' "$PANE" | grep -Eq -- "$1" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}
# shot NAME TEXT: once TEXT shows, the pane with -e into $CAP/NAME. TEXT
# is a title near the top, drawn before the rows below it: the pane is
# kept once two captures in a row (0.1 s apart) are alike, so the rows
# the checks read (and the payloads they look for) are drawn.
NOSHOW=
shot() {
	if wait_for "$2"; then
		_shot=$(tm capture-pane -p -e -t pt)
		_n=0
		while [ $_n -lt 300 ]; do
			sleep 0.1
			_prev=$_shot
			_shot=$(tm capture-pane -p -e -t pt)
			[ "$_shot" = "$_prev" ] && break
			_n=$((_n + 1))
		done
		printf '%s\n' "$_shot" >"$CAP/$1"
	else
		NOSHOW="$NOSHOW $1"
		printf '%s\n' "$PANE" >"$CAP/$1"
	fi
}
# settled: the keys sent so far were handled and drawn: a later key
# (: opens the command line on the last row) shows, then Esc closes it.
prompt_up() { tm capture-pane -p -t pt 2>/dev/null | tail -n 1 | grep -q '^:'; }
prompt_gone() { ! prompt_up; }
settled() {
	tm send-keys -t pt :
	wait_until 300 prompt_up || NOSHOW="$NOSHOW settled"
	tm send-keys -t pt Escape
	wait_until 300 prompt_gone
}
start() { # start ARGS: the TUI in the pane, fresh
	tm respawn-pane -k -t pt "$ENVS '$PRESSTIME' $*"
}

# The queue, page by page (every story, CLI-made and imported).
start
shot queue-1 "limit: "
pages=$(( (NSTORIES + 35) / 36 ))
p=1
while [ $p -le "$pages" ]; do
	p=$((p + 1))
	tm send-keys -t pt PageDown
	settled
	shot "queue-$p" "limit: "
done
tm send-keys -t pt G
settled
shot queue-end "limit: "

# Each CLI-made story: tabs 1-4, end notes, help.
for c in $CASES; do
	start open "h-$c"
	shot "tmux-$c-1" "story h-$c"
	tm send-keys -t pt 2
	shot "tmux-$c-2" "\[2 Requests\]"
	tm send-keys -t pt 3
	shot "tmux-$c-3" "\[3 Credits\]"
	tm send-keys -t pt 4
	shot "tmux-$c-4" "\[4 History\]"
	tm send-keys -t pt P
	shot "tmux-$c-P" "End notes at press time"
	tm send-keys -t pt x
	tm send-keys -t pt '?'
	shot "tmux-$c-help" "ACTION +QUEUE"
done
# A few imported ones too (no invalid UTF-8 there: YAML cannot carry it).
for c in osc0-bel csi-clear c1-u009b bidi-rlo combining-10k cjk-odd; do
	start open "y-$c"
	shot "tmux-y-$c-1" "story y-$c"
	tm send-keys -t pt 2
	shot "tmux-y-$c-2" "\[2 Requests\]"
	tm send-keys -t pt 3
	shot "tmux-y-$c-3" "\[3 Credits\]"
	tm send-keys -t pt P
	shot "tmux-y-$c-P" "End notes at press time"
done
tm kill-server >/dev/null 2>&1

if [ -z "$NOSHOW" ]; then t_ok "every screen showed under tmux"; else
	t_fail "every screen showed under tmux" "not seen:$NOSHOW"; fi
# tclean NAME FILES...: the tmux checks over many captures.
tclean() {
	tname=$1
	shift
	detail=$(chk tmux --cols 100 "$@")
	if [ $? = 0 ]; then t_ok "$tname"; else t_fail "$tname" "$detail"; fi
}
tclean "queue under tmux: no escapes but tmux's SGR, no C1, no bidi, <= 100 columns" \
    "$CAP"/queue-*
for t in 1 2 3 4 P help; do
	set --
	for c in $CASES; do set -- "$@" "$CAP/tmux-$c-$t"; done
	tclean "story view $t under tmux: no escapes but tmux's SGR, no C1, no bidi, <= 100 columns" "$@"
done
tclean "imported stories under tmux: the same" "$CAP"/tmux-y-*
# The sanitized payloads did reach the screen (so the checks saw them).
if grep -q 'pwned' "$CAP"/queue-1 && grep -q 'pwned-title' \
    "$CAP/tmux-osc0-bel-1"; then
	t_ok "the payloads show as text under tmux"
else
	t_fail "the payloads show as text under tmux" "$(cat "$CAP/tmux-osc0-bel-1")"
fi
if grep -q "$(printf '\342\220\233]0;pwned-title')" "$CAP/tmux-osc0-bel-1"; then
	t_ok "ESC shows as its control picture under tmux"
else
	t_fail "ESC shows as its control picture under tmux" \
	    "$(cat "$CAP/tmux-osc0-bel-1")"
fi

# --- script(1): the raw bytes the TUI writes -----------------------------
# rawrun NAME KEYS ARGS...: the TUI on a 100x40 pty driven by KEYS; every
# byte it wrote in $CAP/NAME.raw.
rawrun() {
	rname=$1
	printf '%s' "$2" >"$T_TMP/keys-$rname"
	shift 2
	: >"$CAP/$rname.args"
	for a in "$PRESSTIME" "$@"; do printf '%s\0' "$a" >>"$CAP/$rname.args"; done
	PRESSTIME_SCRIPT="$T_TMP/keys-$rname" TERM=xterm-256color SHELL=/bin/sh \
	    timeout 60 script -qefc "stty cols 100 rows 40 && exec python3 \
	    '$CHECK' exec '$CAP/$rname.args' '$CAP/$rname.rc'" \
	    "$CAP/$rname.raw" </dev/null >/dev/null 2>&1
}
rawrun queue '<PgDn><PgDn><PgDn><PgDn>G?q:q<Enter>'
set -- "$CAP/queue.raw"
for c in $CASES; do
	rawrun "raw-$c" '2 3 4 P x ? q q :q<Enter>' open "h-$c"
	set -- "$@" "$CAP/raw-$c.raw"
done
for c in $VCASES; do
	rawrun "raw-y-$c" '2 3 P x q :q<Enter>' open "y-$c"
	set -- "$@" "$CAP/raw-y-$c.raw"
done
rbadrc=
for f in "$@"; do
	[ "$(cat "${f%.raw}.rc" 2>/dev/null)" = 0 ] || rbadrc="$rbadrc $(basename "$f")"
done
rbad=$(chk raw "$@")
if [ -z "$rbadrc" ]; then t_ok "the TUI runs and quits on a pty for every story"
else t_fail "the TUI runs and quits on a pty for every story" "$rbadrc"; fi
if [ -z "$rbad" ]; then
	t_ok "raw TUI bytes: no OSC/DCS/APC/PM/SOS, no C1, no bidi, no payload after an introducer"
else
	t_fail "raw TUI bytes: no OSC/DCS/APC/PM/SOS, no C1, no bidi, no payload after an introducer" "$rbad"
fi
if grep -q 'pwned-title' "$CAP/raw-osc0-bel.raw" &&
    grep -q 'pwned-clip' "$CAP/raw-osc52-st.raw"; then
	t_ok "the payloads were drawn as text on the pty"
else
	t_fail "the payloads were drawn as text on the pty"
fi

done_testing
