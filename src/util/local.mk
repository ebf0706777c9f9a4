# src/util: libc only.
libpresstime_a_SOURCES += \
	src/util/err.c \
	src/util/str.c \
	src/util/shwords.c \
	src/util/afile.c \
	src/util/strmap.c \
	src/util/states.c \
	src/util/utf8.c \
	src/util/text_in.c \
	src/util/sanitize.c \
	src/util/ptime.c \
	src/util/ptime_clock.c \
	src/util/ptime_int.h \
	src/util/ptime_show.c \
	src/util/paths.c \
	src/util/ptime_zone.c \
	src/util/sha256.c \
	src/util/runcmd.c
noinst_HEADERS += \
	include/presstime/err.h \
	include/presstime/str.h \
	include/presstime/shwords.h \
	include/presstime/afile.h \
	include/presstime/strmap.h \
	include/presstime/states.h \
	include/presstime/ptime.h \
	include/presstime/utf8.h \
	include/presstime/text_in.h \
	include/presstime/sanitize.h \
	include/presstime/paths.h \
	include/presstime/sha256.h \
	include/presstime/runcmd.h
