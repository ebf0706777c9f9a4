# src/model: the only code that speaks SQL.
libpresstime_a_SOURCES += \
	src/model/internal.h \
	src/model/schema.c \
	src/model/db.c \
	src/model/backup.c \
	src/model/db_file.c \
	src/model/busy.c \
	src/model/story.c \
	src/model/story_plan.c \
	src/model/story_urgency.c \
	src/model/story_merge.c \
	src/model/story_count.c \
	src/model/story_desks.c \
	src/model/story_watch.c \
	src/model/entry.c \
	src/model/person.c \
	src/model/rfc.c \
	src/model/history.c \
	src/model/change.c \
	src/model/chain.c \
	src/model/draft.c \
	src/model/search.c \
	src/model/search_rank.c \
	src/model/filter.c \
	src/model/filter_live.c \
	src/model/filter_live.h \
	src/model/record.c \
	src/model/presence.c \
	src/model/alert.c \
	src/model/feed.c
noinst_HEADERS += \
	include/presstime/db.h \
	include/presstime/story.h \
	include/presstime/entry.h \
	include/presstime/person.h \
	include/presstime/rfc.h \
	include/presstime/history.h \
	include/presstime/change.h \
	include/presstime/draft.h \
	include/presstime/search.h \
	include/presstime/filter.h \
	include/presstime/record.h \
	include/presstime/presence.h \
	include/presstime/alert.h \
	include/presstime/feed.h
