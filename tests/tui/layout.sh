#!/bin/sh
# Issue 10 item 4 (layout), in a real terminal at 80x24, 100x30 and
# 200x50: narrow, the desk, editor and age columns give way (then a long
# slug its extra width) before the headline is cut below 30; wide, the
# headline stops at 70 and the rest is the budget line. Every row's
# columns line up under the heads, with wide (CJK) and combining
# characters, and no row runs past the screen.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new hootsuite-ice "Hootsuite drops \$508,832 ICE contract after an employee leak forces a review of federal deals" \
    --desk business --due +1h >/dev/null
pt set hootsuite-ice budget_line "Social media firm cancels federal deal; 800 words, art from AP; ICE promised a statement by 5" >/dev/null
pt new cjk-tokyo "東京の記者が新聞社の未来について語る長い見出しです、そして続きます" --desk world --due +2h >/dev/null
pt set cjk-tokyo budget_line "日本語の予算行、幅の広い文字で書かれています。とても長い予算行です。" >/dev/null
pt new cafe-zoning "$(printf 'Cafe\314\201 owners protest new zoning rules in the old harbour district tonight')" \
    --desk metro --due +3h >/dev/null
pt set cafe-zoning budget_line "$(printf 'Cafe\314\201 budget line with combining accents: nai\314\210ve re\314\201sume\314\201')" >/dev/null
pt assign cafe-zoning dm >/dev/null 2>&1 || pt set cafe-zoning editor dm >/dev/null

# columns.py WIDTH: reads the pane on stdin; prints "name start width"
# for each head, then checks every story row: its status word starts
# under STATUS and its display width fits the screen. Prints "bad: ..."
# for a row that does not.
cat >"$T_TMP/columns.py" <<'PY'
import sys, unicodedata
width = int(sys.argv[1])
def w(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
def cols(line):
    out, x = [], 0
    for ch in line:
        out.append(x)
        x += w(ch)
    return out, x
lines = sys.stdin.read().split("\n")
head = lines[1]
names = ["SLUG", "HEADLINE", "BUDGET LINE", "STATUS", "DESK", "EDITOR", "DUE", "RFC", "UPD"]
starts = {}
for n in names:
    i = head.find(n + " ") if n != "UPD" else head.find(n)
    if i >= 0:
        starts[n] = i
order = sorted(starts, key=starts.get)
for k, n in enumerate(order):
    end = starts[order[k + 1]] if k + 1 < len(order) else width
    print(n, starts[n], end - starts[n] - 1)
for line in lines[2:]:
    if not any(s in line for s in ("hootsuite", "cjk-tokyo", "cafe-zoning")):
        continue
    pos, total = cols(line)
    if total > width:
        print("bad: row wider than %d: %r" % (width, line))
    i = line.find(" pitched ")
    if i < 0 or pos[i + 1] != starts["STATUS"]:
        print("bad: status not under STATUS: %r" % line)
PY
heads() { printf '%s\n' "$PANE" | python3 "$T_TMP/columns.py" "$1"; }
colw() { printf '%s\n' "$HEADS" | awk -v n="$1" '$1 == n { print $NF }'; }

# 80x24: DESK, EDITOR, UPD gone; the headline keeps 30 and more.
tui_start 80 24
check "80: the queue" "cafe-zoning"
check_in "80: the key bar is painted" "sed -n 23p" '\?:help *$'
HEADS=$(heads 80)
unlike "80: every row lines up and fits" "$HEADS" "bad:"
like "80: the heads" "$(printf '%s\n' "$PANE" | sed -n 2p)" \
    "^   SLUG +HEADLINE +STATUS +DUE +RFC *$"
is "80: the headline column is 30 wide" "$(colw HEADLINE)" 30
like "80: the headline shows 30+ characters" "$PANE" \
    "hootsuite-ice +Hootsuite drops .508,832 ICE c pitched "
like "80: wide characters fill it" "$PANE" "cjk-tokyo +東京の記者が新聞社の未来につい pitched "
# The key bar: a hint that does not fit goes whole, help stays whole.
KEYBAR=$(printf '%s\n' "$PANE" | sed -n 23p)
like "80: the key bar ends with the help hint" "$KEYBAR" " \?:help *$"
like "80: every hint on it is whole" "$KEYBAR" \
    "^([^ :]+:[a-z][a-z ]*[a-z] )*\?:help *$"
tm send-keys -t pt Enter
check "80: a story opens" "1 Timeline"
check_in "80: the story's key bar is painted" "sed -n 23p" '\?:help *$'
like "80: the story's key bar ends with help" \
    "$(printf '%s\n' "$PANE" | sed -n 23p)" " \?:help *$"
tm send-keys -t pt q
check "80: back on the queue" "cafe-zoning"
tm send-keys -t pt q
gone_within "80: quits" 30

# A slug of 28 on screen: it gives back width before the headline is cut.
pt new a-very-long-slug-of-28-chars "Long slug story with its own headline" --due +5h >/dev/null
tui_start 80 24
check "80, long slug: the queue" "a-very-long-slug"
check_in "80, long slug: the key bar is painted" "sed -n 23p" '\?:help *$'
HEADS=$(heads 80)
unlike "80, long slug: rows line up and fit" "$HEADS" "bad:"
hw=$(colw HEADLINE)
if [ "$hw" -ge 30 ]; then t_ok "80, long slug: headline still $hw >= 30"
else t_fail "80, long slug: headline $hw < 30" "$HEADS"; fi
tm send-keys -t pt q
gone_within "80, long slug: quits" 30
pt status a-very-long-slug-of-28-chars spiked >/dev/null
sql "DELETE FROM story WHERE slug = 'a-very-long-slug-of-28-chars'"

# 100x30: the desk goes first, the editor stays.
tui_start 100 30
check "100: the queue" "cafe-zoning"
check_in "100: the key bar is painted" "sed -n 29p" '\?:help *$'
HEADS=$(heads 100)
unlike "100: every row lines up and fits" "$HEADS" "bad:"
like "100: the heads" "$(printf '%s\n' "$PANE" | sed -n 2p)" \
    "^   SLUG +HEADLINE +STATUS +EDITOR +DUE +RFC +UPD *$"
is "100: headline 35" "$(colw HEADLINE)" 35
like "100: the editor shows" "$PANE" "cafe-zoning .* pitched +dm "
tm send-keys -t pt q
gone_within "100: quits" 30

# 200x50: every column, the headline stops at 70, the budget line has
# the rest.
tui_start 200 50
check "200: the queue" "cafe-zoning"
check_in "200: the key bar is painted" "sed -n 49p" '\?:help *$'
HEADS=$(heads 200)
unlike "200: every row lines up and fits" "$HEADS" "bad:"
like "200: the heads" "$(printf '%s\n' "$PANE" | sed -n 2p)" \
    "^   SLUG +HEADLINE +BUDGET LINE +STATUS +DESK +EDITOR +DUE +RFC +UPD *$"
is "200: the headline stops at 70" "$(colw HEADLINE)" 70
is "200: the budget line has the rest" "$(colw "BUDGET")" 54
like "200: the budget line shows" "$PANE" \
    "leak forces a  Social media firm cancels federal deal; 800 words, art pitched "
like "200: wide characters in the budget line" "$PANE" "日本語の予算行、幅の広い文字"
like "200: combining characters" "$PANE" "$(printf 'nai\314\210ve')"
like "200: the key bar has every hint" "$(printf '%s\n' "$PANE" | sed -n 49p)" \
    "^q:quit .* v:view .* c:new \?:help *$"
tm send-keys -t pt q
gone_within "200: quits" 30

no_sanitizer_report
done_testing
