/* Stories: the rows of the news budget. */
#ifndef PRESSTIME_STORY_H
#define PRESSTIME_STORY_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;
struct filter;

/*
 * The house rule for strings in structs: input structs handed to an
 * operation (struct desk_new_story, struct desk_entry, struct desk_rfc)
 * hold borrowed `const char *` views, valid for the call; the model's row
 * structs (story, entry, rfc, person, status_change, draft) own their
 * strings, whether read from the database or filled by a caller for an
 * insert or update: copy borrowed text in with pt_xstrdup, free with the
 * struct's *_done. No cast ever puts a borrowed string into a row.
 * (desk_import's rows borrow from the YAML tree and are never freed
 * field by field: see desk_import.h.)
 *
 * Strings are owned by the struct (freed by story_free / story_done);
 * NULL means unset. Times are Unix seconds, 0 = unset.
 */
struct story {
	long long id;
	char *slug;
	char *headline;
	char *dek;
	char *budget_line;
	int words;         /* planned length, 0 = unset */
	char *art;         /* planned photo/video */
	char *desk;
	char *status;
	char *held_from;   /* the state a held story left */
	char *priority;    /* flash, urgent, routine, deferred */
	char *editor;      /* assigned editor's login */
	time_t deadline;
	time_t embargo;
	time_t published_at;
	char *url;
	int needs_update;  /* an answer arrived after publication */
	time_t created_at;
	time_t updated_at;
	char *updated_by;  /* login of the last writer */
	long long version; /* bumped on every change */
	/* Derived, filled by story_get and story_page: */
	int rfc_open;      /* requests still open (or promised) */
	int rfc_total;
	time_t rfc_due_first;  /* earliest due time of an open request */
	time_t rfc_promised_first; /* earliest time a promise is due by */
	int urgency;       /* the urgency page's score at its now; -1 when
	                    * the row came from elsewhere */
};

struct story_list {
	struct story *v;
	size_t n;
};

/* Sort orders for queues, one row each: X(ID, name, help). The one
 * table of sorts: `ls --sort`, `:sort`, config's default_sort and their
 * help read it; the SQL keys of each are story.c's. Every order ends with
 * the slug; the keyset cursor follows the order. */
#define STORY_SORTS(X)							\
	X(URGENCY, "urgency", "what matters first: broken promises, "	\
	    "overdue requests, deadlines (the default)")		\
	X(DUE, "due", "soonest deadline first")	/* none last, then	\
	    priority */							\
	X(PRIORITY, "priority", "flash first")	/* then deadline */	\
	X(UPDATED, "updated", "most recently changed first")		\
	X(STATUS, "status", "in workflow order")			\
	X(SLUG, "slug", "alphabetical")					\
	X(NEEDS, "needs", "needing an update first, then by deadline")

#define STORY_SORT_ENUM(id, name, help) SORT_##id,
#define STORY_SORT_COUNT(id, name, help) + 1
enum story_sort { STORY_SORTS(STORY_SORT_ENUM) };
enum { SORT_NSORTS = 0 STORY_SORTS(STORY_SORT_COUNT) };

/* "due", "priority", ...; PT_EINVAL naming the choices otherwise. */
int story_sort_parse(const char *name, enum story_sort *out,
    struct pt_err *err);
/* The sort's name and its one-line help; "?" out of range. */
const char *story_sort_name(enum story_sort s);
const char *story_sort_help(enum story_sort s);

/*
 * Urgency, as taskwarrior's: a sum of weights, higher first. A story not
 * live (finished, needing nothing) scores 0. A live one scores
 *   broken promise (a promise past its time)       URGENCY_BROKEN
 * + overdue request (an open one past its due)     URGENCY_RFC_OVERDUE
 * + needs an update                                URGENCY_NEEDS
 * + deadline, before publication: passed 10, within 2 h 8, 6 h 6,
 *   24 h 4, later 1, none 0
 * + priority: flash 6, urgent 4, routine 2, deferred 0
 * The request weights exceed all the rest together (24), so a broken
 * promise or an overdue request always sorts before any deadline. The
 * deadline steps make the key change at four moments per story, not
 * every second: a keyset cursor read a moment ago still finds its row.
 */
#define URGENCY_BROKEN      40
#define URGENCY_RFC_OVERDUE 30
#define URGENCY_NEEDS        8
/* The score of s at now (the C mirror of the SQL the urgency sort
 * orders by; test_urgency checks they agree). */
int story_urgency(const struct story *s, time_t now);

/* A position in a sorted queue: the sort key of a row, so the next page
 * starts after it without OFFSET (keyset pagination). */
struct story_cursor {
	int valid;
	long long k1, k2; /* sort keys of the last row seen */
	char slug[128];
	long long id;
};
/* The cursor that resumes right after s in sort order. */
void story_cursor_after(const struct story *s, enum story_sort sort,
    struct story_cursor *cur);

/* Slug rules: 1-64 chars of [a-z0-9-], starting with a letter or digit. */
int story_slug_valid(const char *slug, struct pt_err *err);
/* The key the status sort orders by (growing in workflow order, unknown
 * and NULL last), as the SQL computes it. Names and ranks of states are
 * states.h's. */
