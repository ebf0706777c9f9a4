/* Status history: the audit trail of workflow moves, and the news of
 * other writers' work read from it and from the timeline. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/change.h"
#include "presstime/history.h"
#include "presstime/str.h"
#include "internal.h"

int
history_insert(struct pt_db *db, struct status_change *c, struct pt_err *err)
{
	struct change_new ch;
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "INSERT INTO status_change (story_id, from_state, "
	    "to_state, at, by, note, session) VALUES (?, ?, ?, ?, ?, ?, ?)", &st,
	    err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, c->story_id);
	db_bind_text(st, 2, c->from_state);
	db_bind_text(st, 3, c->to_state);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->at);
	db_bind_text(st, 5, c->by);
	db_bind_text(st, 6, c->note);
	db_bind_session(db, st, 7);
	rc = db_step_done(db, st, err, "recording a status change");
	if (rc < 0)
		return rc;
	c->id = sqlite3_last_insert_rowid(db->h);
	memset(&ch, 0, sizeof ch);
	ch.story_id = c->story_id;
	ch.at = c->at;
	ch.by = c->by;
	ch.field = c->from_state == NULL ? "created" : "status";
	ch.old_value = c->from_state;
	ch.new_value = c->to_state;
	ch.note = c->change_note != NULL ? c->change_note : c->note;
	ch.batch = c->batch;
	ch.undoes = c->undoes;
	ch.imported = c->imported;
	return change_insert(db, &ch, &c->change_id, err);
}

int
history_list_story(struct pt_db *db, long long story_id,
    struct status_change_list *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT c.id, c.story_id, c.from_state, c.to_state, "
	    "c.at, c.by, c.note, s.slug FROM status_change c JOIN story s ON "
	    "s.id = c.story_id WHERE c.story_id = ?1 ORDER BY c.id", &st,
	    err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct status_change *c;

		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		c = &out->v[out->n++];
		c->id = sqlite3_column_int64(st, 0);
		c->story_id = sqlite3_column_int64(st, 1);
		c->from_state = db_col_dup(st, 2);
		c->to_state = db_col_dup(st, 3);
		c->at = (time_t)sqlite3_column_int64(st, 4);
		c->by = db_col_dup(st, 5);
		c->note = db_col_dup(st, 6);
		c->slug = db_col_dup(st, 7);
	}
	sqlite3_finalize(st);
	return 0;
}

void
history_change_done(struct status_change *c)
{
	free(c->from_state);
	free(c->to_state);
	free(c->by);
	free(c->note);
	free(c->slug);
	memset(c, 0, sizeof *c);
}

void
history_list_free(struct status_change_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		history_change_done(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* Rows read per table and look (past that, the rest is skipped). */
enum { NEWS_ROWS = 50 };

/* Every news query yields (what, id, story_id, slug, by, detail, at,
 * session) for rows with id > ?1, oldest first, at most ?2 of them; ?3 on are
 * the history_what values it hands out. */
static const char news_changes_sql[] =
    "SELECT CASE WHEN c.from_state IS NULL THEN ?3 ELSE ?4 END, c.id,"
    " c.story_id, s.slug, c.by, c.to_state, c.at, c.session"
    " FROM status_change c"
    " JOIN story s ON s.id = c.story_id WHERE c.id > ?1 ORDER BY c.id"
    " LIMIT ?2";
static const char news_rfcs_sql[] =
    "SELECT ?3, r.id, r.story_id, s.slug, r.asked_by, p.name, r.asked_at,"
    " r.session FROM rfc r JOIN story s ON s.id = r.story_id"
    " JOIN person p ON p.id = r.person_id WHERE r.id > ?1 ORDER BY r.id"
    " LIMIT ?2";
/* An entry the desk wrote for a request names its target as the source:
 * a statement from someone whose request was answered at the moment it
 * records (the desk dates both alike) is the answer; an rfc entry about
 * a target of the story is about a request.
 * Both look only at the story's own requests (the rfc_story index). */
