/* Stories: reading, writing and paging through the news budget. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/filter.h"
#include "presstime/ptime.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "internal.h"

/*
 * Workflow order for SORT_STATUS, from states.h's table alone: a state's
 * place in the list ",pitched,assigned,...," grows with its rank, and a
 * state not in it sorts last. status_key is the same computation in C,
 * for the keyset cursor; the states test checks the two agree.
 */
#define STATUS_NONE 1000000
#define STR_(x) #x
#define STR(x) STR_(x)
#define STATUS_RANK \
	"coalesce(nullif(instr('" STATES_STORY_LIST "', ',' || s.status" \
	" || ','), 0), " STR(STATUS_NONE) ")"

/* The names and help of the sorts are story.h's STORY_SORTS. */
#define AS_SORT_NAME(id, name, help) name,
#define AS_SORT_HELP(id, name, help) help,
static const char *const sort_names[] = { STORY_SORTS(AS_SORT_NAME) };
static const char *const sort_helps[] = { STORY_SORTS(AS_SORT_HELP) };

static const struct {
	const char *k1, *k2;
	int desc;
	int now;  /* k1 is the urgency key over the time bound as ?1 */
} sorts[SORT_NSORTS] = {
	/* Urgency depends on the time: no index can hold it. The key is
	 * computed per matching row and sorted; the queue's live limit
	 * bounds the rows (see presstime(1), SORTS). */
	[SORT_URGENCY] = { "ukey", "s.due_key", 0, 1 },
	/* Keys before the slug, which ends every order; NULL when there are
	 * fewer. A constant key in their place kept SQLite from walking the
	 * matching index, and sorting 100,000 rows by slug took 28 ms. */
	[SORT_DUE] = { "s.due_key", "s.prio_rank", 0 },
	[SORT_PRIORITY] = { "s.prio_rank", "s.due_key", 0 },
	[SORT_UPDATED] = { "s.updated_at", NULL, 1 },
	[SORT_STATUS] = { STATUS_RANK, "s.due_key", 0 },
	[SORT_SLUG] = { NULL, NULL, 0 },
	/* Stories that ran wrong first: the flag inverted so the order
	 * stays ascending like the others (story_needs index). */
	[SORT_NEEDS] = { "(1 - s.needs_update)", "s.due_key", 0 },
};

long long
story_status_key(const char *status)
{
	const char *list = STATES_STORY_LIST, *hit;
	struct pt_str key = PT_STR_INIT;
	long long pos = STATUS_NONE;

	if (status == NULL)
		return pos;
	pt_str_addf(&key, ",%s,", status);
	if ((hit = strstr(list, pt_str_cstr(&key))) != NULL)
		pos = (long long)(hit - list) + 1;
	pt_str_done(&key);
	return pos;
}

static const char *const priorities[] = { "flash", "urgent", "routine",
	"deferred" };

int
story_sort_parse(const char *name, enum story_sort *out, struct pt_err *err)
{
	struct pt_str all = PT_STR_INIT;
	int rc;

	for (int i = 0; i < SORT_NSORTS; i++) {
		if (strcmp(name, sort_names[i]) == 0) {
			*out = (enum story_sort)i;
			pt_str_done(&all);
			return 0;
		}
	}
	for (int i = 0; i < SORT_NSORTS; i++)
		pt_str_addf(&all, "%s%s", i ? ", " : "", sort_names[i]);
	rc = pt_errf(err, PT_EINVAL, "unknown sort \"%s\" (expected one of: "
	    "%s)", name, pt_str_cstr(&all));
	pt_str_done(&all);
	return rc;
}

const char *
story_sort_name(enum story_sort s)
{
	return (int)s >= 0 && (int)s < SORT_NSORTS ? sort_names[s] : "?";
}

const char *
story_sort_help(enum story_sort s)
{
	return (int)s >= 0 && (int)s < SORT_NSORTS ? sort_helps[s] : "?";
}

int
story_priority_rank(const char *p)
{
	for (int i = 0; i < 4; i++)
		if (p != NULL && strcmp(p, priorities[i]) == 0)
			return i;
	return -1;
}

int
story_priority_valid(const char *p, struct pt_err *err)
{
	if (story_priority_rank(p) >= 0)
		return 0;
	return pt_errf(err, PT_EINVAL, "unknown priority \"%s\" (expected one "
	    "of: flash, urgent, routine, deferred)", p);
}

