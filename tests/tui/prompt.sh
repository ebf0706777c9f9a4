#!/bin/sh
# The prompt line: readline keys, history, UTF-8, Esc, drafts.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

pt new hootsuite-ice "ICE contract with Hootsuite" >/dev/null
last() { sql "SELECT body FROM entry ORDER BY id DESC LIMIT 1"; }

tui 24 100 'eworld<C-a>hello <Enter>'
is "C-a goes to the start" "$(last)" "hello world"
tui 24 100 'ehello big world<C-w>there<Enter>'
is "C-w deletes a word" "$(last)" "hello big there"
tui 24 100 'ejunk<C-u>clean<Enter>'
is "C-u deletes to the start" "$(last)" "clean"
tui 24 100 'eabc def<C-a><C-f><C-f><C-f><C-k><Enter>'
is "C-f and C-k" "$(last)" "abc"
tui 24 100 'eabcd<C-b><C-b><BS>X<Enter>'
is "C-b and Backspace" "$(last)" "aXcd"
tui 24 100 'eabcd<Left><Left><Right><C-e>!<Enter>'
is "arrows and C-e" "$(last)" "abcd!"
tui 24 100 'eaé日<C-b><C-b>Z<Enter>'
is "C-b steps over whole UTF-8 characters" "$(last)" "aZé日"
tui 24 100 'eé日<BS><BS>ok<Enter>'
is "Backspace deletes whole characters" "$(last)" "ok"
n=$(sql "SELECT count(*) FROM entry")
tui 24 100 'ethrown away<Esc>'
is "Esc cancels" "$(sql "SELECT count(*) FROM entry")" "$n"
tui 24 100 'efirst one<Enter>e<Up> again<Enter>'
is "Up recalls the prompt's history" "$(last)" "first one again"
tui 24 100 'esecond<Enter>ethird<Enter>e<Up><Up><Down><Enter>'
is "Down walks history forward" "$(last)" "third"
tui 24 100 ':sta<Tab>ready<Enter>'
like "Tab completes commands" "$(line 24)" "cannot move hootsuite-ice from pitched to ready"
tui 24 100 ':status as<Tab><Enter>'
is "Tab completes states" "$(sql "SELECT status FROM story")" assigned
tui 24 100 ':nosuch<Enter>'
like "unknown command" "$(line 24)" 'unknown command "nosuch"'
tui 24 100 ':down<Enter><Enter>'
like "actions by name" "$(line 1)" "story hootsuite-ice"

# The terminal goes away mid-entry: the text becomes a draft, offered
# back at the next start.
printf '<Enter>eunfinished thought' >"$T_TMP/k1"
PRESSTIME_HEADLESS=1 LINES=24 COLUMNS=100 PRESSTIME_SCRIPT="$T_TMP/k1" \
    "$PRESSTIME" >/dev/null 2>&1
is "the open prompt is saved as a draft" \
    "$(sql "SELECT context || ':' || slug || ':' || body FROM draft")" \
    "entry:hootsuite-ice:unfinished thought"
printf 'y, finished<Enter>:dump %s<Enter>:q<Enter>' "$T_TMP/screen.txt" \
    >"$T_TMP/k2"
PRESSTIME_HEADLESS=1 LINES=24 COLUMNS=100 PRESSTIME_SCRIPT="$T_TMP/k2" \
    "$PRESSTIME" >/dev/null 2>&1
is "restored draft is logged" "$(last)" "unfinished thought, finished"
is "the draft is gone" "$(sql "SELECT count(*) FROM draft")" 0
# The question itself, seen before answering.
printf '<Enter>edraft two' >"$T_TMP/k1"
PRESSTIME_HEADLESS=1 LINES=24 COLUMNS=100 PRESSTIME_SCRIPT="$T_TMP/k1" \
    "$PRESSTIME" >/dev/null 2>&1
tui 24 100 'n'
is "n keeps the draft" "$(sql "SELECT count(*) FROM draft")" 1
like "presstime drafts lists it" "$(pt drafts)" "draft two"
tui 24 100 'd'
is "d discards the draft" "$(sql "SELECT count(*) FROM draft")" 0

done_testing
