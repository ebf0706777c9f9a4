# Running a newsroom host: the system-wide config read before the user's
# (so an admin names the shared database once), backup --keep rotation,
# and the nightly backup's systemd units.
. "${PT_SRCDIR:?}/tests/lib.sh"

shared="$T_TMP/srv/newsroom.db"
mkdir -p "$T_TMP/srv" "$T_TMP/etc/presstime" "$T_TMP/xdg1/presstime" \
	"$T_TMP/xdg2/presstime" "$XDG_CONFIG_HOME/presstime"
export PRESSTIME_SYSCONFDIR="$T_TMP/etc"
export XDG_CONFIG_DIRS="$T_TMP/xdg1:$T_TMP/xdg2"
unset PRESSTIME_DB
pt --db "$shared" init >/dev/null
pt --db "$shared" new shared-story "On the shared desk" >/dev/null

# The admin's file alone reaches the shared newsroom.
printf 'database: %s\ncob_hour: 16\n' "$shared" >"$T_TMP/etc/presstime/config.yaml"
run pt ls
like "the system config names the database for every account" "$OUT" "shared-story"
runs "--help names the system config" 0 pt --help
like "with the configured path" "$OUT" "system config +$T_TMP/etc/presstime/config.yaml"

# $XDG_CONFIG_DIRS: the first listed wins over the later, all over the
# system file; the user's file wins over everything.
printf 'theme: light\n' >"$T_TMP/xdg2/presstime/config.yaml"
printf 'theme: mono\n' >"$T_TMP/xdg1/presstime/config.yaml"
runs "config check reads them all" 0 pt config check
like "and names the last file read" "$OUT" "config ok: $T_TMP/xdg1/presstime/config.yaml"
printf 'theme: newsprint\n' >"$XDG_CONFIG_HOME/presstime/config.yaml"
runs "the user's file is read last" 0 pt config check
like "config check names it" "$OUT" "config ok: $XDG_CONFIG_HOME/presstime/config.yaml"
run pt ls
like "the user's file keeps the admin's database" "$OUT" "shared-story"
# Which theme won shows in the TUI's dump; the layering is checked on the
# one setting all three name through the config check's theme load.
printf 'theme: nosuchtheme\n' >"$T_TMP/xdg1/presstime/config.yaml"
run pt config check
is "a setting the user overrides is not the one used" "$RC" "0"
rm "$XDG_CONFIG_HOME/presstime/config.yaml"
run pt config check
like "without the user's file the XDG one is used" "$ERR$OUT" "nosuchtheme"
rm "$T_TMP/xdg1/presstime/config.yaml" "$T_TMP/xdg2/presstime/config.yaml"

# A mistake in the admin's file names that file and keeps the defaults.
printf 'databse: /x\n' >"$T_TMP/etc/presstime/config.yaml"
run pt config check
like "a system file's problem names the file and place" "$ERR" \
	"$T_TMP/etc/presstime/config.yaml:1:1: unknown setting \"databse\""
# $PRESSTIME_CONFIG stands alone.
printf 'database: %s\n' "$shared" >"$T_TMP/etc/presstime/config.yaml"
printf 'cob_hour: 9\n' >"$T_TMP/own.yaml"
run env PRESSTIME_CONFIG="$T_TMP/own.yaml" "$PRESSTIME" config check
like "PRESSTIME_CONFIG reads only that file" "$OUT" "config ok: $T_TMP/own.yaml"

# --- backup --keep
export PRESSTIME_DB="$shared"
mkdir -p "$T_TMP/backups"
touch "$T_TMP/backups/notes.txt"
for day in 21 22 23 24; do
	PRESSTIME_NOW="2026-11-${day}T03:15:00Z" run pt backup --keep 2 "$T_TMP/backups"
done
is "backup --keep keeps the N newest" "$(ls "$T_TMP/backups" | tr '\n' ' ')" \
	"notes.txt presstime-20261123T031500Z.db presstime-20261124T031500Z.db "
is "and says what it removed" "$OUT" \
	"backed up to $T_TMP/backups/presstime-20261124T031500Z.db; removed 1 older backup (keeping 2)"
is "a kept copy is a whole newsroom" \
	"$(sqlite3 "$T_TMP/backups/presstime-20261124T031500Z.db" "SELECT slug FROM story")" "shared-story"
runs "--keep needs a number" 2 pt backup --keep none "$T_TMP/backups"
like "it names the value" "$ERR" '--keep: "none" is not a number'
runs "--keep needs a directory" 2 pt backup --keep 3 "$T_TMP/backups/notes.txt"
like "it names the path" "$ERR" "notes.txt is not one"
runs "a plain backup still refuses to overwrite" 1 pt backup "$T_TMP/backups/presstime-20261124T031500Z.db"

# --- contrib: the units
svc="$PT_BUILDDIR/contrib/systemd/presstime-backup.service"
timer="$PT_SRCDIR/contrib/systemd/presstime-backup.timer"
like "the service runs backup --keep with the installed binary" "$(cat "$svc")" \
	"^ExecStart=/.*/presstime --db .* backup --keep [0-9]+ "
unlike "the service has no placeholder left" "$(cat "$svc")" "@[a-z]+@"
if command -v systemd-analyze >/dev/null 2>&1; then
	cal=$(sed -n 's/^OnCalendar=//p' "$timer")
	runs "the timer's calendar is valid" 0 systemd-analyze calendar "$cal"
fi

done_testing
