#!/bin/sh
# Full reach from the keyboard, in a real terminal at 80x24 and 200x50:
# C credits a contributor with a role (and x in Credits takes it back),
# the e prompt's kind, source and time fields, a note on a status move,
# the new-story form, the embargo, and an assign prompt that completes
# staff logins only and warns on a login nobody knows. Each checks what
# the user sees and what is stored.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"

cat >"$T_TMP/desk.yaml" <<'YAML'
presstime: 1
stories:
  - slug: hootsuite-ice
    headline: "ICE contract with Hootsuite"
    credits:
      - { name: "Tom Keiser", login: tkeiser, kind: staff, role: editor }
      - { name: "Dylan Martin", login: dmartin, kind: staff, role: editor }
    requests:
      - { target: "Tara Source", kind: source }
YAML

keys() { tm send-keys -t pt "$@"; }
type_in() { tm send-keys -t pt -l -- "$1"; }
val() { sql "$1"; }
# pick STATE: the key the status menu on the pane shows for STATE,
# waited for (a menu in a window draws its choices after its title).
pick() {
	wait_for "[^0-9a-z][0-9a-z] $1" || true
	keys "$(printf '%s\n' "$PANE" | sed -n "s/.*[^0-9a-z]\([0-9a-z]\) $1.*/\1/p" |
	    head -n 1)"
}

