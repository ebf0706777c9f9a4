# src/cli: one file per verb.
libpresstime_a_SOURCES += \
	src/cli/cli.c
noinst_HEADERS += include/presstime/cli.h
