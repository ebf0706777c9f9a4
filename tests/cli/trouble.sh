# Trouble with the database's files gets a message naming the file and
# the fix, and leaves nothing behind (issue 8, item 12). Permission cases
# run as nobody (root only; skipped out loud otherwise).
. "$PT_SRCDIR/tests/lib.sh"

# nobody must reach the files under the test directory.
chmod 0711 "$T_TMP"
NB_HOME="$T_TMP/nbhome"
mkdir -p "$NB_HOME"
chown nobody "$NB_HOME" 2>/dev/null
# nb CMD...: presstime as nobody, with a home of its own.
nb() {
	as_nobody env HOME="$NB_HOME" XDG_CONFIG_HOME="$NB_HOME/.config" \
		XDG_DATA_HOME="$NB_HOME/.local/share" XDG_STATE_HOME="$NB_HOME/.local/state" \
		"$PRESSTIME" "$@"
}

# --- user_version reset to 0 on a real presstime database. ------------
pt init >/dev/null
pt new reset-story "Reset" >/dev/null
latest=$(sql "PRAGMA user_version")
sql "PRAGMA user_version = 0"
runs "a database whose user_version was reset" 1 pt ls
like "is named, with the fix" "$ERR" "newsroom.db is a presstime database whose schema version \\(PRAGMA user_version\\) was reset to 0.*PRAGMA user_version = $latest"
unlike "and no failed migration" "$ERR" 'already exists'
is "nothing was changed" "$(sql "PRAGMA user_version")" "0"
sql "PRAGMA user_version = $latest"
runs "the fix works" 0 pt ls
like "the story is there" "$OUT" 'reset-story'

# --- init on a full disk. --------------------------------------------
if small_fs "$T_TMP/full" 64; then
	fill_fs "$T_TMP/full"
	runs "init on a full disk fails" 1 pt init "$T_TMP/full/newsroom.db"
	like "saying the disk is full" "$ERR" 'newsroom.db: the disk is full'
	like "and that nothing is left" "$ERR" 'nothing was left behind'
	is "no stub, -wal or -shm left" "$(ls -A "$T_TMP/full" | grep -v '^\.fill')" ""
else
	for n in 1 2 3 4; do t_skip "init on a full disk ($n)" "cannot mount a small tmpfs"; done
fi

if can_be_nobody; then
	# A database owned by someone else that this user may only read.
	mkdir -p "$T_TMP/ro"
	chmod 0755 "$T_TMP/ro"
	pt init "$T_TMP/ro/newsroom.db" >/dev/null
	chmod 0644 "$T_TMP/ro/newsroom.db"
	export PRESSTIME_DB="$T_TMP/ro/newsroom.db"
	runs "log on a database owned by another user" 1 nb log x "text"
	like "names the file, its owner and the fix" "$ERR" 'ro/newsroom.db is not writable for you \(owner root, mode 0644\): ask its owner to share it'
	unlike "not 'not a presstime database'" "$ERR" 'not a presstime database|readonly database'
	runs "ls too" 1 nb ls
	like "the same message" "$ERR" 'is not writable for you'

	# A stale -shm left read-only by another user's session.
	mkdir -p "$T_TMP/shm"
	chmod 0777 "$T_TMP/shm"
	pt init "$T_TMP/shm/newsroom.db" >/dev/null
	PRESSTIME_DB="$T_TMP/shm/newsroom.db" pt new reset-story Story >/dev/null
	chmod 0666 "$T_TMP/shm/newsroom.db"
	: > "$T_TMP/shm/newsroom.db-shm"
	chmod 0644 "$T_TMP/shm/newsroom.db-shm"
	export PRESSTIME_DB="$T_TMP/shm/newsroom.db"
	runs "reading past a stale read-only -shm works" 0 nb ls
	runs "a write past a stale read-only -shm fails" 1 nb log reset-story "text"
	like "is named, with its owner and the fix" "$ERR" "newsroom.db-shm is left read-only for you \\(owner root, mode 0644\\) by another user's session: ask its owner to run chmod 0660"

	# A directory this user cannot enter is not "no database".
	mkdir -p "$T_TMP/locked"
	pt init "$T_TMP/locked/newsroom.db" >/dev/null
	chmod 0700 "$T_TMP/locked"
	export PRESSTIME_DB="$T_TMP/locked/newsroom.db"
	runs "a directory one cannot enter" 1 nb ls
	like "says permission denied on the way, and the fix" "$ERR" 'cannot reach .*locked/newsroom.db: permission denied on a directory on the way \(.*locked or above\)'
	unlike "not 'no database'" "$ERR" 'no database at'
else
	for n in 1 2 3 4 5 6 7 8 9 10 11; do t_skip "permission messages ($n)" "needs root and setpriv to run as nobody"; done
fi

done_testing
