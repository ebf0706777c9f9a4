/* Watching stories for other writers' changes through the updated_at
 * index, never a scan (see story.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/story.h"
#include "presstime/str.h"
#include "internal.h"

/* Rows read per look (newest first), and how many seconds behind the
 * newest row a late commit may still be stamped: ptime_now() is read
 * before the write lock is won, and the clock ticks in whole seconds. */
enum { WATCH_ROWS = 200, WATCH_SLACK = 5 };

static int
watch_seen(const struct story_watch *w, long long id, long long version)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->seen[i].id == id)
			return w->seen[i].version == version;
	return 0;
}

/* One look through the updated_at index at the rows from w->since on;
 * the changed ones go to out (NULL: just remember them). */
static int
watch_look(struct pt_db *db, struct story_watch *w, struct story_list *out,
    struct pt_err *err)
{
	struct story_seen *seen = NULL;
	sqlite3_stmt *st;
	size_t n = 0, cap = 0, ocap = 0, keep = 0;
	time_t since = w->since, top = 0, low = 0;
	int rc;

	/* story_updated(updated_at, slug) serves both the range and the
	 * order: a page of the newest rows, never a scan. */
	if (db_prepare(db, "SELECT " STORY_COLS " FROM story s WHERE "
	    "s.updated_at >= ?1 ORDER BY s.updated_at DESC, s.slug DESC "
	    "LIMIT ?2", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)w->since);
	sqlite3_bind_int(st, 2, WATCH_ROWS);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct story s;

		story_read(st, &s);
		if (n == 0)
			top = s.updated_at;
		low = s.updated_at;
		seen = pt_grow(seen, &cap, n, sizeof *seen);
		seen[n].id = s.id;
		seen[n].version = s.version;
		seen[n++].updated_at = s.updated_at;
		if (out != NULL && !watch_seen(w, s.id, s.version)) {
			out->v = pt_grow(out->v, &ocap, out->n, sizeof *out->v);
			out->v[out->n++] = s;
		} else
			story_done(&s);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(seen);
		if (out != NULL)
			story_list_free(out);
		return db_fail(db, err, "looking for changed stories");
	}
	if (n > 0 && top - WATCH_SLACK > since)
		since = top - WATCH_SLACK;
	/* A full page may have cut its oldest second short: start after
	 * it, so a row left out is never taken for a change. */
	if (n == WATCH_ROWS && low + 1 > since)
		since = low + 1;
	for (size_t i = 0; i < n; i++)
		if (seen[i].updated_at >= since)
			seen[keep++] = seen[i];
	free(w->seen);
	w->seen = seen;
	w->n = keep;
	w->since = since;
	return 0;
}

int
story_watch_start(struct pt_db *db, struct story_watch *w,
    struct pt_err *err)
{
	story_watch_done(w);
	return watch_look(db, w, NULL, err);
}

int
story_watch_changed(struct pt_db *db, struct story_watch *w,
    struct story_list *out, struct pt_err *err)
{
	out->v = NULL;
	out->n = 0;
	return watch_look(db, w, out, err);
}

void
story_watch_done(struct story_watch *w)
{
	free(w->seen);
	memset(w, 0, sizeof *w);
}

