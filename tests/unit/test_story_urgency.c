/* The urgency pager that merges the groups' index walks
 * (src/model/story_merge.c) against the whole sort it replaces
 * (story_seek_sql, the oracle): on a random newsroom, at many times, under
 * many filters, from every kind of cursor, both give exactly the same rows
 * in the same order, with the same scores. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
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
#include "../../src/model/internal.h"

#define NOW 1795701600 /* 2026-11-26T14:00:00Z */
#define NSTORIES 220

static const char *const prios[] = { "flash", "urgent", "routine",
	"deferred" };
static const char *const desks[] = { "metro", "tech", "Sports" };

/* A fixed pseudo-random sequence (the test is the same on every run). */
static uint32_t seed = 12345;

static int
rnd(int n)
{
	seed = seed * 1103515245u + 12345u;
	return (int)((seed >> 16) % (uint32_t)n);
}

/* Times near NOW, often on a deadline step's edge (and either side of
 * it), often shared (so deadline ties fall to the slug). */
static long long
near_now(void)
{
	static const long long edges[] = { 0, 2 * 3600, 6 * 3600, 24 * 3600 };

	switch (rnd(4)) {
	case 0:
		return NOW + edges[rnd(4)] + rnd(3) - 1;
	case 1:
		return NOW + (rnd(9) - 3) * 3600;
	default:
		return NOW + rnd(5 * 86400) - 2 * 86400;
	}
}

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

static struct pt_db *
newsroom(void)
{
	static const char *const rstates[] = { "open", "promised",
		"answered", "lapsed" };
	struct pt_db *db;
	struct pt_err err = { 0 };
	struct person p;

	assert_int_equal(pt_db_open(NULL, DB_MEMORY, &db, &err), 0);
	assert_int_equal(pt_db_begin(db, &err), 0);
	memset(&p, 0, sizeof p);
	assert_int_equal(person_ensure(db, "Mayor's office", "organization",
	    &p, &err), 0);
	for (int i = 0; i < NSTORIES; i++) {
		struct story s;
		char slug[64];
		int nr = rnd(3) == 0 ? rnd(3) : 0;

		memset(&s, 0, sizeof s);
		/* Slugs not in insertion order, so ids do not follow them. */
		snprintf(slug, sizeof slug, "%c%c-%d", 'a' + rnd(26),
		    'a' + rnd(26), i);
		s.slug = slug;
		s.headline = slug;
		s.desk = (char *)desks[rnd(3)];
		s.status = (char *)state_story_name(rnd(STORY_NSTATES));
		s.priority = (char *)prios[rnd(4)];
		s.deadline = rnd(5) == 0 ? 0 : (time_t)near_now();
		s.needs_update = rnd(5) == 0;
		s.created_at = s.updated_at = NOW - 100;
		assert_int_equal(story_insert(db, &s, &err), 0);
		for (int r = 0; r < nr; r++) {
			const char *st = rstates[rnd(4)];
			int promised = strcmp(st, "promised") == 0;

			add_rfc(db, s.id, p.id, st, promised || rnd(4) == 0 ?
			    0 : (time_t)near_now(), promised ?
			    (time_t)near_now() : 0);
		}
	}
	assert_int_equal(pt_db_commit(db, &err), 0);
	person_done(&p);
	return db;
}

static void
set_now(long long t)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%lld", t);
	setenv("PRESSTIME_NOW", buf, 1);
}

/* story_seek by the whole sort (merged 0) or by the merge (1). */
static void
seek(struct pt_db *db, const struct filter *f, int merged,
    const struct story_cursor *cur, enum story_seek how, int limit,
    struct story_list *out)
{
	struct pt_err err = { 0 };

	story_urgency_few = merged ? 0 : 1LL << 60;
	assert_int_equal(story_seek(db, f, SORT_URGENCY, cur, how, limit, out,
	    &err), 0);
	story_urgency_few = 250;
}

/* The rows of want[from..from+n) (clipped) are got, in order, with the
 * same scores; a mismatch is printed with what was asked. */
static int
same(const char *what, const struct story_list *got,
    const struct story_list *want, long from, long n)
{
	long lo = from < 0 ? 0 : from;
	long hi = from + n > (long)want->n ? (long)want->n : from + n;
	long expect = hi > lo ? hi - lo : 0;

	if ((long)got->n != expect) {
		print_error("%s: %zu rows, want %ld\n", what, got->n, expect);
		return 1;
	}
	for (long i = 0; i < expect; i++) {
		const struct story *a = &got->v[i], *b = &want->v[lo + i];

		if (strcmp(a->slug, b->slug) != 0 || a->urgency != b->urgency) {
			print_error("%s: row %ld is %s (%d), want %s (%d)\n",
			    what, i, a->slug, a->urgency, b->slug, b->urgency);
			return 1;
		}
	}
	return 0;
}

