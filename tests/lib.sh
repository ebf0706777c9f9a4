# Shared helpers for presstime's shell tests. Each test file sources this,
# calls the check functions, and ends with `done_testing`; output is TAP.
# Every test runs in its own temporary home and database with a fixed clock.

set -u
: "${PRESSTIME:?PRESSTIME must name the binary under test}"
T_N=0
T_FAILED=0
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/presstime-test.XXXXXX")
trap 'rm -rf "$T_TMP"' EXIT
export HOME="$T_TMP/home"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_STATE_HOME="$HOME/.local/state"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
export PRESSTIME_DB="$T_TMP/newsroom.db"
export PRESSTIME_NOW="${PRESSTIME_NOW:-2026-11-26T14:00:00Z}"
export TZ=UTC
# The host zone a newsroom takes at init when --tz names none (presstime
# reads /etc/timezone otherwise): tests must not depend on the host.
export PRESSTIME_HOST_TZ=UTC
export LC_ALL=C.UTF-8
unset NO_COLOR PRESSTIME_CONFIG VISUAL EDITOR

pt() { "$PRESSTIME" "$@"; }

t_ok() { # t_ok NAME: record a pass
	T_N=$((T_N + 1)); echo "ok $T_N - $1"
}
t_fail() { # t_fail NAME DETAIL...
	T_N=$((T_N + 1)); T_FAILED=$((T_FAILED + 1))
	echo "not ok $T_N - $1"; shift
	printf '%s\n' "$@" | sed 's/^/#   /'
}

# run CMD...: runs it, keeping stdout in $OUT, stderr in $ERR, status in $RC.
run() {
	"$@" >"$T_TMP/out" 2>"$T_TMP/err"; RC=$?
	OUT=$(cat "$T_TMP/out"); ERR=$(cat "$T_TMP/err")
}

# is NAME GOT WANT
is() {
	if [ "$2" = "$3" ]; then t_ok "$1"; else
		t_fail "$1" "got:  $2" "want: $3"; fi
}
# like NAME TEXT PATTERN (grep -E)
like() {
	if printf '%s\n' "$2" | grep -Eq -- "$3"; then t_ok "$1"; else
		t_fail "$1" "text: $2" "want match: $3"; fi
}
unlike() {
	if printf '%s\n' "$2" | grep -Eq -- "$3"; then
		t_fail "$1" "text: $2" "unwanted match: $3"; else t_ok "$1"; fi
}
# runs NAME STATUS CMD...: expects exit STATUS
runs() {
	name=$1 want=$2; shift 2; run "$@"
	if [ "$RC" = "$want" ]; then t_ok "$name"; else
		t_fail "$name" "exit $RC, want $want" "stdout: $OUT" "stderr: $ERR"; fi
}

# Waits out a writer (as presstime does) instead of failing "locked".
sql() { sqlite3 -batch -noheader -cmd ".timeout 5000" "$PRESSTIME_DB" "$@"; }

done_testing() {
	echo "1..$T_N"
	[ "$T_FAILED" = 0 ]
}

# t_skip NAME REASON: a test that cannot run here, said out loud (TAP SKIP).
t_skip() {
	T_N=$((T_N + 1)); echo "ok $T_N - $1 # SKIP $2"
}

