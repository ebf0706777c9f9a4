#!/bin/sh
# Runs the libFuzzer harnesses of a build configured with --enable-fuzzing
# (see tests/fuzz/README.md). Builds nothing. For each harness: fuzz for
# FUZZ_SECONDS on a copy of its seed corpus, then replay the seed corpus
# as it is. Speaks TAP; a crash is "not ok" naming the input that crashed.
#
#   tests/fuzz/run.sh BUILD_DIR [HARNESS...]
#
# FUZZ_SECONDS (default 60) per harness; FUZZ_MAX_LEN (default 8192)
# bytes per generated input (seeds replay whole); FUZZ_OUT (default
# BUILD_DIR/tests/fuzz/out) keeps the grown corpora, logs and crashes.
set -u
build=${1:?usage: run.sh BUILD_DIR [HARNESS...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
seconds=${FUZZ_SECONDS:-60}
max_len=${FUZZ_MAX_LEN:-8192}
harnesses=${*:-fuzz_theme fuzz_import fuzz_filter fuzz_time fuzz_sanitize}
out=${FUZZ_OUT:-$build/tests/fuzz/out}
mkdir -p "$out" || exit 1
out=$(cd "$out" && pwd)

set -- $harnesses
echo "1..$(($# * 2))"
n=0
pass=0
fail=0
status=0

# The input a libFuzzer log says it crashed on: the artifact it wrote,
# else the last file it was running.
crash_input() { # crash_input LOG
	sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$1" | tail -n 1 |
	    grep . || sed -n 's/^Running: \(.*\)$/\1/p' "$1" | tail -n 1
}

ok() { # ok DESCRIPTION
	pass=$((pass + 1))
	echo "ok $n - $1"
}

not_ok() { # not_ok DESCRIPTION LOG
	status=1
	fail=$((fail + 1))
	echo "not ok $n - $1"
	echo "# input: $(crash_input "$2")"
	echo "# log: $2"
	grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz_[a-z]+:|.*runtime error)' "$2" |
	    head -n 5 | sed 's/^/#   /'
}

for h in "$@"; do
	bin=$build/tests/fuzz/$h
	seeds=$here/corpus/$h
	work=$out/$h
	log=$out/$h.log
	n=$((n + 1))
	if [ ! -x "$bin" ]; then
		status=1
		fail=$((fail + 2))
		echo "not ok $n - $h: no $bin (configure CC=clang --enable-fuzzing)"
		n=$((n + 1))
		echo "not ok $n - $h: seed replay skipped"
		continue
	fi
	# Fuzz on a copy: the seed corpus in the source tree stays as it is.
	rm -rf "$work" "$out/$h.crashes"
	mkdir -p "$work" "$out/$h.crashes"
	cp "$seeds"/* "$work"/
	"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
	    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$out/$h.crashes/" \
	    "$work" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" |
	    tail -n 1)
	if [ $rc -eq 0 ]; then
		ok "$h: ${runs:-?} runs, no crash"
	else
		not_ok "$h: crashed after ${runs:-?} runs (exit $rc)" "$log"
	fi

	# Replay: each seed once, no mutation.
	n=$((n + 1))
	rlog=$out/$h.replay.log
	count=$(ls "$seeds" | wc -l)
	if "$bin" -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix="$out/$h.crashes/" "$seeds"/* >"$rlog" 2>&1; then
		ok "$h: replayed $count seed inputs, no crash"
	else
		not_ok "$h: seed replay crashed" "$rlog"
	fi
done
# The summary automake's test driver prints, so .ci/run counts these too.
echo "# TOTAL: $n"
echo "# PASS:  $pass"
echo "# FAIL:  $fail"
exit $status
