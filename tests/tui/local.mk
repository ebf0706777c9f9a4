# TUI tests: the real binary driven by key scripts on a virtual terminal
# (screen dumps compared in the test), and a smoke test under tmux.
TESTS += \
	tests/tui/queue.sh \
	tests/tui/verbs.sh \
	tests/tui/story.sh \
	tests/tui/record.sh \
	tests/tui/prompt.sh \
	tests/tui/hostile.sh \
	tests/tui/config.sh \
	tests/tui/tmux.sh \
	tests/tui/drafts.sh \
	tests/tui/conflict.sh \
	tests/tui/conflict_window.sh \
	tests/tui/detail.sh \
	tests/tui/news.sh \
	tests/tui/presence.sh \
	tests/tui/presence_wal.sh \
	tests/tui/lockwait.sh \
	tests/tui/rawbytes.sh \
	tests/tui/undo.sh \
	tests/tui/locale.sh \
	tests/tui/signals.sh \
	tests/tui/window.sh \
	tests/tui/writefail.sh \
	tests/tui/ask.sh \
	tests/tui/live.sh \
	tests/tui/alerts.sh \
	tests/tui/alerts_slow.sh \
	tests/tui/alerts_users.sh \
	tests/tui/movebytes.sh \
	tests/tui/menus.sh \
	tests/tui/layout.sh \
	tests/tui/reach.sh
EXTRA_DIST += \
	tests/tui/tuilib.sh \
	tests/tui/verbs.sh \
	tests/tui/tmuxlib.sh \
	tests/tui/queue.sh \
	tests/tui/story.sh \
	tests/tui/record.sh \
	tests/tui/prompt.sh \
	tests/tui/hostile.sh \
	tests/tui/config.sh \
	tests/tui/tmux.sh \
	tests/tui/drafts.sh \
	tests/tui/conflict.sh \
	tests/tui/conflict_window.sh \
	tests/tui/detail.sh \
	tests/tui/news.sh \
	tests/tui/presence.sh \
	tests/tui/presence_wal.sh \
	tests/tui/lockwait.sh \
	tests/tui/rawbytes.sh \
	tests/tui/undo.sh \
	tests/tui/locale.sh \
	tests/tui/signals.sh \
	tests/tui/window.sh \
	tests/tui/writefail.sh \
	tests/tui/ask.sh \
	tests/tui/live.sh \
	tests/tui/alerts.sh \
	tests/tui/alerts_slow.sh \
	tests/tui/alerts_users.sh \
	tests/tui/movebytes.sh \
	tests/tui/menus.sh \
	tests/tui/layout.sh \
	tests/tui/reach.sh
