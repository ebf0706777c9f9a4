# docs/HACKING.md is the developer's map: every file and folder of the
# source tree it names must exist, so the map cannot drift from the code.
. "$PT_SRCDIR/tests/lib.sh"
cd "$PT_SRCDIR" || exit 1

map=docs/HACKING.md
is "the map exists" "$(test -f "$map" && echo yes)" "yes"
paths=$(grep -oE '(src|include|tests|docs|themes)/[A-Za-z0-9_.*/-]*[A-Za-z0-9_*/]' \
	"$map" | sort -u)
n=$(printf '%s\n' "$paths" | grep -c .)
like "the map names paths" "$n" '^[0-9]{2,}$'
missing=
for p in $paths; do
	# A glob (src/cli/cmd_*.c) must match something; a file configure
	# makes (docs/presstime.1) is there as its template.
	set -- $p
	# A built file (a test program) is in the build tree, which differs
	# from the source tree in a VPATH build such as make distcheck's.
	[ -e "$1" ] || [ -e "$1.in" ] || [ -e "${PT_BUILDDIR:-.}/$1" ] ||
		missing="$missing $p"
done
is "every path the map names exists" "$missing" ""
done_testing