# Each size gets a newsroom of its own.
size() {
	W=$1 H=$2
	export PRESSTIME_DB="$T_TMP/n-$W.db"
	pt init >/dev/null 2>&1
	pt import "$T_TMP/desk.yaml" >/dev/null
	tui_start "$W" "$H" open hootsuite-ice
	check "$W: the story opens" "story hootsuite-ice"

	# C: a name completed from the newsroom's people, then a role.
	keys C
	check "$W: C asks whom to credit" "credit on hootsuite-ice"
	type_in "Dylan M"
	keys Tab
	check "$W: Tab completes a person's whole name" \
	    "credit on hootsuite-ice.*: Dylan Martin"
	keys Enter
	check "$W: the roles are offered" \
	    "Dylan Martin as: 1 contributor 2 byline 3 editor 4 photo"
	keys 1
	check "$W: credited" "credited Dylan Martin as contributor"
	check "$W: the header names the contributor" "With Dylan Martin"
	keys C; type_in "Sam Anderson"; keys Enter
	check "$W: roles again" "Sam Anderson as: 1 contributor"
	keys Enter
	check "$W: Enter takes contributor" "credited Sam Anderson as contributor"
	keys C; type_in "Kim Lee"; keys Enter; keys 1
	check "$W: a third" "credited Kim Lee as contributor"
	keys C; type_in "tkeiser"; keys Enter; keys 2
	check "$W: a login credits its person" "credited tkeiser as byline"
	check "$W: the byline in the header" \
	    "By Tom Keiser; with Dylan Martin, Sam Anderson, Kim Lee"
	is "$W: stored, with roles" "$(val "SELECT group_concat(x, ',') FROM \
	    (SELECT p.name || '/' || c.role AS x FROM credit c JOIN person p \
	    ON p.id = c.person_id WHERE c.role IN ('contributor', 'byline') \
	    ORDER BY c.role, c.ord)")" \
	    "Tom Keiser/byline,Dylan Martin/contributor,Sam Anderson/contributor,Kim Lee/contributor"
	keys P
	check "$W: end notes, AP style" \
	    "Dylan Martin, Sam Anderson and Kim Lee contributed to this story\."
	keys q
	# A second credit in the same role is refused; the name is kept.
	keys C; type_in "Kim Lee"; keys Enter; keys 1
	check "$W: a repeat is refused and the text kept" \
	    "your text is kept as draft [0-9]+"
	check "$W: the refusal names it" "Kim Lee is already"
	is "$W: the draft holds the name" "$(val "SELECT body FROM draft \
	    WHERE context = 'credit'")" "Kim Lee"
	# x in Credits takes the credit under the cursor back.
	keys 3
	check "$W: the Credits tab" "contributor +Sam Anderson"
	keys /; type_in "Sam"; keys Enter
	keys x
	check "$W: x asks first" \
	    "take back the credit of Sam Anderson as contributor on hootsuite-ice\? \(y/n\)"
	keys y
	check "$W: taken back" "took back the credit of Sam Anderson"
	gone_from_pane "contributor +Sam Anderson" &&
	    t_ok "$W: gone from the tab" || t_fail "$W: gone from the tab" "$PANE"
	is "$W: and from the store" "$(val "SELECT count(*) FROM credit c JOIN \
	    person p ON p.id = c.person_id WHERE p.name = 'Sam Anderson'")" 0
	like "$W: the end notes follow" "$(pt endnotes hootsuite-ice)" \
	    "^Dylan Martin and Kim Lee contributed to this story\.$"
	keys 1

	# e: Enter alone still logs an event now.
	keys e
	check "$W: e asks for the entry" "log on hootsuite-ice:"
	check "$W: the hint says what Tab does" "Tab: kind, source, time"
	type_in "Plain fast entry"; keys Enter
	check "$W: logged" "logged on hootsuite-ice"
	is "$W: an event, now" "$(val "SELECT kind || '|' || ifnull(source, '') \
	    || '|' || datetime(occurred_at, 'unixepoch') FROM entry ORDER BY id \
	    DESC LIMIT 1")" "event||2026-11-26 14:00:00"
	# Tab walks kind, source and time; a bad time keeps everything.
	keys e; type_in "We have no comment at this time"
	keys Tab
	check "$W: Tab: the kind" "kind \(event statement document note"
	type_in "st"; keys Tab
	check "$W: Tab: the source" "source \(who said or sent it"
	type_in "ICE spokesperson"; keys Tab
	check "$W: Tab: the time" "happened at \(-2h, 14:05"
	type_in "tomorow 9"; keys Enter
	check "$W: a bad time is named" 'cannot read time "tomorow 9"'
	check "$W: and kept in its field" "happened at .*: tomorow 9"
	keys C-u; type_in "-2h"
	keys BTab
	check "$W: S-Tab goes back, the source kept" \
	    "source \(who .*: ICE spokesperson"
	keys BTab; keys BTab
	check "$W: the text kept, the fields summed up" \
	    "log \[statement from ICE spokesperson, at -2h\]: We have no comment"
	keys Enter
	check "$W: logged with its fields" \
	    "logged a statement on hootsuite-ice from ICE spokesperson, dated Thu 12:00"
	is "$W: stored backdated" "$(val "SELECT kind || '|' || source || '|' \
	    || datetime(occurred_at, 'unixepoch') || '|' || body FROM entry \
	    ORDER BY id DESC LIMIT 1")" \
	    "statement|ICE spokesperson|2026-11-26 12:00:00|We have no comment at this time"
	keys e; type_in "Filed a FOIA"; keys Tab; type_in "memo"; keys Enter
	check "$W: an unknown kind is named" 'unknown entry kind "memo"'
	keys C-u; type_in "doc"; keys Tab; keys Tab; type_in "13:20"; keys Enter
	check "$W: a kind by its first letters, a clock time" \
	    "logged a document on hootsuite-ice, dated Thu 13:20"

	# s: the note is asked after the state; Enter skips it.
	keys s
	check "$W: the status menu" "move hootsuite-ice from pitched"
	pick assigned
	check "$W: the note is asked" \
	    "note on moving hootsuite-ice to assigned \(Enter: none\)"
	type_in "Waiting on legal"; keys Enter
	check "$W: moved" "hootsuite-ice is assigned"
	is "$W: the note is stored" "$(val "SELECT note FROM change WHERE \
	    field = 'status' ORDER BY id DESC LIMIT 1")" "Waiting on legal"
	keys s
	check "$W: the menu from assigned" "move hootsuite-ice from assigned"
	pick reporting
	check "$W: the note again" "note on moving hootsuite-ice to reporting"
	keys Enter
	check "$W: Enter skips it" "hootsuite-ice is reporting"
	is "$W: no note stored" "$(val "SELECT ifnull(note, 'none') FROM \
	    change WHERE field = 'status' ORDER BY id DESC LIMIT 1")" none
	keys s
	check "$W: the menu from reporting" "move hootsuite-ice from reporting"
	pick filed
	check "$W: a note for the next move" "note on moving hootsuite-ice to"
	keys Escape
	check "$W: Esc at the note moves nothing" "hootsuite-ice not moved"
	is "$W: still reporting" "$(val "SELECT status FROM story WHERE \
	    slug = 'hootsuite-ice'")" reporting

	# b: the embargo, shown in the header and the queue while it holds.
	keys b
	check "$W: b asks for the embargo" "embargo for hootsuite-ice"
	type_in "fri 9:00"; keys Enter
	check "$W: set" "hootsuite-ice: embargo fri 9:00"
	check "$W: the header says it holds" "EMBARGOED until Fri 09:00"
	is "$W: stored" "$(val "SELECT datetime(embargo, 'unixepoch') FROM \
	    story WHERE slug = 'hootsuite-ice'")" "2026-11-27 09:00:00"
	keys q
	check "$W: the queue shows it" "hootsuite-ice +\[embargo Fri 0"
	keys Enter
	keys b
	# (At 80 columns the label is long enough to go into a window,
	# the value then alone on the prompt line.)
	check "$W: b opens on the embargo in force" \
	    "(embargo for hootsuite-ice .*: |^> )2026-11-27 09:00"
	keys C-u; keys Enter
	check "$W: cleared" "hootsuite-ice: embargo cleared"
	gone_from_pane "EMBARGOED" && t_ok "$W: gone from the header" ||
	    t_fail "$W: gone from the header" "$PANE"
	is "$W: cleared in the store" "$(val "SELECT ifnull(embargo, 0) FROM story WHERE \
	    slug = 'hootsuite-ice'")" 0

	# a: staff logins complete, sources do not; an unknown login warns.
	keys a
	check "$W: a asks for the editor" "editor of hootsuite-ice:"
	type_in "Ta"; keys Tab
	check "$W: a source is no completion" 'no completion for "Ta"'
	keys C-u; type_in "tk"; keys Tab
	check "$W: a staff login completes" "editor of hootsuite-ice: tkeiser"
	keys Enter
	check "$W: assigned" "hootsuite-ice: editor tkeiser"
	unlike "$W: a known login earns no warning" "$PANE" "warning"
	keys a; keys C-u; type_in "zzbogus"; keys Enter
	check "$W: an unknown login warns" \
	    'editor zzbogus .*warning: "zzbogus" is no staff login here'
	is "$W: and is set, as the CLI would" "$(val "SELECT editor FROM \
	    story WHERE slug = 'hootsuite-ice'")" zzbogus

	# c: slug, headline, then desk, editor, deadline and budget line.
	keys q
	check "$W: the queue" "SLUG"
	keys c
	check "$W: c asks for the slug" "new story slug:"
	type_in "Bad Slug"; keys Enter
	check "$W: a bad slug is named" 'slug "Bad Slug"'
	check "$W: and kept" "new story slug: Bad Slug"
	keys C-u; type_in "fcc-vote"; keys Enter
	check "$W: headline" "headline:"
	type_in "FCC votes on net rules"; keys Enter
	check "$W: desk" "fcc-vote: desk \(empty: news\)"
	type_in "politics"; keys Enter
	check "$W: editor" "fcc-vote: editor login \(Tab completes staff"
	type_in "dm"; keys Tab
	check "$W: it completes staff" "editor login .*: dmartin"
	keys Enter
	check "$W: deadline" "fcc-vote: deadline \(17:00, \+2h, cob thu"
	type_in "tomorow"; keys Enter
	check "$W: a bad deadline is named" 'cannot read time "tomorow"'
	check "$W: and kept" "fcc-vote: deadline .*: tomorow"
	keys C-u; type_in "cob fri"; keys Enter
	check "$W: budget line" "fcc-vote: budget line \(empty: none\)"
	type_in "The FCC votes on the rules Friday."; keys Enter
	check "$W: created" "new story fcc-vote"
	is "$W: every field stored" "$(val "SELECT desk || '|' || editor || \
	    '|' || datetime(deadline, 'unixepoch') || '|' || budget_line FROM \
	    story WHERE slug = 'fcc-vote'")" \
	    "politics|dmartin|2026-11-27 17:00:00|The FCC votes on the rules Friday."
	keys c; type_in "quick-one"; keys Enter; type_in "Quick one"; keys Enter
	keys Enter; keys Enter; keys Enter; keys Enter
	check "$W: each field skips on Enter" "new story quick-one"
	is "$W: the defaults" "$(val "SELECT desk || '|' || ifnull(editor, '-') \
	    || '|' || ifnull(deadline, 0) || '|' || ifnull(budget_line, '-') FROM story \
	    WHERE slug = 'quick-one'")" "news|-|0|-"
	keys c; type_in "ghost-desk"; keys Enter; type_in "Ghost"; keys Enter
	keys Enter; type_in "nosuchlogin"; keys Enter; keys Enter; keys Enter
	check "$W: an unknown editor warns, as assign does" \
	    'new story ghost-desk .*warning: "nosuchlogin" is no staff login'

	keys q
	check "$W: quitting names the kept draft" "unsaved text is kept as draft"
	keys y
	gone_within "$W: quits" 30

	# The next start offers the kept credit back in its prompt.
	tui_start "$W" "$H"
	check "$W: the kept credit is offered" \
	    "1 unsaved credit for hootsuite-ice from [0-9:]+"
	keys y
	check "$W: back in the credit prompt" "credit on hootsuite-ice.*: Kim Lee"
	keys C-u; type_in "Ana Ruiz"; keys Enter; keys 4
	check "$W: and it writes" "credited Ana Ruiz as photo on hootsuite-ice"
	is "$W: no draft left" "$(val "SELECT count(*) FROM draft")" 0
	# The help, read from the key table, names the new keys.
	keys '?'
	check "$W: the help" "ACTION +QUEUE +STORY"
	# Its first page, whole: the key bar below the rows is drawn last.
	check_in "$W: the help's first page is drawn" "sed -n $((H - 1))p" \
	    "^q:back j/k:scroll"
	help=$PANE
	keys NPage
	# A key is on the first page (read above) or the next one: waited
	# for there, as the next page is drawn after the key.
	in_help() {
		if printf '%s\n' "$help" | grep -Eq -- "$2"; then t_ok "$1"
		else check "$1" "$2"; fi
	}
	in_help "$W: help lists C" "credit +C +C +credit a contrib"
	in_help "$W: and b" "embargo +b +b +set or clear the"
	in_help "$W: and x" "uncredit +x +take back the sel"
	keys q
	keys q
	check "$W: back to the queue" "SLUG"
	keys q
	gone_within "$W: quits again" 30
}

size 80 24
size 200 50
no_sanitizer_report
done_testing
