/* Every filter term is answered from an index: the plan SQLite makes for
 * a queue page under each documented term (alone, from the top and
 * after a keyset cursor) must not walk the story table. A term that
 * walks it costs a whole archive when few stories match (desk:X did,
 * 1.2 s at 300,000 stories). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "presstime/alert.h"
#include "presstime/db.h"
#include "presstime/filter.h"
#include "presstime/story.h"

#define NOW 1795701600 /* 2026-11-26T14:00:00Z */

/* At least one term per key of the filter language (checked below), and
 * the forms the keys take. */
static const char *const terms[] = {
	"status:editing", "status:editing,copydesk", "desk:metro",
	"desk:Metro", "desk:metro,tech", "@dmartin", "@none",
	"editor:dmartin", "@dmartin,tkeiser", "by:dmartin",
	"by:\"Dylan Martin\"", "pri:flash", "priority:urgent", "pri:flash,urgent",
	"due:<2h", "due:>1d", "due:<17:00", "due:today", "due:tomorrow",
	"due:none", "overdue", "rfc:open", "rfc:promised", "rfc:overdue",
	"rfc:broken", "upd:<30m",
	"needs:update", "slug:hootsuite-ice", "contract", "\"no comment\"",
	"desk:metro status:editing", "@dmartin overdue",
	"live", "live desk:metro", "live @dmartin", "live pri:flash",
	"live contract", "all desk:metro",
	NULL
};

/* Terms that match all through an archive by nature ("every story but",
 * "not touched for two days", requests answered, declined or lapsed,
 * which hang off old stories as much as new ones): a walk in queue order that stops at the page is
 * faster than finding them all and sorting (rfc:answered found first
 * took 1.5 s at 1,000,000 stories, walked 15 ms). They must still walk
 * an index in order, never sort the table, and each look per story
 * must be a search. */
static const char *const walks[] = {
	"rfc:answered", "rfc:declined", "rfc:lapsed", "rfc:none", "upd:>2d",
	"!status:published", "!desk:metro", "!contract", "all", "!live", NULL
};

/* "SCAN s" is a walk of the story table (alias s) or an index over all
 * of it; any SEARCH is a lookup. */
static int
walks_story(const char *plan)
{
	for (const char *p = plan; (p = strstr(p, "SCAN s")) != NULL; p++)
		if (p[6] == ' ' || p[6] == '\n' || p[6] == '\0')
			return 1;
	return 0;
}

static struct pt_db *
open_db(void)
{
	struct pt_db *db;
	struct pt_err err = { 0 };

	assert_int_equal(pt_db_open(NULL, DB_MEMORY, &db, &err), 0);
	return db;
}

static char *
plan_of(struct pt_db *db, const char *text, enum story_sort sort,
    const struct story_cursor *cur)
{
	struct filter *f = NULL;
	struct pt_err err = { 0 };
	char *plan = NULL;

	assert_int_equal(filter_compile(text, NOW, 17, &f, &err), 0);
	assert_int_equal(story_page_plan(db, f, sort, cur, &plan, &err), 0);
	filter_free(f);
	return plan;
}

static void
some_cursor(struct story_cursor *cur)
{
	struct story s;

	memset(&s, 0, sizeof s);
	s.slug = (char *)"m";
	s.priority = (char *)"routine";
	s.status = (char *)"editing";
	s.deadline = NOW;
	story_cursor_after(&s, SORT_DUE, cur);
}

static void
test_terms_search(void **state)
{
	struct pt_db *db = open_db();
	struct story_cursor cur;
	int bad = 0;

	(void)state;
	some_cursor(&cur);
	for (size_t i = 0; terms[i] != NULL; i++) {
		for (int c = 0; c < 2; c++) {
			char *plan = plan_of(db, terms[i], SORT_DUE,
			    c ? &cur : NULL);

			if (walks_story(plan)) {
				print_error("ls %s%s walks every story:\n%s",
				    terms[i], c ? " (next page)" : "", plan);
				bad++;
			}
			free(plan);
		}
	}
	pt_db_close(db);
	assert_int_equal(bad, 0);
}

/* The queue's default limit (live work, no words typed) and a limit
 * that names no states search too, by due date and by urgency: the live stories are found in
 * story_status and story_needs_update, never by a walk of an archive of
 * published ones. */
