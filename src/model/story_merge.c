/*
 * Urgency pages from an index. A story's score is its group's fixed
 * part (story.ugroup, see story_urgency.c) plus the deadline's points,
 * which only fall as the deadline grows, plus the late requests'. So:
 *  - the stories with a late request (an open one overdue, a promise
 *    broken) that are not finished outscore every other story
 *    (story_urgency_split): they come first, sorted whole (they are
 *    few: publication lapses requests);
 *  - every other story is in one group, and a walk of a group in
 *    story_urgency's (due_key, slug) order is a walk in urgency order;
 *    a page is the merge of at most UGROUPS such walks, each a keyset
 *    seek that reads no more rows than the page takes from it.
 * The cursor's key (score, due, slug) becomes a bound on (due_key,
 * slug) per group: the deadline bands of the group at now say which
 * rows score more, the same, or less than the cursor's row.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/filter.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "internal.h"

/* due_key for a story with no deadline (see the schema). */
#define NO_DUE 9223372036854775807LL

long long story_urgency_few = 250;

int
story_urgency_indexed(struct pt_db *db, const struct filter *f,
    struct pt_err *err)
{
	long long n = 0;

	if (story_urgency_split() < 0)
		return 0;
	if (story_urgency_few <= 0)
		return 1;
	if (story_count_upto(db, f, story_urgency_few, &n, err) < 0)
		return PT_EDB;
	return n >= story_urgency_few;
}

/* 0 when no story of group g can match f: its terms say so (a live
 * queue has no finished stories needing nothing; status:, pri: and
 * needs:update rule groups out). A walk of such a group would read it
 * whole for nothing. */
static int
group_may_match(const struct filter *f, const struct ugroup *g)
{
	if (f == NULL)
		return 1;
	if (g->fin && (f->live || f->needs))
		return 0;
	if (!g->fin && ((f->no_prios & (1u << g->prio)) != 0 ||
	    (f->needs && !g->needs)))
		return 0;
	for (int i = 0; i < STORY_NSTATES; i++) {
		const char *name = state_story_name(i);

		if ((f->no_states & (1u << i)) != 0)
			continue;
		if (g->fin ? !state_story_done(name) :
		    !g->needs && state_story_done(name))
			continue;
		if (g->dapp && !state_story_before_out(name))
			continue;
		return 1;
	}
	return 0;
}

/* Where a group's walk starts: nowhere, at its end, or at (due, slug)
 * compared by op ("(s.due_key, s.slug) op (due, slug)"). */
enum { B_NONE, B_ALL, B_ROW };
struct bound {
	int kind;
	const char *op;
	long long due;
	const char *slug;
};

static struct bound
row(const char *op, long long due, const char *slug)
{
	struct bound b = { B_ROW, op, due, slug };

	return b;
}

/* The rows of a group (bands b[0..nb), by rising deadline, falling
 * score) that come after cur (SEEK_AFTER), from it (SEEK_FROM) or
 * before it (SEEK_BEFORE) in urgency order: as the order is the
 * group's (due_key, slug) order, always one end of the group. A band
 * whose key is the cursor's holds the cursor's row (if it still scores
 * what it did) at (k2, slug); (due, "") is before any row of due. */
static struct bound
group_bound(const struct uband *b, int nb, const struct story_cursor *cur,
    enum story_seek seek)
{
	struct bound all = { B_ALL, NULL, 0, NULL }, none = { B_NONE, NULL,
		0, NULL };

	if (cur == NULL)
		return all;
	if (seek != SEEK_BEFORE) {
		for (int i = 0; i < nb; i++) {
			long long k = -(long long)b[i].score;

			if (k < cur->k1)
				continue;
			if (k > cur->k1)
				return b[i].lo_open ? all :
				    row(">=", b[i].lo, "");
			if (!b[i].lo_open && cur->k2 < b[i].lo)
				return row(">=", b[i].lo, "");
			if (!b[i].hi_open && cur->k2 >= b[i].hi)
				return i + 1 < nb ? row(">=", b[i].hi, "") :
				    none;
			return row(seek == SEEK_FROM ? ">=" : ">", cur->k2,
			    cur->slug);
		}
		return none;
	}
	for (int i = nb - 1; i >= 0; i--) {
		long long k = -(long long)b[i].score;

		if (k > cur->k1)
			continue;
		if (k < cur->k1)
			return b[i].hi_open ? all : row("<", b[i].hi, "");
		if (!b[i].hi_open && cur->k2 >= b[i].hi)
			return row("<", b[i].hi, "");
		if (!b[i].lo_open && cur->k2 < b[i].lo)
			return i > 0 ? row("<", b[i].lo, "") : none;
		return row("<", cur->k2, cur->slug);
	}
	return none;
}

/* One group's walk: ?1 the time, ?2 the group, the filter's, the bound,
 * the limit. The stories with a late request are left to the late list
 * (looked up per row in rfc_story: a story has a few requests). */