static const char news_entries_sql[] =
    "SELECT CASE"
    " WHEN e.kind = 'statement' AND EXISTS (SELECT 1 FROM rfc r"
    "  JOIN person p ON p.id = r.person_id WHERE r.story_id = e.story_id"
    "  AND r.state = 'answered' AND p.name = e.source"
    "  AND r.answered_at = e.occurred_at) THEN ?3"
    " WHEN e.kind = 'rfc' AND EXISTS (SELECT 1 FROM rfc r"
    "  JOIN person p ON p.id = r.person_id WHERE r.story_id = e.story_id"
    "  AND p.name = e.source) THEN ?4"
    " ELSE ?5 END, e.id, e.story_id, s.slug, e.logged_by, e.source,"
    " e.logged_at, e.session FROM entry e JOIN story s ON s.id = e.story_id"
    " WHERE e.id > ?1 ORDER BY e.id LIMIT ?2";

static int
max_id(struct pt_db *db, const char *sql, long long *out, struct pt_err *err)
{
	return db_int(db, sql, "reading the news", out, err);
}

static struct history_event *
news_add(struct history_news *out, size_t *cap)
{
	struct history_event *ev;

	out->v = pt_grow(out->v, cap, out->n, sizeof *out->v);
	ev = &out->v[out->n++];
	memset(ev, 0, sizeof *ev);
	return ev;
}

/* Runs one news query after *mark; moves the mark past what it read, or
 * to the table's newest row (max_sql) when there was more than a look. */
static int
news_read(struct pt_db *db, const char *sql, const int *args, int nargs,
    const char *max_sql, long long *mark, struct history_news *out,
    size_t *cap, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc, got = 0;

	if (db_prepare(db, sql, &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, *mark);
	sqlite3_bind_int(st, 2, NEWS_ROWS);
	for (int i = 0; i < nargs; i++)
		sqlite3_bind_int(st, 3 + i, args[i]);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct history_event *ev = news_add(out, cap);

		ev->what = (enum history_what)sqlite3_column_int(st, 0);
		*mark = sqlite3_column_int64(st, 1);
		ev->story_id = sqlite3_column_int64(st, 2);
		ev->slug = db_col_dup(st, 3);
		ev->by = db_col_dup(st, 4);
		ev->detail = db_col_dup(st, 5);
		ev->at = (time_t)sqlite3_column_int64(st, 6);
		ev->session = db_col_dup(st, 7);
		got++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "reading the news");
	if (got == NEWS_ROWS) {
		out->more = 1;
		return max_id(db, max_sql, mark, err);
	}
	return 0;
}

/* The session that wrote a story's version, read in the snapshot the
 * watch saw it in (story_watch's rows do not carry it). */
