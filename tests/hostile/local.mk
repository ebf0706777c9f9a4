# Hostile text on the terminal: a generated corpus of escapes, C1, bidi and
# broken UTF-8 put in every field, every CLI output read back from a pty,
# the TUI read back from tmux and from its raw bytes.
TESTS += \
	tests/hostile/inject.sh \
	tests/hostile/tui.sh
EXTRA_DIST += \
	tests/data/hostile/make.sh \
	tests/hostile/setup.sh \
	tests/hostile/check.py \
	tests/hostile/inject.sh \
	tests/hostile/tui.sh
