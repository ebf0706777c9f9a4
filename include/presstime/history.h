/* Status history: every move of a story through the workflow; and the
 * watch that finds what other writers did since a look. */
#ifndef PRESSTIME_HISTORY_H
#define PRESSTIME_HISTORY_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"
#include "presstime/story.h"

struct pt_db;

/* Strings are owned by the struct (freed by history_change_done), also
 * in a row the caller fills for history_insert: copy borrowed text in
 * with pt_xstrdup. (desk_import's rows are the one exception: they
 * borrow from the YAML tree and are never passed to *_done.) */
struct status_change {
	long long id;
	long long story_id;
	char *from_state; /* NULL for the first state */
	char *to_state;
	time_t at;
	char *by;
	char *note;
	char *slug;       /* joined from story, for messages */
	/* For the change row history_insert also writes (0: none). */
	long long batch;  /* the ; action it is part of */
	long long undoes; /* the change it undoes */
	long long change_id; /* set: the change row written */
	int imported;     /* brought by import, not made here */
	const char *change_note; /* the change row's note, when not note */
};

struct status_change_list {
	struct status_change *v;
	size_t n;
};

/* Records a move (and its row in the history, change.h). */
int history_insert(struct pt_db *db, struct status_change *c,
    struct pt_err *err);
int history_list_story(struct pt_db *db, long long story_id,
    struct status_change_list *out, struct pt_err *err);
void history_change_done(struct status_change *c);  /* the fields, not c */
void history_list_free(struct status_change_list *l);

/* Watching other writers: where the last look ended in each table, read
 * by id (the rowid, so a look costs what is new, never a scan). */
struct history_watch {
	long long change_id;        /* last status change seen */
	long long entry_id;         /* last timeline entry seen */
	long long rfc_id;           /* last request for comment seen */
	struct story_watch stories; /* stories' versions, for field edits */
};

/* What one row says happened, best name first (the order matters: a
 * face naming several events on one story picks the lowest). */
enum history_what {
	HW_CREATED,   /* a story was added */
	HW_MOVED,     /* detail: the state it moved to */
	HW_ASKED,     /* detail: whom comment was asked of */
	HW_ANSWERED,  /* detail: who answered */
	HW_REQUEST,   /* detail: the target (follow-up, refusal, promise,
	               * lapse) */
	HW_LOGGED,    /* a timeline entry */
	HW_CHANGED    /* the story row changed; story: the row now */
};

struct history_event {
	enum history_what what;
	long long story_id;
	char *slug;
	char *by;            /* a login; NULL when unknown */
	char *detail;        /* see enum history_what; else NULL */
	time_t at;
	struct story *story; /* HW_CHANGED only; owned */
	char *session;       /* the writing process (desk_session); NULL
	                      * when unknown (rows from before sessions) */
};

struct history_news {
	struct history_event *v; /* status changes, requests, entries, then
	                          * changed stories; each oldest first */
	size_t n;
	int more;  /* more happened than one look reads: the rest is skipped */
};

/* Marks everything in the database as seen. Pair with
 * history_watch_done. */
int history_watch_start(struct pt_db *db, struct history_watch *w,
    struct pt_err *err);
/* What was written since the last look (by anyone, this connection
 * too: call history_watch_start after writing to skip one's own), and
 * moves the watch past it. Reads one snapshot and ends it before
 * returning: no read transaction is left open. Free out with
 * history_news_free. */
int history_watch_news(struct pt_db *db, struct history_watch *w,
    struct history_news *out, struct pt_err *err);
void history_watch_done(struct history_watch *w);
/* Moves src's events to the end of dst (src is left empty). */
void history_news_append(struct history_news *dst, struct history_news *src);
/* Drops the events written under login, keeping the others in order
 * (a writer's own work, when it cannot be told from others' by when it
 * was written). */
void history_news_drop_by(struct history_news *n, const char *login);
/* Drops the events one process wrote (its desk_session): a window's own
 * writes are never news to it, its user's other windows' still are. */
void history_news_drop_session(struct history_news *n, const char *session);
void history_news_free(struct history_news *n);

#endif
