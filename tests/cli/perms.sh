# Who may read the files presstime creates: a personal newsroom is the
# user's alone; a shared one is its group's, made by two real Unix users
# (root is needed to make them: otherwise those checks SKIP, visibly).
. "$PT_SRCDIR/tests/lib.sh"

# A personal newsroom, parents created on the way.
umask 022
db="$T_TMP/personal/deep/newsroom.db"
runs "init a personal newsroom" 0 pt init "$db"
is "the database is the user's alone (0600)" "$(stat -c %a "$db")" "600"
is "the directory it made is the user's alone" "$(stat -c %a "$T_TMP/personal/deep")" "700"
PRESSTIME_DB="$db" pt new p1 "Personal" >/dev/null
PRESSTIME_DB="$db" pt log p1 "an entry" >/dev/null

# SQLite gives the -wal and -shm the database's mode: hold a reader open
# so they exist, and look.
# It stays open until wal_release, not for a guessed time: a loaded
# machine may start it late.
wal_held() { # wal_held DB: a reader keeps DB's -wal and -shm alive
	rm -f "$T_TMP/reader"
	mkfifo "$T_TMP/reader"
	sqlite3 "$1" <"$T_TMP/reader" >/dev/null &
	READER=$!
	exec 8>"$T_TMP/reader"
	echo "SELECT count(*) FROM story;" >&8
	wait_until 300 test -e "$1-shm"
}
wal_release() { exec 8>&-; wait "$READER"; }
wal_held "$db"
is "its -wal is 0600 too" "$(stat -c %a "$db-wal" 2>&1)" "600"
is "its -shm is 0600 too" "$(stat -c %a "$db-shm" 2>&1)" "600"
wal_release

# Copies of a personal newsroom are as private as it is, whatever the
# umask says.
umask 022
PRESSTIME_DB="$db" pt backup "$T_TMP/personal.bak" >/dev/null
is "a backup of a personal newsroom is 0600" "$(stat -c %a "$T_TMP/personal.bak")" "600"
PRESSTIME_DB="$db" pt export --format json --output "$T_TMP/personal.json" >/dev/null
is "an export of it is 0600" "$(stat -c %a "$T_TMP/personal.json")" "600"

runs "--shared without --group outside a group directory fails" 2 \
	pt init --shared "$T_TMP/nogroup/newsroom.db"
like "and says how to name the group" "$ERR" "needs --group GROUP"
like "and that nothing was created" "$ERR" "nothing was created"
is "nothing was created" "$(ls "$T_TMP" | grep -c nogroup)" "0"
unlike "it never says ready" "$OUT" "ready"

runs "--shared with an unknown group fails" 1 \
	pt init --shared --group no-such-group-$$ "$T_TMP/nogroup2/newsroom.db"
is "and creates nothing" "$(ls "$T_TMP" | grep -c nogroup2)" "0"

if [ "$(id -u)" != 0 ] || ! command -v useradd >/dev/null || ! command -v setpriv >/dev/null; then
	echo "# SKIP shared-newsroom permissions: needs root, useradd and setpriv to create two real users"
	echo "ok $((T_N + 1)) # SKIP two real users (not root here)"
	T_N=$((T_N + 1))
	done_testing
	exit
fi
grp=ptperm$$
ua=ptpa$$
ub=ptpb$$
real_users "$grp" "$ua" "$ub"
as() { u=$1; shift; setpriv --reuid "$u" --regid users --init-groups env HOME="$T_TMP" "$@"; }

# An admin (root) made the newsroom directory; a member creates the
# database in it without naming the group and without owning it.
room="$T_TMP/room"
install -d -m 2770 -o root -g "$grp" "$room"
runs "a member inits in an admin's 2770 directory" 0 \
	as "$ua" env PRESSTIME_DB="$room/newsroom.db" "$PRESSTIME" init --shared
like "it says ready" "$OUT" "newsroom database ready"
like "with the directory's group" "$OUT" "shared with group $grp"
is "the admin's directory is untouched" "$(stat -c '%a %U %G' "$room")" "2770 root $grp"
is "the database is the group's, 0660" "$(stat -c '%a %U %G' "$room/newsroom.db")" "660 $ua $grp"
runs "the other member writes to it" 0 \
	as "$ub" env PRESSTIME_DB="$room/newsroom.db" "$PRESSTIME" new shared-one "Shared"
runs "the first member logs on it" 0 \
	as "$ua" env PRESSTIME_DB="$room/newsroom.db" "$PRESSTIME" log shared-one "from A"

# Copies of the shared newsroom stay the group's and never world-readable,
# whatever the member's umask.
install -d -m 0777 "$T_TMP/copies"
runs "a member backs up the shared newsroom" 0 \
	as "$ub" sh -c "umask 022; PRESSTIME_DB='$room/newsroom.db' '$PRESSTIME' backup '$T_TMP/copies/shared.bak'"
is "the backup is the group's, 0660" "$(stat -c '%a %G' "$T_TMP/copies/shared.bak")" "660 $grp"
runs "a member exports it" 0 \
	as "$ub" sh -c "umask 022; PRESSTIME_DB='$room/newsroom.db' '$PRESSTIME' export --format json --output '$T_TMP/copies/shared.json'"
is "the export is the group's, 0640" "$(stat -c '%a %G' "$T_TMP/copies/shared.json")" "640 $grp"
runs "the other member can read the backup" 0 \
	as "$ua" sqlite3 "$T_TMP/copies/shared.bak" "SELECT count(*) FROM story"

# A member names the group and a path whose parents do not exist yet.
base="$T_TMP/base"
install -d -m 0777 "$base"
runs "a member inits with --group in new directories" 0 \
	as "$ua" "$PRESSTIME" init --shared --group "$grp" "$base/a/b/newsroom.db"
is "the newsroom directory is setgid 2770" "$(stat -c '%a %G' "$base/a/b")" "2770 $grp"
is "the parents it made are group-traversable" "$(stat -c '%a %G' "$base/a")" "750 $grp"
runs "the other member reaches it through them" 0 \
	as "$ub" env PRESSTIME_DB="$base/a/b/newsroom.db" "$PRESSTIME" ls

# A directory someone else owns and that is not shared: refuse without
# trying to chmod it, before creating anything.
other="$T_TMP/other"
install -d -m 0777 -o "$ub" "$other"
runs "a directory another member owns and has not shared is refused" 1 \
	as "$ua" "$PRESSTIME" init --shared --group "$grp" "$other/newsroom.db"
like "the refusal says what its owner must run" "$ERR" "ask its owner to run: chgrp $grp"
is "nothing was created there" "$(ls -A "$other" | wc -l)" "0"
unlike "and never says ready" "$OUT" "ready"

# Someone outside the group cannot share with it.
uc=ptpc$$
useradd -M -N -g users -s /bin/sh "$uc"
runs "a non-member cannot share with the group" 1 \
	as "$uc" "$PRESSTIME" init --shared --group "$grp" "$base/c/newsroom.db"
like "and is told so" "$ERR" "not in group $grp"
userdel "$uc"
done_testing
