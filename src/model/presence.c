/* The presence table: heartbeats of the open TUIs (presence.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/presence.h"
#include "presstime/str.h"
#include "internal.h"

enum { PRESENCE_MAX = 200 };

int
presence_touch(struct pt_db *db, const struct presence_new *p,
    struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "INSERT INTO presence (session, login, name,"
	    " story_id, doing, seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
	    " ON CONFLICT (session) DO UPDATE SET login = ?2, name = ?3,"
	    " story_id = ?4, doing = ?5, seen_at = ?6", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, p->session);
	db_bind_text(st, 2, p->login);
	db_bind_text(st, 3, p->name);
	if (p->story_id != 0)
		sqlite3_bind_int64(st, 4, p->story_id);
	db_bind_text(st, 5, p->doing);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)p->seen_at);
	return db_step_done(db, st, err, "saying who is here");
}

int
presence_delete(struct pt_db *db, const char *session, struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "DELETE FROM presence WHERE session = ?1", &st,
	    err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, session);
	return db_step_done(db, st, err, "leaving the newsroom");
}

int
presence_stale_delete(struct pt_db *db, time_t before, struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "DELETE FROM presence WHERE seen_at < ?1", &st,
	    err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)before);
	return db_step_done(db, st, err, "clearing who has left");
}

int
presence_list(struct pt_db *db, const char *except, time_t since,
    struct presence_list *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT p.session, p.login, p.name, p.story_id,"
	    " s.slug, p.doing, p.seen_at FROM presence p"
	    " LEFT JOIN story s ON s.id = p.story_id"
	    " WHERE p.seen_at >= ?1 AND (?2 IS NULL OR p.session <> ?2)"
	    " ORDER BY p.login, p.session LIMIT ?3", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)since);
	db_bind_text(st, 2, except);
	sqlite3_bind_int(st, 3, PRESENCE_MAX);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct presence *p;

		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		p = &out->v[out->n++];
		p->session = db_col_dup(st, 0);
		p->login = db_col_dup(st, 1);
		p->name = db_col_dup(st, 2);
		p->story_id = sqlite3_column_int64(st, 3);
		p->slug = db_col_dup(st, 4);
		p->doing = db_col_dup(st, 5);
		p->seen_at = (time_t)sqlite3_column_int64(st, 6);
		if (p->login == NULL)
			p->login = pt_xstrdup("?");
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		presence_list_free(out);
		return db_fail(db, err, "reading who is here");
	}
	return 0;
}

void
presence_list_free(struct presence_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].session);
		free(l->v[i].login);
		free(l->v[i].name);
		free(l->v[i].slug);
		free(l->v[i].doing);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
