#!/bin/sh
# The message bar never cuts a question: one wider than the bar (the
# lapse warning before publishing, a long status menu) opens a centred
# window that wraps its whole text, sanitized, with the answer keys; a
# terminal too short for it scrolls it; closing it gives the view back.
# Real terminals under tmux at 80x24, 200x50 and 40x10.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due +2h >/dev/null
for who in "Immigration and Customs Enforcement" \
    "Hootsuite Media Incorporated" "Carahsoft Technology Corporation" \
    "Federal Contracting Network" "$(printf 'Bad\033[2JActor')"; do
	pt rfc add hootsuite-ice "$who" --kind organization >/dev/null
done
for s in assigned reporting filed editing copydesk ready; do
	pt status hootsuite-ice "$s" >/dev/null
done

# window_text: the text inside the window's frame in $PANE, rows joined
# by one space (the window wraps at word boundaries).
window_text() {
	printf '%s\n' "$PANE" | in_window
}
# in_window: the same as a filter (check_in waits on it).
in_window() {
	python3 -c '
import sys
rows = []
for line in sys.stdin.read().split("\n"):
    a, b = line.find("\u2502"), line.rfind("\u2502")
    if a >= 0 and b > a:
        rows.append(line[a + 1:b].strip())
print(" ".join(r for r in rows if r))'
}
# publish_asks COLS ROWS: the lapse question in a window at that size.
publish_asks() {
	tui_start "$1" "$2" open hootsuite-ice
	check "$1x$2: the story opens" "story hootsuite-ice|terminal too small"
	tm send-keys -t pt :
	tm send-keys -t pt -l "status published"
	tm send-keys -t pt Enter
	check "$1x$2: a long question opens a window" "question"
}
WHOLE="Immigration and Customs Enforcement: no response; Hootsuite Media Incorporated: no response; Carahsoft Technology Corporation: no response; Federal Contracting Network: no response; Bad␛\[2JActor: no response"

for size in "80 24" "200 50"; do
	set -- $size
	publish_asks "$1" "$2"
	# The window's title shows before its text is drawn: wait for it.
	check_in "$1x$2: the window holds the whole question" in_window \
	    "publish hootsuite-ice .*$WHOLE"
	check_in "$1x$2: with the answer keys" in_window "keys: y n q \(Esc: q\)"
	unlike "$1x$2: not cut in the message bar" \
	    "$(printf '%s\n' "$PANE" | tail -n 1)" "publish hootsuite-ice"
	tm send-keys -t pt n
	if gone_from_pane "question"; then
		t_ok "$1x$2: n closes the window"
	else
		t_fail "$1x$2: n closes the window" "$PANE"
	fi
	check "$1x$2: the view is back, whole" \
	    "hootsuite-ice not published"
	check "$1x$2: the timeline shows again where the window was" \
	    "Asked Carahsoft Technology Corporation"
	is "$1x$2: n publishes nothing" \
	    "$(sql "SELECT status FROM story")" ready
	tm kill-server >/dev/null 2>&1
done

# A tiny terminal: too small for a view, the question still shows whole,
# scrolling, and the keys stay in sight.
publish_asks 40 10
check_in "40x10: the question's start" in_window "^publish hootsuite-ice"
check "40x10: it says there is more" "1-[0-9]+ of [0-9]+, Up/Down"
check_in "40x10: keys in sight" in_window "keys: y n q \(Esc: q\)"
# The window's first screen whole in one capture: its start and its keys
# (drawn last), so the rows between are drawn too.
check_in "40x10: the first screen whole" in_window \
    "^publish hootsuite-ice .* keys: y n q \(Esc: q\)"
first=$(window_text)
tm send-keys -t pt PgDn
tm send-keys -t pt PgDn
check "40x10: scrolled to its end" "Bad␛\[2JActor: no response"
# The last screen whole likewise: its end and the keys below it.
check_in "40x10: keys still in sight" in_window \
    "Bad␛\[2JActor: no response.* keys: y n q \(Esc: q\)"