static void
test_queue_default_searches(void **state)
{
	static const char *const texts[] = { "", "desk:metro", "@dmartin",
		"pri:flash", "contract", NULL };
	struct pt_db *db = open_db();
	struct story_cursor cur;
	int bad = 0;

	(void)state;
	some_cursor(&cur);
	for (size_t i = 0; texts[i] != NULL; i++) {
		for (int c = 0; c < 4; c++) {
			struct filter *f = NULL;
			struct pt_err err = { 0 };
			char *plan = NULL, *p;
			enum story_sort sort = c < 2 ? SORT_DUE : SORT_URGENCY;

			assert_int_equal(filter_compile_queue(texts[i], NOW,
			    17, &f, &err), 0);
			assert_int_equal(story_page_plan(db, f, sort,
			    c % 2 ? &cur : NULL, &plan, &err), 0);
			/* Urgency over few stories is their whole sort: its
			 * cost is the live rows, found by search (story_live),
			 * and the late requests found once (a LIST
			 * SUBQUERY), never per story. Over many, a merge of
			 * index walks (test_urgency_merge_searches). */
			if ((p = strstr(plan, "-- merge")) != NULL)
				*p = '\0';
			if (walks_story(plan) || strstr(plan,
			    "CORRELATED SCALAR SUBQUERY 5") != NULL ||
			    (sort == SORT_URGENCY && strstr(plan,
			    "story_live") == NULL)) {
				print_error("the queue \"%s\" by %s%s walks "
				    "every story:\n%s", texts[i],
				    story_sort_name(sort), c % 2 ?
				    " (next page)" : "", plan);
				bad++;
			}
			free(plan);
			filter_free(f);
		}
	}
	pt_db_close(db);
	assert_int_equal(bad, 0);
}

/* The urgency sort over many stories (story_merge.c): the late ones are
 * found from their requests (never a walk of the stories), then each
 * group is a search of story_urgency in its order, from the cursor's
 * row by a seek: no walk, no sort. The live queue does not look at the
 * finished stories at all (group 0), nor pri:flash at other priorities'
 * groups. */
static void
test_urgency_merge_searches(void **state)
{
	static const struct {
		const char *text;
		int groups; /* how many groups the filter can match */
	} queues[] = {
		{ "", 16 }, { "desk:metro", 16 }, { "@dmartin", 16 },
		{ "pri:flash", 4 }, { "contract", 16 }, { "all", 17 },
		{ "needs:update", 8 }, { "status:published", 5 },
		{ "status:editing", 16 }, { "status:updating,killed", 9 },
		{ NULL, 0 }
	};
	struct pt_db *db = open_db();
	struct story_cursor cur;
	struct story s;
	int bad = 0;

	(void)state;
	memset(&s, 0, sizeof s);
	s.slug = (char *)"m";
	s.priority = (char *)"routine";
	s.status = (char *)"editing";
	s.deadline = NOW;
	s.urgency = 10;
	story_cursor_after(&s, SORT_URGENCY, &cur);
	for (size_t i = 0; queues[i].text != NULL; i++) {
		for (int c = 0; c < 2; c++) {
			struct filter *f = NULL;
			struct pt_err err = { 0 };
			char *plan = NULL, *p, *next;
			int groups = 0, late = 0;

			assert_int_equal(filter_compile_queue(queues[i].text,
			    NOW, 17, &f, &err), 0);
			assert_int_equal(story_page_plan(db, f, SORT_URGENCY,
			    c ? &cur : NULL, &plan, &err), 0);
			p = strstr(plan, "-- merge");
			for (; p != NULL; p = next) {
				int late_one = strncmp(p, "-- merge late", 13)
				    == 0;

				if ((next = strstr(p + 1, "-- merge")) != NULL)
					next[-1] = '\0';
				late += late_one;
				groups += !late_one;
				if (walks_story(p) || strstr(p, "SCAN r") !=
				    NULL || (late_one ? strstr(p,
				    "SEARCH s USING INTEGER PRIMARY KEY") ==
				    NULL || strstr(p, "rfc_open_due") == NULL :
				    strstr(p, c ? "SEARCH s USING INDEX "
				    "story_urgency (ugroup=? AND (due_key,slug)"
				    ">(?,?))" : "SEARCH s USING INDEX "
				    "story_urgency (ugroup=?)") == NULL ||
				    strstr(p, "TEMP B-TREE") != NULL)) {
					print_error("the queue \"%s\" by "
					    "urgency%s:\n%s\n", queues[i].text,
					    c ? " (next page)" : "", p);
					bad++;
				}
			}
			if (late != 1 || groups != queues[i].groups) {
				print_error("the queue \"%s\" walks %d groups, "
				    "not %d\n", queues[i].text, groups,
				    queues[i].groups);
				bad++;
			}
			free(plan);
			filter_free(f);
		}
	}
	pt_db_close(db);
	assert_int_equal(bad, 0);
}