int
story_slug_valid(const char *slug, struct pt_err *err)
{
	size_t n = strlen(slug);

	if (n == 0 || n > 64)
		return pt_errf(err, PT_EINVAL, "slug \"%s\" must be 1 to 64 "
		    "characters long", slug);
	for (size_t i = 0; i < n; i++) {
		char c = slug[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    (c == '-' && i > 0))
			continue;
		return pt_errf(err, PT_EINVAL, "slug \"%s\" may hold only "
		    "lowercase letters, digits and inner hyphens (like "
		    "\"hootsuite-ice\")", slug);
	}
	return 0;
}

void
story_read(sqlite3_stmt *st, struct story *s)
{
	memset(s, 0, sizeof *s);
	s->id = sqlite3_column_int64(st, 0);
	s->slug = db_col_dup(st, 1);
	s->headline = db_col_dup(st, 2);
	s->dek = db_col_dup(st, 3);
	s->budget_line = db_col_dup(st, 4);
	s->words = sqlite3_column_int(st, 5);
	s->art = db_col_dup(st, 6);
	s->desk = db_col_dup(st, 7);
	s->status = db_col_dup(st, 8);
	s->held_from = db_col_dup(st, 9);
	s->priority = db_col_dup(st, 10);
	s->editor = db_col_dup(st, 11);
	s->deadline = (time_t)sqlite3_column_int64(st, 12);
	s->embargo = (time_t)sqlite3_column_int64(st, 13);
	s->published_at = (time_t)sqlite3_column_int64(st, 14);
	s->url = db_col_dup(st, 15);
	s->needs_update = sqlite3_column_int(st, 16);
	s->created_at = (time_t)sqlite3_column_int64(st, 17);
	s->updated_at = (time_t)sqlite3_column_int64(st, 18);
	s->updated_by = db_col_dup(st, 19);
	s->version = sqlite3_column_int64(st, 20);
	s->rfc_open = sqlite3_column_int(st, 21);
	s->rfc_total = sqlite3_column_int(st, 22);
	s->rfc_due_first = (time_t)sqlite3_column_int64(st, 23);
	s->rfc_promised_first = (time_t)sqlite3_column_int64(st, 24);
	s->urgency = sqlite3_column_count(st) > 25 ?
	    -sqlite3_column_int(st, 25) : -1;
}

/* Binds the writable fields at positions 1..19, shared by insert and
 * update so the two can never disagree on the column order. */
static void
story_bind_fields(sqlite3_stmt *st, const struct story *s)
{
	db_bind_text(st, 1, s->slug);
	db_bind_text(st, 2, s->headline);
	db_bind_text(st, 3, s->dek);
	db_bind_text(st, 4, s->budget_line);
	sqlite3_bind_int(st, 5, s->words);
	db_bind_text(st, 6, s->art);
	db_bind_text(st, 7, s->desk != NULL ? s->desk : "news");
	db_bind_text(st, 8, s->status != NULL ? s->status : "pitched");
	db_bind_text(st, 9, s->held_from);
	db_bind_text(st, 10, s->priority != NULL ? s->priority : "routine");
	db_bind_text(st, 11, s->editor);
	db_bind_time(st, 12, s->deadline);
	db_bind_time(st, 13, s->embargo);
	db_bind_time(st, 14, s->published_at);
	db_bind_text(st, 15, s->url);
	sqlite3_bind_int(st, 16, s->needs_update);
	sqlite3_bind_int64(st, 17, (sqlite3_int64)s->created_at);
	sqlite3_bind_int64(st, 18, (sqlite3_int64)s->updated_at);
	db_bind_text(st, 19, s->updated_by);
}

int
story_insert(struct pt_db *db, struct story *s, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "INSERT INTO story (slug, headline, dek, "
	    "budget_line, words, art, desk, status, held_from, priority, "
	    "editor, deadline, embargo, published_at, url, needs_update, "
	    "created_at, updated_at, updated_by, version, updated_session) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
	    "?14, ?15, ?16, ?17, ?18, ?19, 1, ?20)", &st, err) < 0)
		return PT_EDB;
	story_bind_fields(st, s);
	db_bind_session(db, st, 20);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		if ((sqlite3_extended_errcode(db->h)) ==
		    SQLITE_CONSTRAINT_UNIQUE)
			return pt_errf(err, PT_EINVAL, "a story with slug \"%s\" "
			    "already exists", s->slug);
		return db_fail(db, err, "adding a story");
	}
	s->id = sqlite3_last_insert_rowid(db->h);
	s->version = 1;
	return 0;
}

