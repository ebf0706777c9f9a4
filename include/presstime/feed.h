/* The feed: what happened in the newsroom since a mark, for `presstime
 * watch`: rows of the history (change.h) and of the timeline, oldest
 * first, restricted to the stories a filter matches. */
#ifndef PRESSTIME_FEED_H
#define PRESSTIME_FEED_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;
struct filter;

enum feed_type { FEED_CHANGE, FEED_ENTRY };

/* Strings are owned by the event. */
struct feed_event {
	enum feed_type type;
	long long id;       /* the change or entry row */
	long long story_id;
	char *slug;
	time_t at;          /* when it was written */
	char *by;           /* the login that wrote it */
	char *what;         /* change: the field; entry: the kind */
	char *old_value;    /* change: the value before (NULL: none) */
	char *text;         /* change: the value after; entry: the body */
	char *note;         /* change: why; entry: the source */
	time_t occurred;    /* entry: when it happened in the world */
	long long ref;      /* change: the credit or request, or 0 */
	char *who;          /* change of a request: its target */
};

struct feed {
	struct feed_event *v;
	size_t n;
	int more;  /* more was written than one read takes: read again */
};

/* Where the last read ended in each table. */
struct feed_mark {
	long long change_id, entry_id;
};

/* Marks everything written so far as seen. */
int feed_start(struct pt_db *db, struct feed_mark *m, struct pt_err *err);
/* What was written after m on stories matching f (NULL: all), oldest
 * first, and moves m past it. Short reads; no transaction is left
 * open. Free out with feed_free. */
int feed_read(struct pt_db *db, const struct filter *f, struct feed_mark *m,
    struct feed *out, struct pt_err *err);
void feed_free(struct feed *fd);

#endif
