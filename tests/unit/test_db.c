/* Opening, migrating and refusing databases; transactions and versions. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "presstime/db.h"
#include "presstime/entry.h"
#include "presstime/story.h"

static char dir[64];

static void
path_in_dir(char *buf, size_t n, const char *name)
{
	snprintf(buf, n, "%s/%s", dir, name);
}

static int
setup(void **state)
{
	snprintf(dir, sizeof dir, "/tmp/pt-unit-db.XXXXXX");
	assert_non_null(mkdtemp(dir));
	setenv("PRESSTIME_NOW", "2026-11-26T14:00:00Z", 1);
	setenv("TZ", "UTC", 1);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void
test_create_migrates(void **state)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	char path[128], cmd[256];
	FILE *p;
	int v = -1;

	path_in_dir(path, sizeof path, "new/nested/a.db");
	assert_int_equal(pt_db_open(path, 0, &db, &err), PT_ENOENT);
	assert_non_null(strstr(err.msg, "presstime init"));
	assert_int_equal(pt_db_open(path, DB_CREATE, &db, &err), 0);
	pt_db_close(db);
	snprintf(cmd, sizeof cmd, "sqlite3 '%s' 'PRAGMA user_version; "
	    "PRAGMA journal_mode;'", path);
	p = popen(cmd, "r");
	assert_non_null(p);
	assert_int_equal(fscanf(p, "%d", &v), 1);
	pclose(p);
	assert_int_equal(v, pt_db_schema_version());
	/* Reopening an up-to-date database is a no-op. */
	assert_int_equal(pt_db_open(path, 0, &db, &err), 0);
	assert_int_equal(pt_db_check(db, &err), 0);
	pt_db_close(db);
}

static void
test_newer_schema_refused(void **state)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	char path[128], cmd[256], want[64];

	path_in_dir(path, sizeof path, "newer.db");
	assert_int_equal(pt_db_open(path, DB_CREATE, &db, &err), 0);
	pt_db_close(db);
	snprintf(cmd, sizeof cmd, "sqlite3 '%s' 'PRAGMA user_version = 99'",
	    path);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(pt_db_open(path, 0, &db, &err), PT_EDB);
	assert_non_null(strstr(err.msg, "schema version 99"));
	snprintf(want, sizeof want, "understands (%d)", pt_db_schema_version());
	assert_non_null(strstr(err.msg, want));
}

static void
test_foreign_files_refused(void **state)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	char path[128], cmd[256];
	FILE *f;

	path_in_dir(path, sizeof path, "notes.txt");
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("this is not a database, just some text long enough to have a "
	    "header of sorts.......................................\n", f);
	fclose(f);
	assert_int_equal(pt_db_open(path, 0, &db, &err), PT_EDB);
	assert_non_null(strstr(err.msg, "not a presstime database"));

	path_in_dir(path, sizeof path, "other.db");
	snprintf(cmd, sizeof cmd, "sqlite3 '%s' 'CREATE TABLE t(x)'", path);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(pt_db_open(path, 0, &db, &err), PT_EDB);
	assert_non_null(strstr(err.msg, "not a presstime one"));
	/* And it was left alone. */
	snprintf(cmd, sizeof cmd, "test \"$(sqlite3 '%s' 'PRAGMA user_version')\""
	    " = 0", path);
	assert_int_equal(system(cmd), 0);
}

/* Inserts a story by alice at time 1000 in its own transaction. */
static void
add_story(struct pt_db *db, struct story *s, const char *slug,
    const char *headline)
{
	struct pt_err err = { 0 };

	memset(s, 0, sizeof *s);
	s->slug = (char *)slug;
	s->headline = (char *)headline;
	s->created_at = s->updated_at = 1000;
	s->updated_by = (char *)"alice";
	assert_int_equal(pt_db_begin(db, &err), 0);
	assert_int_equal(story_insert(db, s, &err), 0);
	assert_int_equal(pt_db_commit(db, &err), 0);
}