static int
story_get_where(struct pt_db *db, const char *where, const char *text,
    long long id, struct story **out, struct pt_err *err)
{
	sqlite3_stmt *st;
	char sql[1024];
	int rc;

	*out = NULL;
	snprintf(sql, sizeof sql, "SELECT " STORY_COLS " FROM story s WHERE %s",
	    where);
	if (db_prepare(db, sql, &st, err) < 0)
		return PT_EDB;
	if (text != NULL)
		db_bind_text(st, 1, text);
	else
		sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = pt_xcalloc(1, sizeof **out);
		story_read(st, *out);
		sqlite3_finalize(st);
		return 0;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "reading a story");
	return PT_ENOENT;
}

int
story_get(struct pt_db *db, const char *slug, struct story **out,
    struct pt_err *err)
{
	char near[128];
	int rc;

	rc = story_get_where(db, "s.slug = ?1", slug, 0, out, err);
	if (rc != PT_ENOENT)
		return rc;
	story_suggest(db, slug, near, sizeof near);
	if (near[0] != '\0')
		return pt_errf(err, PT_ENOENT, "no story \"%s\" (did you mean "
		    "\"%s\"?)", slug, near);
	return pt_errf(err, PT_ENOENT, "no story \"%s\"", slug);
}

int
story_get_id(struct pt_db *db, long long id, struct story **out,
    struct pt_err *err)
{
	int rc = story_get_where(db, "s.id = ?1", NULL, id, out, err);

	if (rc == PT_ENOENT)
		return pt_errf(err, PT_ENOENT, "no story with id %lld", id);
	return rc;
}

/* Explains a refused update: who changed the story, and when. */
static int
story_conflict(struct pt_db *db, const struct story *s, struct pt_err *err)
{
	struct story *now;
	char when[32];
	int rc;

	if (story_get_id(db, s->id, &now, NULL) < 0)
		return pt_errf(err, PT_ECONFLICT, "story \"%s\" was deleted "
		    "by someone else", s->slug);
	ptime_format(now->updated_at, when, sizeof when);
	rc = pt_errf(err, PT_ECONFLICT, "%s was changed by %s at %s "
	    "(version %lld; your edit was based on version %lld): reload and "
	    "try again", now->slug, now->updated_by ? now->updated_by : "someone",
	    when, now->version, s->version);
	story_free(now);
	return rc;
}

int
story_update(struct pt_db *db, struct story *s, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "UPDATE story SET slug = ?1, headline = ?2, "
	    "dek = ?3, budget_line = ?4, words = ?5, art = ?6, desk = ?7, "
	    "status = ?8, held_from = ?9, priority = ?10, editor = ?11, "
	    "deadline = ?12, embargo = ?13, published_at = ?14, url = ?15, "
	    "needs_update = ?16, created_at = ?17, updated_at = ?18, "
	    "updated_by = ?19, version = version + 1, updated_session = ?22 "
	    "WHERE id = ?20 AND version = ?21", &st, err) < 0)
		return PT_EDB;
	story_bind_fields(st, s);
	sqlite3_bind_int64(st, 20, s->id);
	sqlite3_bind_int64(st, 21, s->version);
	db_bind_session(db, st, 22);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "updating a story");
	if (sqlite3_changes(db->h) == 0)
		return story_conflict(db, s, err);
	s->version++;
	return 0;
}

int
story_touch(struct pt_db *db, long long id, time_t now, const char *login,
    struct pt_err *err)
{
	sqlite3_stmt *st;

	if (db_prepare(db, "UPDATE story SET version = version + 1, "
	    "updated_at = ?1, updated_by = ?2, updated_session = ?4 WHERE id = ?3",
	    &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)now);
	db_bind_text(st, 2, login);
	sqlite3_bind_int64(st, 3, id);
	db_bind_session(db, st, 4);
	return db_step_done(db, st, err, "updating a story");
}

void
story_suggest(struct pt_db *db, const char *slug, char *buf, size_t n)
{
	sqlite3_stmt *st;
	int best = 4;

	buf[0] = '\0';
	if (db_prepare(db, "SELECT slug FROM story", &st, NULL) < 0)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *cand = (const char *)sqlite3_column_text(st, 0);
		int d = pt_str_distance(slug, cand, best);

		if (d < best || (d == best && buf[0] == '\0' && d <= 3)) {
			if (d > 3)
				continue;
			best = d;
			snprintf(buf, n, "%s", cand);
		}
	}
	sqlite3_finalize(st);
}

