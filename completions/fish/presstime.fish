# fish completion for presstime(1).
# Every candidate comes from `presstime __complete WORDS...`, which reads
# the program's own command table (verbs, options, values), the workflow
# states and the database (slugs, people), so this file cannot drift from
# the program.

function __presstime_complete
	set -l words (commandline -opc) (commandline -ct)
	set -l out ($words[1] __complete $words[2..-1] 2>/dev/null)
	if test (count $out) -eq 0
		# Nothing offered: file names.
		__fish_complete_path (commandline -ct)
	else
		printf '%s\n' $out
	end
end

complete -c presstime -f -a '(__presstime_complete)'
