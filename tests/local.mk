# tests: unit (cmocka, TAP), cli (shell, TAP), tui (scripted and tmux).
EXTRA_DIST += tests/lib.sh
include tests/unit/local.mk
include tests/cli/local.mk
include tests/tui/local.mk
include tests/source/local.mk
include tests/fuzz/local.mk
include tests/hostile/local.mk
