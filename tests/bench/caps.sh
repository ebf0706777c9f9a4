#!/bin/sh
# How fast hostile YAML is refused: 100,000 '[' (depth cap), a billion-laughs
# file and 50,000 anchors with aliases (alias refusal), an import over the
# 8 MiB cap, and a theme over 64 KiB. Times whole `presstime` processes with
# hyperfine (process start included), so the parser's share is below these.
# usage: tests/bench/caps.sh [PRESSTIME]   (default ./presstime)
set -eu
PT=${1:-./presstime}
out=${BENCH_OUT:-tests/bench/out}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRESSTIME_DB="$tmp/caps.db" PRESSTIME_NOW=2026-11-26T14:00:00Z
"$PT" init >/dev/null

python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
open(d + "/brackets.yaml", "w").write("presstime: 1\nstories: " + "[" * 100000 + "]" * 100000 + "\n")
with open(d + "/laughs.yaml", "w") as f:
    f.write("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
    for i in range(1, 10):
        p = chr(ord('a') + i - 1); c = chr(ord('a') + i)
        f.write("%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n" % ((c, c) + (p,) * 9))
with open(d + "/anchors.yaml", "w") as f:
    f.write("presstime: 1\nstories:\n")
    for i in range(25000):
        f.write("  - &s%d {slug: s%d, headline: h}\n" % (i, i))
    for i in range(25000):
        f.write("  - *s%d\n" % i)
with open(d + "/big.yaml", "w") as f:
    f.write("presstime: 1\nstories:\n")
    for i in range(100000):
        f.write("  - {slug: s%d, headline: \"%s\"}\n" % (i, "x" * 80))
open(d + "/theme.yaml", "w").write("name: big\n# " + "x" * 70000 + "\n")
PY

if command -v hyperfine >/dev/null; then
	hyperfine -N -i --warmup 3 --export-markdown "$out/caps.md" \
	    -n "100,000 '['" "$PT import $tmp/brackets.yaml" \
	    -n "billion laughs" "$PT import $tmp/laughs.yaml" \
	    -n "50,000 anchors+aliases" "$PT import $tmp/anchors.yaml" \
	    -n "import over 8 MiB" "$PT import $tmp/big.yaml" \
	    -n "theme over 64 KiB" "$PT theme check $tmp/theme.yaml" \
	    -n "baseline: --version" "$PT --version"
	cat "$out/caps.md"
else
	for f in brackets laughs anchors big; do
		/usr/bin/time -f "$f: %e s" "$PT" import "$tmp/$f.yaml" || true
	done
fi
