# Authorship cannot be forged: an import records who imported each row;
# a foreign author stays only as "originally logged by" unless the
# importer owns the newsroom (or is in its admin group); history an
# import brings is marked imported; --at backdating is recorded as such.
. "$PT_SRCDIR/tests/lib.sh"

me=$(id -un)
pt init >/dev/null
cat > "$T_TMP/forged.yaml" <<'YAML'
presstime: 1
stories:
  - slug: forged-story
    headline: "A story walked to ready elsewhere"
    status: ready
    timeline:
      - { at: 2026-11-20T10:00:00Z, logged_at: 2026-11-20T10:05:00Z, logged_by: ceo, kind: statement, body: "We never sold to ICE" }
    history:
      - { to: pitched, at: 2026-11-20T09:00:00Z, by: ceo }
      - { from: pitched, to: ready, at: 2026-11-20T09:01:00Z, by: ceo, note: "skip the desk" }
YAML

runs "the owner imports a file naming another author" 0 pt import "$T_TMP/forged.yaml"
is "the owner may keep the author, and the importer is recorded" \
	"$(sql "SELECT logged_by, orig_by, imported_by, imported_at IS NOT NULL FROM entry")" "ceo|ceo|$me|1"
runs "history" 0 pt history forged-story --json
like "the import itself is in the history" "$OUT" "\"field\": \"imported\""
like "the history it brought is marked imported" "$(pt history forged-story --tsv --field status)" \
	"status	pitched	ready	\[imported\] imported by $me; originally by ceo; skip the desk"
runs "imported history is never undone" 1 pt undo forged-story
runs "the chain covers imported rows" 0 pt check

# --at: the entry says when it happened; the record when it was typed.
pt new backdated "Backdated" >/dev/null
pt log backdated --at "2026-11-26 11:00" "Board met" >/dev/null
is "logged_at stays the true time" "$(sql "SELECT occurred_at, logged_at FROM entry WHERE body = 'Board met'")" \
	"1795690800|1795701600"
like "the history says it was dated with --at" "$(pt history backdated --tsv --field entry)" \
	"entry	-	Board met	event, dated 2026-11-26 11:00 \(--at\)"

if [ "$(id -u)" != 0 ] || ! command -v useradd >/dev/null || ! command -v setpriv >/dev/null; then
	echo "ok $((T_N + 1)) # SKIP a second Unix user's import: needs root, useradd and setpriv"
	T_N=$((T_N + 1))
	done_testing
	exit
fi
grp=ptaut$$
adm=ptadm$$
ua=ptaa$$
ub=ptab$$
uc=ptac$$
groupadd "$grp"
groupadd "$adm"
useradd -M -N -g users -G "$grp" -s /bin/sh "$ua"
useradd -M -N -g users -G "$grp" -s /bin/sh "$ub"
useradd -M -N -g users -G "$grp,$adm" -s /bin/sh "$uc"
cleanup() { for u in "$ua" "$ub" "$uc"; do userdel "$u" 2>/dev/null; done; groupdel "$grp" 2>/dev/null; groupdel "$adm" 2>/dev/null; rm -rf "$T_TMP"; }
trap cleanup EXIT
chmod 755 "$T_TMP"
chmod 644 "$T_TMP/forged.yaml"
room="$T_TMP/room"
install -d -m 2770 -g "$grp" "$room"
shared="$room/newsroom.db"
as() { u=$1; shift; setpriv --reuid "$u" --regid users --init-groups env HOME="$T_TMP" PRESSTIME_DB="$shared" PRESSTIME_NOW="$PRESSTIME_NOW" "$PRESSTIME" "$@"; }
runs "A makes the newsroom and names an admin group" 0 as "$ua" init --shared --admin-group "$adm"
sed "s/logged_by: ceo/logged_by: $ua/; s/by: ceo/by: $ua/g" "$T_TMP/forged.yaml" > "$T_TMP/as-a.yaml"
chmod 644 "$T_TMP/as-a.yaml"
runs "B imports a file claiming A logged it" 0 as "$ub" import "$T_TMP/as-a.yaml"
is "the entry is B's, A only 'originally logged by'" \
	"$(sqlite3 "$shared" "SELECT logged_by, orig_by, imported_by FROM entry")" "$ub|$ua|$ub"
like "show says who imported it and whom the file named" \
	"$(as "$ub" show forged-story)" "We never sold to ICE \($ub; imported by $ub; originally logged by $ua\)"
is "the history rows it brought are B's too, marked imported" \
	"$(sqlite3 "$shared" "SELECT DISTINCT by, imported FROM change")" "$ub|1"
like "A's name stays as text in the note" \
	"$(sqlite3 "$shared" "SELECT note FROM change WHERE field = 'status'")" "originally by $ua"
runs "B cannot name the admin group (not the owner)" 1 as "$ub" init --shared --admin-group "$grp"
sed "s/forged-story/admin-story/" "$T_TMP/as-a.yaml" > "$T_TMP/admin.yaml"
chmod 644 "$T_TMP/admin.yaml"
runs "C, in the admin group, imports the same claim" 0 as "$uc" import "$T_TMP/admin.yaml"
is "C may keep A as the author; C is recorded as importer" \
	"$(sqlite3 "$shared" "SELECT e.logged_by, e.imported_by FROM entry e JOIN story s ON s.id = e.story_id WHERE s.slug = 'admin-story'")" "$ua|$uc"
runs "the shared record checks" 0 as "$ua" check
done_testing
