/* The history table: every change to a story, one row each, chained. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/change.h"
#include "presstime/str.h"
#include "internal.h"

int
change_insert(struct pt_db *db, const struct change_new *c, long long *id_out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	long long id;
	int rc;

	if (db_prepare(db, "INSERT INTO change (story_id, at, by, field, "
	    "old_value, new_value, note, ref, batch, undoes, imported, session) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, c->story_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)c->at);
	db_bind_text(st, 3, c->by);
	db_bind_text(st, 4, c->field);
	db_bind_text(st, 5, c->old_value);
	db_bind_text(st, 6, c->new_value);
	db_bind_text(st, 7, c->note != NULL && *c->note ? c->note : NULL);
	if (c->ref != 0)
		sqlite3_bind_int64(st, 8, c->ref);
	if (c->batch > 0)
		sqlite3_bind_int64(st, 9, c->batch);
	if (c->undoes != 0)
		sqlite3_bind_int64(st, 10, c->undoes);
	sqlite3_bind_int(st, 11, c->imported != 0);
	db_bind_session(db, st, 12);
	if ((rc = db_step_done(db, st, err, "recording a change")) < 0)
		return rc;
	id = sqlite3_last_insert_rowid(db->h);
	if (id_out != NULL)
		*id_out = id;
	/* A batch is named by its first row: set before the row is sealed. */
	if (c->batch < 0) {
		if (db_prepare(db, "UPDATE change SET batch = id WHERE id = ?",
		    &st, err) < 0)
			return PT_EDB;
		sqlite3_bind_int64(st, 1, id);
		if ((rc = db_step_done(db, st, err, "recording a change")) < 0)
			return rc;
	}
	return chain_seal(db, "change", id, err);
}

#define CHANGE_COLS "c.id, c.story_id, c.at, c.by, c.field, c.old_value, " \
	"c.new_value, c.note, c.ref, c.batch, c.undoes, c.imported, s.slug"

static void
change_read(sqlite3_stmt *st, struct change *c)
{
	c->id = sqlite3_column_int64(st, 0);
	c->story_id = sqlite3_column_int64(st, 1);
	c->at = (time_t)sqlite3_column_int64(st, 2);
	c->by = db_col_dup(st, 3);
	c->field = db_col_dup(st, 4);
	c->old_value = db_col_dup(st, 5);
	c->new_value = db_col_dup(st, 6);
	c->note = db_col_dup(st, 7);
	c->ref = sqlite3_column_int64(st, 8);
	c->batch = sqlite3_column_int64(st, 9);
	c->undoes = sqlite3_column_int64(st, 10);
	c->imported = sqlite3_column_int(st, 11);
	c->slug = db_col_dup(st, 12);
}

static int
read_list(struct pt_db *db, sqlite3_stmt *st, struct change_list *out,
    struct pt_err *err)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		change_read(st, &out->v[out->n++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		change_list_free(out);
		return db_fail(db, err, "reading the history");
	}
	return 0;
}

int
change_list_story(struct pt_db *db, long long story_id, const char *field,
    struct change_list *out, struct pt_err *err)
{
	sqlite3_stmt *st;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT " CHANGE_COLS " FROM change c JOIN story s "
	    "ON s.id = c.story_id WHERE c.story_id = ?1 AND (?2 IS NULL OR "
	    "c.field = ?2 OR c.field = 'refused:' || ?2) ORDER BY c.id DESC", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	db_bind_text(st, 2, field);
	return read_list(db, st, out, err);
}

int
change_list_batch(struct pt_db *db, long long batch, struct change_list *out,
    struct pt_err *err)
{
	sqlite3_stmt *st;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT " CHANGE_COLS " FROM change c JOIN story s "
	    "ON s.id = c.story_id WHERE c.batch = ?1 ORDER BY c.id DESC", &st,
	    err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, batch);
	return read_list(db, st, out, err);
}

static int
read_one(struct pt_db *db, sqlite3_stmt *st, struct change *out,
    struct pt_err *err)
{
	int rc = sqlite3_step(st);

	memset(out, 0, sizeof *out);
	if (rc == SQLITE_ROW)
		change_read(st, out);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, err, "reading the history");
	return 0;
}

int
change_last_field(struct pt_db *db, long long story_id, const char *field,
    long long ref, long long after_id, struct change *out, struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "SELECT " CHANGE_COLS " FROM change c JOIN story s "
	    "ON s.id = c.story_id WHERE c.story_id = ?1 AND c.field = ?2 AND "
	    "coalesce(c.ref, 0) = ?3 AND c.id > ?4 ORDER BY c.id DESC LIMIT 1",
	    &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	db_bind_text(st, 2, field);
	sqlite3_bind_int64(st, 3, ref);
	sqlite3_bind_int64(st, 4, after_id);
	return read_one(db, st, out, err);
}

int
change_last_by(struct pt_db *db, const char *by, long long story_id,
    struct change *out, struct pt_err *err)
{
	sqlite3_stmt *st;

	/* Undone rows and the undos themselves are not undone again: the
	 * next undo reaches further back. */
	if (db_prepare(db, "SELECT " CHANGE_COLS " FROM change c JOIN story s "
	    "ON s.id = c.story_id WHERE c.by = ?1 AND (?2 = 0 OR "
	    "c.story_id = ?2) AND c.undoes IS NULL AND c.imported = 0 AND "
	    "c.field NOT IN ('created', 'request', 'needs-update') AND "
	    "c.field NOT LIKE "
	    "'refused:%' AND NOT EXISTS (SELECT 1 FROM change u "
	    "WHERE u.undoes = c.id) ORDER BY c.id DESC LIMIT 1", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, by);
	sqlite3_bind_int64(st, 2, story_id);
	return read_one(db, st, out, err);
}

void
change_done(struct change *c)
{
	free(c->by);
	free(c->field);
	free(c->old_value);
	free(c->new_value);
	free(c->note);
	free(c->slug);
	memset(c, 0, sizeof *c);
}

void
change_list_free(struct change_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		change_done(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