/* How many times needle is in hay. */
static int
count_of(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/* Under the live limit the terms that grew with the archive start from
 * the live stories (src/model/filter_live.c): pri: never searches
 * story_prio (every flash story of an archive, to keep the live ones),
 * and words can be checked per live story, by rowid through each
 * story's entries and answers, beside the match list (the way chosen
 * when the statement starts). Over every story (`all`) both keep the
 * plans they had: story_prio, the match list alone. */
static void
test_live_starts_from_live(void **state)
{
	static const char *const prio[] = { "pri:flash", "pri:flash,urgent",
		"live pri:urgent", "!pri:deferred", "pri:flash council", NULL };
	static const char *const words[] = { "council", "\"no comment\" ice",
		"live contract", "pri:flash council", "rfc:open council",
		"upd:>2d council", NULL };
	struct pt_db *db = open_db();
	struct story_cursor cur;
	int bad = 0;
	char *plan;

	(void)state;
	some_cursor(&cur);
	for (int c = 0; c < 4; c++) {
		enum story_sort sort = c < 2 ? SORT_DUE : SORT_PRIORITY;
		const struct story_cursor *at = c % 2 ? &cur : NULL;

		for (size_t i = 0; prio[i] != NULL; i++) {
			struct filter *f = NULL;
			struct pt_err err = { 0 };

			assert_int_equal(filter_compile_queue(prio[i], NOW, 17,
			    &f, &err), 0);
			assert_int_equal(story_page_plan(db, f, sort, at,
			    &plan, &err), 0);
			if (strncmp(plan, "SEARCH s USING INDEX story_live ",
			    32) != 0 || strstr(plan, "story_prio") != NULL) {
				print_error("the live \"%s\" by %s does not "
				    "start from story_live:\n%s", prio[i],
				    story_sort_name(sort), plan);
				bad++;
			}
			free(plan);
			filter_free(f);
		}
		for (size_t i = 0; words[i] != NULL; i++) {
			struct filter *f = NULL;
			struct pt_err err = { 0 };

			assert_int_equal(filter_compile_queue(words[i], NOW, 17,
			    &f, &err), 0);
			assert_int_equal(story_page_plan(db, f, sort, at,
			    &plan, &err), 0);
			/* Per live story: its entries and answers by their
			 * indexes, for the rowid list and the lookups. */
			if (strncmp(plan, "SEARCH s USING INDEX story_live ",
			    32) != 0 || count_of(plan, "SEARCH e USING "
			    "COVERING INDEX entry_story (story_id=?)") != 2 ||
			    count_of(plan, "SEARCH q USING COVERING INDEX "
			    "rfc_story (story_id=?)") != 2 ||
			    strstr(plan, "story_prio") != NULL) {
				print_error("the live \"%s\" by %s reads the "
				    "whole match list:\n%s", words[i],
				    story_sort_name(sort), plan);
				bad++;
			}
			free(plan);
			filter_free(f);
		}
	}
	/* The all view as before. */
	plan = plan_of(db, "all pri:flash", SORT_DUE, NULL);
	assert_non_null(strstr(plan, "SEARCH s USING INDEX story_prio "
	    "(prio_rank=?)"));
	free(plan);
	plan = plan_of(db, "all council", SORT_DUE, NULL);
	assert_null(strstr(plan, "entry_story"));
	assert_int_equal(count_of(plan, "fts VIRTUAL TABLE"), 1);
	free(plan);
	pt_db_close(db);
	assert_int_equal(bad, 0);
}

/* The known walks read an index in queue order: no sort of the table. */
static void
test_walks_are_in_order(void **state)
{
	struct pt_db *db = open_db();
	int bad = 0;

	(void)state;
	for (size_t i = 0; walks[i] != NULL; i++) {
		char *plan = plan_of(db, walks[i], SORT_DUE, NULL);

		if (strstr(plan, "SCAN s USING INDEX story_due") == NULL ||
		    strstr(plan, "TEMP B-TREE FOR ORDER BY") != NULL ||
		    strstr(plan, "SCAN r") != NULL ||
		    /* per story, not every open request (12 s at 100,000) */
		    strstr(plan, "rfc_open_due") != NULL) {
			print_error("ls %s does not walk story_due:\n%s",
			    walks[i], plan);
			bad++;
		}
		free(plan);
	}
	pt_db_close(db);
	assert_int_equal(bad, 0);
}

/* A key added to the language without a term above fails here. */
static void
test_every_key_has_a_term(void **state)
{
	const char *key;

	(void)state;
	for (size_t k = 0; (key = filter_key(k)) != NULL; k++) {
		char want[64];
		int found = 0;

		snprintf(want, sizeof want, "%s:", key);
		for (size_t i = 0; terms[i] != NULL && !found; i++)
			found = strncmp(terms[i], want, strlen(want)) == 0;
		for (size_t i = 0; walks[i] != NULL && !found; i++)
			found = strncmp(walks[i], want, strlen(want)) == 0;
		if (!found)
			print_error("filter key \"%s\" has no term in "
			    "test_plan.c\n", key);
		assert_true(found);
	}
}

/* The whole queue in each indexed order walks that order's index and
 * stops at the page: no sort of every story. */
static void
test_orders_walk_an_index(void **state)
{
	static const enum story_sort sorts[] = { SORT_DUE, SORT_PRIORITY,
		SORT_UPDATED, SORT_SLUG };
	struct pt_db *db = open_db();
	int bad = 0;

	(void)state;
	for (size_t i = 0; i < sizeof sorts / sizeof sorts[0]; i++) {
		char *plan = plan_of(db, "", sorts[i], NULL);

		if (strstr(plan, "USING INDEX") == NULL ||
		    strstr(plan, "TEMP B-TREE") != NULL) {
			print_error("ls --sort %s sorts the table:\n%s",
			    story_sort_name(sorts[i]), plan);
			bad++;
		}
		free(plan);
	}
	pt_db_close(db);
	assert_int_equal(bad, 0);
}

/* The first line of plan that starts with prefix's first len bytes
 * (a kind's name and ": "), or NULL. */
static const char *
first_step(const char *plan, const char *prefix, size_t len)
{
	for (const char *p = plan; *p != '\0'; p++) {
		if (strncmp(p, prefix, len) == 0)
			return p;
		if ((p = strchr(p, '\n')) == NULL)
			break;
	}
	return NULL;
}

/* The look for alerts that every TUI runs each second, under the limits
 * a queue has: each kind starts from the rows of its time window in
 * its own index and looks up the rest by key. The late answers started
 * from the stories and looked at every live story's history each second
 * (0.4 s of CPU per look with 200,000 live stories); a word or rfc:open
 * led the deadlines and answers through every story on its list. */
static void
test_alert_looks_search(void **state)
{
	static const char *const texts[] = { "", "desk:metro", "@dmartin",
		"pri:flash", "contract", "needs:update", "rfc:open", NULL };
	static const char *const first[] = {
		"deadline: SEARCH w USING INDEX story_due (due_key>? AND",
		"answer: SEARCH c USING INTEGER PRIMARY KEY (rowid>? AND",
		"request: SEARCH r USING INDEX rfc_open_due",
		"promise: SEARCH r USING INDEX rfc_promised_by",
		NULL
	};
	struct pt_db *db = open_db();
	int bad = 0;

	(void)state;
	for (size_t i = 0; texts[i] != NULL; i++) {
		for (int q = 0; q < 3; q++) {
			struct filter *f = NULL;
			struct pt_err err = { 0 };
			char *plan = NULL;
			const char *line;

			/* No filter (every story), the queue's limit
			 * (live work) and the words alone. */
			if (q == 1)
				assert_int_equal(filter_compile_queue(
				    texts[i], NOW, 17, &f, &err), 0);
			else if (q == 2)
				assert_int_equal(filter_compile(texts[i],
				    NOW, 17, &f, &err), 0);
			assert_int_equal(alert_scan_plan(db, f, &plan, &err),
			    0);
			for (size_t k = 0; first[k] != NULL; k++) {
				size_t len = strcspn(first[k], ":") + 2;

				/* The kind's first step is its window. */
				line = first_step(plan, first[k], len);
				if (line == NULL || strncmp(line, first[k],
				    strlen(first[k])) != 0) {
					print_error("alerts under \"%s\" (%s):"
					    " %.*s does not start at %s:\n%s",
					    texts[i], q == 0 ? "no filter" :
					    q == 1 ? "queue" : "words",
					    (int)len - 2, first[k], first[k],
					    plan);
					bad++;
				}
			}
			if (walks_story(plan) ||
			    strstr(plan, "SCAN c") != NULL ||
			    strstr(plan, "SCAN r") != NULL) {
				print_error("alerts under \"%s\" walk a "
				    "table:\n%s", texts[i], plan);
				bad++;
			}
			free(plan);
			filter_free(f);
		}
	}
	pt_db_close(db);
	assert_int_equal(bad, 0);
}

/* The check itself: a term with no index (a column nothing indexes)
 * is caught, so the test above cannot pass by reading plans wrong. */
static void
test_a_walk_is_caught(void **state)
{
	(void)state;
	assert_true(walks_story("SCAN s USING INDEX story_due\n"));
	assert_true(walks_story("SCAN s\n"));
	assert_true(walks_story("  SCAN s"));
	assert_false(walks_story("SEARCH s USING INDEX story_desk (desk=?)\n"
	    "SCAN story_fts\n"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_walk_is_caught),
		cmocka_unit_test(test_every_key_has_a_term),
		cmocka_unit_test(test_terms_search),
		cmocka_unit_test(test_queue_default_searches),
		cmocka_unit_test(test_urgency_merge_searches),
		cmocka_unit_test(test_walks_are_in_order),
		cmocka_unit_test(test_orders_walk_an_index),
		cmocka_unit_test(test_alert_looks_search),
		cmocka_unit_test(test_live_starts_from_live),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
