/* Full-text search: safe queries, ranking, and the broad-match order. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "presstime/db.h"
#include "presstime/entry.h"
#include "presstime/search.h"
#include "presstime/story.h"

static struct pt_db *
db_with_story(long long *id)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	struct story s;

	assert_int_equal(pt_db_open(NULL, DB_MEMORY, &db, &err), 0);
	memset(&s, 0, sizeof s);
	s.slug = (char *)"ice";
	s.headline = (char *)"ICE story";
	assert_int_equal(story_insert(db, &s, &err), 0);
	*id = s.id;
	return db;
}

static void
add_entry(struct pt_db *db, long long story, const char *body)
{
	struct pt_err err = { 0 };
	struct entry e;

	memset(&e, 0, sizeof e);
	e.story_id = story;
	e.occurred_at = e.logged_at = 1000;
	e.logged_by = (char *)"me";
	e.kind = (char *)"event";
	e.body = (char *)body;
	assert_int_equal(entry_insert(db, &e, &err), 0);
}

static void
test_query_is_quoted(void **state)
{
	char *q = search_fts_query("NEAR(a b) \"no comment\" x\"y");

	assert_string_equal(q, "\"NEAR(a\" \"b)\" \"no comment\" \"x\"\"y\"");
	free(q);
	assert_null(search_fts_query("   "));
}

static void
test_best_match_first(void **state)
{
	struct pt_err err = { 0 };
	struct search_hits h;
	long long id;
	struct pt_db *db = db_with_story(&id);

	add_entry(db, id, "a contract, among many other words that dilute "
	    "the match for this entry quite a lot");
	add_entry(db, id, "contract contract contract");
	assert_int_equal(search_run(db, "contract", 10, &h, &err), 0);
	assert_int_equal(h.n, 2);
	assert_string_equal(h.v[0].what, "entry");
	assert_int_equal(h.v[0].ref_id, 2);
	assert_non_null(strstr(h.v[0].snippet, "[contract]"));
	search_hits_free(&h);
	pt_db_close(db);
}

/* Past 5,000 matches ranking every one would take a second on a large
 * newsroom: the newest 5,000 are ranked, so the best of them comes first
 * and an old item, however good a match, waits for narrower words. */
static void
test_broad_match_ranks_newest(void **state)
{
	struct pt_err err = { 0 };
	struct search_hits h;
	long long id;
	struct pt_db *db = db_with_story(&id);
	char body[64];

	assert_int_equal(pt_db_begin(db, &err), 0);
	for (int i = 1; i <= 5100; i++) {
		snprintf(body, sizeof body, "%s contract number %d",
		    i == 7 || i == 5000 ? "contract contract contract" : "a",
		    i);
		add_entry(db, id, body);
	}
	assert_int_equal(pt_db_commit(db, &err), 0);
	assert_int_equal(search_run(db, "contract", 3, &h, &err), 0);
	assert_int_equal(h.n, 3);
	assert_int_equal(h.v[0].ref_id, 5000);
	for (size_t i = 0; i < h.n; i++)
		assert_true(h.v[i].ref_id > 100);
	search_hits_free(&h);
	/* A new story's headline sits below the entries in rowid order;
	 * it is ranked with them all the same: after the entry that is
	 * mostly the word, before every passing mention. */
	{
		struct story s;

		memset(&s, 0, sizeof s);
		s.slug = (char *)"contract-collapse";
		s.headline = (char *)"Contract collapse: contract";
		assert_int_equal(story_insert(db, &s, &err), 0);
	}
	assert_int_equal(search_run(db, "contract", 50, &h, &err), 0);
	assert_int_equal(h.n, 50);
	assert_int_equal(h.v[0].ref_id, 5000);
	assert_string_equal(h.v[1].what, "story");
	assert_string_equal(h.v[1].slug, "contract-collapse");
	assert_non_null(strstr(h.v[1].snippet, "[contract]"));
	search_hits_free(&h);
	/* A narrow search in the same newsroom ranks every match. */
	assert_int_equal(search_run(db, "number 7", 1, &h, &err), 0);
	assert_int_equal(h.n, 1);
	assert_int_equal(h.v[0].ref_id, 7);
	search_hits_free(&h);
	assert_int_equal(search_run(db, "contract contract number 7", 1, &h,
	    &err), 0);
	assert_int_equal(h.n, 1);
	assert_int_equal(h.v[0].ref_id, 7);
	search_hits_free(&h);
	pt_db_close(db);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_query_is_quoted),
		cmocka_unit_test(test_best_match_first),
		cmocka_unit_test(test_broad_match_ranks_newest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