void
story_cursor_after(const struct story *s, enum story_sort sort,
    struct story_cursor *cur)
{
	const long long nodue = 9223372036854775807LL;
	long long due = s->deadline != 0 ? (long long)s->deadline : nodue;
	long long prio = story_priority_rank(s->priority);
	long long rank = story_status_key(s->status);
	memset(cur, 0, sizeof *cur);
	cur->valid = 1;
	cur->id = s->id;
	snprintf(cur->slug, sizeof cur->slug, "%s", s->slug);
	switch (sort) {
	case SORT_URGENCY:
		cur->k1 = -(long long)(s->urgency >= 0 ? s->urgency :
		    story_urgency(s, ptime_now()));
		cur->k2 = due;
		break;
	case SORT_DUE:
		cur->k1 = due;
		cur->k2 = prio;
		break;
	case SORT_PRIORITY:
		cur->k1 = prio;
		cur->k2 = due;
		break;
	case SORT_UPDATED:
		cur->k1 = (long long)s->updated_at;
		break;
	case SORT_STATUS:
		cur->k1 = rank;
		cur->k2 = due;
		break;
	case SORT_SLUG:
		break;
	case SORT_NEEDS:
		cur->k1 = 1 - (long long)s->needs_update;
		cur->k2 = due;
		break;
	}
}

/* The page query: the filter, then (when cur) the keyset bound, then
 * the limit, in that order of parameters. SEEK_BEFORE reads the queue
 * backwards from cur (the same index, walked the other way). */
static void
page_sql(const char *prefix, const char *from, const struct filter *f,
    enum story_sort sort, int cur, enum story_seek seek, struct pt_str *sql)
{
	int back = (seek == SEEK_BEFORE) != (sorts[sort].desc != 0);
	const char *dir = back ? "DESC" : "ASC";
	const char *cmp = seek == SEEK_FROM ? (back ? "<=" : ">=") :
	    (back ? "<" : ">");
	const char *k[2] = { sorts[sort].k1, sorts[sort].k2 };
	struct pt_str keys = PT_STR_INIT, order = PT_STR_INIT;
	int nk = 0;

	/* Only fixed fragments and the compiler's placeholder-only WHERE go
	 * into the text; every value is bound. */
	for (; nk < 2 && k[nk] != NULL; nk++) {
		pt_str_addf(&keys, "%s, ", k[nk]);
		pt_str_addf(&order, "%s %s, ", k[nk], dir);
	}
	/* The urgency key is a column, so the cursor reads back the very
	 * key the query sorted by; its ?1 comes first in the text, the
	 * filter's ? after it. Every matching row is scored and sorted:
	 * the inner query does that with the key alone, and only the
	 * page's rows are read whole (their request counts). */
	if (sorts[sort].now)
		pt_str_addf(sql, "%sSELECT " STORY_COLS ", k.ukey FROM (SELECT "
		    "s.id AS id, %s AS ukey, s.due_key AS due, s.slug AS slug "
		    "FROM %s WHERE (%s)", prefix, story_urgency_sql(), from,
		    f != NULL ? f->where : "1");
	else
		pt_str_addf(sql, "%sSELECT " STORY_COLS " FROM %s WHERE (%s)",
		    prefix, from, f != NULL ? f->where : "1");
	if (cur)
		pt_str_addf(sql, " AND (%ss.slug) %s (%s?)",
		    pt_str_cstr(&keys), cmp,
		    nk == 2 ? "?, ?, " : nk == 1 ? "?, " : "");
	pt_str_addf(sql, " ORDER BY %ss.slug %s LIMIT ?", pt_str_cstr(&order),
	    dir);
	if (sorts[sort].now)
		pt_str_addf(sql, ") k JOIN story s ON s.id = k.id ORDER BY "
		    "k.ukey %s, k.due %s, k.slug %s", dir, dir, dir);
	pt_str_done(&keys);
	pt_str_done(&order);
}

int
story_page_prepare(struct pt_db *db, const char *prefix, const char *from,
    const struct filter *f, enum story_sort sort,
    const struct story_cursor *cur, enum story_seek seek, int limit,
    time_t now, sqlite3_stmt **st, struct pt_err *err)
{
	struct pt_str sql = PT_STR_INIT;
	int i = 1, rc, nk = sorts[sort].k1 == NULL ? 0 :
	    sorts[sort].k2 == NULL ? 1 : 2;

	page_sql(prefix, from != NULL ? from : "story s", f, sort,
	    cur != NULL && cur->valid, seek, &sql);
	rc = db_prepare(db, pt_str_cstr(&sql), st, err);
	pt_str_done(&sql);
	if (rc < 0)
		return PT_EDB;
	if (sorts[sort].now)
		sqlite3_bind_int64(*st, i++, (sqlite3_int64)now);
	db_bind_filter(*st, f, &i);
	if (cur != NULL && cur->valid) {
		if (nk > 0)
			sqlite3_bind_int64(*st, i++, cur->k1);
		if (nk > 1)
			sqlite3_bind_int64(*st, i++, cur->k2);
		db_bind_text(*st, i++, cur->slug);
	}
	sqlite3_bind_int(*st, i, limit);
	return 0;
}