# Every line was in sight: the first screen and the last overlap.
all=$(python3 -c '
import sys
a, b = sys.argv[1].split(" keys:")[0], sys.argv[2].split(" keys:")[0]
wa, wb = a.split(), b.split()
for k in range(min(len(wa), len(wb)), 0, -1):
    if wa[-k:] == wb[:k]:
        print(" ".join(wa + wb[k:])); break
else:
    print(a + " ... " + b)' "$first" "$(window_text)")
like "40x10: the whole question was shown" "$all" \
    "^publish hootsuite-ice .*$WHOLE$"
tm resize-window -t pt -x 30 -y 6 2>/dev/null
tm send-keys -t pt Up
# Redrawn at the new width: the keys' row closed by the frame within 30
# columns (tmux cuts the old, wider rows off before that).
check "a smaller terminal yet: the window is redrawn to fit" \
    "keys: y n q \(Esc: q\) +│$"
if alive "$PID"; then t_ok "a smaller terminal yet: still there"
else t_fail "a smaller terminal yet: still there"; fi
tm resize-window -t pt -x 80 -y 24 2>/dev/null
# Redrawn at 80: the keys' row as wide as the window there (the small
# screen's rows, still on the pane until then, are 30 wide).
check "grown again, the window is centred" \
    "keys: y n q \(Esc: q\) {20,}│$"
tm send-keys -t pt y
check "y publishes" "hootsuite-ice is published"
is "stored" "$(sql "SELECT status FROM story")" published
tm kill-server >/dev/null 2>&1

# A question that fits stays in the message bar: no window.
pt new a-story-with-a-rather-long-slug "Short" >/dev/null
tui_start 200 50 open a-story-with-a-rather-long-slug
check "200x50: story" "story a-story-with-a-rather-long-slug"
tm send-keys -t pt s
check "the status menu in the bar" "move a-story-with-a-rather-long-slug from pitched:"
check_in "on the last line" "tail -n 1" \
    "^move a-story-with-a-rather-long-slug from pitched: .*Esc cancels"
unlike "no window for it" "$PANE" "question"
tm send-keys -t pt Escape
tm kill-server >/dev/null 2>&1
# The same menu at 80 columns does not fit: a window, digits answer.
tui_start 80 24 open a-story-with-a-rather-long-slug
check "80x24: story" "story a-story-with"
tm send-keys -t pt s
check "80x24: the menu opens a window" "question"
# The window's title shows before its text is drawn: wait for the text.
check_in "with every choice" in_window \
    "move a-story-with-a-rather-long-slug from pitched: .*assigned.*held.*spiked.*Esc cancels"
tm send-keys -t pt 2
check "a digit picks; the move's note is asked" \
    "note on moving a-story-with-a-rather-long-slug to assigned"
tm send-keys -t pt Enter
check "moved" "a-story-with-a-rather-long-slug is assigned"
is "stored" "$(sql "SELECT status FROM story WHERE slug = 'a-story-with-a-rather-long-slug'")" \
    assigned
# A prompt whose question leaves no room to type: the question goes
# whole into the window, the typing stays on the prompt line.
tm send-keys -t pt Escape
tm send-keys -t pt r
check "the request prompt" "ask for comment on a-story-with"
tm send-keys -t pt -l "The Extraordinarily Long Named Organization of Regional Port Authorities"
tm send-keys -t pt Enter
check "a long prompt question opens the window" "question"
check_in "with the whole question" in_window \
    "^The Extraordinarily Long Named Organization of Regional Port Authorities is new: a person or an organization\? \(person organization staff\):"
check_in "typing goes on below" "tail -n 1" '^> ?$'
tm send-keys -t pt -l organization
check "typed on the prompt line" "^> organization$"
tm send-keys -t pt Enter
check "the next prompt, short, has its label back" \
    "^channel \(email phone social in person other\): email"
unlike "and no window" "$PANE" "question"
tm send-keys -t pt Enter Enter
check "asked" "asked The Extraordinarily Long Named"
is "stored as an organization" "$(sql "SELECT kind FROM person WHERE name LIKE 'The Extraordinarily%'")" organization
# The help says how questions and conflicts are answered.
tm send-keys -t pt ?
check "help" "WHAT IT DOES"
tm send-keys -t pt G
check "help: the question window" "Questions: one too long for the message bar"
check "help: the conflict keys" "Conflicts .*t take theirs, m take yours"
tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
