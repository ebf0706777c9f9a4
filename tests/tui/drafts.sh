#!/bin/sh
# Dropped sessions lose nothing: text typed in a prompt when the terminal
# goes away (tmux kill-session / kill-server: SIGHUP; SIGTERM; both at
# once) is saved byte for byte as a draft, the process is gone within
# 2 s, and the next start offers it back into the same kind of prompt.
. "$PT_SRCDIR/tests/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 not installed"
	exit 0
fi
. "$PT_SRCDIR/tests/tui/tmuxlib.sh"
start() { # the TUI alone in a fresh tmux session (its pid: PID)
	tui_start 120 40
}
# The checks that typing is done wait for the whole text on the prompt
# line: its end alone ("14:02") is on the story's timeline too once it is
# logged, and a hangup then would cut the text short.
type_text() { # type_text FILE: sends the file's text in pieces, literally
	python3 - "$1" <<'PY' | while IFS= read -r piece; do
import sys
text = open(sys.argv[1], encoding="utf-8").read()
for i in range(0, len(text), 200):
    print(text[i:i + 200].encode().hex())
PY
		tm send-keys -t pt -l "$(printf '%s' "$piece" | xxd -r -p)"
	done
}
# draft_is NAME FILE: the only draft's body is FILE's bytes, exactly.
draft_is() {
	is "$1" "$(sql "SELECT count(*) || ':' || hex(body) FROM draft")" \
	    "1:$(od -An -tx1 -v "$2" | tr -d ' \n' | tr a-f A-F)"
}

pt init >/dev/null 2>&1
pt new hootsuite-ice "ICE contract with Hootsuite" --due +2h >/dev/null
command -v xxd >/dev/null 2>&1 || { echo "1..0 # SKIP xxd not installed"; exit 0; }

# 1. 34 characters in the entry prompt, then kill-session.
printf 'Spokesperson: "no comment" — 14:02' >"$T_TMP/short"
is "the short text is 34 characters" \
    "$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$T_TMP/short")" 34
start
check "the queue shows" "hootsuite-ice"
tm send-keys -t pt Enter
check "the story opens" "story hootsuite-ice"
tm send-keys -t pt e
check "the entry prompt opens" "log on hootsuite-ice:"
type_text "$T_TMP/short"
check "all of it arrived" "log on hootsuite-ice: Spokesperson: \"no comment\" — 14:02"
tm kill-session -t pt
gone_within "kill-session: gone within 2 s" 20
draft_is "34 characters saved byte for byte" "$T_TMP/short"
is "context and story" "$(sql "SELECT context || ' ' || slug FROM draft")" \
    "entry hootsuite-ice"
like "presstime drafts lists it" "$(pt drafts)" \
    "entry +hootsuite-ice +[0-9]+ bytes: Spokesperson"
sql "DELETE FROM draft"

# 2. 5,000 characters of UTF-8 (1-, 2-, 3- and 4-byte), then kill-server.
python3 - "$T_TMP/long" <<'PY'
import sys
parts = ["ICE ", "café ", "naïve ", "東京 ", "Ελλάδα ", "😀 ", "—", "x"]
out, i = "", 0
while len(out) < 4990:
    out += parts[i % len(parts)]
    i += 1
out = out[:4990] + " THE-END.."
assert len(out) == 5000
open(sys.argv[1], "w", encoding="utf-8").write(out)
PY
start
check "queue (long)" "hootsuite-ice"
tm send-keys -t pt e
check "entry prompt (long)" "log on hootsuite-ice:"
type_text "$T_TMP/long"
# 5,000 keys redraw the prompt 5,000 times: on a slow terminal that is
# more than the usual wait, so this one waits up to 90 s (it ends at the
# match).
if wait_for "THE-END\.\." 900; then t_ok "all 5,000 arrived"
else t_fail "all 5,000 arrived" "pane:" "$PANE"; fi
tm kill-server
gone_within "kill-server: gone within 2 s" 20
draft_is "5,000 characters saved byte for byte" "$T_TMP/long"
like "presstime drafts lists it with its size" "$(pt drafts)" \
    "entry +hootsuite-ice +$(wc -c <"$T_TMP/long" | tr -d ' ') bytes"
sql "DELETE FROM draft"

# 3. Two signals back to back: SIGHUP twice; SIGHUP then SIGTERM (the
# second arrives while the first is being saved).
for sigs in "HUP HUP" "HUP TERM" "TERM TERM"; do
	start
	check "queue ($sigs)" "hootsuite-ice"
	tm send-keys -t pt e
	check "entry prompt ($sigs)" "log on hootsuite-ice:"
	type_text "$T_TMP/short"
	check "typed ($sigs)" "log on hootsuite-ice: Spokesperson: \"no comment\" — 14:02"
	# shellcheck disable=SC2086
	set -- $sigs
	kill -"$1" "$PID"; kill -"$2" "$PID"
	gone_within "$sigs: gone within 2 s" 20
	draft_is "$sigs: nothing lost, saved once" "$T_TMP/short"
	tm kill-server >/dev/null 2>&1
	sql "DELETE FROM draft"
