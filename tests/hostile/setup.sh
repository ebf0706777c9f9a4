# Shared by the hostile-text tests (sourced after tests/lib.sh): builds the
# corpus and a database where every case sits in every text field, put
# there through the CLI (stories h-CASE) and through import (y-CASE).
#
# After sourcing: CORPUS (the case files), CASES (the names run), VCASES (the
# valid-UTF-8 ones: what YAML can carry), CHECK (check.py), and
# val CASE FIELD (prints the injected bytes: "PAYLOAD (hostile CASE FIELD)";
# the payload comes first so even a narrow column shows it).

HDIR="$PT_SRCDIR/tests/hostile"
CHECK="$HDIR/check.py"
CORPUS="$T_TMP/corpus"
sh "$PT_SRCDIR/tests/data/hostile/make.sh" "$CORPUS"
# make check runs a sample: one case of each family (OSC, CSI, DCS and
# the other introducers, C0, C1, bidi, BOM, wide and combining text,
# broken UTF-8), including every case the tests name. The whole corpus
# runs with PT_HOSTILE_ALL=1: make check-stress (tests/stress/hostile_*),
# which CI runs.
HOSTILE_SAMPLE="osc0-bel osc52-st osc-unterminated csi-clear dcs apc
    c0-misc cr c1-u009b bidi-rlo bom combining-10k cjk-odd utf8-overlong
    utf8-escape-split utf8-c1-raw"
if [ -n "${PT_HOSTILE_ALL:-}" ]; then
	CASES=$(ls "$CORPUS")
else
	CASES=
	for c in $HOSTILE_SAMPLE; do
		[ -e "$CORPUS/$c" ] && CASES="$CASES $c"
	done
fi
VCASES=$(printf '%s\n' $CASES | grep -v '^utf8-')
HOSTILE_CASES=$CASES  # check.py's "all" and "valid"
export HOSTILE_CASES

val() { cat "$CORPUS/$1"; printf ' (hostile %s %s)' "$1" "$2"; }
chk() { python3 "$CHECK" "$@"; }

pt init >/dev/null 2>&1

# inject CASE: one story through the CLI, every text field hostile.
# Leaves the failing step's stderr in $INJ_ERR and returns 1 on failure.
inject() {
	s="h-$1"
	INJ_ERR=
	for step in new set-dek set-editor log credit rfc-open rfc-answered \
	    rfc-answer status; do
		case $step in
		new) run pt new "$s" "$(val "$1" headline)" --due +3h \
		    --budget "$(val "$1" budget)" --desk "$(val "$1" desk)" \
		    --art "$(val "$1" art)" ;;
		set-dek) run pt set "$s" dek "$(val "$1" dek)" ;;
		set-editor) run pt set "$s" editor "$(val "$1" editor)" ;;
		log) run pt log "$s" --source "$(val "$1" source)" \
		    "$(val "$1" body)" ;;
		credit) run pt credit "$s" "$(val "$1" credit)" \
		    --role contributor ;;
		rfc-open) run pt rfc add "$s" "$(val "$1" target)" --kind source --due +1h ;;
		rfc-answered) run pt rfc add "$s" "$(val "$1" answered)" --kind source ;;
		rfc-answer)
			id=$(printf '%s\n' "$OUT" | sed -n 's/^request \([0-9]*\):.*/\1/p')
			run pt rfc answer "$s" "$id" "$(val "$1" answer)" ;;
		status) run pt status "$s" assigned --note "$(val "$1" note)" ;;
		esac
		if [ "$RC" != 0 ]; then
			INJ_ERR="$step: exit $RC: $ERR"
			return 1
		fi
	done
	return 0
}

# A draft as the TUI saves one when the terminal goes away mid-entry.
add_draft() { # add_draft CASE
	val "$1" draft >"$T_TMP/draft.txt"
	sql "INSERT INTO draft (login, slug, context, body, saved_at) VALUES
	    ('$(id -un)', 'h-$1', 'entry',
	    CAST(readfile('$T_TMP/draft.txt') AS TEXT), 1795874400)"
}
