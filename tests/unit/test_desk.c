/* Newsroom operations against a real database: the rules that span the
 * desk and the model. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/history.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/workflow.h"

static char path[64];

static int
setup(void **state)
{
	struct desk *d;
	struct pt_err err = { 0 };
	struct desk_new_story ns = { 0 };
	int fd;

	setenv("PRESSTIME_NOW", "2026-11-26T14:00:00Z", 1);
	setenv("TZ", "UTC", 1);
	snprintf(path, sizeof path, "/tmp/pt-unit-desk.XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(desk_open(path, DB_CREATE, &d, &err), 0);
	ns.slug = "ice";
	ns.headline = "ICE story";
	assert_int_equal(desk_story_new(d, &ns, NULL, &err), 0);
	*state = d;
	return 0;
}

static int
teardown(void **state)
{
	char buf[96];

	desk_close(*state);
	unlink(path);
	snprintf(buf, sizeof buf, "%s-wal", path);
	unlink(buf);
	snprintf(buf, sizeof buf, "%s-shm", path);
	unlink(buf);
	return 0;
}

static void
walk(struct desk *d, const char *const *states)
{
	struct pt_err err = { 0 };

	for (; *states != NULL; states++)
		assert_int_equal(desk_story_status(d, "ice", *states, NULL, 0,
		    NULL, &err), 0);
}

static void
test_publish_lapses_and_late_answer(void **state)
{
	static const char *const path_to_ready[] = { "assigned", "reporting",
		"filed", "editing", "copydesk", "ready", NULL };
	struct desk *d = *state;
	struct desk_rfc r = { 0 };
	struct pt_err err = { 0 };
	struct story *s;
	long long id1, id2;
	int lapsed = -1;

	r.target = "FCN";
	/* A new target's kind is never guessed: refused without one. */
	assert_int_equal(desk_rfc_add(d, "ice", &r, &id1, &err), PT_EINVAL);
	assert_non_null(strstr(err.msg, "person or an organization"));
	r.kind = "organization";
	assert_int_equal(desk_rfc_add(d, "ice", &r, &id1, &err), 0);
	r.target = "Sam Anderson";
	r.kind = "source";
	r.channel = "phone";
	assert_int_equal(desk_rfc_add(d, "ice", &r, &id2, &err), 0);
	walk(d, path_to_ready);
	assert_int_equal(desk_story_status(d, "ice", "published", NULL, 0,
	    &lapsed, &err), 0);
	assert_int_equal(lapsed, 2);
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_int_equal(s->rfc_open, 0);
	assert_int_equal(s->needs_update, 0);
	story_free(s);
	/* A refusal after the fact makes the story wrong too: it ran
	 * saying "did not return a phone call", the truth is "declined". */
	{
		struct pt_str news = PT_STR_INIT;

		assert_int_equal(desk_rfc_resolve_flag(d, "ice", id2,
		    "declined", NULL, 0, 0, &news, &err), 0);
		assert_string_equal(pt_str_cstr(&news), "Sam Anderson declined "
		    "after publication: ice needs an update");
		pt_str_done(&news);
	}
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_int_equal(s->needs_update, 1);
	story_free(s);
	assert_int_equal(desk_story_clear_update(d, "ice", &err), 0);
	/* So does an answer to a request we said went unanswered. */
	assert_int_equal(desk_rfc_resolve(d, "ice", id1, "answered", "Yes.", 0,
	    0, &err), 0);
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_int_equal(s->needs_update, 1);
	story_free(s);
}

/* An answer that came an hour ago is dated then, on the request and on
 * the timeline; the future and times before the asking are refused. */
