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

# Meta keys arrive as Esc and the key; Esc alone still cancels (above).
tui 24 100 'eone two three<Esc>b<Esc>bX <Enter>'
is "M-b goes back a word" "$(last)" "one X two three"
tui 24 100 'eone two three<C-a><Esc>f<Esc>f!<Enter>'
is "M-f goes forward a word" "$(last)" "one two! three"
tui 24 100 'eone two three<C-a><Esc>f<Esc>d<Enter>'
is "M-d kills the next word" "$(last)" "one three"
tui 24 100 'eone two three<C-a><Esc>d<C-e> <C-y><Enter>'
is "C-y yanks what M-d killed" "$(last)" " two three one"
tui 24 100 'eabc def<C-w>X<C-y><Enter>'
is "C-y yanks what C-w killed" "$(last)" "abc Xdef"
tui 24 100 'eabc def<C-a><C-k>x<C-y><Enter>'
is "C-y yanks what C-k killed" "$(last)" "xabc def"
tui 24 100 'eabc def<C-u>x <C-y><Enter>'
is "C-y yanks what C-u killed" "$(last)" "x abc def"
tui 24 100 'equebec one<Enter>equebec two<Enter>eyankee<Enter>e<C-r>quebec<Enter>'
is "C-r finds the newest match" "$(last)" "quebec two"
tui 24 100 'e<C-r>quebec<C-r><Enter>'
is "C-r again finds an older one" "$(last)" "quebec one"
tui 24 100 'e<C-r>yan<C-e> more<Enter>'
is "an editing key takes the match" "$(last)" "yankee more"
tui 24 100 'ekeep<C-r>nomatchzz<C-g><Enter>'
is "C-g leaves the search with the line as it was" "$(last)" "keep"

# History outlives the session: a private file in the state directory.
hf="$XDG_STATE_HOME/presstime/history"
tui 24 100 'epersisted line<Enter>'
tui 24 100 'e<Up> again<Enter>'
is "history comes back in the next session" "$(last)" "persisted line again"
is "history file is private" "$(stat -c %a "$hf")" 600
like "history file names the prompt" "$(cat "$hf")" "text persisted line again"
tui 24 100 'e<C-r>persisted line a<Enter>'
is "C-r searches the saved history" "$(last)" "persisted line again"
awk 'BEGIN { for (i = 0; i < 700; i++) print "text old " i }' >"$hf"
tui 24 100 'enewest<Enter>'
is "history is capped per prompt" "$(grep -c '^text ' "$hf")" 500
like "the newest is kept" "$(tail -n 3 "$hf")" "text newest"
printf '\001\377garbage\nnokind\ntext\n' >"$hf"
tui 24 100 'eafter damage<Enter>'
is "a damaged history file does not stop the TUI" "$(last)" "after damage"
rm -f "$hf"; mkdir "$hf"
tui 24 100 'eno history file<Enter>'
is "an unwritable history file does not stop the TUI" "$(last)" \
    "no history file"
rmdir "$hf"

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
