# src/tui: the ncursesw face. Only these files include curses.h.
libpresstime_a_SOURCES += \
	src/tui/tui.c \
	src/tui/ask.c \
	src/tui/charset.c \
	src/tui/kept.c \
	src/tui/editor.c \
	src/tui/news.c \
	src/tui/presence.c \
	src/tui/alerts.c \
	src/tui/screen.c \
	src/tui/keys.c \
	src/tui/script.c \
	src/tui/prompt.c \
	src/tui/prompt_hist.c \
	src/tui/actions.c \
	src/tui/forms.c \
	src/tui/people.c \
	src/tui/status_tagged.c \
	src/tui/conflict.c \
	src/tui/cmdline.c \
	src/tui/cmdline_verb.c \
	src/tui/view_queue.c \
	src/tui/queue_layout.c \
	src/tui/queue_rows.c \
	src/tui/queue_views.c \
	src/tui/queue_tags.c \
	src/tui/view_story.c \
	src/tui/view_story_tabs.c \
	src/tui/wrap.c \
	src/tui/view_help.c
noinst_HEADERS += \
	src/tui/tui_int.h \
	src/tui/view_queue.h \
	src/tui/view_story.h
