/* The urgency sort: the score the SQL sorts by is story_urgency's (the
 * C mirror) for every kind of story at several times; the queue pages
 * in urgency order through its keyset cursor without losing or
 * repeating a row; a broken promise or an overdue request sorts before
 * any deadline. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "presstime/db.h"
#include "presstime/filter.h"
#include "presstime/person.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"

#define NOW 1795701600 /* 2026-11-26T14:00:00Z */

static const char *const prios[] = { "flash", "urgent", "routine",
	"deferred" };
/* Deadlines relative to NOW: each side of every step, and none. */
static const long long dues[] = { 0, -3600, 3599, 7201, 5 * 3600,
	7 * 3600, 23 * 3600, 3 * 86400 };
/* Requests: none, open not due yet, open overdue, promised by a time to
 * come, promised by a time past (broken), both overdue and broken. */
enum { R_NONE, R_OPEN, R_OPEN_LATE, R_PROMISED, R_BROKEN, R_BOTH, R_N };

static void
add_rfc(struct pt_db *db, long long story, long long person,
    const char *state, time_t due, time_t by)
{
	struct rfc r;
	struct pt_err err = { 0 };

	memset(&r, 0, sizeof r);
	r.story_id = story;
	r.person_id = person;
	r.channel = (char *)"email";
	r.asked_at = NOW - 86400;
	r.asked_by = (char *)"dmartin";
	r.due_at = due;
	r.state = (char *)state;
	r.promised_by = by;
	assert_int_equal(rfc_insert(db, &r, &err), 0);
}

/* A newsroom with one story per state x priority x deadline x request
 * kind (a sample of the product, so the test stays small), some
 * needing an update. */
static struct pt_db *
newsroom(int *n)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	struct person p;
	int i = 0;

	assert_int_equal(pt_db_open(NULL, DB_MEMORY, &db, &err), 0);
	assert_int_equal(pt_db_begin(db, &err), 0);
	memset(&p, 0, sizeof p);
	assert_int_equal(person_ensure(db, "Mayor's office", "organization",
	    &p, &err), 0);
	for (int st = 0; st < STORY_NSTATES; st++)
		for (size_t d = 0; d < sizeof dues / sizeof dues[0]; d++)
			for (int r = 0; r < R_N; r++) {
				struct story s;
				char slug[64];

				memset(&s, 0, sizeof s);
				snprintf(slug, sizeof slug, "s-%d-%zu-%d", st,
				    d, r);
				s.slug = slug;
				s.headline = slug;
				s.status = (char *)state_story_name(st);
				s.priority = (char *)prios[(st + d + r) % 4];
				s.deadline = d == 0 ? 0 : NOW + dues[d];
				s.needs_update = (st + r) % 5 == 0;
				s.created_at = s.updated_at = NOW - 100;
				assert_int_equal(story_insert(db, &s, &err), 0);
				if (r == R_OPEN || r == R_BOTH)
					add_rfc(db, s.id, p.id, "open",
					    NOW + 3600, 0);
				if (r == R_OPEN_LATE || r == R_BOTH)
					add_rfc(db, s.id, p.id, "open",
					    NOW - 60, 0);
				if (r == R_PROMISED)
					add_rfc(db, s.id, p.id, "promised",
					    0, NOW + 600);
				if (r == R_BROKEN || r == R_BOTH)
					add_rfc(db, s.id, p.id, "promised",
					    0, NOW - 600);
				i++;
			}
	assert_int_equal(pt_db_commit(db, &err), 0);
	person_done(&p);
	*n = i;
	return db;
}

static void
set_now(long long t)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%lld", t);
	setenv("PRESSTIME_NOW", buf, 1);
}

struct walk {
	time_t now;
	int n, bad, last, disorder;
};

static int
each(const struct story *s, void *ctx)
{
	struct walk *w = ctx;
	int want = story_urgency(s, w->now);

	if (s->urgency != want) {
		print_error("%s: SQL says %d, story_urgency %d\n", s->slug,
		    s->urgency, want);
		w->bad++;
	}
	if (w->n > 0 && s->urgency > w->last) {
		print_error("%s (%d) after a story of %d\n", s->slug,
		    s->urgency, w->last);
		w->disorder++;
	}
	w->last = s->urgency;
	w->n++;
	return 0;
}

/* At several times around the steps, the SQL key is the C score, the
 * walk (pages of 200 through the cursor) is in order and sees every
 * story once. */
static void
test_sql_is_the_c_mirror(void **state)
{
	static const long long at[] = { NOW, NOW + 3600, NOW + 7200,
		NOW + 86400 * 2, NOW - 86400 };
	int n;
	struct pt_db *db = newsroom(&n);

	(void)state;
	for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
		struct walk w = { .now = (time_t)at[i] };
		struct filter *f = NULL;
		struct pt_err err = { 0 };
		long long count = 0;

		set_now(at[i]);
		assert_int_equal(filter_compile("all", (time_t)at[i], 17, &f,
		    &err), 0);
		assert_int_equal(story_each(db, f, SORT_URGENCY, -1, each, &w,
		    &err), 0);
		assert_int_equal(story_count(db, f, &count, &err), 0);
		filter_free(f);
		assert_int_equal(w.bad, 0);
		assert_int_equal(w.disorder, 0);
		assert_int_equal(w.n, n);
		assert_int_equal(count, n);
	}
	pt_db_close(db);
}

