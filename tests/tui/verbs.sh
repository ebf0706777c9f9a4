#!/bin/sh
# The `:` line runs every CLI verb that changes a story, with the
# shell's syntax (quotes, backslashes, --options), on the current story
# when SLUG is left out; the requests tab numbers each story's requests
# under column headers. Real terminals (tmux) at 80x24 and 200x50, and
# the headless TUI for the table of verbs.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due +2h >/dev/null
pt new fcn-layoffs "FCN cuts 40 jobs" --due +3h >/dev/null
NOW=$(date -u -d "$PRESSTIME_NOW" +%s)

# Every verb of the CLI either changes a story, and then `:` runs it
# (its --help comes back in the message bar), or only reads and is on
# this list. A new verb fails here until it is one or the other.
READS="help open demo init ls show endnotes history search budget export drafts check backup theme config tz watch"
for v in $(pt __complete ""); do
	case " $READS " in
	*" $v "*)
		# The TUI's own commands and actions of the same name:
		# `:open SLUG`, `:export md FILE`, `:theme NAME`, and the
		# help, end notes, history and search keys.
		case $v in
		help|open|export|theme|endnotes|history|search) continue ;;
		esac
		tui 24 200 ":$v --help<Enter>"
		like ":$v only reads: : says so" "$(line 24)" "\"$v\" only reads"
		continue ;;
	esac
	# The help is long: it opens a window, Esc closes it, the bar
	# keeps its start.
	tui 24 200 ":$v --help<Enter><Esc>"
	like ":$v runs the CLI verb (its usage comes back)" "$(line 24)" \
	    "^usage: :$v "
done

# 80x24: the queue's cursor is the current story.
tui_start 80 24
check "80x24: the queue shows" "hootsuite-ice"
tm send-keys -t pt :
tm send-keys -t pt -l 'log --kind statement --source "CEO" --at -2h We will not renew the contract'
tm send-keys -t pt Enter
check "80x24: :log says what the CLI says" "logged entry [0-9]+ on hootsuite-ice"
is "the entry has the kind, source and time typed" \
    "$(sql "SELECT kind || '|' || source || '|' || occurred_at || '|' || body FROM entry ORDER BY id DESC LIMIT 1")" \
    "statement|CEO|$((NOW - 7200))|We will not renew the contract"
# Quotes and backslashes as in a shell; SLUG named for another story.
tm send-keys -t pt :
tm send-keys -t pt -l "log fcn-layoffs --source 'Union rep' It\\'s \"final\""
tm send-keys -t pt Enter
check "80x24: :log SLUG on another story" "logged entry [0-9]+ on fcn-layoffs"
is "single quotes, backslash and double quotes" \
    "$(sql "SELECT source || '|' || body FROM entry ORDER BY id DESC LIMIT 1")" \
    "Union rep|It's final"
tm send-keys -t pt :
tm send-keys -t pt -l 'status assigned --note "Dana takes it"'
tm send-keys -t pt Enter
check "80x24: :status on the current story" "hootsuite-ice is now assigned"
is ":status --note is stored with the move" \
    "$(sql "SELECT new_value || '|' || note FROM change WHERE field = 'status' ORDER BY id DESC LIMIT 1")" \
    "assigned|Dana takes it"
tm send-keys -t pt :
tm send-keys -t pt -l 'credit "Dylan Martin" --role photo'
tm send-keys -t pt Enter
check "80x24: :credit" "credited Dylan Martin as photo on hootsuite-ice"
tm send-keys -t pt :
tm send-keys -t pt -l 'undo'
tm send-keys -t pt Enter
check "80x24: :undo alone is the u key" "took back your credit of Dylan Martin as photo on hootsuite-ice"
tm send-keys -t pt :
tm send-keys -t pt -l 'undo fcn-layoffs'
tm send-keys -t pt Enter
check "80x24: :undo SLUG is the verb" "retracted your entry [0-9]+ on fcn-layoffs"
tm send-keys -t pt :
tm send-keys -t pt -l 'log --kind statment x'
tm send-keys -t pt Enter
check "80x24: a bad value is named" "statment"
# A message too long for the bar opens a window: any key closes it.
check "80x24: too long for the bar: a window" "key closes this"
flat_bar() { tr -d '\n' | tr -s ' |'; }
check_in "80x24: the window shows the whole message" flat_bar "correction"
tm send-keys -t pt Escape
if gone_from_pane "key closes this"; then t_ok "80x24: a key closes it"; else
	t_fail "80x24: a key closes it" "$PANE"; fi
