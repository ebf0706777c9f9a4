#!/bin/sh
# A database on a network filesystem is refused with the reason: WAL needs
# shared memory on one host. A FUSE mount (bindfs mirrors a local folder)
# stands in for NFS and CIFS, which statfs tells apart the same way.
. "$PT_SRCDIR/tests/lib.sh"

if [ "$(id -u)" != 0 ] || [ ! -c /dev/fuse ] || ! command -v bindfs >/dev/null; then
	echo "1..0 # SKIP needs root, /dev/fuse and bindfs to mount a FUSE filesystem"
	exit 0
fi
back="$T_TMP/disk"
mnt="$T_TMP/fuse"
mkdir "$back" "$mnt"
if ! bindfs "$back" "$mnt" 2>"$T_TMP/mount.err"; then
	echo "1..0 # SKIP bindfs could not mount: $(cat "$T_TMP/mount.err")"
	exit 0
fi
cleanup() { fusermount -u "$mnt" 2>/dev/null || umount "$mnt" 2>/dev/null; rm -rf "$T_TMP"; }
trap cleanup EXIT
is "the mount is FUSE" "$(stat -f -c %T "$mnt")" "fuseblk"

# A new database there is refused, and nothing is left behind.
runs "init on FUSE fails" 1 env PRESSTIME_DB="$mnt/newsroom.db" "$PRESSTIME" init
like "it names the file and the filesystem" "$ERR" \
    "refusing $mnt/newsroom.db: it is on a network filesystem \(FUSE\)"
like "and says why" "$ERR" "WAL mode needs every reader and writer on one host"
is "no file was made" "$(ls -A "$back")" ""

# An existing newsroom reached through the mount: every face refuses it,
# and the database itself is untouched.
export PRESSTIME_DB="$back/newsroom.db"
pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" >/dev/null
before=$(sql "SELECT version || '|' || updated_at FROM story")
runs "ls through the mount fails" 1 pt --db "$mnt/newsroom.db" ls
like "with the same reason" "$ERR" "network filesystem \(FUSE\)"
runs "log through the mount fails" 1 pt --db "$mnt/newsroom.db" log hootsuite-ice "x"
runs "the TUI refuses it too" 1 env PRESSTIME_HEADLESS=1 PRESSTIME_SCRIPT=/dev/null \
    "$PRESSTIME" --db "$mnt/newsroom.db"
like "saying why" "$ERR" "network filesystem \(FUSE\)"
is "the story is unchanged" "$(sql "SELECT version || '|' || updated_at FROM story")" "$before"
is "no entry was written" "$(sql "SELECT count(*) FROM entry")" 0
runs "the local path still works" 0 pt ls
done_testing