/* Pages of 7 through the cursor give the same rows as one walk. */
static void
test_pages_through_the_cursor(void **state)
{
	int n, seen = 0;
	struct pt_db *db = newsroom(&n);
	struct story_cursor cur = { 0 };
	struct pt_err err = { 0 };
	struct story_list all, page;

	(void)state;
	set_now(NOW);
	assert_int_equal(story_page(db, NULL, SORT_URGENCY, NULL, n + 10,
	    &all, &err), 0);
	assert_int_equal((int)all.n, n);
	for (;;) {
		assert_int_equal(story_page(db, NULL, SORT_URGENCY, &cur, 7,
		    &page, &err), 0);
		for (size_t i = 0; i < page.n; i++) {
			assert_true(seen < n);
			assert_string_equal(page.v[i].slug,
			    all.v[seen].slug);
			seen++;
		}
		if (page.n == 0) {
			story_list_free(&page);
			break;
		}
		story_cursor_after(&page.v[page.n - 1], SORT_URGENCY, &cur);
		story_list_free(&page);
	}
	assert_int_equal(seen, n);
	/* Backwards from the end gives the last page. */
	story_cursor_after(&all.v[n - 1], SORT_URGENCY, &cur);
	assert_int_equal(story_seek(db, NULL, SORT_URGENCY, &cur, SEEK_BEFORE,
	    5, &page, &err), 0);
	assert_int_equal((int)page.n, 5);
	assert_string_equal(page.v[4].slug, all.v[n - 2].slug);
	story_list_free(&page);
	story_list_free(&all);
	pt_db_close(db);
}

static int
count_live(const struct story *s, void *ctx)
{
	*(int *)ctx += state_story_live(s->status, s->needs_update);
	return 0;
}

static int
must_be_live(const struct story *s, void *ctx)
{
	if (!state_story_live(s->status, s->needs_update)) {
		print_error("%s (%s) is not live\n", s->slug, s->status);
		(*(int *)ctx)++;
	}
	return 0;
}

/* The schema's story.live (migration 7, from states.h) is the C rule
 * state_story_live for every state, needing an update or not. */
static void
test_live_column_is_the_states_table(void **state)
{
	int n, want = 0, bad = 0;
	struct pt_db *db = newsroom(&n);
	struct filter *all = NULL, *live = NULL;
	struct pt_err err = { 0 };
	long long got = 0;

	(void)state;
	assert_int_equal(filter_compile("all", NOW, 17, &all, &err), 0);
	assert_int_equal(filter_compile("live", NOW, 17, &live, &err), 0);
	assert_int_equal(story_each(db, all, SORT_SLUG, -1, count_live,
	    &want, &err), 0);
	assert_int_equal(story_count(db, live, &got, &err), 0);
	assert_int_equal(got, want);
	assert_true(want > 0 && want < n);
	assert_int_equal(story_each(db, live, SORT_SLUG, -1, must_be_live,
	    &bad, &err), 0);
	assert_int_equal(bad, 0);
	filter_free(all);
	filter_free(live);
	pt_db_close(db);
}

/* What matters first: a broken promise, then an overdue request, then
 * deadlines; finished stories needing nothing score 0. */
static void
test_what_matters_first(void **state)
{
	struct story s;

	(void)state;
	memset(&s, 0, sizeof s);
	s.status = (char *)"editing";
	s.priority = (char *)"flash";
	s.deadline = NOW - 60;
	s.needs_update = 1;
	/* The most a story without request trouble can score. */
	assert_int_equal(story_urgency(&s, NOW), 6 + URGENCY_NEEDS + 10);
	assert_true(URGENCY_RFC_OVERDUE > story_urgency(&s, NOW));
	s.needs_update = 0;
	s.priority = (char *)"deferred";
	s.deadline = 0;
	assert_int_equal(story_urgency(&s, NOW), 0);
	s.rfc_due_first = NOW - 1;
	assert_int_equal(story_urgency(&s, NOW), URGENCY_RFC_OVERDUE);
	s.rfc_due_first = 0;
	s.rfc_promised_first = NOW - 1;
	assert_int_equal(story_urgency(&s, NOW), URGENCY_BROKEN);
	assert_true(URGENCY_BROKEN > URGENCY_RFC_OVERDUE);
	s.rfc_promised_first = NOW + 1;
	assert_int_equal(story_urgency(&s, NOW), 0);
	/* Deadline steps: passed 10, 2 h 8, 6 h 6, 24 h 4, later 1. */
	s.deadline = NOW + 3600;
	assert_int_equal(story_urgency(&s, NOW), 8);
	s.deadline = NOW + 5 * 3600;
	assert_int_equal(story_urgency(&s, NOW), 6);
	s.deadline = NOW + 20 * 3600;
	assert_int_equal(story_urgency(&s, NOW), 4);
	s.deadline = NOW + 48 * 3600;
	assert_int_equal(story_urgency(&s, NOW), 1);
	/* Out: the deadline no longer counts. */
	s.status = (char *)"updating";
	s.deadline = NOW - 60;
	assert_int_equal(story_urgency(&s, NOW), 0);
	/* Finished, needing nothing: 0 whatever else. */
	s.status = (char *)"killed";
	s.priority = (char *)"flash";
	s.rfc_promised_first = NOW - 1;
	assert_int_equal(story_urgency(&s, NOW), 0);
	s.status = (char *)"published";
	s.needs_update = 1;
	assert_int_equal(story_urgency(&s, NOW), 6 + URGENCY_NEEDS +
	    URGENCY_BROKEN);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_what_matters_first),
		cmocka_unit_test(test_live_column_is_the_states_table),
		cmocka_unit_test(test_sql_is_the_c_mirror),
		cmocka_unit_test(test_pages_through_the_cursor),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
