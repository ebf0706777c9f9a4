# A shared newsroom database used by two real Unix users in one group:
# user A creates the -wal and -shm files, user B then writes 1000 entries.
. "$PT_SRCDIR/tests/lib.sh"

if [ "$(id -u)" != 0 ] || ! command -v useradd >/dev/null || ! command -v setpriv >/dev/null; then
	echo "1..0 # SKIP needs root, useradd and setpriv to create two real users"
	exit 0
fi
EACH=${STRESS_EACH:-1000}
grp=ptnews$$
ua=ptrepa$$
ub=ptrepb$$
groupadd "$grp"
useradd -M -N -g "$grp" -s /bin/sh "$ua"
useradd -M -N -g "$grp" -s /bin/sh "$ub"
cleanup() { userdel "$ua" 2>/dev/null; userdel "$ub" 2>/dev/null; groupdel "$grp" 2>/dev/null; rm -rf "$T_TMP"; }
trap cleanup EXIT
chmod 755 "$T_TMP"
dir="$T_TMP/newsroom"
export PRESSTIME_DB="$dir/newsroom.db"
mkdir "$dir"
as() { u=$1; shift; setpriv --reuid "$u" --regid "$grp" --init-groups env HOME="$T_TMP" PRESSTIME_DB="$dir/newsroom.db" "$@"; }

runs "init --shared --group" 0 pt init --shared --group "$grp" "$dir/newsroom.db"
like "init says what it did" "$OUT" "shared with group $grp"
is "directory is setgid and group-writable" "$(stat -c %a "$dir")" "2770"
is "database is 0660" "$(stat -c %a "$dir/newsroom.db")" "660"
is "database belongs to the group" "$(stat -c %G "$dir/newsroom.db")" "$grp"
runs "user A makes a story" 0 as "$ua" "$PRESSTIME" new shared-story "Shared story"
# A stays connected (like an editor's open TUI), so the -wal and -shm
# files A created live on while B writes.
{ echo "SELECT count(*) FROM story;"; sleep 600; } | as "$ua" sqlite3 "$dir/newsroom.db" >/dev/null &
holder=$!
for i in 1 2 3 4 5 6 7 8 9 10; do [ -e "$dir/newsroom.db-shm" ] && break; sleep 0.2; done
is "-wal was created by user A" "$(stat -c %U "$dir/newsroom.db-wal")" "$ua"
is "-wal belongs to the group" "$(stat -c %G "$dir/newsroom.db-wal")" "$grp"
errs=0
for i in $(seq 1 "$EACH"); do
	as "$ub" "$PRESSTIME" log shared-story "entry $i" >/dev/null 2>>"$T_TMP/errs" || errs=$((errs + 1))
done
is "user B: no permission errors" "$errs" "0"
pkill -P "$holder" sleep 2>/dev/null; kill "$holder" 2>/dev/null; pkill -u "$ua" sqlite3 2>/dev/null
is "all of B's entries landed" "$(sql "SELECT count(*) FROM entry")" "$EACH"
is "logged as B, the Unix account" "$(sql "SELECT DISTINCT logged_by FROM entry")" "$ub"
chmod 600 "$dir/newsroom.db"
runs "a database that locks the group out still opens" 0 pt ls
like "but warns with the exact fix" "$ERR" "locks the newsroom group out \(mode 0600\); run: chgrp"
done_testing
