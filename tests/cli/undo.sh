# Undo: your own newest change, taken back as new history rows; a
# logged entry is retracted by a correction, never deleted; a change
# someone else made since is never overwritten.
. "$PT_SRCDIR/tests/lib.sh"

me=$(id -un)
pt init >/dev/null
pt new ice-deal "Hootsuite drops ICE" >/dev/null

runs "nothing to undo yet (creating is not undone)" 1 pt undo ice-deal
like "says so" "$ERR" "nothing of yours to undo on ice-deal"

pt set ice-deal headline "Hootsuite ends ICE contract" >/dev/null
runs "undo a field" 0 pt undo ice-deal
like "says what it undid" "$OUT" 'undid your headline change on ice-deal \(back to "Hootsuite drops ICE"\)'
is "the headline is back" "$(sql "SELECT headline FROM story")" "Hootsuite drops ICE"
runs "history" 0 pt history ice-deal --tsv --field headline
is "the undo is itself a change, newest first" "$(printf '%s\n' "$OUT" | cut -f2-6)" \
"$me	headline	Hootsuite ends ICE contract	Hootsuite drops ICE	[undo] 
$me	headline	Hootsuite drops ICE	Hootsuite ends ICE contract	"

pt set ice-deal deadline "2026-11-27 17:00" >/dev/null
runs "undo a deadline" 0 pt undo
is "the deadline is cleared again" "$(sql "SELECT coalesce(deadline, 'none') FROM story")" "none"

pt status ice-deal assigned >/dev/null
pt status ice-deal reporting >/dev/null
runs "undo a status move" 0 pt undo ice-deal
like "back where it was" "$OUT" 'undid your status change on ice-deal \(back to "assigned"\)'
is "the story is assigned again" "$(sql "SELECT status FROM story")" "assigned"
is "the move back is in the status history" \
	"$(sql "SELECT from_state || '>' || to_state FROM status_change ORDER BY id DESC LIMIT 1")" "reporting>assigned"
runs "undo again reaches further back" 0 pt undo ice-deal
is "pitched again" "$(sql "SELECT status FROM story")" "pitched"

pt credit ice-deal "Dylan Martin" --role byline >/dev/null
runs "undo a credit" 0 pt undo ice-deal
like "names it" "$OUT" "took back your credit of Dylan Martin as byline on ice-deal"
is "no credit left" "$(sql "SELECT count(*) FROM credit")" "0"

pt log ice-deal "Company confirms the contract" >/dev/null
runs "undo a logged entry" 0 pt undo ice-deal
like "retracted with a correction" "$OUT" "retracted your entry 1 on ice-deal with a correction entry"
is "the entry is still there, and a correction amends it" \
	"$(sql "SELECT id, kind, coalesce(amends, '-') FROM entry ORDER BY id" | tr '\n' ' ')" "1|event|- 2|correction|1 "
like "the correction says what it retracts" "$(sql "SELECT body FROM entry WHERE id = 2")" \
	"Retracted by $me \(undo\): \"Company confirms the contract\""

pt status ice-deal assigned >/dev/null
pt status ice-deal reporting >/dev/null
pt status ice-deal filed >/dev/null
pt status ice-deal editing >/dev/null
pt status ice-deal copydesk >/dev/null
pt status ice-deal ready >/dev/null
pt status ice-deal published >/dev/null
runs "publishing is never undone" 1 pt undo ice-deal
like "and says what to do instead" "$ERR" "cannot undo publishing ice-deal: .*updating, corrected or killed"
is "still published" "$(sql "SELECT status FROM story")" "published"

runs "undo of a story that does not exist" 1 pt undo no-such
runs "the record still checks" 0 pt check

# Two real editors on one shared newsroom (root makes the users).
if [ "$(id -u)" != 0 ] || ! command -v useradd >/dev/null || ! command -v setpriv >/dev/null; then
	echo "ok $((T_N + 1)) # SKIP two editors: needs root, useradd and setpriv to create two real users"
	T_N=$((T_N + 1))
	done_testing
	exit
fi
grp=ptund$$
ua=ptua$$
ub=ptub$$
real_users "$grp" "$ua" "$ub"
room="$T_TMP/room"
install -d -m 2770 -g "$grp" "$room"
shared="$room/newsroom.db"
as() { u=$1; shift; setpriv --reuid "$u" --regid users --init-groups env HOME="$T_TMP" PRESSTIME_DB="$shared" PRESSTIME_NOW="$PRESSTIME_NOW" "$PRESSTIME" "$@"; }
as "$ua" init --shared >/dev/null
as "$ua" new port-strike "Port talks stall" >/dev/null
runs "editor A changes the headline" 0 as "$ua" set port-strike headline "Port talks collapse"
runs "editor B changes it after" 0 as "$ub" set port-strike headline "Port strike begins"
runs "history" 0 as "$ua" history port-strike --tsv --field headline
is "both texts are in history, each with its editor" "$(printf '%s\n' "$OUT" | cut -f2-5)" \
"$ub	headline	Port talks collapse	Port strike begins
$ua	headline	Port talks stall	Port talks collapse"
runs "A's undo is refused (B changed it since)" 3 as "$ua" undo port-strike
like "naming who and what" "$ERR" "cannot undo your headline change on port-strike: $ub changed it since \(to \"Port strike begins\""
is "B's headline stands" "$(sqlite3 "$shared" "SELECT headline FROM story WHERE slug = 'port-strike'")" "Port strike begins"
runs "B can undo their own" 0 as "$ub" undo port-strike
is "back to A's text" "$(sqlite3 "$shared" "SELECT headline FROM story WHERE slug = 'port-strike'")" "Port talks collapse"

# The conflict path: B edits from an old version and loses; the text
# B typed is kept in the history, never applied, never lost.
v=$(sqlite3 "$shared" "SELECT version FROM story WHERE slug = 'port-strike'")
as "$ua" set port-strike dek "Dockworkers walk out at dawn" >/dev/null
runs "B's edit from the old version is a conflict" 3 as "$ub" set port-strike dek "Union calls strike" --version "$v"
runs "history" 0 as "$ua" history port-strike --tsv --field dek
like "the winner's text" "$OUT" "$ua	dek	-	Dockworkers walk out at dawn"
like "and the loser's, marked refused" "$OUT" "$ub	refused:dek	Dockworkers walk out at dawn	Union calls strike	.*changed by $ua"
is "the winner's text is the story's" "$(sqlite3 "$shared" "SELECT dek FROM story WHERE slug = 'port-strike'")" "Dockworkers walk out at dawn"
runs "the shared record checks" 0 as "$ub" check
done_testing
