/* The filter language: what it compiles to and what it refuses. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "presstime/filter.h"

#define NOW 1795701600 /* 2026-11-26T14:00:00Z */

static struct filter *
compile_ok(const char *text)
{
	struct filter *f = NULL;
	struct pt_err err = { 0 };

	assert_int_equal(filter_compile(text, NOW, 17, &f, &err), 0);
	assert_non_null(f);
	return f;
}

static void
compile_fails(const char *text, const char *msg)
{
	struct filter *f = NULL;
	struct pt_err err = { 0 };

	assert_int_equal(filter_compile(text, NOW, 17, &f, &err), PT_EINVAL);
	assert_null(f);
	assert_string_equal(err.msg, msg);
}

static void
test_empty(void **state)
{
	struct filter *f = compile_ok("");

	assert_string_equal(f->where, "1");
	assert_int_equal(f->nparams, 0);
	filter_free(f);
	f = compile_ok("   ");
	assert_string_equal(f->where, "1");
	filter_free(f);
}

static void
test_values_are_bound(void **state)
{
	struct filter *f = compile_ok("status:editing,copydesk desk:x');DROP");

	assert_string_equal(f->where, "(s.status = ? OR s.status = ?) AND "
	    "(s.desk = ? COLLATE NOCASE)");
	assert_int_equal(f->nparams, 3);
	assert_string_equal(f->params[0].s, "editing");
	assert_string_equal(f->params[1].s, "copydesk");
	assert_string_equal(f->params[2].s, "x');DROP");
	/* Nothing the user typed is in the SQL text. */
	assert_null(strstr(f->where, "DROP"));
	filter_free(f);
}

static void
test_negation_and_editor(void **state)
{
	struct filter *f = compile_ok("!@dmartin,tkeiser");

	assert_string_equal(f->where, "NOT (s.editor = ? OR s.editor = ?)");
	assert_string_equal(f->params[1].s, "tkeiser");
	filter_free(f);
}

static void
test_times(void **state)
{
	/* Deadlines through due_key and states named as an IN list, so
	 * both can be answered from an index (test_plan.c). */
	struct filter *f = compile_ok("due:<2h upd:<30m overdue");
	const char *head = "(s.due_key < ?) AND (unlikely(s.updated_at > ?)) "
	    "AND (s.status IN (?, ", *tail = ") AND s.due_key < ?)";
	int editing = 0;

	assert_int_equal(strncmp(f->where, head, strlen(head)), 0);
	assert_string_equal(f->where + strlen(f->where) - strlen(tail), tail);
	assert_int_equal(f->params[0].i, NOW + 7200);
	assert_int_equal(f->params[1].i, NOW - 1800);
	/* overdue: every state before publication, then the clock. */
	for (size_t i = 2; i + 1 < f->nparams; i++) {
		assert_int_equal(f->params[i].type, FV_TEXT);
		assert_string_not_equal(f->params[i].s, "published");
		assert_string_not_equal(f->params[i].s, "spiked");
		editing += strcmp(f->params[i].s, "editing") == 0;
	}
	assert_int_equal(editing, 1);
	assert_int_equal(f->params[f->nparams - 1].i, NOW);
	filter_free(f);
	f = compile_ok("due:none pri:urgent");
	assert_string_equal(f->where, "((s.due_key = 9223372036854775807 AND "
	    "s.deadline IS NULL)) AND (s.prio_rank = ?)");
	assert_int_equal(f->params[0].i, 1);
	filter_free(f);
	f = compile_ok("due:today");
	assert_int_equal(f->params[0].i, 1795651200);
	assert_int_equal(f->params[1].i, 1795651200 + 86400);
	filter_free(f);
}

static void
test_full_text(void **state)
{
	struct filter *f = compile_ok("status:ready \"no comment\" ice");

	assert_string_equal(f->where, "(s.status = ?) AND s.id IN (SELECT "
	    "story_id FROM fts WHERE fts MATCH ?)");
	/* Words are quoted so they can never be FTS5 operators. */
	assert_string_equal(f->params[1].s, "\"no comment\" \"ice\"");
	filter_free(f);
	f = compile_ok("OR NEAR");
	assert_string_equal(f->params[0].s, "\"OR\" \"NEAR\"");
	filter_free(f);
}

static void
test_errors_name_the_term(void **state)
{
	compile_fails("colour:red", "unknown filter key \"colour\" in term "
	    "\"colour:red\" (known: status, desk, @EDITOR, by, pri, due, "
	    "overdue, rfc, upd, needs, slug, live, all)");
	compile_fails("pri:asap", "unknown priority \"asap\" in filter term "
	    "\"pri:asap\" (expected one of: flash, urgent, routine, deferred)");
	compile_fails("due:<soon", "bad time \"soon\" in filter term "
	    "\"due:<soon\" (try due:<2h, due:>1d, due:<cob, due:today, "
	    "due:none)");
	compile_fails("upd:30m", "bad value \"30m\" in filter term \"upd:30m\" "
	    "(try upd:<30m or upd:>2d)");
	compile_fails("rfc:maybe", "unknown request state \"maybe\" in filter "
	    "term \"rfc:maybe\" (expected one of: open, answered, declined, "
	    "promised, lapsed, overdue, broken, none)");
	compile_fails("status:", "filter term \"status:\" has no value");
	compile_fails("status:a,,b", "unknown status \"a\" in filter term "
	    "\"status:a,,b\" (expected one of: pitched, assigned, reporting, "
	    "filed, editing, copydesk, ready, scheduled, published, updating, "
	    "corrected, held, spiked, killed)");
	compile_fails("\"open quote", "unclosed quote in filter \"\"open "
	    "quote\"");
}

static void
test_join(void **state)
{
	char *argv[] = { (char *)"status:ready", (char *)"two words" };
	char *s = filter_join(2, argv);

	assert_string_equal(s, "status:ready \"two words\"");
	free(s);
}

/* T inside a limit: both filters' SQL, the limit's parameters bound
 * before the pattern's, in the order the SQL names them. */
static void
test_and(void **state)
{
	struct filter *a = compile_ok("desk:business");
	struct filter *b = compile_ok("status:ready,filed");
	struct filter *f = filter_and(a, b);

	assert_string_equal(f->where, "((s.desk = ? COLLATE NOCASE)) AND "
	    "((s.status = ? OR s.status = ?))");
	assert_int_equal(f->nparams, 3);
	assert_string_equal(f->params[0].s, "business");
	assert_string_equal(f->params[1].s, "ready");
	assert_string_equal(f->params[2].s, "filed");
	filter_free(f);
	/* No limit: the pattern alone. */
	f = filter_and(NULL, b);
	assert_string_equal(f->where, "(1) AND ((s.status = ? OR s.status = "
	    "?))");
	assert_int_equal(f->nparams, 2);
	filter_free(f);
	filter_free(a);
	filter_free(b);
	(void)state;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_values_are_bound),
		cmocka_unit_test(test_negation_and_editor),
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_full_text),
		cmocka_unit_test(test_errors_name_the_term),
		cmocka_unit_test(test_join),
		cmocka_unit_test(test_and),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
