/* Unit tests for the workflow table: every move it allows and refuses. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "presstime/workflow.h"

static const char *const order[] = {
	"pitched", "assigned", "reporting", "filed", "editing", "copydesk",
	"ready", "scheduled", "published", "updating", "corrected", "held",
	"spiked", "killed"
};
#define NORDER (sizeof order / sizeof order[0])

static const char *const before_published[] = {
	"pitched", "assigned", "reporting", "filed", "editing", "copydesk",
	"ready", "scheduled"
};
#define NBEFORE (sizeof before_published / sizeof before_published[0])

/* Checks workflow_next(from, held_from) against want, a NULL-ended list
 * in workflow order. */
static void
expect_next(const char *from, const char *held_from, const char *const *want)
{
	const char *got[32];
	size_t n, i, nwant = 0;

	while (want[nwant] != NULL)
		nwant++;
	n = workflow_next(from, held_from, got, 32);
	assert_int_equal(n, nwant);
	for (i = 0; i < n; i++)
		assert_string_equal(got[i], want[i]);
}

static void
test_states_in_order(void **state)
{
	const struct workflow_state *s;
	size_t n, i;

	(void)state;
	s = workflow_states(&n);
	assert_int_equal(n, NORDER);
	for (i = 0; i < n; i++) {
		assert_string_equal(s[i].name, order[i]);
		assert_true(workflow_is_state(order[i]));
		/* Help is one line, for menus. */
		assert_non_null(s[i].help);
		assert_true(strlen(s[i].help) > 0);
		assert_null(strchr(s[i].help, '\n'));
	}
	assert_false(workflow_is_state("draft"));
	assert_false(workflow_is_state(""));
	assert_false(workflow_is_state(NULL));
	assert_false(workflow_is_state("Published"));
}

static void
test_forward_one_step(void **state)
{
	(void)state;
	assert_true(workflow_allowed("pitched", "assigned", NULL));
	assert_true(workflow_allowed("assigned", "reporting", NULL));
	assert_true(workflow_allowed("reporting", "filed", NULL));
	assert_true(workflow_allowed("filed", "editing", NULL));
	assert_true(workflow_allowed("editing", "copydesk", NULL));
	assert_true(workflow_allowed("copydesk", "ready", NULL));
	assert_true(workflow_allowed("ready", "scheduled", NULL));
	assert_true(workflow_allowed("scheduled", "published", NULL));
	assert_true(workflow_allowed("ready", "published", NULL));
}

static void
test_no_skipping_ahead(void **state)
{
	(void)state;
	assert_false(workflow_allowed("pitched", "reporting", NULL));
	assert_false(workflow_allowed("pitched", "published", NULL));
	assert_false(workflow_allowed("reporting", "editing", NULL));
	assert_false(workflow_allowed("filed", "copydesk", NULL));
	assert_false(workflow_allowed("editing", "ready", NULL));
	assert_false(workflow_allowed("copydesk", "published", NULL));
	assert_false(workflow_allowed("editing", "published", NULL));
	assert_false(workflow_allowed("reporting", "killed", NULL));
}

static void
test_send_back(void **state)
{
	(void)state;
	assert_true(workflow_allowed("assigned", "pitched", NULL));
	assert_true(workflow_allowed("filed", "reporting", NULL));
	assert_true(workflow_allowed("editing", "reporting", NULL));
	assert_true(workflow_allowed("copydesk", "editing", NULL));
	assert_true(workflow_allowed("ready", "copydesk", NULL));
	assert_true(workflow_allowed("ready", "editing", NULL));
	assert_true(workflow_allowed("scheduled", "ready", NULL));
	/* Backward moves an editor does not need stay closed. */
	assert_false(workflow_allowed("reporting", "assigned", NULL));
	assert_false(workflow_allowed("copydesk", "filed", NULL));
	assert_false(workflow_allowed("published", "ready", NULL));
	assert_false(workflow_allowed("scheduled", "editing", NULL));
}