static int
group_prepare(struct pt_db *db, const char *prefix, const struct filter *f,
    int g, const struct bound *bd, int back, int limit, time_t now,
    sqlite3_stmt **st, struct pt_err *err)
{
	const char *dir = back ? "DESC" : "ASC";
	struct pt_str sql = PT_STR_INIT;
	int i = 3, rc;

	pt_str_addf(&sql, "%sSELECT " STORY_COLS " FROM story s INDEXED BY "
	    "story_urgency WHERE s.ugroup = ?2", prefix);
	if (g != 0)
		pt_str_add(&sql, " AND NOT EXISTS (SELECT 1 FROM rfc r INDEXED "
		    "BY rfc_story WHERE r.story_id = s.id AND ((r.state = "
		    "'open' AND r.due_at < ?1) OR (r.state = 'promised' AND "
		    "r.promised_by < ?1)))");
	pt_str_addf(&sql, " AND (%s)", f != NULL ? f->where : "1");
	if (bd->kind == B_ROW)
		pt_str_addf(&sql, " AND (s.due_key, s.slug) %s (?, ?)",
		    bd->op);
	pt_str_addf(&sql, " ORDER BY s.due_key %s, s.slug %s LIMIT ?", dir,
	    dir);
	rc = db_prepare(db, pt_str_cstr(&sql), st, err);
	pt_str_done(&sql);
	if (rc < 0)
		return PT_EDB;
	sqlite3_bind_int64(*st, 1, (sqlite3_int64)now);
	sqlite3_bind_int(*st, 2, g);
	db_bind_filter(*st, f, &i);
	if (bd->kind == B_ROW) {
		sqlite3_bind_int64(*st, i++, bd->due);
		db_bind_text(*st, i++, bd->slug);
	}
	sqlite3_bind_int(*st, i, limit);
	return 0;
}

/* The unfinished stories with a late request at ?1 (the urgency query's
 * time): found from the requests (rfc_open_due, rfc_promised_by), then
 * each story by its id; never a walk of the stories to test each. */
static const char late_from[] = "(SELECT r.story_id AS id FROM rfc r "
    "WHERE r.state = 'open' AND r.due_at < ?1 UNION SELECT r.story_id "
    "FROM rfc r WHERE r.state = 'promised' AND r.promised_by < ?1) x "
    "CROSS JOIN story s ON s.id = x.id AND s.ugroup > 0";

static int
late_seek(struct pt_db *db, const struct filter *f,
    const struct story_cursor *cur, enum story_seek seek, int limit,
    time_t now, struct story_list *out, struct pt_err *err)
{
	return story_seek_sql(db, late_from, f, SORT_URGENCY, cur, seek, limit,
	    now, out, err);
}

struct stream {
	sqlite3_stmt *st;
	struct story head; /* the walk's next row, when live */
	int live, score;
	long long due;
};

static int
stream_step(struct pt_db *db, struct stream *s, time_t now,
    struct pt_err *err)
{
	int rc = sqlite3_step(s->st);

	s->live = 0;
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW)
		return db_fail(db, err, "listing stories by urgency");
	story_read(s->st, &s->head);
	s->head.urgency = s->score = story_urgency(&s->head, now);
	s->due = s->head.deadline != 0 ? (long long)s->head.deadline : NO_DUE;
	s->live = 1;
	return 0;
}

/* Urgency order: higher score, then sooner deadline, then slug. */
static int
key_cmp(const struct stream *a, const struct stream *b)
{
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	return strcmp(a->head.slug, b->head.slug);
}

static void
list_add(struct story_list *l, size_t *cap, struct story *s)
{
	l->v = pt_grow(l->v, cap, l->n, sizeof *l->v);
	l->v[l->n++] = *s;
	memset(s, 0, sizeof *s);
}

/* The groups' walks, each at its next row. While one is open, the
 * connection stays in one read transaction, so the late stories read
 * meanwhile and every walk see the same newsroom. */
struct merge {
	struct stream s[UGROUPS];
	int ns, back;
};

static void
groups_close(struct merge *m)
{
	for (int i = 0; i < UGROUPS; i++) {
		if (m->s[i].live)
			story_done(&m->s[i].head);
		sqlite3_finalize(m->s[i].st);
	}
	memset(m, 0, sizeof *m);
}

/* Opens the walks of the groups f can match from cur in seek's
 * direction (at most limit rows each). */
static int
groups_open(struct pt_db *db, const struct filter *f,
    const struct story_cursor *cur, enum story_seek seek, int limit,
    time_t now, struct merge *m, struct pt_err *err)
{
	int rc = 0;

	memset(m, 0, sizeof *m);
	m->back = seek == SEEK_BEFORE;
	for (int g = 0; g < UGROUPS && rc == 0; g++) {
		struct stream *s = &m->s[m->ns];
		struct uband b[UBANDS_MAX];
		struct ugroup ug;
		struct bound bd;

		story_ugroup(g, &ug);
		if (!group_may_match(f, &ug))
			continue;
		bd = group_bound(b, story_ugroup_bands(&ug, now, b), cur, seek);
		if (bd.kind == B_NONE)
			continue;
		if ((rc = group_prepare(db, "", f, g, &bd, m->back, limit, now,
		    &s->st, err)) < 0)
			break;
		if ((rc = stream_step(db, s, now, err)) < 0 || !s->live) {
			sqlite3_finalize(s->st);
			s->st = NULL;
			continue;
		}
		m->ns++;
	}
	if (rc < 0)
		groups_close(m);
	return rc;
}