static char *
last_session(struct pt_db *db, long long story_id)
{
	sqlite3_stmt *st;
	char *s = NULL;

	if (db_prepare(db, "SELECT updated_session FROM story WHERE id = ?1",
	    &st, NULL) < 0)
		return NULL;
	sqlite3_bind_int64(st, 1, story_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		s = db_col_dup(st, 0);
	sqlite3_finalize(st);
	return s;
}

static const char max_change_sql[] =
    "SELECT coalesce(max(id), 0) FROM status_change";
static const char max_entry_sql[] = "SELECT coalesce(max(id), 0) FROM entry";
static const char max_rfc_sql[] = "SELECT coalesce(max(id), 0) FROM rfc";

/* One snapshot for a look, so a story's row and the entry that touched
 * it are seen together, without a BEGIN: an autocommit read
 * transaction lasts while any statement of the connection is still
 * stepping, so a pin left on its first row holds one snapshot for the
 * queries after it. snapshot_end finalizes the pin, which ends the read
 * transaction: none is left open between looks (it would pin the WAL).
 * NULL (no snapshot, each query reads the newest) if it cannot start. */
static sqlite3_stmt *
snapshot_begin(struct pt_db *db)
{
	sqlite3_stmt *pin;

	if (db_prepare(db, "SELECT 1 FROM sqlite_master", &pin, NULL) < 0)
		return NULL;
	if (sqlite3_step(pin) != SQLITE_ROW) {
		sqlite3_finalize(pin);
		return NULL;
	}
	return pin;
}

static void
snapshot_end(sqlite3_stmt *pin)
{
	sqlite3_finalize(pin);
}

int
history_watch_start(struct pt_db *db, struct history_watch *w,
    struct pt_err *err)
{
	sqlite3_stmt *pin = snapshot_begin(db);
	int rc;

	if ((rc = max_id(db, max_change_sql, &w->change_id, err)) == 0 &&
	    (rc = max_id(db, max_entry_sql, &w->entry_id, err)) == 0 &&
	    (rc = max_id(db, max_rfc_sql, &w->rfc_id, err)) == 0)
		rc = story_watch_start(db, &w->stories, err);
	snapshot_end(pin);
	return rc;
}

int
history_watch_news(struct pt_db *db, struct history_watch *w,
    struct history_news *out, struct pt_err *err)
{
	static const int change_args[] = { HW_CREATED, HW_MOVED };
	static const int rfc_args[] = { HW_ASKED };
	static const int entry_args[] = { HW_ANSWERED, HW_REQUEST,
		HW_LOGGED };
	struct story_list l = { NULL, 0 };
	size_t cap = 0;
	sqlite3_stmt *pin;
	int rc;

	out->v = NULL;
	out->n = 0;
	out->more = 0;
	pin = snapshot_begin(db);
	rc = news_read(db, news_changes_sql, change_args, 2, max_change_sql,
	    &w->change_id, out, &cap, err);
	if (rc == 0)
		rc = news_read(db, news_rfcs_sql, rfc_args, 1, max_rfc_sql,
		    &w->rfc_id, out, &cap, err);
	if (rc == 0)
		rc = news_read(db, news_entries_sql, entry_args, 3,
		    max_entry_sql, &w->entry_id, out, &cap, err);
	if (rc == 0)
		rc = story_watch_changed(db, &w->stories, &l, err);
	for (size_t i = 0; rc == 0 && i < l.n; i++) {
		struct history_event *ev = news_add(out, &cap);

		ev->session = last_session(db, l.v[i].id);

		ev->what = HW_CHANGED;
		ev->story_id = l.v[i].id;
		ev->slug = pt_xstrdup(l.v[i].slug);
		ev->by = pt_xstrdup(l.v[i].updated_by);
		ev->at = l.v[i].updated_at;
		ev->story = pt_xmalloc(sizeof *ev->story);
		*ev->story = l.v[i];  /* the fields move with it */
		memset(&l.v[i], 0, sizeof l.v[i]);
	}
	snapshot_end(pin);
	story_list_free(&l);
	if (rc < 0)
		history_news_free(out);
	return rc;
}

void
history_watch_done(struct history_watch *w)
{
	story_watch_done(&w->stories);
	memset(w, 0, sizeof *w);
}

void
history_news_append(struct history_news *dst, struct history_news *src)
{
	size_t cap = dst->n;

	for (size_t i = 0; i < src->n; i++) {
		dst->v = pt_grow(dst->v, &cap, dst->n, sizeof *dst->v);
		dst->v[dst->n++] = src->v[i];
	}
	dst->more |= src->more;
	free(src->v);
	src->v = NULL;
	src->n = 0;
	src->more = 0;
}

static void
event_done(struct history_event *ev)
{
	free(ev->slug);
	free(ev->by);
	free(ev->detail);
	free(ev->session);
	story_free(ev->story);
}

/* Drops the events whose field (by or session) is text. */
static void
drop_where(struct history_news *n, int session, const char *text)
{
	size_t k = 0;

	for (size_t i = 0; i < n->n; i++) {
		struct history_event *ev = &n->v[i];
		const char *v = session ? ev->session : ev->by;

		if (v != NULL && text != NULL && *text != '\0' &&
		    strcmp(v, text) == 0)
			event_done(ev);
		else
			n->v[k++] = *ev;
	}
	n->n = k;
}

void
history_news_drop_by(struct history_news *n, const char *login)
{
	drop_where(n, 0, login);
}

void
history_news_drop_session(struct history_news *n, const char *session)
{
	drop_where(n, 1, session);
}

void
history_news_free(struct history_news *n)
{
	for (size_t i = 0; i < n->n; i++)
		event_done(&n->v[i]);
	free(n->v);
	n->v = NULL;
	n->n = 0;
	n->more = 0;
}
