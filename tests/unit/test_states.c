/* Every consumer of the state tables (states.h) agrees with them: the
 * workflow, the status sort in SQL and its keyset cursor, the filter,
 * the model's validation, the theme's slots; and the sort and field
 * tables. A row added to a table and missed by a consumer fails here. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "presstime/config.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/filter.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "presstime/theme.h"
#include "presstime/workflow.h"

#define AS_MOVES(id, name, help, moves, flags, attrs) moves,
static const char *const story_moves[] = { WORKFLOW_STATES(AS_MOVES) };
static const char *const rfc_moves[] = { RFC_STATES(AS_MOVES) };

static void
test_names_and_lookups(void **state)
{
	size_t n;
	const struct workflow_state *w = workflow_states(&n);

	assert_int_equal(n, STORY_NSTATES);
	for (int i = 0; i < STORY_NSTATES; i++) {
		assert_string_equal(w[i].name, state_story_name(i));
		assert_true(strlen(w[i].help) > 0);
		assert_int_equal(state_story_find(w[i].name), i);
		assert_true(state_story_is(w[i].name, (enum story_state)i));
		assert_true(workflow_is_state(w[i].name));
	}
	assert_null(state_story_name(STORY_NSTATES));
	assert_null(state_story_name(-1));
	assert_int_equal(state_story_find("nope"), -1);
	assert_int_equal(state_story_find(NULL), -1);
	assert_false(state_story_is(NULL, STORY_PITCHED));
	for (int i = 0; i < RFC_NSTATES; i++) {
		struct pt_err err;

		assert_int_equal(state_rfc_find(state_rfc_name(i)), i);
		assert_int_equal(rfc_state_valid(state_rfc_name(i), &err), 0);
	}
	assert_null(state_rfc_name(RFC_NSTATES));
}

/* Each word of a moves list is a state of the same table (or BACK). */
static void
check_moves(const char *const *moves, int n, int (*find)(const char *),
    int back_ok)
{
	for (int i = 0; i < n; i++) {
		const char *p = moves[i];

		while (*p != '\0') {
			size_t len = strcspn(p, " ");
			char word[32];

			snprintf(word, sizeof word, "%.*s", (int)len, p);
			if (!(back_ok && strcmp(word, WF_BACK) == 0))
				assert_true(find(word) >= 0);
			p += len;
			p += strspn(p, " ");
		}
	}
}

static void
test_moves_name_states(void **state)
{
	check_moves(story_moves, STORY_NSTATES, state_story_find, 1);
	check_moves(rfc_moves, RFC_NSTATES, state_rfc_find, 0);
}

/* From pitched, every state can be reached (a held story may resume
 * wherever it was held from). */
static void
test_every_state_reachable(void **state)
{
	int seen[STORY_NSTATES] = { 0 }, queue[STORY_NSTATES], head = 0,
	    tail = 0;

	seen[STORY_PITCHED] = 1;
	queue[tail++] = STORY_PITCHED;
	while (head < tail) {
		const char *from = state_story_name(queue[head++]);

		for (int h = -1; h < STORY_NSTATES; h++) {
			const char *next[STORY_NSTATES];
			size_t k = workflow_next(from, state_story_name(h),
			    next, STORY_NSTATES);

			for (size_t j = 0; j < k; j++) {
				int t = state_story_find(next[j]);

				assert_true(t >= 0);
				if (!seen[t]) {
					seen[t] = 1;
					queue[tail++] = t;
				}
			}
		}
	}
	for (int i = 0; i < STORY_NSTATES; i++) {
		if (!seen[i])
			fail_msg("state %s cannot be reached",
			    state_story_name(i));
	}
}

static void
test_theme_slots(void **state)
{
	size_t n;
	const struct theme_slot_def *slots = theme_slots(&n);
	char name[64];

	for (int i = 0; i < STORY_NSTATES; i++) {
		int slot;

		snprintf(name, sizeof name, "state_%s", state_story_name(i));
		slot = theme_slot_find(name);
		assert_int_equal(slot, THEME_STATE_PITCHED + i);
		assert_true(strlen(slots[slot].help) > 0);
	}
	for (int i = 0; i < RFC_NSTATES; i++) {
		snprintf(name, sizeof name, "rfc_%s", state_rfc_name(i));
		assert_int_equal(theme_slot_find(name), THEME_RFC_OPEN + i);
	}
}