int
story_page(struct pt_db *db, const struct filter *f, enum story_sort sort,
    const struct story_cursor *cur, int limit, struct story_list *out,
    struct pt_err *err)
{
	return story_seek(db, f, sort, cur, SEEK_AFTER, limit, out, err);
}

int
story_seek(struct pt_db *db, const struct filter *f, enum story_sort sort,
    const struct story_cursor *cur, enum story_seek seek, int limit,
    struct story_list *out, struct pt_err *err)
{
	time_t now = ptime_now();
	int rc;

	/* Urgency by the index when the filter matches many stories; a
	 * few are sorted whole (cheaper than a query per group). */
	if (sort == SORT_URGENCY && (rc = story_urgency_indexed(db, f,
	    err)) != 0)
		return rc < 0 ? rc : story_urgency_seek(db, f, cur, seek,
		    limit, now, out, err);
	return story_seek_sql(db, NULL, f, sort, cur, seek, limit, now, out,
	    err);
}

int
story_seek_sql(struct pt_db *db, const char *from, const struct filter *f,
    enum story_sort sort, const struct story_cursor *cur,
    enum story_seek seek, int limit, time_t now, struct story_list *out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	out->v = NULL;
	out->n = 0;
	if (story_page_prepare(db, "", from, f, sort, cur, seek, limit, now,
	    &st, err) < 0)
		return PT_EDB;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		story_read(st, &out->v[out->n++]);
	}
	if (rc != SQLITE_DONE) {
		rc = db_fail(db, err, "listing stories");
		sqlite3_finalize(st);
		story_list_free(out);
		return rc;
	}
	sqlite3_finalize(st);
	for (size_t i = 0; seek == SEEK_BEFORE && i < out->n / 2; i++) {
		struct story tmp = out->v[i];

		out->v[i] = out->v[out->n - 1 - i];
		out->v[out->n - 1 - i] = tmp;
	}
	return 0;
}

int
story_each(struct pt_db *db, const struct filter *f, enum story_sort sort,
    long long limit, int (*each)(const struct story *s, void *ctx), void *ctx,
    struct pt_err *err)
{
	enum { PAGE = 200 };
	struct story_cursor cur = { 0 };
	struct story_list page;
	long long seen = 0;
	int rc = 0;

	while (limit < 0 || seen < limit) {
		int want = limit < 0 || limit - seen > PAGE ? PAGE :
		    (int)(limit - seen);
		size_t got;

		if ((rc = story_page(db, f, sort, &cur, want, &page, err)) < 0)
			return rc;
		for (size_t i = 0; i < page.n && rc == 0; i++)
			rc = each(&page.v[i], ctx);
		got = page.n;
		seen += (long long)got;
		if (got > 0)
			story_cursor_after(&page.v[got - 1], sort, &cur);
		story_list_free(&page);
		if (rc != 0 || got < (size_t)want)
			break;
	}
	return rc;
}

int
story_slugs_with_prefix(struct pt_db *db, const char *prefix, int max,
    char ***out, size_t *n, struct pt_err *err)
{
	sqlite3_stmt *st;
	char hi[256];
	int rc;

	*out = NULL;
	*n = 0;
	/* A range scan on the unique index instead of LIKE, which would
	 * need escaping and could not use the index. */
	snprintf(hi, sizeof hi, "%s\x7f", prefix);
	if (db_prepare(db, "SELECT slug FROM story WHERE slug >= ?1 AND "
	    "slug < ?2 ORDER BY slug LIMIT ?3", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, prefix);
	db_bind_text(st, 2, hi);
	sqlite3_bind_int(st, 3, max);
	*out = pt_xcalloc((size_t)max + 1, sizeof **out);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		(*out)[(*n)++] = db_col_dup(st, 0);
	sqlite3_finalize(st);
	return 0;
}

void
story_done(struct story *s)
{
	if (s == NULL)
		return;
	free(s->slug);
	free(s->headline);
	free(s->dek);
	free(s->budget_line);
	free(s->art);
	free(s->desk);
	free(s->status);
	free(s->held_from);
	free(s->priority);
	free(s->editor);
	free(s->url);
	free(s->updated_by);
	memset(s, 0, sizeof *s);
}

void
story_free(struct story *s)
{
	story_done(s);
	free(s);
}

void
story_list_free(struct story_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		story_done(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