static void
test_version_conflict(void **state)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	struct story s, *a, *b;

	assert_int_equal(pt_db_open(NULL, DB_MEMORY, &db, &err), 0);
	add_story(db, &s, "one", "One");
	assert_int_equal(s.version, 1);

	/* Two editors read version 1; the first write wins. */
	assert_int_equal(story_get(db, "one", &a, &err), 0);
	assert_int_equal(story_get(db, "one", &b, &err), 0);
	free(a->headline);
	a->headline = strdup("A's");
	assert_int_equal(story_update(db, a, &err), 0);
	assert_int_equal(a->version, 2);
	free(b->headline);
	b->headline = strdup("B's");
	free(b->updated_by);
	b->updated_by = strdup("bob");
	assert_int_equal(story_update(db, b, &err), PT_ECONFLICT);
	assert_non_null(strstr(err.msg, "version 2; your edit was based on "
	    "version 1"));
	story_free(a);
	story_free(b);
	assert_int_equal(story_get(db, "one", &a, &err), 0);
	assert_string_equal(a->headline, "A's");
	story_free(a);
	pt_db_close(db);
}

/* A bounded begin gives up with PT_EBUSY naming its patience, rather than
 * waiting out another writer (drafts are saved this way on hangup). */
static void
test_begin_within_gives_up(void **state)
{
	struct pt_db *a, *b;
	struct pt_err err = { 0 };
	char path[128];

	path_in_dir(path, sizeof path, "busy.db");
	assert_int_equal(pt_db_open(path, DB_CREATE, &a, &err), 0);
	assert_int_equal(pt_db_open(path, 0, &b, &err), 0);
	assert_int_equal(pt_db_begin(a, &err), 0);
	assert_int_equal(pt_db_begin_within(b, 300, &err), PT_EBUSY);
	assert_non_null(strstr(err.msg, "for over 300 ms"));
	pt_db_rollback(a);
	assert_int_equal(pt_db_begin_within(b, 300, &err), 0);
	pt_db_rollback(b);
	pt_db_close(b);
	pt_db_close(a);
}

/* Readers that keep re-reading (as TUIs reload their windows every poll)
 * must not keep the WAL from starting over: SQLite's own passive
 * auto-checkpoint let it grow past 8 MiB here. */
static void
test_wal_restarts_under_readers(void **state)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	struct story s;
	char path[128], wal[160];
	pid_t kids[2];
	off_t max = 0;

	path_in_dir(path, sizeof path, "wal.db");
	snprintf(wal, sizeof wal, "%s-wal", path);
	assert_int_equal(pt_db_open(path, DB_CREATE, &db, &err), 0);
	add_story(db, &s, "wal", "WAL");
	for (int k = 0; k < 2; k++) {
		kids[k] = fork();
		assert_true(kids[k] >= 0);
		if (kids[k] == 0) {
			struct pt_db *r;
			struct entry_list l;

			if (pt_db_open(path, 0, &r, &err) < 0)
				_exit(1);
			for (;;) {
				if (entry_list_story(r, s.id, &l, &err) == 0)
					entry_list_free(&l);
			}
		}
	}
	for (int i = 0; i < 4000; i++) {
		struct entry e = { 0 };
		char body[256];
		struct stat st;

		snprintf(body, sizeof body, "commit %d: the company said in a "
		    "statement that it had ended the contract, and the chief "
		    "executive wrote to staff an hour and forty minutes "
		    "later", i);
		e.story_id = s.id;
		e.occurred_at = e.logged_at = 1000 + i;
		e.logged_by = (char *)"alice";
		e.kind = (char *)"note";
		e.body = body;
		assert_int_equal(pt_db_begin(db, &err), 0);
		assert_int_equal(entry_insert(db, &e, &err), 0);
		assert_int_equal(pt_db_commit(db, &err), 0);
		if (stat(wal, &st) == 0 && st.st_size > max)
			max = st.st_size;
	}
	for (int k = 0; k < 2; k++) {
		kill(kids[k], SIGKILL);
		waitpid(kids[k], NULL, 0);
	}
	pt_db_close(db);
	print_message("# largest -wal: %lld bytes\n", (long long)max);
	assert_true(max > 0);
	assert_true(max < 6 * 1024 * 1024);
}