static void
test_filter_accepts_each(void **state)
{
	struct pt_err err;
	struct filter *f;
	char text[64];

	for (int i = 0; i < STORY_NSTATES; i++) {
		snprintf(text, sizeof text, "status:%s", state_story_name(i));
		assert_int_equal(filter_compile(text, 0, 17, &f, &err), 0);
		filter_free(f);
	}
	for (int i = 0; i < RFC_NSTATES; i++) {
		snprintf(text, sizeof text, "rfc:%s", state_rfc_name(i));
		assert_int_equal(filter_compile(text, 0, 17, &f, &err), 0);
		filter_free(f);
	}
	assert_int_equal(filter_compile("status:nope", 0, 17, &f, &err),
	    PT_EINVAL);
}

/* The status sort, in SQL and in the cursor's C key, is workflow order:
 * one story per state, inserted in reverse, read back a row at a time
 * through the keyset cursor. Unknown states sort last. */
static void
test_status_sort(void **state)
{
	char path[64];
	struct pt_db *db;
	struct pt_err err;
	struct story_cursor cur = { 0 };
	int fd, i;

	for (i = 1; i < STORY_NSTATES; i++)
		assert_true(story_status_key(state_story_name(i - 1)) <
		    story_status_key(state_story_name(i)));
	assert_true(story_status_key("nope") >
	    story_status_key(state_story_name(STORY_NSTATES - 1)));
	assert_int_equal(story_status_key(NULL), story_status_key("nope"));
	assert_int_equal(story_status_key("ready,held"),
	    story_status_key("nope"));

	snprintf(path, sizeof path, "/tmp/pt-unit-states.XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(pt_db_open(path, DB_CREATE, &db, &err), 0);
	assert_int_equal(pt_db_begin(db, &err), 0);
	for (i = STORY_NSTATES - 1; i >= 0; i--) {
		struct story s;
		char slug[32], status[32];

		memset(&s, 0, sizeof s);
		snprintf(slug, sizeof slug, "s%02d", STORY_NSTATES - i);
		snprintf(status, sizeof status, "%s", state_story_name(i));
		s.slug = slug;
		s.headline = slug;
		s.status = status;
		s.created_at = s.updated_at = 1000;
		assert_int_equal(story_insert(db, &s, &err), 0);
	}
	assert_int_equal(pt_db_commit(db, &err), 0);
	for (i = 0; i < STORY_NSTATES; i++) {
		struct story_list l = { 0 };

		assert_int_equal(story_page(db, NULL, SORT_STATUS, &cur, 1, &l,
		    &err), 0);
		assert_int_equal(l.n, 1);
		assert_string_equal(l.v[0].status, state_story_name(i));
		story_cursor_after(&l.v[0], SORT_STATUS, &cur);
		story_list_free(&l);
	}
	pt_db_close(db);
	unlink(path);
}

/* The sorts and the fields are one table each too: every name parses
 * back to its row, and config's name table is the same list. */
static void
test_sorts_and_fields(void **state)
{
	const struct config_name *cs;
	struct pt_err err;
	size_t n;

	cs = config_sorts(&n);
	assert_int_equal(n, SORT_NSORTS);
	for (int i = 0; i < SORT_NSORTS; i++) {
		enum story_sort got;

		assert_int_equal(story_sort_parse(story_sort_name(
		    (enum story_sort)i), &got, &err), 0);
		assert_int_equal(got, i);
		assert_string_equal(cs[i].name, story_sort_name(got));
		assert_string_equal(cs[i].help, story_sort_help(got));
	}
	for (int i = 0; i < FIELD_NFIELDS; i++) {
		enum desk_field got;

		assert_int_equal(desk_field_parse(desk_field_name(
		    (enum desk_field)i), &got, &err), 0);
		assert_int_equal(got, i);
	}
	assert_string_equal(story_sort_name((enum story_sort)SORT_NSORTS),
	    "?");
	assert_string_equal(desk_field_name((enum desk_field)FIELD_NFIELDS),
	    "?");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_and_lookups),
		cmocka_unit_test(test_moves_name_states),
		cmocka_unit_test(test_every_state_reachable),
		cmocka_unit_test(test_theme_slots),
		cmocka_unit_test(test_filter_accepts_each),
		cmocka_unit_test(test_status_sort),
		cmocka_unit_test(test_sorts_and_fields),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
