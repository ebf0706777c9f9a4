# Per-command help from the command table, and shell completion through
# `presstime __complete`: bash (its completion function, as bash calls it),
# fish (complete -C) and zsh (syntax) scripts against a real database.
. "${PT_SRCDIR:?}/tests/lib.sh"
comp="$PT_SRCDIR/completions"

pt init >/dev/null
pt new hootsuite-ice "Hootsuite drops ICE contract" >/dev/null
pt new fcn-layoffs "FCN lays off 40" >/dev/null
pt credit hootsuite-ice "Dylan Martin" >/dev/null

# --- help
runs "ls --help exits 0" 0 pt ls --help
like "it prints the usage" "$OUT" "^usage: presstime ls \[FILTER\.\.\.\]"
like "its options" "$OUT" "--sort KEY +urgency \(default\)"
like "and an example" "$OUT" "Example:"
like "the example runs ls" "$OUT" "^  presstime ls "
help_ls=$OUT
runs "help ls exits 0" 0 pt help ls
is "help ls is ls --help" "$OUT" "$help_ls"
runs "-h works after the verb too" 0 pt rfc add -h
like "rfc's help lists its actions" "$OUT" "usage: presstime rfc add SLUG TARGET"
runs "help of an unknown command is a usage error" 2 pt help lss
like "it names the word" "$ERR" 'no command "lss"'
runs "--help after -- is a word, not help" 2 pt status -- --help
runs "help alone lists every command" 0 pt help
like "the list has rfc" "$OUT" "^  rfc "

cmds=$(pt __complete "")
missing=""
for c in $cmds; do
	[ "$c" = help ] && continue
	out=$("$PRESSTIME" "$c" --help 2>&1) || missing="$missing $c(exit)"
	printf '%s\n' "$out" | grep -q "^usage: presstime $c" || missing="$missing $c(usage)"
	printf '%s\n' "$out" | grep -q "^Example:" || missing="$missing $c(example)"
	printf '%s\n' "$out" | grep -q "^  presstime $c" || missing="$missing $c(runs $c)"
done
is "every command has usage and an example running it" "$missing" ""

# The parser of each verb accepts exactly its documented options (else
# cli_parse refuses with an internal error): each verb meets an unknown
# option, which it must call unknown.
bad=""
for c in $cmds; do
	[ "$c" = help ] && continue
	err=$("$PRESSTIME" "$c" x --no-such-option </dev/null 2>&1 >/dev/null)
	case $err in *"unknown option"*) ;; *) bad="$bad $c: $err";; esac
done
is "every verb's options are its documented ones" "$bad" ""
for c in ls show rfc export new; do
	docs=$(pt __complete "$c" --)
	for o in $docs; do
		[ "$o" = --help ] && continue
		err=$("$PRESSTIME" "$c" "$o" </dev/null 2>&1 >/dev/null)
		case $err in *"unknown option"*) bad="$bad $c $o";; esac
	done
done
is "every documented option is accepted" "$bad" ""

# --- __complete
is "commands by prefix" "$(pt __complete st)" "status"
is "an option by prefix" "$(pt __complete show --f)" "--format"
is "an option's values" "$(pt __complete show --format j)" "json"
is "--opt=value" "$(pt __complete show --format=y)" "--format=yaml"
is "slugs from the database" "$(pt __complete status h)" "hootsuite-ice"
is "states after the slug" "$(pt __complete status hootsuite-ice ed)" "editing"
is "people" "$(pt __complete credit hootsuite-ice Dy)" "Dylan Martin"
is "filter keys" "$(pt __complete ls st)" "status:"
is "filter values" "$(pt __complete ls status:cop)" "status:copydesk"
is "after a comma" "$(pt __complete ls 'pri:flash,urg')" "pri:flash,urgent"
is "negated" "$(pt __complete ls '!pr')" "!pri:"
is "the live and all words" "$(pt __complete ls l; pt __complete ls al)" "live
all"
is "rfc actions" "$(pt __complete rfc a | tr '\n' ' ')" "add answer attempt "
is "help's word is a command" "$(pt __complete help endn)" "endnotes"
is "--db before the verb is followed" \
	"$(PRESSTIME_DB=/nonexistent pt __complete --db "$PRESSTIME_DB" show f)" "fcn-layoffs"
is "no database: no slugs, no error" \
	"$(PRESSTIME_DB=/nonexistent/x.db pt __complete show h 2>&1)" ""
# Each filter key completion offers is one the filter language takes.
for k in $(pt __complete ls ""); do
	case $k in *:) w="${k}x";; @) w="@x";; *) w=$k;; esac
	case $k in status:) w=status:filed;; pri:) w=pri:urgent;; rfc:) w=rfc:open;;
		due:) w=due:today;; upd:\<) w='upd:<1h';; esac
	run pt ls "$w"
	[ "$RC" = 0 ] || bad="$bad $k($ERR)"
done
is "every offered filter key is a real one" "$bad" ""

# --- bash, through the function bash calls, words split as bash does
bash_complete() { # bash_complete LINE: prints COMPREPLY, one per line
	PATH="$(dirname "$PRESSTIME"):$PATH" bash --norc --noprofile -c '
		. "$1"
		complete -p presstime >/dev/null || exit 9
		COMP_LINE=$2; COMP_POINT=${#2}
		# bash breaks words at COMP_WORDBREAKS too (":" and "=").
		read -ra COMP_WORDS <<<"$(printf %s "$2" | sed "s/\([:=]\)/ \1 /g")"
		case $2 in *" "|*:|*=) COMP_WORDS+=("");; esac
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_presstime presstime "${COMP_WORDS[COMP_CWORD]}" \
			"${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}"' bash "$comp/bash/presstime" "$1"
}
run bash -c "PATH='$(dirname "$PRESSTIME")':\$PATH; . '$comp/bash/presstime'; complete -p presstime"
like "bash: the script registers presstime" "$OUT" "complete .*-F _presstime presstime"
is "bash: a command" "$(bash_complete "presstime endn")" "endnotes"
is "bash: an option" "$(bash_complete "presstime ls --so")" "--sort"
is "bash: a slug" "$(bash_complete "presstime show hoot")" "hootsuite-ice"
is "bash: a state" "$(bash_complete "presstime status hootsuite-ice cop")" "copydesk"
is "bash: a filter value after the colon" "$(bash_complete "presstime ls status:edi")" "editing"
is "bash: a person, quoted" "$(bash_complete "presstime credit hootsuite-ice Dyl")" 'Dylan\ Martin'

# --- fish: its own completion engine, asked with complete -C
if command -v fish >/dev/null 2>&1; then
	fish_complete() {
		PATH="$(dirname "$PRESSTIME"):$PATH" fish --no-config -c \
			"source $comp/fish/presstime.fish; complete -C '$1'" |
			cut -f1
	}
	is "fish: a command" "$(fish_complete "presstime endn")" "endnotes"
	is "fish: an option" "$(fish_complete "presstime ls --so")" "--sort"
	is "fish: a slug" "$(fish_complete "presstime show hoot")" "hootsuite-ice"
	is "fish: a state" "$(fish_complete "presstime status hootsuite-ice cop")" "copydesk"
else
	echo "# fish not installed: its script is checked in CI"
fi
if command -v zsh >/dev/null 2>&1; then
	runs "zsh: the script parses" 0 zsh -n "$comp/zsh/_presstime"
fi

done_testing