static const char *const texts[] = { "", "live", "all", "!live",
	"status:editing,published,held", "desk:metro", "pri:flash,urgent",
	"needs:update", "all pri:deferred", "desk:tech status:updating,ready",
	NULL };
static const long long at[] = { NOW, NOW - 1, NOW + 1, NOW + 2 * 3600,
	NOW - 5 * 3600, NOW + 30 * 3600 };

static struct filter *
compile(const char *text)
{
	struct filter *f = NULL;
	struct pt_err err = { 0 };

	/* "" is the queue's default: live work. */
	assert_int_equal(filter_compile_queue(text, NOW, 17, &f, &err), 0);
	return f;
}

/* Checks the merge against want, the whole sort under filter f (from
 * texts[x]) at at[t]; returns how many checks failed. */
typedef int (*queue_check)(struct pt_db *db, const struct filter *f,
    const struct story_list *want, size_t t, size_t x);

/* Runs check on a fresh random newsroom under every filter text at every
 * time, so each test says only what it asks of the merge. */
static void
each_queue(queue_check check)
{
	struct pt_db *db = newsroom();

	for (size_t t = 0; t < sizeof at / sizeof at[0]; t++) {
		set_now(at[t]);
		for (size_t x = 0; texts[x] != NULL; x++) {
			struct filter *f = compile(texts[x]);
			struct story_list want;
			int bad;

			seek(db, f, 0, NULL, SEEK_AFTER, 100000, &want);
			bad = check(db, f, &want, t, x);
			story_list_free(&want);
			filter_free(f);
			assert_int_equal(bad, 0);
		}
	}
	pt_db_close(db);
}

static int
pages_match(struct pt_db *db, const struct filter *f,
    const struct story_list *want, size_t t, size_t x)
{
	static const int sizes[] = { 2, 40 };
	struct story_list got;
	char what[160];
	int bad = 0;

	seek(db, f, 1, NULL, SEEK_AFTER, 100000, &got);
	snprintf(what, sizeof what, "\"%s\" at %+lld, whole", texts[x],
	    at[t] - NOW);
	bad += same(what, &got, want, 0, (long)want->n);
	story_list_free(&got);
	for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
		struct story_cursor cur = { 0 };
		long seen = 0;

		for (;;) {
			seek(db, f, 1, &cur, SEEK_AFTER, sizes[z], &got);
			snprintf(what, sizeof what, "\"%s\" at %+lld, page "
			    "of %d at %ld", texts[x], at[t] - NOW, sizes[z],
			    seen);
			bad += same(what, &got, want, seen, sizes[z]);
			seen += (long)got.n;
			if (got.n == 0 || bad > 0) {
				story_list_free(&got);
				break;
			}
			story_cursor_after(&got.v[got.n - 1], SORT_URGENCY,
			    &cur);
			story_list_free(&got);
		}
		if (seen != (long)want->n)
			bad++;
	}
	assert_true(want->n > 0);
	return bad;
}

/* Whole queues, and pages of 1, 4 and 40 through the cursor. */
static void
test_pages_match_the_sort(void **state)
{
	(void)state;
	each_queue(pages_match);
}

static int
seeks_match(struct pt_db *db, const struct filter *f,
    const struct story_list *want, size_t t, size_t x)
{
	static const int sizes[] = { 1, 6 };
	struct story_list got;
	char what[160];
	int bad = 0;

	for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
		seek(db, f, 1, NULL, SEEK_BEFORE, sizes[z], &got);
		snprintf(what, sizeof what, "\"%s\" at %+lld, last %d",
		    texts[x], at[t] - NOW, sizes[z]);
		bad += same(what, &got, want, (long)want->n - sizes[z],
		    sizes[z]);
		story_list_free(&got);
		for (size_t i = t % 5; i < want->n; i += 5 + t % 3) {
			struct story_cursor cur;
			static const enum story_seek how[] = { SEEK_AFTER,
				SEEK_FROM, SEEK_BEFORE };
			const long from[] = { (long)i + 1, (long)i,
				(long)i - sizes[z] };

			story_cursor_after(&want->v[i], SORT_URGENCY, &cur);
			for (int h = 0; h < 3; h++) {
				seek(db, f, 1, &cur, how[h], sizes[z], &got);
				snprintf(what, sizeof what, "\"%s\" at %+lld, "
				    "%d from row %zu (%s), seek %d", texts[x],
				    at[t] - NOW, sizes[z], i, want->v[i].slug,
				    h);
				bad += same(what, &got, want, from[h],
				    sizes[z]);
				story_list_free(&got);
			}
		}
	}
	return bad;
}

/* From any row: the rows after it, from it and before it, and the last
 * page (before no cursor: `G`). */
static void
test_seeks_match_the_sort(void **state)
{
	(void)state;
	each_queue(seeks_match);
}

