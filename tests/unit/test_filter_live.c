/* The filter under `live` (src/model/filter_live.c) against the same
 * filter written as over every story and ANDed with `live` (the oracle:
 * the match list, story_prio): on a mixed newsroom, by every way the
 * words can take and the default choice, every sort, whole and paged
 * through a cursor, both give the same stories in the same order. */
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
#include "presstime/entry.h"
#include "presstime/filter.h"
#include "presstime/person.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"

#define NOW 1795701600 /* 2026-11-26T14:00:00Z */
#define NSTORIES 240

static const char *const prios[] = { "flash", "urgent", "routine",
	"deferred" };
static const char *const vocab[] = { "council", "contract", "budget",
	"ice", "no", "comment", "mayor", "rent" };

/* A fixed pseudo-random sequence (the test is the same on every run). */
static uint32_t seed = 4242;

static int
rnd(int n)
{
	seed = seed * 1103515245u + 12345u;
	return (int)((seed >> 16) % (uint32_t)n);
}

/* A few words of the vocabulary, sometimes none of them. */
static void
text(char *buf, size_t len, const char *pre, int i)
{
	int n = snprintf(buf, len, "%s%d", pre, i);

	for (int w = rnd(4); w > 0 && (size_t)n < len; w--)
		n += snprintf(buf + n, len - (size_t)n, " %s",
		    vocab[rnd(sizeof vocab / sizeof vocab[0])]);
}

/* Most stories finished (not live), as in an archive; words in their
 * headlines, entries and answers, in every mix. */
static struct pt_db *
newsroom(void)
{
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
		char slug[32], head[128];

		memset(&s, 0, sizeof s);
		snprintf(slug, sizeof slug, "%c%c-%d", 'a' + rnd(26),
		    'a' + rnd(26), i);
		text(head, sizeof head, "head", i);
		s.slug = slug;
		s.headline = head;
		s.desk = (char *)"metro";
		s.status = (char *)(rnd(3) == 0 ?
		    state_story_name(rnd(STORY_NSTATES)) : "published");
		s.priority = (char *)prios[rnd(4)];
		s.deadline = rnd(5) == 0 ? 0 : NOW + (rnd(9) - 4) * 3600;
		s.needs_update = rnd(8) == 0;
		s.created_at = s.updated_at = NOW - rnd(5) * 60;
		assert_int_equal(story_insert(db, &s, &err), 0);
		for (int k = rnd(4); k > 0; k--) {
			struct entry e;
			char body[128];

			memset(&e, 0, sizeof e);
			text(body, sizeof body, "note", k);
			e.story_id = s.id;
			e.occurred_at = e.logged_at = NOW - k;
			e.logged_by = (char *)"dmartin";
			e.kind = (char *)"note";
			e.body = body;
			assert_int_equal(entry_insert(db, &e, &err), 0);
		}
		if (rnd(3) == 0) {
			struct rfc r;
			char answer[128];

			memset(&r, 0, sizeof r);
			text(answer, sizeof answer, "said", i);
			r.story_id = s.id;
			r.person_id = p.id;
			r.channel = (char *)"email";
			r.asked_at = NOW - 86400;
			r.asked_by = (char *)"dmartin";
			r.state = (char *)"answered";
			r.answer = answer;
			r.answered_at = NOW - 3600;
			assert_int_equal(rfc_insert(db, &r, &err), 0);
		}
	}
	assert_int_equal(pt_db_commit(db, &err), 0);
	person_done(&p);
	return db;
}

static const char *const texts[] = { "council", "contract", "\"no comment\"",
	"ice mayor", "council contract", "rent !budget", "nosuchword",
	"pri:flash", "pri:flash,urgent", "priority:deferred", "!pri:routine",
	"pri:urgent council", "pri:flash,routine contract", "live council",
	"live pri:urgent", "live pri:routine !ice", NULL };

static const enum story_sort sorts[] = { SORT_DUE, SORT_PRIORITY,
	SORT_SLUG, SORT_UPDATED, SORT_STATUS, SORT_NEEDS, SORT_URGENCY };

/* The words' ways (filter.h): the default choice, then each forced. */
static const struct {
	const char *name;
	long long most, by_rowid, by_text;
} ways[] = {
	{ "the default choice", 10000, 3, 1000 },
	{ "the match list", 0, 3, 1000 },
	{ "the live texts among the rowids", 10000, 0, 1LL << 40 },
	{ "each live text looked up", 10000, 0, 0 },
};

static int
same(const char *what, const struct story_list *got,
    const struct story_list *want)
{
	if (got->n != want->n) {
		print_error("%s: %zu stories, want %zu\n", what, got->n,
		    want->n);
		return 1;
	}
	for (size_t i = 0; i < got->n; i++)
		if (got->v[i].id != want->v[i].id) {
			print_error("%s: row %zu is %s, want %s\n", what, i,
			    got->v[i].slug, want->v[i].slug);
			return 1;
		}
	return 0;
}

