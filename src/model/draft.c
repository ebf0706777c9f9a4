/* Drafts: saved keystrokes from a session that went away. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/db.h"
#include "presstime/draft.h"
#include "presstime/str.h"
#include "internal.h"

/* Saving runs as the terminal goes away: the process must be gone within
 * 2 s, so it does not wait out another writer's long transaction. */
#define DRAFT_PATIENCE_MS 500

int
draft_save(struct pt_db *db, struct draft *d, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = pt_db_begin_within(db, DRAFT_PATIENCE_MS, err)) < 0)
		return rc;
	if (db_prepare(db, "INSERT INTO draft (login, slug, context, body, "
	    "saved_at) VALUES (?, ?, ?, ?, ?)", &st, err) < 0) {
		pt_db_rollback(db);
		return PT_EDB;
	}
	db_bind_text(st, 1, d->login);
	db_bind_text(st, 2, d->slug);
	db_bind_text(st, 3, d->context);
	/* As a blob-safe length: the body is exactly what was typed. */
	sqlite3_bind_text(st, 4, d->body != NULL ? d->body : "",
	    -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)d->saved_at);
	rc = db_step_done(db, st, err, "saving a draft");
	if (rc < 0) {
		pt_db_rollback(db);
		return rc;
	}
	d->id = sqlite3_last_insert_rowid(db->h);
	return pt_db_commit(db, err);
}

int
draft_list_user(struct pt_db *db, const char *login, struct draft_list *out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT id, login, slug, context, body, saved_at "
	    "FROM draft WHERE login = ? ORDER BY id", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, login);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct draft *d;

		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		d = &out->v[out->n++];
		d->id = sqlite3_column_int64(st, 0);
		d->login = db_col_dup(st, 1);
		d->slug = db_col_dup(st, 2);
		d->context = db_col_dup(st, 3);
		d->body = db_col_dup(st, 4);
		d->saved_at = (time_t)sqlite3_column_int64(st, 5);
	}
	sqlite3_finalize(st);
	return 0;
}

int
draft_delete(struct pt_db *db, long long id, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (pt_db_begin(db, err) < 0)
		return PT_EBUSY;
	if (db_prepare(db, "DELETE FROM draft WHERE id = ?", &st, err) < 0) {
		pt_db_rollback(db);
		return PT_EDB;
	}
	sqlite3_bind_int64(st, 1, id);
	rc = db_step_done(db, st, err, "deleting a draft");
	if (rc < 0) {
		pt_db_rollback(db);
		return rc;
	}
	return pt_db_commit(db, err);
}

void
draft_done(struct draft *dr)
{
	free(dr->login);
	free(dr->slug);
	free(dr->context);
	free(dr->body);
	memset(dr, 0, sizeof *dr);
}

void
draft_list_free(struct draft_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		draft_done(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
