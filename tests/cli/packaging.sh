# What a packager checks: the licence in --version, the configured data
# directory (not the build tree) in --help and the man pages, and no build
# directory compiled into the binary.
. "${PT_SRCDIR:?}/tests/lib.sh"
: "${PT_BUILDDIR:?}" "${PT_PKGDATADIR:?}" "${PT_SYSCONFDIR:?}"

runs "--version exits 0" 0 pt --version
like "--version names the licence" "$OUT" "License: MIT"
like "--version names the project" "$OUT" "https://github.com/presstime/presstime"
[ -f "$PT_SRCDIR/LICENSE" ] && t_ok "LICENSE ships" || t_fail "LICENSE ships"

# Installed, the themes are under the configured data directory.
run env -u PRESSTIME_DATADIR "$PRESSTIME" --help
like "--help shows the configured data directory" "$OUT" \
	"shipped themes +$PT_PKGDATADIR/themes"
unlike "--help names no placeholder" "$OUT" "@[a-z]+@"
# Uninstalled, $PRESSTIME_DATADIR (set by the test harness) wins.
run pt --help
like "--help follows PRESSTIME_DATADIR" "$OUT" "shipped themes +$PT_SRCDIR/themes"

for page in presstime.1 presstime-config.5 presstime-themes.5 presstime-json.5; do
	f="$PT_BUILDDIR/docs/$page"
	if grep -q '@[A-Za-z_]*@' "$f"; then
		t_fail "$page has every placeholder substituted" "$(grep '@[A-Za-z_]*@' "$f")"
	else
		t_ok "$page has every placeholder substituted"
	fi
done
if grep -qF "$PT_PKGDATADIR/themes" "$PT_BUILDDIR/docs/presstime.1"; then
	t_ok "presstime(1) names the configured data directory"
else
	t_fail "presstime(1) names the configured data directory" "$PT_PKGDATADIR"
fi
if command -v mandoc >/dev/null 2>&1; then
	lint=$(cd "$PT_BUILDDIR/docs" && mandoc -Tlint -W warning \
		presstime.1 presstime-config.5 presstime-themes.5 \
		presstime-json.5 2>&1)
	is "man pages lint clean with mandoc" "$lint" ""
fi

# The build tree's path appears in the binary only inside the configured
# installation paths (distcheck installs under its build tree).
leaks=$(strings -a "$PRESSTIME" | grep -F -e "$PT_BUILDDIR" -e "$PT_SRCDIR" |
	grep -vF -e "$PT_PKGDATADIR" -e "$PT_SYSCONFDIR")
is "no build directory in the binary" "$leaks" ""

done_testing
