/* Timeline entries. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/entry.h"
#include "presstime/str.h"
#include "internal.h"

static const char *const kinds[] = { "event", "statement", "document",
	"note", "rfc", "status", "correction" };

int
entry_kind_valid(const char *kind, struct pt_err *err)
{
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kind, kinds[i]) == 0)
			return 0;
	return pt_errf(err, PT_EINVAL, "unknown entry kind \"%s\" (expected "
	    "one of: event, statement, document, note, rfc, status, "
	    "correction)", kind);
}

int
entry_insert(struct pt_db *db, struct entry *e, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "INSERT INTO entry (story_id, occurred_at, "
	    "logged_at, logged_by, kind, body, source, url, amends, imported_by, "
	    "imported_at, orig_by, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?, ?)", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, e->story_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)e->occurred_at);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)e->logged_at);
	db_bind_text(st, 4, e->logged_by);
	db_bind_text(st, 5, e->kind != NULL ? e->kind : "event");
	db_bind_text(st, 6, e->body);
	db_bind_text(st, 7, e->source);
	db_bind_text(st, 8, e->url);
	if (e->amends != 0)
		sqlite3_bind_int64(st, 9, e->amends);
	db_bind_text(st, 10, e->imported_by);
	db_bind_time(st, 11, e->imported_at);
	db_bind_text(st, 12, e->orig_by);
	db_bind_session(db, st, 13);
	if ((rc = db_step_done(db, st, err, "logging an entry")) < 0)
		return rc;
	e->id = sqlite3_last_insert_rowid(db->h);
	return chain_seal(db, "entry", e->id, err);
}

#define ENTRY_COLS "id, story_id, occurred_at, logged_at, logged_by, kind, " \
	"body, source, url, amends, imported_by, imported_at, orig_by"

static void
entry_read(sqlite3_stmt *st, struct entry *e)
{
	e->id = sqlite3_column_int64(st, 0);
	e->story_id = sqlite3_column_int64(st, 1);
	e->occurred_at = (time_t)sqlite3_column_int64(st, 2);
	e->logged_at = (time_t)sqlite3_column_int64(st, 3);
	e->logged_by = db_col_dup(st, 4);
	e->kind = db_col_dup(st, 5);
	e->body = db_col_dup(st, 6);
	e->source = db_col_dup(st, 7);
	e->url = db_col_dup(st, 8);
	e->amends = sqlite3_column_int64(st, 9);
	e->imported_by = db_col_dup(st, 10);
	e->imported_at = (time_t)sqlite3_column_int64(st, 11);
	e->orig_by = db_col_dup(st, 12);
}

int
entry_list_story(struct pt_db *db, long long story_id, struct entry_list *out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT " ENTRY_COLS " FROM entry WHERE story_id = ? "
	    "ORDER BY occurred_at, id", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		entry_read(st, &out->v[out->n++]);
	}
	if (rc != SQLITE_DONE) {
		rc = db_fail(db, err, "reading the timeline");
		sqlite3_finalize(st);
		entry_list_free(out);
		return rc;
	}
	sqlite3_finalize(st);
	return 0;
}

int
entry_get(struct pt_db *db, long long id, struct entry *out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if (db_prepare(db, "SELECT " ENTRY_COLS " FROM entry WHERE id = ?",
	    &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		entry_read(st, out);
		sqlite3_finalize(st);
		return 0;
	}
	sqlite3_finalize(st);
	return pt_errf(err, PT_ENOENT, "no entry %lld", id);
}

void
entry_done(struct entry *e)
{
	free(e->logged_by);
	free(e->kind);
	free(e->body);
	free(e->source);
	free(e->url);
	free(e->imported_by);
	free(e->orig_by);
	memset(e, 0, sizeof *e);
}

void
entry_list_free(struct entry_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		entry_done(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
