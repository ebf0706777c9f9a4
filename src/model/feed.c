/* The feed of `presstime watch`: history and timeline rows after a
 * mark, read by rowid (a look costs what is new, never a scan). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/feed.h"
#include "presstime/filter.h"
#include "presstime/str.h"
#include "internal.h"

/* Rows per table and read; past that the rest waits for the next. */
#define FEED_ROWS_SQL "500"
enum { FEED_ROWS = 500 };

/* Both yield (id, story_id, slug, at, by, what, old, text, note,
 * occurred, ref, who) with ?1 the mark and ?2 the newest row to read. The
 * filter (over alias s) and its parameters follow. */
static const char change_sql[] =
    "SELECT c.id, c.story_id, s.slug, c.at, c.by, c.field, c.old_value,"
    " c.new_value, c.note, 0, coalesce(c.ref, 0),"
    " CASE WHEN c.field = 'request' THEN (SELECT p.name FROM rfc r"
    "  JOIN person p ON p.id = r.person_id WHERE r.id = c.ref) END"
    " FROM change c"
    " JOIN story s ON s.id = c.story_id"
    " WHERE c.id > ?1 AND c.id <= ?2 AND (%s) ORDER BY c.id LIMIT " FEED_ROWS_SQL;
/* The timeline: most entries have a history row too (an "entry" row,
 * or the request or status move that wrote them), and feed_read drops
 * those so nothing is said twice; the rest (imports, say) come from
 * here. */
static const char entry_sql[] =
    "SELECT e.id, e.story_id, s.slug, e.logged_at, e.logged_by, e.kind,"
    " NULL, e.body, e.source, e.occurred_at, 0, NULL FROM entry e"
    " JOIN story s ON s.id = e.story_id"
    " WHERE e.id > ?1 AND e.id <= ?2 AND (%s) ORDER BY e.id LIMIT " FEED_ROWS_SQL;

static int
read_rows(struct pt_db *db, const char *fmt, enum feed_type type,
    const struct filter *f, long long from, long long to, struct feed *out,
    size_t *cap, long long *last, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc, got = 0;

	if (db_prepare_filtered(db, fmt, f, 3, &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	*last = to;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct feed_event *ev;

		out->v = pt_grow(out->v, cap, out->n, sizeof *out->v);
		ev = &out->v[out->n++];
		memset(ev, 0, sizeof *ev);
		ev->type = type;
		ev->id = sqlite3_column_int64(st, 0);
		ev->story_id = sqlite3_column_int64(st, 1);
		ev->slug = db_col_dup(st, 2);
		ev->at = (time_t)sqlite3_column_int64(st, 3);
		ev->by = db_col_dup(st, 4);
		ev->what = db_col_dup(st, 5);
		ev->old_value = db_col_dup(st, 6);
		ev->text = db_col_dup(st, 7);
		ev->note = db_col_dup(st, 8);
		ev->occurred = (time_t)sqlite3_column_int64(st, 9);
		ev->ref = sqlite3_column_int64(st, 10);
		ev->who = db_col_dup(st, 11);
		got++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "reading what happened");
	if (got == FEED_ROWS) {
		/* A flood: the rest is the next read's, which the caller
		 * makes at once. */
		*last = out->v[out->n - 1].id;
		out->more = 1;
	}
	return 0;
}

static int
newest(struct pt_db *db, const char *sql, long long *out, struct pt_err *err)
{
	return db_int(db, sql, "reading what happened", out, err);
}

static const char max_change[] = "SELECT coalesce(max(id), 0) FROM change";
static const char max_entry[] = "SELECT coalesce(max(id), 0) FROM entry";

int
feed_start(struct pt_db *db, struct feed_mark *m, struct pt_err *err)
{
	int rc = newest(db, max_change, &m->change_id, err);

	return rc < 0 ? rc : newest(db, max_entry, &m->entry_id, err);
}

/* Entries the history names (an "entry" row refers to it) are said
 * from the history; so are entries a request or status move wrote in
 * the same transaction, which share the history row's time and writer
 * and a request or status field. */
static int
said_by_history(const struct feed *fd, size_t nchanges,
    const struct feed_event *e)
{
	for (size_t i = 0; i < nchanges; i++) {
		const struct feed_event *c = &fd->v[i];

		if (c->story_id != e->story_id)
			continue;
		if (strcmp(c->what, "entry") == 0 && c->ref == e->id)
			return 1;
		if ((strcmp(c->what, "request") == 0 ||
		    strcmp(c->what, "status") == 0 ||
		    strcmp(c->what, "created") == 0) && c->at <= e->at + 1 &&
		    e->at <= c->at + 1 && c->by != NULL && e->by != NULL &&
		    strcmp(c->by, e->by) == 0 && e->what != NULL &&
		    (strcmp(e->what, "rfc") == 0 ||
		    strcmp(e->what, "statement") == 0 ||
		    strcmp(e->what, "status") == 0))
			return 1;
	}
	return 0;
}

static void
event_done(struct feed_event *ev)
{
	free(ev->slug);
	free(ev->by);
	free(ev->what);
	free(ev->old_value);
	free(ev->text);
	free(ev->note);
	free(ev->who);
}

static int
by_when(const void *a, const void *b)
{
	const struct feed_event *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if (x->type != y->type)
		return x->type == FEED_CHANGE ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

int
feed_read(struct pt_db *db, const struct filter *f, struct feed_mark *m,
    struct feed *out, struct pt_err *err)
{
	long long top_c, top_e, last_c, last_e;
	size_t cap = 0, nchanges, k;
	int rc;

	out->v = NULL;
	out->n = 0;
	out->more = 0;
	/* The newest rows first, then the rows up to them: what commits
	 * meanwhile is the next read's, never half of this one. */
	if ((rc = newest(db, max_change, &top_c, err)) < 0 ||
	    (rc = newest(db, max_entry, &top_e, err)) < 0)
		return rc;
	if (top_c > m->change_id)
		rc = read_rows(db, change_sql, FEED_CHANGE, f, m->change_id,
		    top_c, out, &cap, &last_c, err);
	else
		last_c = m->change_id;
	nchanges = out->n;
	if (rc == 0 && top_e > m->entry_id)
		rc = read_rows(db, entry_sql, FEED_ENTRY, f, m->entry_id, top_e,
		    out, &cap, &last_e, err);
	else
		last_e = m->entry_id;
	if (rc < 0) {
		feed_free(out);
		return rc;
	}
	m->change_id = last_c;
	m->entry_id = last_e;
	/* Entries the history already says go. */
	k = nchanges;
	for (size_t i = nchanges; i < out->n; i++) {
		if (said_by_history(out, nchanges, &out->v[i]))
			event_done(&out->v[i]);
		else
			out->v[k++] = out->v[i];
	}
	out->n = k;
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, by_when);
	return 0;
}

void
feed_free(struct feed *fd)
{
	for (size_t i = 0; i < fd->n; i++)
		event_done(&fd->v[i]);
	free(fd->v);
	fd->v = NULL;
	fd->n = 0;
	fd->more = 0;
}
