/* Status history: the audit trail of workflow moves. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/history.h"
#include "presstime/str.h"
#include "internal.h"

int
history_insert(struct pt_db *db, struct status_change *c, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "INSERT INTO status_change (story_id, from_state, "
	    "to_state, at, by, note) VALUES (?, ?, ?, ?, ?, ?)", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, c->story_id);
	db_bind_text(st, 2, c->from_state);
	db_bind_text(st, 3, c->to_state);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)c->at);
	db_bind_text(st, 5, c->by);
	db_bind_text(st, 6, c->note);
	rc = db_step_done(db, st, err, "recording a status change");
	if (rc == 0)
		c->id = sqlite3_last_insert_rowid(db->h);
	return rc;
}

static int
history_query(struct pt_db *db, const char *where, int limit, long long arg,
    struct status_change_list *out, struct pt_err *err)
{
	char sql[512];
	sqlite3_stmt *st;
	size_t cap = 0;

	out->v = NULL;
	out->n = 0;
	snprintf(sql, sizeof sql, "SELECT c.id, c.story_id, c.from_state, "
	    "c.to_state, c.at, c.by, c.note, s.slug FROM status_change c JOIN "
	    "story s ON s.id = c.story_id WHERE %s ORDER BY c.id LIMIT %d",
	    where, limit);
	if (db_prepare(db, sql, &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, arg);
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

int
history_list_story(struct pt_db *db, long long story_id,
    struct status_change_list *out, struct pt_err *err)
{
	return history_query(db, "c.story_id = ?1", -1, story_id, out, err);
}

int
history_since(struct pt_db *db, long long after_id,
    struct status_change_list *out, struct pt_err *err)
{
	return history_query(db, "c.id > ?1", 50, after_id, out, err);
}

int
history_max_id(struct pt_db *db, long long *out, struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "SELECT coalesce(max(id), 0) FROM status_change",
	    &st, err) < 0)
		return PT_EDB;
	*out = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return 0;
}

void
history_list_free(struct status_change_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].from_state);
		free(l->v[i].to_state);
		free(l->v[i].by);
		free(l->v[i].note);
		free(l->v[i].slug);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
