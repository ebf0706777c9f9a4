# src/io: export (YAML, JSON, Markdown) and import of YAML story files.
libpresstime_a_SOURCES += \
	src/io/internal.h \
	src/io/json.c \
	src/io/event_json.c \
	src/io/shape.c \
	src/io/export.c \
	src/io/export_md.c \
	src/io/export_ninjs.c \
	src/io/export_ics.c \
	src/io/export_csv.c \
	src/io/import_read.c \
	src/io/import.c
noinst_HEADERS += \
	include/presstime/json.h \
	include/presstime/event_json.h \
	include/presstime/io.h