# small_fs DIR KIB: mounts a tmpfs of KIB KiB at DIR (created), unmounted
# at exit; returns 1 (mount refused: not root, or no privilege) so the
# caller can skip out loud.
small_fs() {
	mkdir -p "$1" || return 1
	mount -t tmpfs -o "size=${2}k,mode=0777" tmpfs "$1" 2>/dev/null || return 1
	T_MOUNTS="${T_MOUNTS:-} $1"
	trap 'for m in $T_MOUNTS; do umount "$m"; done; rm -rf "$T_TMP"' EXIT
}
# fill_fs DIR: fills the filesystem at DIR to the last byte.
fill_fs() {
	dd if=/dev/zero of="$1/.fill" bs=4096 2>/dev/null
	dd if=/dev/zero of="$1/.fill2" bs=1 2>/dev/null
	return 0
}
# as_nobody CMD...: runs CMD as the unprivileged user nobody (root only).
as_nobody() {
	setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
}
can_be_nobody() {
	[ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1 &&
		setpriv --reuid=nobody --regid=nogroup --clear-groups -- true 2>/dev/null
}

# real_users GROUP USER...: two or more real editors of one newsroom
# (root only): makes GROUP and each USER (no home, primary group users,
# a member of GROUP), removes them all with the temp dir at exit, and
# opens $T_TMP to them.
real_users() {
	T_GROUP=$1
	shift
	T_USERS="$*"
	groupadd "$T_GROUP"
	for _ru in "$@"; do
		useradd -M -N -g users -G "$T_GROUP" -s /bin/sh "$_ru"
	done
	trap 'for _ru in $T_USERS; do userdel "$_ru" 2>/dev/null; done; groupdel "$T_GROUP" 2>/dev/null; rm -rf "$T_TMP"' EXIT
	chmod 755 "$T_TMP"
}

# Waiting on a condition, never on a guess of how long something takes.
# wait_until TENTHS CMD...: runs CMD every 0.1 s until it succeeds;
# returns 1 when it still fails after TENTHS tries.
wait_until() {
	_wn=$1 _wi=0
	shift
	until "$@"; do
		_wi=$((_wi + 1))
		[ $_wi -ge "$_wn" ] && return 1
		sleep 0.1
	done
	return 0
}
# locked: another connection cannot take the write lock now.
locked() {
	! sqlite3 -batch "$PRESSTIME_DB" ".timeout 0" \
	    "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1
}
# lock_hold [SQL]: a second connection (sqlite3) takes the write lock and
# runs SQL in its transaction, uncommitted; returns once the lock is
# held (1 if it never is). lock_release COMMIT|ROLLBACK ends it.
lock_hold() {
	rm -f "$T_TMP/holder"
	mkfifo "$T_TMP/holder"
	# It waits out a writer of the moment (a checkpoint, a TUI's
	# start) as presstime does, rather than failing "locked".
	sqlite3 -batch -cmd ".timeout 10000" "$PRESSTIME_DB" \
	    <"$T_TMP/holder" >"$T_TMP/holder.out" 2>&1 &
	HOLDER=$!
	exec 9>"$T_TMP/holder"
	echo "BEGIN IMMEDIATE; ${1:-}" >&9
	wait_until 300 locked
}
lock_release() {
	echo "$1;" >&9
	exec 9>&-
	wait "$HOLDER"
}
# freeze PID: PID stopped (SIGSTOP) outside a write of its own, so that
# others' writes land while it cannot look; `kill -CONT PID` lets it go
# on. Stopped inside its own transaction (a TUI's heartbeat) it would
# keep the lock those writes need: then it is let go and stopped again.
# Returns 1 when the lock stays held.
freeze() {
	_fz=0
	while [ $_fz -lt 100 ]; do
		kill -STOP "$1"
		wait_until 300 _stopped "$1"
		locked || return 0
		kill -CONT "$1"
		sleep 0.1; _fz=$((_fz + 1))
	done
	return 1
}
_stopped() {
	case $(ps -o stat= -p "$1" 2>/dev/null) in T*) return 0 ;; esac
	return 1
}
# busy_waiting PID: PID sleeps (nanosleep), as in SQLite's busy handler
# waiting for a lock, polling up to 30 s (a loaded machine is slow).
# Linux /proc only: elsewhere (no wchan to read) it waits 1 s and
# succeeds, which can only make a test weaker, never wrong.
busy_waiting() {
	if [ ! -r "/proc/$1/wchan" ] || [ "$(cat "/proc/$1/wchan")" = 0 ]; then
		sleep 1
		return 0
	fi
	wait_until 300 _nanosleeping "$1"
}
_nanosleeping() {
	case $(cat "/proc/$1/wchan" 2>/dev/null) in
	*nanosleep*) return 0 ;;
	esac
	return 1
}