/* Pages of 7 through the cursor, gathered into one list. */
static void
paged(struct pt_db *db, const struct filter *f, enum story_sort sort,
    struct story_list *out)
{
	struct story_cursor cur;
	struct pt_err err = { 0 };
	size_t cap = 0;

	memset(&cur, 0, sizeof cur);
	out->v = NULL;
	out->n = 0;
	for (;;) {
		struct story_list page;

		assert_int_equal(story_page(db, f, sort, cur.valid ? &cur :
		    NULL, 7, &page, &err), 0);
		for (size_t i = 0; i < page.n; i++) {
			if (out->n == cap) {
				cap = cap ? cap * 2 : 16;
				out->v = realloc(out->v, cap * sizeof *out->v);
				assert_non_null(out->v);
			}
			out->v[out->n++] = page.v[i];
		}
		if (page.n > 0)
			story_cursor_after(&out->v[out->n - 1], sort, &cur);
		/* The rows moved to out: free the page's array alone. */
		free(page.v);
		if (page.n < 7)
			break;
	}
}

static void
test_live_matches_the_oracle(void **state)
{
	struct pt_db *db = newsroom();
	struct filter *live = NULL;
	struct pt_err err = { 0 };
	int bad = 0, nonempty = 0;

	(void)state;
	setenv("PRESSTIME_NOW", "1795701600", 1);
	assert_int_equal(filter_compile("live", NOW, 17, &live, &err), 0);
	for (size_t w = 0; w < sizeof ways / sizeof ways[0]; w++) {
		filter_words_live_max = ways[w].most;
		filter_words_by_rowid = ways[w].by_rowid;
		filter_words_by_text = ways[w].by_text;
		for (size_t i = 0; texts[i] != NULL; i++) {
			struct filter *f = NULL, *plain = NULL, *oracle;

			assert_int_equal(filter_compile_queue(texts[i], NOW,
			    17, &f, &err), 0);
			assert_int_equal(f->live, 1);
			/* The oracle's terms as over every story: no `live`
			 * in them, so nothing of filter_live.c. */
			assert_int_equal(filter_compile(strncmp(texts[i],
			    "live ", 5) == 0 ? texts[i] + 5 : texts[i], NOW,
			    17, &plain, &err), 0);
			assert_int_equal(plain->live, 0);
			oracle = filter_and(plain, live);
			for (size_t k = 0; k < sizeof sorts / sizeof sorts[0];
			    k++) {
				struct story_list got, want, pages;
				char what[256];

				assert_int_equal(story_page(db, oracle,
				    sorts[k], NULL, 1000, &want, &err), 0);
				assert_int_equal(story_page(db, f, sorts[k],
				    NULL, 1000, &got, &err), 0);
				paged(db, f, sorts[k], &pages);
				snprintf(what, sizeof what, "\"%s\" by %s, %s",
				    texts[i], story_sort_name(sorts[k]),
				    ways[w].name);
				bad += same(what, &got, &want);
				bad += same(what, &pages, &want);
				nonempty += want.n > 0;
				story_list_free(&got);
				story_list_free(&want);
				story_list_free(&pages);
			}
			filter_free(f);
			filter_free(plain);
			filter_free(oracle);
		}
	}
	filter_words_live_max = 10000;
	filter_words_by_rowid = 3;
	filter_words_by_text = 1000;
	filter_free(live);
	pt_db_close(db);
	assert_int_equal(bad, 0);
	/* The newsroom is mixed enough to say something. */
	assert_true(nonempty > 100);
}

/* Under `live`, words and pri: are written to start from the live
 * stories; over every story (`all`, filter_compile) they are as before. */
static void
test_live_compiles_apart(void **state)
{
	struct filter *f = NULL;
	struct pt_err err = { 0 };

	(void)state;
	assert_int_equal(filter_compile_queue("pri:flash,urgent ice", NOW, 17,
	    &f, &err), 0);
	assert_non_null(strstr(f->where, "(+s.prio_rank = ? OR "
	    "+s.prio_rank = ?)"));
	assert_non_null(strstr(f->where, "CROSS JOIN fts"));
	/* Two ranks, three thresholds, the words four times. */
	assert_int_equal(f->nparams, 9);
	assert_int_equal(f->params[2].i, filter_words_live_max);
	assert_string_equal(f->params[8].s, "\"ice\"");
	filter_free(f);
	assert_int_equal(filter_compile_queue("all pri:flash ice", NOW, 17,
	    &f, &err), 0);
	assert_string_equal(f->where, "1 AND (s.prio_rank = ?) AND s.id IN "
	    "(SELECT story_id FROM fts WHERE fts MATCH ?)");
	filter_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_live_matches_the_oracle),
		cmocka_unit_test(test_live_compiles_apart),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