static void
test_after_publication(void **state)
{
	(void)state;
	assert_true(workflow_allowed("published", "updating", NULL));
	assert_true(workflow_allowed("updating", "published", NULL));
	assert_true(workflow_allowed("published", "corrected", NULL));
	assert_true(workflow_allowed("corrected", "updating", NULL));
	assert_true(workflow_allowed("published", "killed", NULL));
	assert_true(workflow_allowed("updating", "killed", NULL));
	assert_true(workflow_allowed("corrected", "killed", NULL));
	/* Out is out: no hold, no spike, no unpublishing. */
	assert_false(workflow_allowed("published", "held", NULL));
	assert_false(workflow_allowed("published", "spiked", NULL));
	assert_false(workflow_allowed("updating", "held", NULL));
	assert_false(workflow_allowed("corrected", "spiked", NULL));
	assert_false(workflow_allowed("corrected", "published", NULL));
	assert_false(workflow_allowed("updating", "corrected", NULL));
}

static void
test_hold_from_any_state_before_published(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < NBEFORE; i++) {
		assert_true(workflow_allowed(before_published[i], "held",
		    NULL));
		assert_true(workflow_allowed(before_published[i], "spiked",
		    NULL));
	}
	assert_false(workflow_allowed("held", "held", "editing"));
	assert_false(workflow_allowed("spiked", "held", NULL));
	assert_false(workflow_allowed("killed", "held", NULL));
}

static void
test_held_returns_only_to_held_from(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < NBEFORE; i++) {
		const char *from = before_published[i];

		for (j = 0; j < NORDER; j++) {
			int want = strcmp(order[j], from) == 0 ||
			    strcmp(order[j], "spiked") == 0;

			assert_int_equal(workflow_allowed("held", order[j],
			    from), want);
		}
	}
}

static void
test_held_without_or_with_bad_held_from(void **state)
{
	static const char *const only_spike[] = { "spiked", NULL };

	(void)state;
	/* Not knowing where it came from, a held story can only be spiked. */
	expect_next("held", NULL, only_spike);
	assert_false(workflow_allowed("held", "editing", NULL));
	/* A held_from that could never have been held opens nothing. */
	expect_next("held", "published", only_spike);
	expect_next("held", "held", only_spike);
	expect_next("held", "bogus", only_spike);
	assert_false(workflow_allowed("held", "published", "published"));
	assert_false(workflow_allowed("held", "killed", "killed"));
	/* held_from matters only when leaving held. */
	assert_false(workflow_allowed("editing", "filed", "filed"));
	assert_true(workflow_allowed("editing", "copydesk", "pitched"));
}

static void
test_spiked_revives_to_pitched(void **state)
{
	static const char *const want[] = { "pitched", NULL };
	size_t j;

	(void)state;
	expect_next("spiked", NULL, want);
	expect_next("spiked", "editing", want);
	for (j = 0; j < NORDER; j++) {
		if (strcmp(order[j], "pitched") != 0)
			assert_false(workflow_allowed("spiked", order[j],
			    NULL));
	}
}

static void
test_killed_is_final(void **state)
{
	const char *got[4];
	size_t j;

	(void)state;
	assert_int_equal(workflow_next("killed", NULL, got, 4), 0);
	assert_int_equal(workflow_next("killed", "editing", got, 4), 0);
	for (j = 0; j < NORDER; j++)
		assert_false(workflow_allowed("killed", order[j], "ready"));
}

static void
test_refused_moves(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < NORDER; i++)
		assert_false(workflow_allowed(order[i], order[i], order[i]));
	assert_false(workflow_allowed("nope", "assigned", NULL));
	assert_false(workflow_allowed("pitched", "nope", NULL));
	assert_false(workflow_allowed(NULL, "assigned", NULL));
	assert_false(workflow_allowed("pitched", NULL, NULL));
	assert_false(workflow_allowed("pitched", "assign", NULL));
	assert_false(workflow_allowed("pitched", "<back>", "pitched"));
	assert_false(workflow_allowed("held", "<back>", "editing"));
	assert_false(workflow_allowed("pitched", "", NULL));
}