done

# 4. No CPU after the hangup: the process never spins on a dead tty.
start
check "queue (cpu)" "hootsuite-ice"
tm send-keys -t pt e
check "entry prompt (cpu)" "log on"
tm send-keys -t pt -l "cpu check"
check "typed (cpu)" "cpu check"
tm kill-server
gone_within "gone after the hangup, not spinning" 20
sql "DELETE FROM draft"

# 5. Other prompts keep their text too: a request target, the headline.
start
check "queue (rfc)" "hootsuite-ice"
tm send-keys -t pt r
check "request prompt" "ask for comment on hootsuite-ice:"
tm send-keys -t pt -l "ICE press office"
check "typed the target" "ICE press office"
tm kill-server
gone_within "request prompt: gone within 2 s" 20
is "the request target is a draft" \
    "$(sql "SELECT context || '|' || slug || '|' || body FROM draft")" \
    "rfc|hootsuite-ice|ICE press office"

# Restore: y puts it back into the request prompt, Enter goes on.
start
check "the draft is offered" \
    "1 unsaved rfc for hootsuite-ice from [0-9][0-9]:[0-9][0-9] — restore\? \(y/n"
tm send-keys -t pt y
check "back in the request prompt" "ask for comment on hootsuite-ice: ICE press office"
tm send-keys -t pt Enter organization Enter Enter Enter
check "the request is added" "asked ICE press office for comment"
is "the request is stored" "$(sql "SELECT count(*) FROM rfc")" 1
is "the restored draft is gone" "$(sql "SELECT count(*) FROM draft")" 0
tm kill-server >/dev/null 2>&1

# :set headline (one-line field edit) keeps its text as a "headline" draft.
start
check "queue (headline)" "hootsuite-ice"
tm send-keys -t pt Enter
check "story (headline)" "story hootsuite-ice"
tm send-keys -t pt : ; tm send-keys -t pt -l "set headline"; tm send-keys -t pt Enter
check "headline prompt holds the current one" "headline of hootsuite-ice: ICE contract with Hootsuite"
tm send-keys -t pt C-u
tm send-keys -t pt -l "Hootsuite drops ICE"
check "typed the headline" "hootsuite-ice: Hootsuite drops ICE"
tm kill-server
gone_within "headline prompt: gone within 2 s" 20
is "the headline is a draft" \
    "$(sql "SELECT context || '|' || body FROM draft")" \
    "headline|Hootsuite drops ICE"
start
check "headline draft offered" "1 unsaved headline for hootsuite-ice"
tm send-keys -t pt y
check "back in the headline prompt" "headline of hootsuite-ice: Hootsuite drops ICE"
tm send-keys -t pt Enter
check "the headline is set" "hootsuite-ice: headline Hootsuite drops ICE"
is "stored" "$(sql "SELECT headline FROM story")" "Hootsuite drops ICE"
tm kill-server >/dev/null 2>&1

# 6. The entry draft comes back: y, the text is in the prompt, Enter logs
# it, the draft is gone; n keeps one, d discards one.
sql "DELETE FROM draft"
start
check "queue (restore)" "hootsuite-ice"
tm send-keys -t pt e
check "entry prompt (restore)" "log on"
type_text "$T_TMP/short"
check "typed (restore)" "log on hootsuite-ice: Spokesperson: \"no comment\" — 14:02"
tm kill-server
gone_within "restore: gone within 2 s" 20
start
check "the entry draft is offered" \
    "1 unsaved entry for hootsuite-ice from [0-9:]+ — restore\? \(y/n, d discards\)"
tm send-keys -t pt y
check "the text is back in the entry prompt" \
    "log on hootsuite-ice: Spokesperson: \"no comment\" — 14:02"
tm send-keys -t pt Enter
check "Enter logs it" "logged on hootsuite-ice"
is "logged byte for byte" \
    "$(sql "SELECT hex(body) FROM entry ORDER BY id DESC LIMIT 1")" \
    "$(od -An -tx1 -v "$T_TMP/short" | tr -d ' \n' | tr a-f A-F)"
is "the draft is gone" "$(sql "SELECT count(*) FROM draft")" 0
tm kill-server >/dev/null 2>&1

# A limit prompt (no story) comes back as a limit.
start
check "queue (limit)" "hootsuite-ice"
tm send-keys -t pt l
check "limit prompt" "limit:"
tm send-keys -t pt -l "status:pitched"
check "typed the limit" "limit: status:pitched"
tm kill-server
gone_within "limit prompt: gone within 2 s" 20
start
check "the limit draft is offered" "1 unsaved limit for the queue"
tm send-keys -t pt n
check "n keeps it" "kept: presstime drafts lists it"
is "still there" "$(sql "SELECT context || '|' || body FROM draft")" \
    "limit|status:pitched"
tm kill-server
start
check "offered again" "1 unsaved limit for the queue"
tm send-keys -t pt d
check "d discards it" "draft discarded"
is "gone" "$(sql "SELECT count(*) FROM draft")" 0

tm kill-server >/dev/null 2>&1

