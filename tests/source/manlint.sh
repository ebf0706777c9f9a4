# The manual pages lint clean with mandoc at every level, style included
# (`mandoc -Tlint`: long input lines, sentences not ending a line, ...),
# as docs/*.1 and docs/*.5 are built. Without mandoc there is nothing to
# run: said out loud as a SKIP (.ci/run installs it).
. "$PT_SRCDIR/tests/lib.sh"

if ! command -v mandoc >/dev/null 2>&1; then
	t_skip "mandoc -Tlint on the manual pages" \
		"mandoc is not installed (apt-get install mandoc)"
	done_testing
	exit
fi
cd "${PT_BUILDDIR:?}/docs" || exit 1
n=0
# Every page the build makes (a new page is linted without being listed).
for page in *.1 *.5; do
	[ -f "$page" ] || continue
	run mandoc -Tlint "$page"
	is "mandoc -Tlint $page is quiet" "$OUT$ERR" ""
	n=$((n + 1))
done
like "the pages were built and linted" "$n" '^([4-9]|[1-9][0-9])$'

done_testing
