/* Newsroom settings, notices and end-notes snapshots. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/record.h"
#include "presstime/str.h"
#include "internal.h"

int
setting_get(struct pt_db *db, const char *key, char **out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	if (db_prepare(db, "SELECT value FROM setting WHERE key = ?", &st,
	    err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, key);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = db_col_dup(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, err, "reading a newsroom setting");
	return 0;
}

int
setting_put(struct pt_db *db, const char *key, const char *value,
    time_t at, const char *by, struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "INSERT INTO setting (key, value, set_at, set_by) "
	    "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
	    "value = excluded.value, set_at = excluded.set_at, "
	    "set_by = excluded.set_by", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, key);
	db_bind_text(st, 2, value);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)at);
	db_bind_text(st, 4, by);
	return db_step_done(db, st, err, "saving a newsroom setting");
}

int
notice_kind_valid(const char *kind, struct pt_err *err)
{
	if (kind != NULL && (strcmp(kind, "correction") == 0 ||
	    strcmp(kind, "kill") == 0))
		return 0;
	return pt_errf(err, PT_EINVAL, "unknown notice kind \"%s\" "
	    "(expected one of: correction, kill)", kind != NULL ? kind : "");
}

int
snapshot_reason_valid(const char *reason, struct pt_err *err)
{
	static const char *const reasons[] = { "published", "corrected",
		"writethru", "killed" };

	for (size_t i = 0; reason != NULL && i < 4; i++)
		if (strcmp(reason, reasons[i]) == 0)
			return 0;
	return pt_errf(err, PT_EINVAL, "unknown end-notes reason \"%s\" "
	    "(expected one of: published, corrected, writethru, killed)",
	    reason != NULL ? reason : "");
}

int
notice_insert(struct pt_db *db, const struct notice *n, struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "INSERT INTO notice (story_id, kind, body, at, by) "
	    "VALUES (?, ?, ?, ?, ?)", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, n->story_id);
	db_bind_text(st, 2, n->kind);
	db_bind_text(st, 3, n->body);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)n->at);
	db_bind_text(st, 5, n->by);
	return db_step_done(db, st, err, "saving a notice");
}

int
notice_list_story(struct pt_db *db, long long story_id,
    struct notice_list *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT id, story_id, kind, body, at, by FROM "
	    "notice WHERE story_id = ? ORDER BY id", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct notice *n;

		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		n = &out->v[out->n++];
		n->id = sqlite3_column_int64(st, 0);
		n->story_id = sqlite3_column_int64(st, 1);
		n->kind = db_col_dup(st, 2);
		n->body = db_col_dup(st, 3);
		n->at = (time_t)sqlite3_column_int64(st, 4);
		n->by = db_col_dup(st, 5);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		notice_list_free(out);
		return db_fail(db, err, "reading notices");
	}
	return 0;
}

void
notice_list_free(struct notice_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].kind);
		free(l->v[i].body);
		free(l->v[i].by);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
snapshot_insert(struct pt_db *db, const struct snapshot *s,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "INSERT INTO notes_snapshot (story_id, taken_at, "
	    "taken_by, reason, zone, body) VALUES (?, ?, ?, ?, ?, ?)", &st,
	    err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, s->story_id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)s->taken_at);
	db_bind_text(st, 3, s->taken_by);
	db_bind_text(st, 4, s->reason);
	db_bind_text(st, 5, s->zone);
	/* An empty record is still a record: '' rather than NULL. */
	sqlite3_bind_text(st, 6, s->body != NULL ? s->body : "", -1,
	    SQLITE_TRANSIENT);
	if ((rc = db_step_done(db, st, err, "saving the end notes as they "
	    "ran")) < 0)
		return rc;
	/* What ran is chained with the rest of the record (chain.c). */
	return chain_seal(db, "notes_snapshot", sqlite3_last_insert_rowid(db->h),
	    err);
}

int
snapshot_list_story(struct pt_db *db, long long story_id,
    struct snapshot_list *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT id, story_id, taken_at, taken_by, reason, "
	    "zone, body FROM notes_snapshot WHERE story_id = ? ORDER BY id",
	    &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct snapshot *s;

		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		s = &out->v[out->n++];
		s->id = sqlite3_column_int64(st, 0);
		s->story_id = sqlite3_column_int64(st, 1);
		s->taken_at = (time_t)sqlite3_column_int64(st, 2);
		s->taken_by = db_col_dup(st, 3);
		s->reason = db_col_dup(st, 4);
		s->zone = db_col_dup(st, 5);
		s->body = db_col_dup(st, 6);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		snapshot_list_free(out);
		return db_fail(db, err, "reading the end notes as they ran");
	}
	return 0;
}

void
snapshot_list_free(struct snapshot_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].taken_by);
		free(l->v[i].reason);
		free(l->v[i].zone);
		free(l->v[i].body);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