long long story_status_key(const char *status);
int story_priority_valid(const char *p, struct pt_err *err);
/* 0 flash .. 3 deferred; -1 unknown. */
int story_priority_rank(const char *p);

/* Inserts s (inside the caller's transaction); sets s->id, version 1. */
int story_insert(struct pt_db *db, struct story *s, struct pt_err *err);
/* Loads by slug. PT_ENOENT says `no story "x" (did you mean "y"?)`. */
int story_get(struct pt_db *db, const char *slug, struct story **out,
    struct pt_err *err);
int story_get_id(struct pt_db *db, long long id, struct story **out,
    struct pt_err *err);
/* Writes every field of s where the stored version equals s->version,
 * then bumps version (s->version too). A stale version is PT_ECONFLICT
 * naming who changed it. Inside the caller's transaction. */
int story_update(struct pt_db *db, struct story *s, struct pt_err *err);
/* Just bumps version/updated_at/updated_by (a child row changed). */
int story_touch(struct pt_db *db, long long id, time_t now, const char *login,
    struct pt_err *err);
/* The closest existing slug to a mistyped one (edit distance), or "". */
void story_suggest(struct pt_db *db, const char *slug, char *buf, size_t n);

/* Up to limit stories matching f (NULL: all) in sort order, starting
 * after cur (NULL or !valid: from the top). Never reads more rows than
 * asked for. Caller frees with story_list_free. */
int story_page(struct pt_db *db, const struct filter *f, enum story_sort sort,
    const struct story_cursor *cur, int limit, struct story_list *out,
    struct pt_err *err);
/* Where a page starts relative to cur (NULL or !valid: the top for
 * SEEK_AFTER and SEEK_FROM, the bottom for SEEK_BEFORE). */
enum story_seek {
	SEEK_AFTER,  /* the rows after cur */
	SEEK_FROM,   /* cur's row (if it still sorts there) and those after */
	SEEK_BEFORE  /* the limit rows just before cur, in queue order */
};
/* story_page from any side of cur: what the TUI re-anchors with, a
 * seek on the row under the cursor that costs the same anywhere in a
 * queue of any length. */
int story_seek(struct pt_db *db, const struct filter *f, enum story_sort sort,
    const struct story_cursor *cur, enum story_seek seek, int limit,
    struct story_list *out, struct pt_err *err);
/* Calls each(s, ctx) for the stories matching f (NULL: all) in sort
 * order, at most limit of them (< 0: every one), reading pages of 200 so
 * memory follows a page, not the newsroom. each returns 0 to go on; any
 * other value stops the walk and is returned. s is borrowed for the call.
 * Returns 0 when the walk ends, or a negative PT_E* code. */
int story_each(struct pt_db *db, const struct filter *f, enum story_sort sort,
    long long limit, int (*each)(const struct story *s, void *ctx), void *ctx,
    struct pt_err *err);
/* How SQLite will answer story_page(f, sort, cur) on this database: the
 * EXPLAIN QUERY PLAN rows, one per line, indented two spaces per level
 * (e.g. "SEARCH s USING INDEX story_desk (desk=?)"). For the test that
 * keeps every filter term on an index. Caller frees *out. */
int story_page_plan(struct pt_db *db, const struct filter *f,
    enum story_sort sort, const struct story_cursor *cur, char **out,
    struct pt_err *err);
/* Rows matching f (a walk of them all: not for every reload). */
int story_count(struct pt_db *db, const struct filter *f, long long *out,
    struct pt_err *err);
/* Rows matching f, but no more than cap (< 0: all): reads at most cap
 * rows, so "1,000+" costs the same in any newsroom. */
int story_count_upto(struct pt_db *db, const struct filter *f, long long cap,
    long long *out, struct pt_err *err);
/* The desks stories are filed under, at most max, case folded,
 * alphabetical (story_desks.c). Caller frees each and the vector. */
int story_desks(struct pt_db *db, int max, char ***out, size_t *n,
    struct pt_err *err);
/* All slugs starting with prefix, at most max (for Tab completion). */
int story_slugs_with_prefix(struct pt_db *db, const char *prefix, int max,
    char ***out, size_t *n, struct pt_err *err);

/* Which stories other writers changed, found through the updated_at
 * index instead of a scan: the versions of the stories updated in the
 * last few seconds are remembered, and a row in that range whose
 * version is not remembered has changed (or is new). A writer whose
 * clock runs seconds behind the newest row is missed. */
struct story_seen {
	long long id, version;
	time_t updated_at;
};
struct story_watch {
	time_t since;             /* rows updated at or after are remembered */
	struct story_seen *seen;  /* owned */
	size_t n;
};
/* Remembers the stories as they are now (any earlier state of w is
 * freed). Pair with story_watch_done. */
int story_watch_start(struct pt_db *db, struct story_watch *w,
    struct pt_err *err);
/* The stories whose version moved since the last look, newest first
 * (at most a page of them); remembers them as they are now. Caller
 * frees out with story_list_free. */
int story_watch_changed(struct pt_db *db, struct story_watch *w,
    struct story_list *out, struct pt_err *err);
void story_watch_done(struct story_watch *w);

void story_done(struct story *s); /* frees the fields, not s */
void story_free(struct story *s);
void story_list_free(struct story_list *l);

#endif