# A search and a sort come back into their prompts, on the queue and
# in a story.
sql "DELETE FROM draft"
start
check "queue (search)" "hootsuite-ice"
tm send-keys -t pt /
tm send-keys -t pt -l "contract val"
check "typed the search" "^/contract val"
tm kill-server
gone_within "search prompt: gone within 2 s" 20
is "the search is a draft" "$(sql "SELECT context || '|' || coalesce(slug, '-') || '|' || body FROM draft")" \
    "search|-|contract val"
start
check "the search draft is offered" "1 unsaved search for the queue"
tm send-keys -t pt y
check "back in the search prompt" "^/contract val"
tm send-keys -t pt Escape
gone_from_pane "^/contract val" || t_fail "Esc closes the search prompt"
is "restored, the draft is gone" "$(sql "SELECT count(*) FROM draft")" 0
tm send-keys -t pt Enter
check "a story (search)" "story hootsuite-ice"
tm send-keys -t pt /
tm send-keys -t pt -l "Hoots"
check "typed a story search" "^/Hoots"
tm kill-server
gone_within "story search prompt: gone within 2 s" 20
start
check "the story search draft is offered" "1 unsaved search for hootsuite-ice"
tm send-keys -t pt y
check "back in the story, in its search prompt" "^/Hoots"
check "with the story open" "story hootsuite-ice"
tm send-keys -t pt Escape
gone_from_pane "^/Hoots" || t_fail "Esc closes the story search prompt"
tm kill-server >/dev/null 2>&1
start
check "queue (sort)" "hootsuite-ice"
tm send-keys -t pt o
tm send-keys -t pt -l "prio"
check "typed a sort" "sort by .*: prio"
tm kill-server
gone_within "sort prompt: gone within 2 s" 20
start
check "the sort draft is offered" "1 unsaved sort for the queue"
tm send-keys -t pt y
check "back in the sort prompt" "sort by .*: prio"
tm send-keys -t pt -l "rity"
tm send-keys -t pt Enter
check "and it sorts" "sort: priority"
tm kill-server >/dev/null 2>&1

# 7. Another writer holds the database at hangup (a long import, say): the
# draft cannot wait for it, so it goes to a file of the user's own, the
# process is still gone within 2 s, and the draft comes back later.
SPOOL="$XDG_STATE_HOME/presstime/drafts"
start
check "queue (busy)" "hootsuite-ice"
tm send-keys -t pt Enter
check "story (busy)" "story hootsuite-ice"
tm send-keys -t pt e
check "entry prompt (busy)" "log on hootsuite-ice:"
type_text "$T_TMP/short"
check "typed (busy)" "log on hootsuite-ice: Spokesperson: \"no comment\" — 14:02"
hold_lock 6
runs "another writer holds the database" 0 test -e "$T_TMP/locked"
tm kill-session -t pt
gone_within "locked database: gone within 2 s" 20
is "nothing reached the table" "$(sql "SELECT count(*) FROM draft")" 0
is "one draft file" "$(ls "$SPOOL" 2>/dev/null | grep -c '\.draft$')" 1
is "only the user may read it" "$(stat -c %a "$SPOOL"/*.draft 2>/dev/null)" 600
is "no temporary file left" "$(ls "$SPOOL" | grep -c '\.tmp$')" 0
wait "$LOCKER"
OUT=$(pt drafts 2>&1)
like "presstime drafts moves it into the table and lists it" "$OUT" \
    "entry +hootsuite-ice +36 bytes"
draft_is "kept byte for byte through the file" "$T_TMP/short"
is "the file is gone once in the table" "$(ls "$SPOOL" | wc -l)" 0
sql "DELETE FROM draft"

# The TUI's next start collects it too, and offers it back.
start
check "queue (busy 2)" "hootsuite-ice"
tm send-keys -t pt e
check "entry prompt (busy 2)" "log on"
type_text "$T_TMP/short"
check "typed (busy 2)" "log on hootsuite-ice: Spokesperson: \"no comment\" — 14:02"
hold_lock 4
tm kill-server
gone_within "locked again: gone within 2 s" 20
wait "$LOCKER"
start
check "the file draft is offered" \
    "1 unsaved entry for hootsuite-ice from [0-9:]+ — restore\? \(y/n, d discards\)"
tm send-keys -t pt y
check "the text is back" \
    "log on hootsuite-ice: Spokesperson: \"no comment\" — 14:02"
tm send-keys -t pt Escape
is "the file was collected" "$(ls "$SPOOL" | wc -l)" 0

# A file for another newsroom stays where it is.
mkdir -p "$SPOOL"
printf 'presstime-draft 1\ndatabase /elsewhere/other.db\nlogin %s\ncontext entry\nsaved_at 1\nlength 5\n\nhello' \
    "$(id -un)" >"$SPOOL/1-1-0.draft"
pt drafts >/dev/null 2>&1
runs "another database's draft is left alone" 0 test -e "$SPOOL/1-1-0.draft"

tm kill-server >/dev/null 2>&1
no_sanitizer_report
done_testing
