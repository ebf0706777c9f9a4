/* Alerts found in the data: times that passed in a window, read from the
 * indexes the queue and the filters already use (story_due,
 * rfc_open_due, rfc_promised_by), and late answers from the history;
 * and the record of which user was told of which (alert_sent). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/alert.h"
#include "presstime/filter.h"
#include "presstime/states.h"
#include "presstime/str.h"
#include "internal.h"

/* Rows read per kind and look: more in one second is a flood that the
 * message bar cannot say anyway; the rest is skipped. */
#define ALERT_ROWS "100"
/* How long a user's delivered alerts are remembered (alert_claim). */
#define ALERT_KEEP_SECS (7 * 24 * 3600)

/* Every query yields (ref, story_id, slug, who, at, status) with ?1 and
 * ?2 the window; the filter's own parameters follow. */
/* Each look starts from the rows of its window (CROSS JOIN keeps that
 * order): a filter term that is a list of stories (a word, rfc:open)
 * otherwise led SQLite to visit every story on the list, each second. */
static const char deadline_sql[] =
    "SELECT s.id, s.id, s.slug, NULL, s.deadline, s.status FROM story w"
    " CROSS JOIN story s ON s.id = +w.id"
    " WHERE w.due_key > ?1 AND w.due_key <= ?2 AND (%s)"
    " ORDER BY w.due_key, w.id LIMIT " ALERT_ROWS;
static const char request_sql[] =
    "SELECT r.id, r.story_id, s.slug, p.name, r.due_at, NULL FROM rfc r"
    " JOIN story s ON s.id = r.story_id JOIN person p ON p.id = r.person_id"
    " WHERE r.state = 'open' AND r.due_at > ?1 AND r.due_at <= ?2 AND (%s)"
    " ORDER BY r.due_at, r.id LIMIT " ALERT_ROWS;
static const char promise_sql[] =
    "SELECT r.id, r.story_id, s.slug, p.name, r.promised_by, NULL FROM rfc r"
    " JOIN story s ON s.id = r.story_id JOIN person p ON p.id = r.person_id"
    " WHERE r.state = 'promised' AND r.promised_by > ?1"
    " AND r.promised_by <= ?2 AND (%s)"
    " ORDER BY r.promised_by, r.id LIMIT " ALERT_ROWS;
/* Any word from a source after the story ran on the strength of its
 * silence (answered, declined, promised): the desk marks the story
 * needs-update in the transaction that records the request's new
 * state. The history rows of the window (a second's worth) are the
 * outer loop, by id: left to choose, SQLite started from the stories
 * (story_needs_update, or story_live under the queue's limit) and
 * looked up each one's history, every live story every second (0.4 s
 * of CPU a look with the stress newsroom's 200,000). */
static const char answer_sql[] =
    "SELECT c.id, c.story_id, s.slug, p.name, c.at, c.new_value"
    " FROM change c CROSS JOIN story s ON s.id = +c.story_id"
    " CROSS JOIN rfc r ON r.id = c.ref"
    " CROSS JOIN person p ON p.id = r.person_id"
    " WHERE c.id > ?1 AND c.id <= ?2 AND c.field = 'request'"
    " AND c.old_value IS NOT NULL AND c.imported = 0"
    " AND c.new_value IN ('answered', 'declined', 'promised')"
    " AND s.needs_update = 1 AND s.published_at IS NOT NULL"
    " AND r.asked_at <= s.published_at AND (%s)"
    " ORDER BY c.id LIMIT " ALERT_ROWS;

static const char *const kind_names[] = {
	[ALERT_DEADLINE] = "deadline", [ALERT_REQUEST] = "request",
	[ALERT_PROMISE] = "promise", [ALERT_ANSWER] = "answer",
};

const char *
alert_kind_name(enum alert_kind k)
{
	return (int)k >= 0 && k <= ALERT_ANSWER ? kind_names[k] : "?";
}

/* A deadline matters while the story is still before publication: the
 * states neither out nor final (as the filter's "overdue"). */
#define LIVE_ROW(id, name, help, moves, flags, attrs) \
	{ name, ((flags) & (WF_OUT | WF_FINAL)) == 0 },

static int
state_live(const char *status)
{
	static const struct { const char *name; int live; } rows[] = {
		WORKFLOW_STATES(LIVE_ROW)
	};

	for (size_t i = 0; status != NULL && i < sizeof rows / sizeof rows[0];
	    i++)
		if (strcmp(rows[i].name, status) == 0)
			return rows[i].live;
	return 0;
}

