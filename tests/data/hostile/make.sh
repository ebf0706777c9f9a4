#!/bin/sh
# Writes the hostile-text corpus: one file per case, the raw bytes of one
# payload, no trailing newline. Generated (octal printf escapes only, so
# POSIX sh and dash work) so the repository holds no raw escape bytes.
#
#   sh tests/data/hostile/make.sh DIR     writes DIR/<case> for every case
#
# Each payload carries a plain marker ("pwned-...") so a test can tell
# whether the bytes around it were acted on or shown. Cases named utf8-*
# are not valid UTF-8 (Markus Kuhn's decoder stress test); the others are.
set -eu
dir=${1:?usage: make.sh DIR}
mkdir -p "$dir"
c() { # c NAME FORMAT: one case, FORMAT given to printf (octal escapes)
	printf "$2" >"$dir/$1"
}

# CSI: colors, cursor moves, erase, alternate screen, cursor hiding.
c csi-sgr 'red \033[31;1;5mALERT pwned-sgr\033[0m and \033[38;5;196mmore\033[m'
c csi-cursor 'a\033[10;10Hpwned-cup\033[5A\033[2K\033[999Cright\033[6n'
c csi-clear 'before\033[2J\033[3J\033[Hpwned-clear\033c'
c csi-altscreen 'alt\033[?1049hpwned-alt\033[?25l\033[?1000h'
# OSC 0/2 (title), 8 (hyperlink), 52 (clipboard): ended by BEL and by ST.
c osc0-bel 'x\033]0;pwned-title\007 y'
c osc0-st 'x\033]0;pwned-title\033\\ y'
c osc2-bel 'x\033]2;pwned-title\007 y'
c osc2-st 'x\033]2;pwned-title\033\\ y'
c osc8-bel '\033]8;;https://evil.example/pwned-link\007click me\033]8;;\007'
c osc8-st '\033]8;;https://evil.example/pwned-link\033\\click me\033]8;;\033\\'
c osc52-bel 'x\033]52;c;cHduZWQtY2xpcA==\007 pwned-clip y'
c osc52-st 'x\033]52;c;cHduZWQtY2xpcA==\033\\ pwned-clip y'
# No terminator: a terminal would swallow everything after it.
c osc-unterminated 'x\033]0;pwned-title and it never ends'
# Strings: DCS (with a termcap query), APC, PM, SOS, each ended by ST.
c dcs 'x\033P+q544e\033\\\033Ppwned-dcs\033\\ y'
c apc 'x\033_pwned-apc\033\\ y'
c pm 'x\033^pwned-pm\033\\ y'
c sos 'x\033Xpwned-sos\033\\ y'
# C1 CSI as a raw byte (invalid UTF-8) and as U+009B; OSC/ST as U+009D/9C.
c utf8-c1-raw 'x\23331mpwned-c1 y'
c c1-u009b 'x\302\23331mpwned-c1 y'
c c1-osc-u009d 'x\302\2350;pwned-title\302\234 y'
c c1-nel 'x\302\205pwned-nel\302\204 y'
# C0 and DEL: carriage return, backspace, DEL, BEL, VT, FF, tab, newline.
c cr 'harmless text\rpwned-cr'
c backspace 'secret\010\010\010\010\010\010pwned-bs'
c del 'de\177\177pwned-del'
c c0-misc 'bel\007vt\013ff\014tab\011nl\012pwned-c0\001\037'
# Bidi embeddings and overrides U+202A-202E, isolates U+2066-2069, marks.
c bidi-lre 'a\342\200\252pwned-lre\342\200\254 b'
c bidi-rle 'a\342\200\253pwned-rle\342\200\254 b'
c bidi-pdf 'a\342\200\254pwned-pdf b'
c bidi-lro 'a\342\200\255pwned-lro\342\200\254 b'
c bidi-rlo 'invoice\342\200\256fdp.exe pwned-rlo'
c bidi-lri 'a\342\201\246pwned-lri\342\201\251 b'
c bidi-rli 'a\342\201\247pwned-rli\342\201\251 b'
c bidi-fsi 'a\342\201\250pwned-fsi\342\201\251 b'
c bidi-pdi 'a\342\201\251pwned-pdi b'
c bidi-marks 'a\342\200\216b\342\200\217c\330\234d pwned-marks'
c line-sep 'a\342\200\250b\342\200\251c pwned-ls'
# Invisible: byte order mark / zero width no-break space; soft hyphen.
c bom '\357\273\277pwned-bom\357\273\277 x'
c shy 'soft\302\255hy\302\255phen pwned-shy'
# Invalid UTF-8.
c utf8-overlong 'a\300\257b\340\200\257c\360\200\200\257d\301\277e\340\237\277f\360\217\277\277g pwned-overlong'
c utf8-overlong-nul 'a\300\200b\340\200\200c\360\200\200\200d pwned-nul'
c utf8-surrogates 'a\355\240\200b\355\277\277c\355\240\200\355\260\200d pwned-surr'
c utf8-fe-ff 'a\376b\377c\376\376\377\377d pwned-feff'
c utf8-5-6-byte 'a\370\210\200\200\200b\374\204\200\200\200\200c pwned-56'
c utf8-beyond 'a\364\220\200\200b\367\277\277\277c pwned-beyond'
c utf8-truncated 'a\302b\340\200c\360\200\200d\342\202 pwned-trunc\342\202'
c utf8-lone-cont 'a\200b\277c\200\201\202\203d pwned-cont\200'
c utf8-escape-split 'a\302\033[31mpwned-split\342\200\033]0;t\007'
# 10,000 combining marks on one letter (U+0301 COMBINING ACUTE ACCENT).
{
	printf 'e'
	i=0
	while [ $i -lt 100 ]; do
		printf '\314\201%.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 \
		    17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 \
		    36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 \
		    55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 \
		    74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 \
		    93 94 95 96 97 98 99 100
		i=$((i + 1))
	done
	printf ' pwned-zalgo'
} >"$dir/combining-10k"
# Wide CJK (U+6F22 U+5B57, two columns each) running past every cut
# point, at both parities: one of the two lands a wide character exactly
# on the column where a field or the screen ends.
cjk='\346\274\242\345\255\227'
cjk8="$cjk$cjk$cjk$cjk$cjk$cjk$cjk$cjk"
c cjk-even "$cjk8$cjk8$cjk8$cjk8$cjk8 pwned-cjk"
c cjk-odd "a$cjk8$cjk8$cjk8$cjk8$cjk8 pwned-cjk"
c cjk-mixed "ab\343\200\200$cjk8$cjk8$cjk8$cjk8\357\274\241$cjk8 pwned-cjk"
