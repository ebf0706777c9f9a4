/* Requests for comment. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/str.h"
#include "internal.h"

static const char *const channels[] = { "email", "phone", "social",
	"in person", "other" };

int
rfc_channel_valid(const char *channel, struct pt_err *err)
{
	for (size_t i = 0; i < 5; i++)
		if (strcmp(channel, channels[i]) == 0)
			return 0;
	return pt_errf(err, PT_EINVAL, "unknown channel \"%s\" (expected one "
	    "of: email, phone, social, in person, other)", channel);
}

int
rfc_state_valid(const char *state, struct pt_err *err)
{
	struct pt_str list = PT_STR_INIT;
	int rc;

	if (state_rfc_find(state) >= 0)
		return 0;
	state_rfc_join(&list);
	rc = pt_errf(err, PT_EINVAL, "unknown request state \"%s\" (expected "
	    "one of: %s)", state, pt_str_cstr(&list));
	pt_str_done(&list);
	return rc;
}

int
rfc_insert(struct pt_db *db, struct rfc *r, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "INSERT INTO rfc (story_id, person_id, channel, "
	    "asked_at, asked_by, due_at, attempts, state, answer, answered_at, "
	    "promised_by, lapsed_at, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?, ?)",
	    &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, r->story_id);
	sqlite3_bind_int64(st, 2, r->person_id);
	db_bind_text(st, 3, r->channel != NULL ? r->channel : "email");
	sqlite3_bind_int64(st, 4, (sqlite3_int64)r->asked_at);
	db_bind_text(st, 5, r->asked_by);
	db_bind_time(st, 6, r->due_at);
	sqlite3_bind_int(st, 7, r->attempts > 0 ? r->attempts : 1);
	db_bind_text(st, 8, r->state != NULL ? r->state : "open");
	db_bind_text(st, 9, r->answer);
	db_bind_time(st, 10, r->answered_at);
	db_bind_time(st, 11, r->promised_by);
	db_bind_time(st, 12, r->lapsed_at);
	db_bind_session(db, st, 13);
	rc = db_step_done(db, st, err, "adding a request for comment");
	if (rc == 0)
		r->id = sqlite3_last_insert_rowid(db->h);
	return rc;
}

int
rfc_update(struct pt_db *db, const struct rfc *r, struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "UPDATE rfc SET state = ?, answer = ?, "
	    "answered_at = ?, promised_by = ?, lapsed_at = ?, attempts = ?, "
	    "due_at = ? WHERE id = ?", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, r->state != NULL ? r->state : "open");
	db_bind_text(st, 2, r->answer);
	db_bind_time(st, 3, r->answered_at);
	db_bind_time(st, 4, r->promised_by);
	db_bind_time(st, 5, r->lapsed_at);
	sqlite3_bind_int(st, 6, r->attempts);
	db_bind_time(st, 7, r->due_at);
	sqlite3_bind_int64(st, 8, r->id);
	return db_step_done(db, st, err, "updating a request for comment");
}

#define RFC_COLS "r.id, r.story_id, r.person_id, p.name, p.kind, r.channel, " \
	"r.asked_at, r.asked_by, r.due_at, r.attempts, r.state, r.answer, " \
	"r.answered_at, r.promised_by, r.lapsed_at, p.login, " \
	"(SELECT count(*) FROM rfc n WHERE n.story_id = r.story_id AND " \
	"n.id <= r.id)"

static void
rfc_read(sqlite3_stmt *st, struct rfc *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->story_id = sqlite3_column_int64(st, 1);
	r->person_id = sqlite3_column_int64(st, 2);
	r->target = db_col_dup(st, 3);
	r->target_kind = db_col_dup(st, 4);
	r->channel = db_col_dup(st, 5);
	r->asked_at = (time_t)sqlite3_column_int64(st, 6);
	r->asked_by = db_col_dup(st, 7);
	r->due_at = (time_t)sqlite3_column_int64(st, 8);
	r->attempts = sqlite3_column_int(st, 9);
	r->state = db_col_dup(st, 10);
	r->answer = db_col_dup(st, 11);
	r->answered_at = (time_t)sqlite3_column_int64(st, 12);
	r->promised_by = (time_t)sqlite3_column_int64(st, 13);
	r->lapsed_at = (time_t)sqlite3_column_int64(st, 14);
	r->target_login = db_col_dup(st, 15);
	r->no = sqlite3_column_int(st, 16);
}

int
rfc_get(struct pt_db *db, long long id, struct rfc *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if (db_prepare(db, "SELECT " RFC_COLS " FROM rfc r JOIN person p ON "
	    "p.id = r.person_id WHERE r.id = ?", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		rfc_read(st, out);
		sqlite3_finalize(st);
		return 0;
	}
	sqlite3_finalize(st);
	return pt_errf(err, PT_ENOENT, "no request for comment id:%lld", id);
}

int
rfc_list_story(struct pt_db *db, long long story_id, struct rfc_list *out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT " RFC_COLS " FROM rfc r JOIN person p ON "
	    "p.id = r.person_id WHERE r.story_id = ? ORDER BY r.asked_at, r.id",
	    &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		memset(&out->v[out->n], 0, sizeof out->v[0]);
		rfc_read(st, &out->v[out->n++]);
	}
	sqlite3_finalize(st);
	return 0;
}

int
rfc_lapse_open(struct pt_db *db, long long story_id, time_t now, int *n,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "UPDATE rfc SET state = 'lapsed', lapsed_at = ? "
	    "WHERE story_id = ? AND state = 'open'", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)now);
	sqlite3_bind_int64(st, 2, story_id);
	rc = db_step_done(db, st, err, "lapsing requests for comment");
	if (rc == 0 && n != NULL)
		*n = sqlite3_changes(db->h);
	return rc;
}

void
rfc_done(struct rfc *r)
{
	free(r->target);
	free(r->target_kind);
	free(r->target_login);
	free(r->channel);
	free(r->asked_by);
	free(r->state);
	free(r->answer);
	memset(r, 0, sizeof *r);
}

void
rfc_list_free(struct rfc_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		rfc_done(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
