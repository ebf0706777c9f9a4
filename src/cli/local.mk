# src/cli: one file per verb (cmds.h lists them), dispatch in cli.c.
libpresstime_a_SOURCES += \
	src/cli/cmds.h \
	src/cli/cli.c \
	src/cli/out.c \
	src/cli/help.c \
	src/cli/pager.c \
	src/cli/complete.c \
	src/cli/embed.c \
	src/cli/cmd_open.c \
	src/cli/cmd_demo.c \
	src/cli/cmd_init.c \
	src/cli/cmd_new.c \
	src/cli/cmd_log.c \
	src/cli/cmd_status.c \
	src/cli/cmd_set.c \
	src/cli/cmd_credit.c \
	src/cli/cmd_rfc.c \
	src/cli/cmd_ls.c \
	src/cli/cmd_show.c \
	src/cli/cmd_endnotes.c \
	src/cli/cmd_history.c \
	src/cli/cmd_undo.c \
	src/cli/cmd_search.c \
	src/cli/cmd_budget.c \
	src/cli/cmd_export.c \
	src/cli/cmd_drafts.c \
	src/cli/cmd_check.c \
	src/cli/cmd_theme.c \
	src/cli/cmd_tz.c \
	src/cli/cmd_watch.c
noinst_HEADERS += include/presstime/cli.h include/presstime/tui.h