tm send-keys -t pt :
tm send-keys -t pt -l 'log --source "CEO x'
tm send-keys -t pt Enter
check "80x24: an unclosed quote names the word" 'unclosed " in ""CEO"'
tm send-keys -t pt :
tm send-keys -t pt -l 'set --colour red'
tm send-keys -t pt Enter
check "80x24: an unknown option is named" 'unknown option "--colour" for set'
tm send-keys -t pt :
tm send-keys -t pt -l 'log --ki'
tm send-keys -t pt Tab
tm send-keys -t pt -l 'sta'
tm send-keys -t pt Tab
check "80x24: Tab offers the option's values" "statement status"
tm send-keys -t pt -l 'em'
tm send-keys -t pt Tab
check "80x24: Tab completes options and their values" ":log --kind statement"
tm send-keys -t pt C-u Escape
tm send-keys -t pt Enter
check "80x24: the story opens" "story hootsuite-ice"
tm send-keys -t pt :
tm send-keys -t pt -l 'rfc add ICE --kind organization --due "cob thu"'
tm send-keys -t pt Enter
check "80x24: :rfc add in the story view" "request 1: asked ICE for comment on hootsuite-ice"
tm send-keys -t pt :
tm send-keys -t pt -l 'rfc add "Sam Anderson" --kind source --channel phone'
tm send-keys -t pt Enter
check "80x24: a second request" "request 2: asked Sam Anderson"
tm send-keys -t pt :
tm send-keys -t pt -l 'rfc decline 2 "No comment"'
tm send-keys -t pt Enter
check "80x24: :rfc decline by the story's number" "request 2 on hootsuite-ice: decline"
is "the second request is declined" \
    "$(sql "SELECT p.name || '|' || r.state FROM rfc r JOIN person p ON p.id = r.person_id ORDER BY r.id")" \
    "ICE|open
Sam Anderson|declined"
tm send-keys -t pt 2
check "80x24: requests tab headers" "^No Target +Via +Asked +Due +State +Answer"
# The headers show before the rows are drawn: each row is waited for.
check "80x24: numbered rows" " 1 ICE  .* open"
check "80x24: the declined one is 2" " 2 Sam Anderson .* declined"
unlike "80x24: no Kind column at 80" "$PANE" "Kind"
tm send-keys -t pt :
tm send-keys -t pt -l 'new folo-ice "Follow-up on ICE" --desk business'
tm send-keys -t pt Enter
check "80x24: :new" "created folo-ice"
is "the new story is stored" "$(sql "SELECT headline || '|' || desk FROM story WHERE slug = 'folo-ice'")" \
    "Follow-up on ICE|business"
tm kill-server >/dev/null 2>&1

# 200x50: the same line, and the wide requests tab.
tui_start 200 50
check "200x50: the queue shows" "hootsuite-ice"
tm send-keys -t pt :
tm send-keys -t pt -l 'log fcn-layoffs --kind statement --source "CEO" --at -2h Talks are over'
tm send-keys -t pt Enter
check "200x50: :log" "logged entry [0-9]+ on fcn-layoffs"
is "200x50: kind, source and time stored" \
    "$(sql "SELECT kind || '|' || source || '|' || occurred_at FROM entry ORDER BY id DESC LIMIT 1")" \
    "statement|CEO|$((NOW - 7200))"
tm send-keys -t pt :
tm send-keys -t pt -l 'set fcn-layoffs dek "Forty jobs go at the plant"'
tm send-keys -t pt Enter
check "200x50: :set SLUG FIELD VALUE" "set dek of fcn-layoffs"
is "the dek is stored" "$(sql "SELECT dek FROM story WHERE slug = 'fcn-layoffs'")" \
    "Forty jobs go at the plant"
tm send-keys -t pt :
tm send-keys -t pt -l 'open hootsuite-ice'
tm send-keys -t pt Enter
check "200x50: the story opens" "story hootsuite-ice"
tm send-keys -t pt 2
check "200x50: requests tab headers with Kind" "^No Target +Kind +Via +Asked +Due +State +Answer"
check "200x50: the kind shows" " 1 ICE +organization +email"
tm kill-server >/dev/null 2>&1

# A `:` write the disk refuses keeps the typed line: the next `:` offers
# it again, and once there is room Enter writes it.
MNT="$T_TMP/small"
if mkdir -p "$MNT" && mount -t tmpfs -o size=2m tmpfs "$MNT" 2>/dev/null
then
	trap 'tm kill-server >/dev/null 2>&1; umount -l "$MNT" 2>/dev/null; rm -rf "$T_TMP"' EXIT
	export PRESSTIME_DB="$MNT/newsroom.db"
	pt init >/dev/null 2>&1
	pt new hootsuite-ice "ICE contract with Hootsuite" --due +2h >/dev/null
	tui_start 80 24
	check "full disk: the queue shows" "hootsuite-ice"
	sql "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	dd if=/dev/zero of="$MNT/fill" bs=4096 >/dev/null 2>&1
	tm send-keys -t pt :
	tm send-keys -t pt -l 'log --source "ICE" Statement due by cob'
	tm send-keys -t pt Enter
	check "full disk: :log says the line is kept" "your text is kept as a draft"
	is "full disk: nothing logged" "$(sql "SELECT count(*) FROM entry")" 0
	tm send-keys -t pt Escape
	rm -f "$MNT/fill"
	tm send-keys -t pt :
	check "room again: : offers the kept line" \
	    ':log --source "ICE" Statement due by cob'
	tm send-keys -t pt Enter
	check "room again: it is logged" "logged entry [0-9]+ on hootsuite-ice"
	is "room again: the entry is stored" \
	    "$(sql "SELECT source || '|' || body FROM entry")" \
	    "ICE|Statement due by cob"
	tm kill-server >/dev/null 2>&1
else
	t_skip "full disk" "cannot mount a small tmpfs (not root?)"
fi
no_sanitizer_report
done_testing
