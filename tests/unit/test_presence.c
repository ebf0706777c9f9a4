/* Sessions and presence against a real database file shared by two
 * desks (two processes' worth of connections). */
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
#include "presstime/history.h"
#include "presstime/presence.h"
#include "presstime/story.h"

static char path[64];
struct two {
	struct desk *a, *b;
	long long story_id;
};

static int
setup(void **state)
{
	struct two *w = calloc(1, sizeof *w);
	struct pt_err err = { 0 };
	struct desk_new_story ns = { 0 };
	int fd;

	setenv("PRESSTIME_NOW", "2026-11-26T14:00:00Z", 1);
	setenv("TZ", "UTC", 1);
	unsetenv("PRESSTIME_PRESENCE");
	snprintf(path, sizeof path, "/tmp/pt-unit-presence.XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(desk_open(path, DB_CREATE, &w->a, &err), 0);
	assert_int_equal(desk_open(path, 0, &w->b, &err), 0);
	ns.slug = "ice";
	ns.headline = "ICE story";
	assert_int_equal(desk_story_new(w->a, &ns, &w->story_id, &err), 0);
	*state = w;
	return 0;
}

static int
teardown(void **state)
{
	struct two *w = *state;
	char buf[96];

	desk_close(w->a);
	desk_close(w->b);
	free(w);
	unlink(path);
	snprintf(buf, sizeof buf, "%s-wal", path);
	unlink(buf);
	snprintf(buf, sizeof buf, "%s-shm", path);
	unlink(buf);
	return 0;
}

static void
test_sessions_differ(void **state)
{
	struct two *w = *state;
	const char *sa = desk_session(w->a), *sb = desk_session(w->b);

	assert_int_equal(strlen(sa), 32);
	assert_int_equal(strspn(sa, "0123456789abcdef"), 32);
	assert_int_equal(strlen(sb), 32);
	assert_string_not_equal(sa, sb);
	/* Same login, two sessions: what tells two windows apart. */
	assert_string_equal(w->a->login, w->b->login);
}

/* Every kind of news another desk reads carries the writer's session:
 * a move, a field, an entry, a request, and the story's new version. */
static void
test_news_names_the_session(void **state)
{
	struct two *w = *state;
	struct history_watch hw;
	struct history_news nw = { NULL, 0, 0 };
	struct desk_entry e = { 0 };
	struct desk_rfc r = { 0 };
	struct pt_err err = { 0 };

	/* A watch starts from zero: starting one frees what it held. */
	memset(&hw, 0, sizeof hw);
	assert_int_equal(history_watch_start(w->b->db, &hw, &err), 0);
	assert_int_equal(desk_story_status(w->a, "ice", "assigned", NULL, 0,
	    NULL, &err), 0);
	assert_int_equal(desk_story_set(w->a, "ice", FIELD_DEK, "A dek", 0,
	    &err), 0);
	e.body = "Something happened";
	assert_int_equal(desk_log(w->a, "ice", &e, NULL, &err), 0);
	r.target = "ICE";
	r.kind = "organization";
	assert_int_equal(desk_rfc_add(w->a, "ice", &r, NULL, &err), 0);
	assert_int_equal(history_watch_news(w->b->db, &hw, &nw, &err), 0);
	assert_true(nw.n >= 4);
	for (size_t i = 0; i < nw.n; i++) {
		assert_non_null(nw.v[i].session);
		assert_string_equal(nw.v[i].session, desk_session(w->a));
	}
	/* B's own windows' view: another session's writes stay, A's own
	 * drop them all. */
	history_news_drop_session(&nw, desk_session(w->b));
	assert_true(nw.n >= 4);
	history_news_drop_session(&nw, desk_session(w->a));
	assert_int_equal(nw.n, 0);
	history_news_free(&nw);
	history_watch_done(&hw);
}

static void
test_presence_seen_by_others_only(void **state)
{
	struct two *w = *state;
	struct presence_list l;
	struct pt_err err = { 0 };

	assert_int_equal(desk_presence_beat(w->a, w->story_id,
	    "editing the headline", 1000, &err), 0);
	/* A does not see itself. */
	assert_int_equal(desk_presence_others(w->a, &l, &err), 0);
	assert_int_equal(l.n, 0);
	presence_list_free(&l);
	assert_int_equal(desk_presence_others(w->b, &l, &err), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].session, desk_session(w->a));
	assert_string_equal(l.v[0].login, w->a->login);
	assert_int_equal(l.v[0].story_id, w->story_id);
	assert_string_equal(l.v[0].slug, "ice");
	assert_string_equal(l.v[0].doing, "editing the headline");
	presence_list_free(&l);
	/* A beat replaces the row: the queue, doing nothing. */
	assert_int_equal(desk_presence_beat(w->a, 0, NULL, 1000, &err), 0);
	assert_int_equal(desk_presence_others(w->b, &l, &err), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].story_id, 0);
	assert_null(l.v[0].slug);
	assert_null(l.v[0].doing);
	presence_list_free(&l);
	/* Leaving deletes it. */
	assert_int_equal(desk_presence_leave(w->a, 1000, &err), 0);
	assert_int_equal(desk_presence_others(w->b, &l, &err), 0);
	assert_int_equal(l.n, 0);
	presence_list_free(&l);
}

/* A heartbeat never waits out another writer: with the lock held it
 * gives up (PT_EBUSY) and leaves nothing. */
static void
test_beat_skipped_when_locked(void **state)
{
	struct two *w = *state;
	struct presence_list l;
	struct pt_err err = { 0 };

	assert_int_equal(pt_db_begin(w->b->db, &err), 0);
	assert_int_equal(desk_presence_beat(w->a, w->story_id, NULL, 20,
	    &err), PT_EBUSY);
	pt_db_rollback(w->b->db);
	assert_int_equal(desk_presence_others(w->b, &l, &err), 0);
	assert_int_equal(l.n, 0);
	presence_list_free(&l);
}

static void
test_timing(void **state)
{
	int beat, stale;

	(void)state;
	desk_presence_timing(&beat, &stale);
	assert_int_equal(beat, 15);
	assert_int_equal(stale, 60);
	setenv("PRESSTIME_PRESENCE", "1,3", 1);
	desk_presence_timing(&beat, &stale);
	assert_int_equal(beat, 1);
	assert_int_equal(stale, 3);
	/* Nonsense keeps the defaults. */
	setenv("PRESSTIME_PRESENCE", "5,2", 1);
	desk_presence_timing(&beat, &stale);
	assert_int_equal(beat, 15);
	setenv("PRESSTIME_PRESENCE", "x", 1);
	desk_presence_timing(&beat, &stale);
	assert_int_equal(stale, 60);
	unsetenv("PRESSTIME_PRESENCE");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_sessions_differ, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_news_names_the_session,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_presence_seen_by_others_only, setup, teardown),
		cmocka_unit_test_setup_teardown(test_beat_skipped_when_locked,
		    setup, teardown),
		cmocka_unit_test(test_timing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