/* A cursor read at one time, used at another (the TUI re-anchors on the
 * row under its cursor, scored when the page was read): wherever the
 * row's score now puts it, both ways agree. */
static void
test_stale_cursors_agree(void **state)
{
	struct pt_db *db = newsroom();
	struct filter *f = compile("all");
	int bad = 0;

	(void)state;
	for (size_t t = 0; t < sizeof at / sizeof at[0]; t++) {
		struct story_list then;

		set_now(at[t]);
		seek(db, f, 0, NULL, SEEK_AFTER, 100000, &then);
		for (size_t u = 0; u < sizeof at / sizeof at[0]; u++) {
			set_now(at[u]);
			for (size_t i = u % 9; i < then.n; i += 9) {
				struct story_cursor cur;

				story_cursor_after(&then.v[i], SORT_URGENCY,
				    &cur);
				for (int h = 0; h < 3; h++) {
					struct story_list want, got;
					char what[160];

					seek(db, f, 0, &cur, (enum story_seek)h,
					    5, &want);
					seek(db, f, 1, &cur, (enum story_seek)h,
					    5, &got);
					snprintf(what, sizeof what, "row %zu "
					    "(%s) read at %+lld, at %+lld, "
					    "seek %d", i, then.v[i].slug,
					    at[t] - NOW, at[u] - NOW, h);
					bad += same(what, &got, &want, 0,
					    (long)want.n);
					story_list_free(&want);
					story_list_free(&got);
				}
			}
		}
		story_list_free(&then);
		assert_int_equal(bad, 0);
	}
	filter_free(f);
	pt_db_close(db);
}

/* Filters composed by the model (the TUI's `T` over a limit, its search
 * hits among the queue) carry what their parts say of every match, so
 * the merge skips the same groups: it still finds every row. */
static void
test_composed_filters_match(void **state)
{
	struct pt_db *db = newsroom();
	struct filter *live = compile(""), *all = compile("all");
	struct filter *pri = compile("pri:flash,deferred");
	struct filter *st = compile("status:published,editing");
	struct filter *both[3];
	long long ids[NSTORIES];
	int bad = 0;

	(void)state;
	for (int i = 0; i < NSTORIES; i++)
		ids[i] = 1 + 3 * i;
	both[0] = filter_and(live, pri);
	both[1] = filter_among(st, ids, NSTORIES / 3);
	both[2] = filter_and(all, st);
	assert_true(both[0]->live && both[0]->no_prios != 0);
	assert_true(both[1]->no_states != 0 && both[2]->no_states != 0);
	for (size_t t = 0; t < sizeof at / sizeof at[0]; t++) {
		set_now(at[t]);
		for (int k = 0; k < 3; k++) {
			struct story_list want, got;
			struct story_cursor cur = { 0 };
			char what[80];
			long seen = 0;

			seek(db, both[k], 0, NULL, SEEK_AFTER, 100000, &want);
			assert_true(want.n > 0);
			for (;;) {
				seek(db, both[k], 1, &cur, SEEK_AFTER, 3, &got);
				snprintf(what, sizeof what, "filter %d at %+lld, "
				    "page at %ld", k, at[t] - NOW, seen);
				bad += same(what, &got, &want, seen, 3);
				seen += (long)got.n;
				if (got.n == 0 || bad > 0) {
					story_list_free(&got);
					break;
				}
				story_cursor_after(&got.v[got.n - 1],
				    SORT_URGENCY, &cur);
				story_list_free(&got);
			}
			bad += seen != (long)want.n;
			story_list_free(&want);
		}
		assert_int_equal(bad, 0);
	}
	for (int k = 0; k < 3; k++)
		filter_free(both[k]);
	filter_free(live);
	filter_free(all);
	filter_free(pri);
	filter_free(st);
	pt_db_close(db);
}

/* The groups' bands: every score a band gives is its group's, falling
 * band by band, and the bands tile the deadlines. */
static void
test_bands_fall(void **state)
{
	(void)state;
	assert_true(story_urgency_split() > 0);
	for (int g = 0; g < UGROUPS; g++) {
		struct uband b[UBANDS_MAX];
		struct ugroup ug;
		int n;

		story_ugroup(g, &ug);
		n = story_ugroup_bands(&ug, NOW, b);
		assert_true(n >= 1 && n <= UBANDS_MAX);
		assert_true(b[0].lo_open && b[n - 1].hi_open);
		assert_int_equal(n > 1, ug.dapp && !ug.fin);
		for (int i = 1; i < n; i++) {
			assert_true(b[i].score < b[i - 1].score);
			assert_true(b[i].lo == b[i - 1].hi);
		}
		assert_true(b[0].score < story_urgency_split());
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bands_fall),
		cmocka_unit_test(test_pages_match_the_sort),
		cmocka_unit_test(test_seeks_match_the_sort),
		cmocka_unit_test(test_stale_cursors_agree),
		cmocka_unit_test(test_composed_filters_match),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