static void
test_next_lists(void **state)
{
	static const char *const pitched[] = {
		"assigned", "held", "spiked", NULL
	};
	static const char *const assigned[] = {
		"pitched", "reporting", "held", "spiked", NULL
	};
	static const char *const reporting[] = {
		"filed", "held", "spiked", NULL
	};
	static const char *const filed[] = {
		"reporting", "editing", "held", "spiked", NULL
	};
	static const char *const editing[] = {
		"reporting", "copydesk", "held", "spiked", NULL
	};
	static const char *const copydesk[] = {
		"editing", "ready", "held", "spiked", NULL
	};
	static const char *const ready[] = {
		"editing", "copydesk", "scheduled", "published", "held",
		"spiked", NULL
	};
	static const char *const scheduled[] = {
		"ready", "published", "held", "spiked", NULL
	};
	static const char *const published[] = {
		"updating", "corrected", "killed", NULL
	};
	static const char *const updating[] = {
		"published", "killed", NULL
	};
	static const char *const corrected[] = {
		"updating", "killed", NULL
	};
	static const char *const held_editing[] = {
		"editing", "spiked", NULL
	};
	static const char *const held_scheduled[] = {
		"scheduled", "spiked", NULL
	};
	static const char *const none[] = { NULL };

	(void)state;
	expect_next("pitched", NULL, pitched);
	expect_next("assigned", NULL, assigned);
	expect_next("reporting", NULL, reporting);
	expect_next("filed", NULL, filed);
	expect_next("editing", NULL, editing);
	expect_next("copydesk", NULL, copydesk);
	expect_next("ready", NULL, ready);
	expect_next("scheduled", NULL, scheduled);
	expect_next("published", NULL, published);
	expect_next("updating", NULL, updating);
	expect_next("corrected", NULL, corrected);
	expect_next("held", "editing", held_editing);
	expect_next("held", "scheduled", held_scheduled);
	expect_next("bogus", NULL, none);
	expect_next(NULL, NULL, none);
}

static void
test_next_respects_max(void **state)
{
	const char *got[3] = { NULL, NULL, "sentinel" };

	(void)state;
	/* The count is the whole list; only max entries are written. */
	assert_int_equal(workflow_next("ready", NULL, got, 2), 6);
	assert_string_equal(got[0], "editing");
	assert_string_equal(got[1], "copydesk");
	assert_string_equal(got[2], "sentinel");
	assert_int_equal(workflow_next("pitched", NULL, NULL, 0), 3);
}

static void
test_next_agrees_with_allowed(void **state)
{
	const char *got[32];
	size_t i, j, k, n, seen;

	(void)state;
	for (i = 0; i < NORDER; i++) {
		for (k = 0; k < NBEFORE; k++) {
			n = workflow_next(order[i], before_published[k], got,
			    32);
			seen = 0;
			for (j = 0; j < NORDER; j++) {
				if (!workflow_allowed(order[i], order[j],
				    before_published[k]))
					continue;
				assert_true(seen < n);
				assert_string_equal(got[seen], order[j]);
				seen++;
			}
			assert_int_equal(seen, n);
		}
	}
}

static void
test_is_out_and_final(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < NORDER; i++) {
		int out = strcmp(order[i], "published") == 0 ||
		    strcmp(order[i], "updating") == 0 ||
		    strcmp(order[i], "corrected") == 0;
		int final = strcmp(order[i], "spiked") == 0 ||
		    strcmp(order[i], "killed") == 0;

		assert_int_equal(workflow_is_out(order[i]), out);
		assert_int_equal(workflow_is_final(order[i]), final);
	}
	assert_false(workflow_is_out("bogus"));
	assert_false(workflow_is_out(NULL));
	assert_false(workflow_is_final("bogus"));
	assert_false(workflow_is_final(NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_states_in_order),
		cmocka_unit_test(test_forward_one_step),
		cmocka_unit_test(test_no_skipping_ahead),
		cmocka_unit_test(test_send_back),
		cmocka_unit_test(test_after_publication),
		cmocka_unit_test(test_hold_from_any_state_before_published),
		cmocka_unit_test(test_held_returns_only_to_held_from),
		cmocka_unit_test(test_held_without_or_with_bad_held_from),
		cmocka_unit_test(test_spiked_revives_to_pitched),
		cmocka_unit_test(test_killed_is_final),
		cmocka_unit_test(test_refused_moves),
		cmocka_unit_test(test_next_lists),
		cmocka_unit_test(test_next_respects_max),
		cmocka_unit_test(test_next_agrees_with_allowed),
		cmocka_unit_test(test_is_out_and_final),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