static void
test_resolve_at(void **state)
{
	struct desk *d = *state;
	struct desk_rfc r = { 0 };
	struct pt_err err = { 0 };
	struct rfc_list rl;
	struct entry_list el;
	struct story *s;
	time_t now = ptime_now();
	long long id;

	r.target = "FCN";
	r.kind = "organization";
	r.asked_at = now - 3 * 3600;
	assert_int_equal(desk_rfc_add(d, "ice", &r, &id, &err), 0);
	assert_int_equal(desk_rfc_resolve(d, "ice", id, "answered", "No.",
	    0, now + 600, &err), PT_EINVAL);
	assert_non_null(strstr(err.msg, "is still to come"));
	assert_int_equal(desk_rfc_resolve(d, "ice", id, "answered", "No.",
	    0, now - 4 * 3600, &err), PT_EINVAL);
	assert_non_null(strstr(err.msg, "cannot come before it"));
	assert_int_equal(desk_rfc_resolve(d, "ice", id, "answered", "No.",
	    0, now - 3600, &err), 0);
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_int_equal(rfc_list_story(d->db, s->id, &rl, &err), 0);
	assert_int_equal(rl.n, 1);
	assert_string_equal(rl.v[0].state, "answered");
	assert_int_equal(rl.v[0].answered_at, now - 3600);
	rfc_list_free(&rl);
	assert_int_equal(entry_list_story(d->db, s->id, &el, &err), 0);
	assert_true(el.n >= 1);
	assert_string_equal(el.v[el.n - 1].body, "No.");
	assert_int_equal(el.v[el.n - 1].occurred_at, now - 3600);
	assert_int_equal(el.v[el.n - 1].logged_at, now);
	entry_list_free(&el);
	/* The story changed now, whenever the answer came. */
	assert_int_equal(s->updated_at, now);
	story_free(s);
}

static void
test_failed_operation_leaves_nothing(void **state)
{
	struct desk *d = *state;
	struct pt_err err = { 0 };
	struct story *s;
	long long before;

	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	before = s->version;
	story_free(s);
	assert_int_equal(desk_story_status(d, "ice", "published", NULL, 0,
	    NULL, &err), PT_ESTATE);
	assert_string_equal(err.msg, "cannot move ice from pitched to "
	    "published (allowed: assigned, held, spiked)");
	assert_int_equal(desk_story_set(d, "ice", FIELD_PRIORITY, "asap", 0,
	    &err), PT_EINVAL);
	assert_int_equal(desk_story_set(d, "ice", FIELD_HEADLINE, "New", 1000,
	    &err), PT_ECONFLICT);
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_int_equal(s->version, before);
	assert_string_equal(s->headline, "ICE story");
	story_free(s);
	/* And the connection is usable: no transaction was left open. */
	assert_int_equal(desk_story_set(d, "ice", FIELD_HEADLINE, "New", before,
	    &err), 0);
}

static void
test_held_returns(void **state)
{
	struct desk *d = *state;
	struct pt_err err = { 0 };
	struct story *s;

	walk(d, (const char *const[]){ "assigned", "reporting", "held", NULL });
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_string_equal(s->held_from, "reporting");
	story_free(s);
	assert_int_equal(desk_story_status(d, "ice", "filed", NULL, 0, NULL,
	    &err), PT_ESTATE);
	assert_non_null(strstr(err.msg, "allowed: reporting, spiked"));
	walk(d, (const char *const[]){ "reporting", NULL });
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_null(s->held_from);
	story_free(s);
}

/* A move based on an old version is refused, whatever the move: the
 * story keeps its state and no status change is recorded. */
static void
test_status_stale_version(void **state)
{
	struct desk *d = *state;
	struct pt_err err = { 0 };
	struct status_change_list hl = { NULL, 0 };
	struct story *s;
	long long v;
	size_t moves;

	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	v = s->version;
	story_free(s);
	assert_int_equal(desk_story_set(d, "ice", FIELD_DEK, "Someone else's",
	    v, &err), 0);
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_int_equal(history_list_story(d->db, s->id, &hl, &err), 0);
	moves = hl.n;
	history_list_free(&hl);
	assert_int_equal(desk_story_status(d, "ice", "assigned", NULL, v,
	    NULL, &err), PT_ECONFLICT);
	story_free(s);
	assert_int_equal(story_get(d->db, "ice", &s, &err), 0);
	assert_string_equal(s->status, "pitched");
	assert_int_equal(s->version, v + 1);
	assert_int_equal(history_list_story(d->db, s->id, &hl, &err), 0);
	assert_int_equal(hl.n, moves);
	history_list_free(&hl);
	/* The current version moves it. */
	assert_int_equal(desk_story_status(d, "ice", "assigned", NULL,
	    s->version, NULL, &err), 0);
	story_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_publish_lapses_and_late_answer, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_failed_operation_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_held_returns, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_status_stale_version,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve_at, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