static int
scan_one(struct pt_db *db, const char *fmt, enum alert_kind kind,
    const struct filter *f, long long lo, long long hi,
    struct alert_list *out, size_t *cap, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare_filtered(db, fmt, f, 3, &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, lo);
	sqlite3_bind_int64(st, 2, hi);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct alert *a;

		if (kind == ALERT_DEADLINE &&
		    !state_live((const char *)sqlite3_column_text(st, 5)))
			continue;
		out->v = pt_grow(out->v, cap, out->n, sizeof *out->v);
		a = &out->v[out->n++];
		memset(a, 0, sizeof *a);
		a->kind = kind;
		a->ref = sqlite3_column_int64(st, 0);
		a->story_id = sqlite3_column_int64(st, 1);
		a->slug = db_col_dup(st, 2);
		a->who = db_col_dup(st, 3);
		a->at = (time_t)sqlite3_column_int64(st, 4);
		if (kind == ALERT_ANSWER)
			a->detail = db_col_dup(st, 5);
		/* The time is in the key: a deadline moved later and
		 * passed again is news again; a late answer is its row. */
		if (kind == ALERT_ANSWER)
			snprintf(a->key, sizeof a->key, "answer:%lld", a->ref);
		else
			snprintf(a->key, sizeof a->key, "%s:%lld:%lld",
			    kind_names[kind], a->ref, (long long)a->at);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "looking for alerts");
	return 0;
}

int
alert_mark(struct pt_db *db, long long *mark, struct pt_err *err)
{
	return db_int(db, "SELECT coalesce(max(id), 0) FROM change",
	    "looking for alerts", mark, err);
}

static int
by_time(const void *a, const void *b)
{
	const struct alert *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->kind != y->kind ? (int)x->kind - (int)y->kind :
	    (x->ref > y->ref) - (x->ref < y->ref);
}

int
alert_scan(struct pt_db *db, const struct filter *f, time_t since,
    time_t now, long long *mark, struct alert_list *out, struct pt_err *err)
{
	long long top = *mark;
	size_t cap = 0;
	int rc = 0;

	out->v = NULL;
	out->n = 0;
	if (now > since) {
		rc = scan_one(db, deadline_sql, ALERT_DEADLINE, f, since, now,
		    out, &cap, err);
		if (rc == 0)
			rc = scan_one(db, request_sql, ALERT_REQUEST, f, since,
			    now, out, &cap, err);
		if (rc == 0)
			rc = scan_one(db, promise_sql, ALERT_PROMISE, f, since,
			    now, out, &cap, err);
	}
	/* The newest row first, then the rows up to it: the look never
	 * walks the whole history, and a row committed meanwhile is the
	 * next look's. */
	if (rc == 0)
		rc = alert_mark(db, &top, err);
	if (rc == 0 && top > *mark)
		rc = scan_one(db, answer_sql, ALERT_ANSWER, f, *mark, top, out,
		    &cap, err);
	if (rc < 0) {
		alert_list_free(out);
		return rc;
	}
	*mark = top;
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, by_time);
	return 0;
}

/* Each look's plan: the SQL that scan_one runs, behind EXPLAIN QUERY
 * PLAN, one "kind: detail" line per step. */
int
alert_scan_plan(struct pt_db *db, const struct filter *f, char **out,
    struct pt_err *err)
{
	static const char *const sql[] = {
		[ALERT_DEADLINE] = deadline_sql, [ALERT_REQUEST] = request_sql,
		[ALERT_PROMISE] = promise_sql, [ALERT_ANSWER] = answer_sql,
	};
	struct pt_str text = PT_STR_INIT;
	int rc = 0;

	*out = NULL;
	for (int k = ALERT_DEADLINE; k <= ALERT_ANSWER && rc == 0; k++) {
		struct pt_str fmt = PT_STR_INIT;
		sqlite3_stmt *st;

		pt_str_add(&fmt, "EXPLAIN QUERY PLAN ");
		pt_str_add(&fmt, sql[k]);
		rc = db_prepare_filtered(db, pt_str_cstr(&fmt), f, 3, &st,
		    err);
		pt_str_done(&fmt);
		if (rc < 0)
			break;
		/* Rows are (id, parent, unused, detail). */
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			pt_str_addf(&text, "%s: %s\n", kind_names[k],
			    (const char *)sqlite3_column_text(st, 3));
		rc = rc == SQLITE_DONE ? 0 :
		    db_fail(db, err, "explaining the look for alerts");
		sqlite3_finalize(st);
	}
	if (rc < 0) {
		pt_str_done(&text);
		return PT_EDB;
	}
	*out = text.len > 0 ? pt_str_steal(&text) : pt_xstrdup("");
	pt_str_done(&text);
	return 0;
}

void
alert_list_free(struct alert_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].slug);
		free(l->v[i].who);
		free(l->v[i].detail);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
alert_claim(struct pt_db *db, const char *login, const char *key, time_t at,
    int *first, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	*first = 0;
	if (db_prepare(db, "INSERT OR IGNORE INTO alert_sent (login, key, at)"
	    " VALUES (?1, ?2, ?3)", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, login);
	db_bind_text(st, 2, key);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)at);
	rc = db_step_done(db, st, err, "recording an alert");
	if (rc < 0)
		return rc;
	*first = sqlite3_changes(db->h) == 1;
	/* A screen only looks at times after it started, so an old row
	 * can never be claimed again: the user's rows older than a week
	 * go (found by the key's login prefix, never a scan of others'). */
	if (db_prepare(db, "DELETE FROM alert_sent WHERE login = ?1"
	    " AND at < ?2", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, login);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)at - ALERT_KEEP_SECS);
	return db_step_done(db, st, err, "forgetting old alerts");
}