static void
test_slug_rules_and_suggest(void **state)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	struct story s, *got;

	assert_int_equal(story_slug_valid("hootsuite-ice", &err), 0);
	assert_int_equal(story_slug_valid("a", &err), 0);
	assert_int_equal(story_slug_valid("-lead", &err), PT_EINVAL);
	assert_int_equal(story_slug_valid("Caps", &err), PT_EINVAL);
	assert_int_equal(story_slug_valid("", &err), PT_EINVAL);
	assert_int_equal(story_slug_valid("semi;colon", &err), PT_EINVAL);
	assert_int_equal(pt_db_open(NULL, DB_MEMORY, &db, &err), 0);
	memset(&s, 0, sizeof s);
	s.slug = (char *)"hootsuite-ice";
	s.headline = (char *)"H";
	assert_int_equal(story_insert(db, &s, &err), 0);
	assert_int_equal(story_get(db, "hootsuite-ic", &got, &err), PT_ENOENT);
	assert_string_equal(err.msg, "no story \"hootsuite-ic\" (did you mean "
	    "\"hootsuite-ice\"?)");
	assert_int_equal(story_get(db, "zzzz", &got, &err), PT_ENOENT);
	assert_string_equal(err.msg, "no story \"zzzz\"");
	pt_db_close(db);
}

/* Seeks from the row at each position of the whole order (seen) give
 * its neighbours exactly: before, from and after it, at the ends too. */
static void
seek_matches(struct pt_db *db, int sort, char seen[][16])
{
	struct pt_err err = { 0 };
	struct story_list all, l;
	struct story_cursor cur;

	assert_int_equal(story_page(db, NULL, sort, NULL, 100, &all, &err), 0);
	for (int at = 0; at < 50; at += 7) {
		story_cursor_after(&all.v[at], sort, &cur);
		assert_int_equal(story_seek(db, NULL, sort, &cur, SEEK_BEFORE, 5,
		    &l, &err), 0);
		assert_int_equal((int)l.n, at < 5 ? at : 5);
		for (size_t i = 0; i < l.n; i++)
			assert_string_equal(l.v[i].slug,
			    seen[at - (int)l.n + (int)i]);
		story_list_free(&l);
		assert_int_equal(story_seek(db, NULL, sort, &cur, SEEK_FROM, 3,
		    &l, &err), 0);
		assert_int_equal((int)l.n, at + 3 <= 50 ? 3 : 50 - at);
		for (size_t i = 0; i < l.n; i++)
			assert_string_equal(l.v[i].slug, seen[at + (int)i]);
		story_list_free(&l);
	}
	/* No cursor: SEEK_BEFORE is the bottom of the queue. */
	assert_int_equal(story_seek(db, NULL, sort, NULL, SEEK_BEFORE, 4, &l,
	    &err), 0);
	assert_int_equal((int)l.n, 4);
	assert_string_equal(l.v[3].slug, seen[49]);
	assert_string_equal(l.v[0].slug, seen[46]);
	story_list_free(&l);
	story_list_free(&all);
}

static void
count_is_capped(struct pt_db *db)
{
	struct pt_err err = { 0 };
	long long n = 0;

	assert_int_equal(story_count_upto(db, NULL, 20, &n, &err), 0);
	assert_int_equal(n, 20);
	assert_int_equal(story_count_upto(db, NULL, 1000, &n, &err), 0);
	assert_int_equal(n, 50);
	assert_int_equal(story_count_upto(db, NULL, -1, &n, &err), 0);
	assert_int_equal(n, 50);
	assert_int_equal(story_count(db, NULL, &n, &err), 0);
	assert_int_equal(n, 50);
}