/* Up to limit rows of the walks, merged, appended to out in walk order
 * (backwards for SEEK_BEFORE). */
static int
groups_take(struct pt_db *db, struct merge *m, int limit, time_t now,
    struct story_list *out, struct pt_err *err)
{
	struct stream *s = m->s;
	size_t cap = 0;
	int rc = 0;

	while (m->ns > 0 && out->n < (size_t)limit) {
		int best = 0;

		for (int i = 1; i < m->ns; i++) {
			int c = key_cmp(&s[i], &s[best]);

			if (m->back ? c > 0 : c < 0)
				best = i;
		}
		list_add(out, &cap, &s[best].head);
		s[best].live = 0;
		if (out->n == (size_t)limit)
			break;
		if ((rc = stream_step(db, &s[best], now, err)) < 0)
			break;
		if (!s[best].live) {
			sqlite3_finalize(s[best].st);
			s[best] = s[--m->ns];
			memset(&s[m->ns], 0, sizeof s[m->ns]);
		}
	}
	return rc;
}

/* a followed by b, into a; b emptied. */
static void
list_cat(struct story_list *a, struct story_list *b)
{
	if (b->n > 0) {
		a->v = pt_xrealloc(a->v, (a->n + b->n) * sizeof *a->v);
		memcpy(a->v + a->n, b->v, b->n * sizeof *b->v);
		a->n += b->n;
	}
	free(b->v);
	b->v = NULL;
	b->n = 0;
}

int
story_urgency_seek(struct pt_db *db, const struct filter *f,
    const struct story_cursor *cur, enum story_seek seek, int limit,
    time_t now, struct story_list *out, struct pt_err *err)
{
	const struct story_cursor *c = cur != NULL && cur->valid ? cur : NULL;
	struct story_list late = { 0 }, rest = { 0 };
	long long split = story_urgency_split();
	struct merge m;
	int rc;

	out->v = NULL;
	out->n = 0;
	if ((rc = groups_open(db, f, c, seek, limit, now, &m, err)) < 0)
		return rc;
	/* The late stories score split or more, the rest less. */
	if (seek != SEEK_BEFORE && (c == NULL || c->k1 <= -split))
		rc = late_seek(db, f, c, seek, limit, now, &late, err);
	if (rc == 0 && late.n < (size_t)limit)
		rc = groups_take(db, &m, limit - (int)late.n, now, &rest, err);
	if (rc == 0 && seek == SEEK_BEFORE) {
		for (size_t i = 0; i < rest.n / 2; i++) {
			struct story tmp = rest.v[i];

			rest.v[i] = rest.v[rest.n - 1 - i];
			rest.v[rest.n - 1 - i] = tmp;
		}
		if (rest.n < (size_t)limit)
			rc = late_seek(db, f, c, seek, limit - (int)rest.n, now,
			    &late, err);
	}
	groups_close(&m);
	if (rc < 0) {
		story_list_free(&late);
		story_list_free(&rest);
		return rc;
	}
	list_cat(&late, &rest);
	*out = late;
	return 0;
}

int
story_urgency_plan(struct pt_db *db, const struct filter *f,
    const struct story_cursor *cur, time_t now, struct pt_str *text,
    struct pt_err *err)
{
	const struct story_cursor *c = cur != NULL && cur->valid ? cur : NULL;
	sqlite3_stmt *st;
	int rc;

	rc = story_page_prepare(db, "EXPLAIN QUERY PLAN ", late_from, f,
	    SORT_URGENCY, c, SEEK_AFTER, 40, now, &st, err);
	pt_str_add(text, "-- merge late\n");
	if (rc < 0 || (rc = story_explain(db, st, text, err)) < 0)
		return rc;
	for (int g = 0; g < UGROUPS; g++) {
		struct uband b[UBANDS_MAX];
		struct ugroup ug;
		struct bound bd;

		story_ugroup(g, &ug);
		if (!group_may_match(f, &ug))
			continue;
		bd = group_bound(b, story_ugroup_bands(&ug, now, b), c,
		    SEEK_AFTER);
		/* A cursor puts most groups at an end; the plan asked for
		 * is that of a walk from a row. */
		if (bd.kind != B_ROW && c != NULL)
			bd = row(">", c->k2, c->slug);
		if (group_prepare(db, "EXPLAIN QUERY PLAN ", f, g, &bd, 0, 40,
		    now, &st, err) < 0)
			return PT_EDB;
		pt_str_addf(text, "-- merge group %d\n", g);
		if ((rc = story_explain(db, st, text, err)) < 0)
			return rc;
	}
	return 0;
}
