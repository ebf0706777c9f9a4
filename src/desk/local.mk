# src/desk: newsroom operations. Pure rules are in rules.mk.
include src/desk/rules.mk
libpresstime_a_SOURCES += \
	src/desk/desk_int.h \
	src/desk/desk.c \
	src/desk/desk_story.c \
	src/desk/desk_entry.c \
	src/desk/desk_rfc.c \
	src/desk/desk_notes.c \
	src/desk/desk_draft.c \
	src/desk/desk_import.c \
	src/desk/desk_change.c \
	src/desk/desk_undo.c \
	src/desk/desk_authority.c \
	src/desk/desk_presence.c \
	src/desk/desk_alert.c \
	src/desk/desk_feed.c
noinst_HEADERS += include/presstime/desk.h include/presstime/desk_import.h \
	include/presstime/desk_alert.h
include src/desk/demo.mk