static void
test_keyset_pages(void **state)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	struct story_list page;
	struct story_cursor cur = { 0 };
	char slug[16], seen[64][16];
	int n = 0;

	assert_int_equal(pt_db_open(NULL, DB_MEMORY, &db, &err), 0);
	assert_int_equal(pt_db_begin(db, &err), 0);
	for (int i = 0; i < 50; i++) {
		struct story s;

		memset(&s, 0, sizeof s);
		snprintf(slug, sizeof slug, "s%02d", i);
		s.slug = slug;
		s.headline = (char *)"x";
		/* Many ties on the deadline: the cursor must not skip them. */
		s.deadline = i % 3 == 0 ? 0 : 5000 + (i % 4) * 100;
		s.priority = (char *)(i % 2 ? "urgent" : "routine");
		assert_int_equal(story_insert(db, &s, &err), 0);
	}
	assert_int_equal(pt_db_commit(db, &err), 0);
	/* Every order, page by page, is the one-page order exactly. */
	for (int sort = SORT_DUE; sort <= SORT_SLUG; sort++) {
		struct story_list all;

		memset(&cur, 0, sizeof cur);
		n = 0;
		for (;;) {
			size_t got;

			assert_int_equal(story_page(db, NULL, sort, &cur, 7,
			    &page, &err), 0);
			got = page.n;
			for (size_t i = 0; i < page.n && n < 64; i++)
				snprintf(seen[n++], 16, "%s", page.v[i].slug);
			if (page.n > 0)
				story_cursor_after(&page.v[page.n - 1], sort,
				    &cur);
			story_list_free(&page);
			if (n >= 50 || got == 0)
				break;
		}
		assert_int_equal(n, 50);
		assert_int_equal(story_page(db, NULL, sort, NULL, 100, &all,
		    &err), 0);
		assert_int_equal(all.n, 50);
		for (int i = 0; i < 50; i++)
			assert_string_equal(seen[i], all.v[i].slug);
		story_list_free(&all);
		for (int i = 0; i < 50; i++)
			for (int j = i + 1; j < 50; j++)
				assert_string_not_equal(seen[i], seen[j]);
		seek_matches(db, sort, seen);
	}
	count_is_capped(db);
	pt_db_close(db);
}

static int
count_until_none(const struct story *s, void *ctx)
{
	(void)s;
	(*(int *)ctx)++;
	return 0;
}

static int
count_until(const struct story *s, void *ctx)
{
	int *n = ctx;

	(*n)++;
	return strcmp(s->slug, "s030") == 0 ? 7 : 0;
}

/* story_each walks every page, honours a limit, and stops when asked. */
static void
test_each_walks_pages(void **state)
{
	struct pt_db *db;
	struct pt_err err = { 0 };
	char slug[16];
	int n;

	assert_int_equal(pt_db_open(NULL, DB_MEMORY, &db, &err), 0);
	assert_int_equal(pt_db_begin(db, &err), 0);
	for (int i = 0; i < 450; i++) {
		struct story s;

		memset(&s, 0, sizeof s);
		snprintf(slug, sizeof slug, "s%03d", i);
		s.slug = slug;
		s.headline = (char *)"x";
		assert_int_equal(story_insert(db, &s, &err), 0);
	}
	assert_int_equal(pt_db_commit(db, &err), 0);
	n = 0;
	/* Past two pages of 200, every row once. */
	assert_int_equal(story_each(db, NULL, SORT_DUE, -1, count_until_none,
	    &n, &err), 0);
	assert_int_equal(n, 450);
	n = 0;
	assert_int_equal(story_each(db, NULL, SORT_DUE, 201, count_until_none,
	    &n, &err), 0);
	assert_int_equal(n, 201);
	n = 0;
	assert_int_equal(story_each(db, NULL, SORT_SLUG, -1, count_until, &n,
	    &err), 7);
	/* s000..s030, then the walk stops with the callback's value. */
	assert_int_equal(n, 31);
	pt_db_close(db);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_migrates),
		cmocka_unit_test(test_newer_schema_refused),
		cmocka_unit_test(test_foreign_files_refused),
		cmocka_unit_test(test_version_conflict),
		cmocka_unit_test(test_wal_restarts_under_readers),
		cmocka_unit_test(test_begin_within_gives_up),
		cmocka_unit_test(test_slug_rules_and_suggest),
		cmocka_unit_test(test_keyset_pages),
		cmocka_unit_test(test_each_walks_pages),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
