/* Unit tests for config.yaml: defaults, every setting, where the file is
 * looked for, and every bad value reported with its place while the rest
 * of the file still applies. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "presstime/config.h"

static char path[64];

static int
setup(void **state)
{
	int fd;

	(void)state;
	strcpy(path, "/tmp/pt-config-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return unlink(path);
}

static void
write_config(const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void
expect_defaults(const struct config *cfg)
{
	size_t i;

	assert_null(cfg->database);
	assert_string_equal(cfg->theme, "default");
	assert_int_equal(cfg->cob_hour, 17);
	assert_int_equal(cfg->refresh_ms, 500);
	assert_null(cfg->default_limit);
	assert_int_equal(cfg->default_sort, SORT_URGENCY);
	assert_int_equal(cfg->ncolumns, CONFIG_NCOLUMNS);
	for (i = 0; i < CONFIG_NCOLUMNS; i++)
		assert_int_equal(cfg->columns[i], i);
	assert_int_equal(cfg->nkeys, 0);
}

/* The i-th diag, with the temp file's name in front. */
static void
expect_diag(const struct pt_diag *d, size_t i, const char *rest)
{
	char want[512];

	snprintf(want, sizeof want, "%s:%s", path, rest);
	assert_non_null(pt_diag_get(d, i));
	assert_string_equal(pt_diag_get(d, i), want);
}

static void
test_missing_file_is_defaults(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	struct config cfg;

	(void)state;
	assert_int_equal(config_load("/nonexistent/config.yaml", &cfg, &d), 0);
	assert_int_equal(pt_diag_count(&d), 0);
	assert_string_equal(cfg.path, "/nonexistent/config.yaml");
	assert_false(cfg.loaded);
	expect_defaults(&cfg);
	config_done(&cfg);

	config_init(&cfg);
	expect_defaults(&cfg);
	config_done(&cfg);
}

static void
test_every_setting(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	struct config cfg;

	(void)state;
	setenv("HOME", "/home/ed", 1);
	write_config(
	    "# my desk\n"
	    "database: ~/news/newsroom.db\n"
	    "theme: light\n"
	    "cob_hour: 18\n"
	    "refresh_ms: 250\n"
	    "default_limit: \"desk:metro !status:spiked\"\n"
	    "default_sort: priority\n"
	    "columns: [prio, slug, due, headline]\n"
	    "keys:\n"
	    "  queue:\n"
	    "    j: down\n"
	    "    \"<C-d>\": page-down\n"
	    "  global: { q: quit }\n");
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(pt_diag_count(&d), 0);
	assert_true(cfg.loaded);
	assert_string_equal(cfg.database, "/home/ed/news/newsroom.db");
	assert_string_equal(cfg.theme, "light");
	assert_int_equal(cfg.theme_line, 3);
	assert_int_equal(cfg.theme_col, 8);
	assert_int_equal(cfg.cob_hour, 18);
	assert_int_equal(cfg.refresh_ms, 250);
	assert_string_equal(cfg.default_limit, "desk:metro !status:spiked");
	assert_int_equal(cfg.limit_line, 6);
	assert_int_equal(cfg.limit_col, 16);
	assert_int_equal(cfg.default_sort, SORT_PRIORITY);
	assert_int_equal(cfg.ncolumns, 4);
	assert_int_equal(cfg.columns[0], CONFIG_COL_PRIO);
	assert_int_equal(cfg.columns[1], CONFIG_COL_SLUG);
	assert_int_equal(cfg.columns[2], CONFIG_COL_DUE);
	assert_int_equal(cfg.columns[3], CONFIG_COL_HEADLINE);

	assert_int_equal(cfg.nkeys, 3);
	assert_string_equal(cfg.keys[0].view, "queue");
	assert_string_equal(cfg.keys[0].key, "j");
	assert_string_equal(cfg.keys[0].action, "down");
	assert_int_equal(cfg.keys[0].key_line, 11);
	assert_int_equal(cfg.keys[0].key_col, 5);
	assert_int_equal(cfg.keys[0].action_line, 11);
	assert_int_equal(cfg.keys[0].action_col, 8);
	assert_string_equal(cfg.keys[1].key, "<C-d>");
	assert_string_equal(cfg.keys[1].action, "page-down");
	assert_int_equal(cfg.keys[1].action_col, 14);
	assert_string_equal(cfg.keys[2].view, "global");
	assert_string_equal(cfg.keys[2].key, "q");
	assert_string_equal(cfg.keys[2].action, "quit");
	assert_int_equal(cfg.keys[2].action_line, 13);
	assert_int_equal(cfg.keys[2].action_col, 16);

	/* The TUI reports a bad action at the place it was written. */
	config_key_error(&cfg, 1, &d, "unknown action \"%s\"",
	    cfg.keys[1].action);
	expect_diag(&d, 0, "12:14: unknown action \"page-down\"");
	config_diag(&cfg, cfg.limit_line, cfg.limit_col, &d,
	    "unknown filter key");
	expect_diag(&d, 1, "6:16: unknown filter key");
	config_key_error(&cfg, 99, &d, "ignored");
	assert_int_equal(pt_diag_count(&d), 2);
	config_done(&cfg);
	pt_diag_done(&d);
}

static void
test_bad_values_keep_defaults(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	struct config cfg;

	(void)state;
	write_config(
	    "colour: dark\n"
	    "cob_hour: 25\n"
	    "refresh_ms: fast\n"
	    "default_sort: prio\n"
	    "columns: [prio, slgu, headline]\n"
	    "theme: ../../etc/passwd\n"
	    "database: ~bob/news.db\n"
	    "default_limit: [desk]\n"
	    "keys:\n"
	    "  queu: { j: down }\n"
	    "  story: { k: [up] }\n"
	    "  global: { q: \"\" }\n");
	assert_int_equal(config_load(path, &cfg, &d), PT_EINVAL);
	expect_diag(&d, 0, "1:1: unknown setting \"colour\" (did you mean "
	    "\"columns\"?)");
	expect_diag(&d, 1, "2:11: cob_hour 25 is out of range (expected 0 "
	    "to 23)");
	expect_diag(&d, 2, "3:13: refresh_ms \"fast\" is not a whole number "
	    "(expected 100 to 10000)");
	expect_diag(&d, 3, "4:15: unknown sort \"prio\" (did you mean "
	    "\"priority\"?)");
	expect_diag(&d, 4, "5:17: unknown column \"slgu\" (did you mean "
	    "\"slug\"?)");
	expect_diag(&d, 5, "6:8: theme \"../../etc/passwd\" is not a theme "
	    "name (letters, digits, '-' and '_', like \"light\")");
	expect_diag(&d, 6, "7:11: database \"~bob/news.db\": only ~/ is "
	    "expanded, not ~user/");
	expect_diag(&d, 7, "8:16: default_limit must be text, not a list");
	expect_diag(&d, 8, "10:3: unknown view \"queu\" (did you mean "
	    "\"queue\"?)");
	expect_diag(&d, 9, "11:15: the action for key \"k\" must be a name, "
	    "not a list");
	expect_diag(&d, 10, "12:16: the action for key \"q\" is empty");
	assert_int_equal(pt_diag_count(&d), 11);
	assert_true(cfg.loaded);
	expect_defaults(&cfg);
	config_done(&cfg);
	pt_diag_done(&d);
}

static void
test_more_bad_values(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	struct config cfg;

	(void)state;
	write_config(
	    "cob_hour: -1\n"
	    "refresh_ms: 99\n"
	    "columns: [slug, slug]\n"
	    "database: \"\"\n"
	    "keys: [j]\n"
	    "theme: { name: x }\n"
	    "refresh_ms: 10001\n");
	/* A key given twice is a YAML-level error: the whole file is
	 * refused and every setting keeps its default. */
	assert_int_equal(config_load(path, &cfg, &d), PT_EINVAL);
	expect_diag(&d, 0, "7:1: duplicate key \"refresh_ms\" (first given "
	    "at 2:1)");
	assert_int_equal(pt_diag_count(&d), 1);
	expect_defaults(&cfg);
	config_done(&cfg);
	pt_diag_done(&d);

	write_config(
	    "cob_hour: -1\n"
	    "refresh_ms: 99\n"
	    "columns: [slug, slug]\n"
	    "database: \"\"\n"
	    "keys: [j]\n"
	    "theme: { name: x }\n"
	    "default_sort: [due]\n"
	    "columns2: []\n");
	assert_int_equal(config_load(path, &cfg, &d), PT_EINVAL);
	expect_diag(&d, 0, "1:11: cob_hour \"-1\" is not a whole number "
	    "(expected 0 to 23)");
	expect_diag(&d, 1, "2:13: refresh_ms 99 is out of range (expected "
	    "100 to 10000)");
	expect_diag(&d, 2, "3:17: column \"slug\" is listed twice");
	expect_diag(&d, 3, "4:11: database is empty (expected a file path, "
	    "like \"~/newsroom.db\")");
	expect_diag(&d, 4, "5:7: keys must be a map of views, like keys: "
	    "{ queue: { j: down } }");
	expect_diag(&d, 5, "6:8: theme must be text, not a map");
	expect_diag(&d, 6, "7:15: default_sort must be text, not a list");
	expect_diag(&d, 7, "8:1: unknown setting \"columns2\" (did you mean "
	    "\"columns\"?)");
	assert_int_equal(pt_diag_count(&d), 8);
	expect_defaults(&cfg);
	config_done(&cfg);
	pt_diag_done(&d);

	write_config("- theme: light\n");
	assert_int_equal(config_load(path, &cfg, &d), PT_EINVAL);
	expect_diag(&d, 0, "1:1: config must be a map of settings, like "
	    "theme: light");
	expect_defaults(&cfg);
	config_done(&cfg);
	pt_diag_done(&d);

	write_config("columns: []\nrefresh_ms: '1000'\ndefault_limit: ''\n");
	assert_int_equal(config_load(path, &cfg, &d), PT_EINVAL);
	expect_diag(&d, 0, "1:10: columns is empty (expected at least one "
	    "column)");
	assert_int_equal(cfg.ncolumns, CONFIG_NCOLUMNS);
	assert_int_equal(cfg.refresh_ms, 1000);
	assert_null(cfg.default_limit);
	config_done(&cfg);
	pt_diag_done(&d);
}

static void
test_size_cap(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	struct config cfg;
	char want[256];
	FILE *f;
	int i;

	(void)state;
	f = fopen(path, "w");
	assert_non_null(f);
	for (i = 0; i < 70000 / 10; i++)
		fputs("#########\n", f);
	fclose(f);
	assert_int_equal(config_load(path, &cfg, &d), PT_EINVAL);
	snprintf(want, sizeof want, "%s: 70000 bytes is over the 65536-byte "
	    "limit for this kind of file", path);
	assert_string_equal(pt_diag_get(&d, 0), want);
	expect_defaults(&cfg);
	config_done(&cfg);
	pt_diag_done(&d);
}

static void
test_where_the_file_is(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	struct config cfg;
	char *p;

	(void)state;
	setenv("PRESSTIME_CONFIG", path, 1);
	setenv("XDG_CONFIG_HOME", "/xdg", 1);
	setenv("HOME", "/home/ed", 1);
	p = config_default_path();
	assert_string_equal(p, path);
	free(p);
	write_config("theme: mono\n");
	assert_int_equal(config_load(NULL, &cfg, &d), 0);
	assert_string_equal(cfg.path, path);
	assert_string_equal(cfg.theme, "mono");
	config_done(&cfg);

	setenv("PRESSTIME_CONFIG", "", 1);
	p = config_default_path();
	assert_string_equal(p, "/xdg/presstime/config.yaml");
	free(p);
	p = config_dir();
	assert_string_equal(p, "/xdg/presstime");
	free(p);
	unsetenv("PRESSTIME_CONFIG");
	unsetenv("XDG_CONFIG_HOME");
	p = config_default_path();
	assert_string_equal(p, "/home/ed/.config/presstime/config.yaml");
	free(p);
	/* An absent default file is not an error. */
	assert_int_equal(config_load(NULL, &cfg, &d), 0);
	assert_false(cfg.loaded);
	assert_int_equal(pt_diag_count(&d), 0);
	config_done(&cfg);
}

static void
test_tables(void **state)
{
	const struct config_name *t;
	size_t n, i;

	(void)state;
	t = config_settings(&n);
	assert_int_equal(n, 11);
	for (i = 0; i < n; i++) {
		assert_non_null(t[i].name);
		assert_non_null(t[i].help);
	}
	t = config_columns(&n);
	assert_int_equal(n, CONFIG_NCOLUMNS);
	for (i = 0; i < n; i++)
		assert_string_equal(config_column_name(i), t[i].name);
	assert_string_equal(config_column_name(CONFIG_COL_RFC), "rfc");
	t = config_sorts(&n);
	assert_int_equal(n, SORT_NSORTS);
	assert_string_equal(story_sort_name(SORT_SLUG), "slug");
	t = config_views(&n);
	assert_int_equal(n, 3);
	assert_string_equal(t[0].name, "global");
}

static void
test_suggest(void **state)
{
	static const char *const names[] = { "database", "theme",
		"cob_hour", "refresh_ms", "default_limit", "default_sort",
		"columns", "keys" };
	static const struct { const char *word, *want; } cases[] = {
		{ "colour", "columns" }, { "thme", "theme" },
		{ "tehme", "theme" }, { "databse", "database" },
		{ "refresh", "refresh_ms" }, { "defualt_sort", "default_sort" },
		{ "cobhour", "cob_hour" }, { "key", "keys" },
		{ "xyz", NULL }, { "editor", NULL },
	};
	struct pt_diag_suggest s;
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		pt_diag_suggest_init(&s, cases[i].word);
		for (j = 0; j < sizeof names / sizeof names[0]; j++)
			pt_diag_suggest_try(&s, names[j]);
		if (cases[i].want == NULL)
			assert_null(pt_diag_suggest_best(&s));
		else
			assert_string_equal(pt_diag_suggest_best(&s),
			    cases[i].want);
	}
}

/* notify_command: a plain line is split and run without a shell; shell
 * words send it to /bin/sh -c with "presstime" as $0; a list is taken as
 * it is; alerts: { bell } reads truth words. */
static void
test_alerts(void **state)
{
	struct config cfg;
	struct pt_diag d = PT_DIAG_INIT;

	(void)state;
	write_config("alerts: { bell: yes }\n"
	    "notify_command: \"  notify-send   -a presstime \"\n");
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(cfg.alert_bell, 1);
	assert_int_equal(cfg.notify_shell, 0);
	assert_string_equal(cfg.notify_argv[0], "notify-send");
	assert_string_equal(cfg.notify_argv[1], "-a");
	assert_string_equal(cfg.notify_argv[2], "presstime");
	assert_null(cfg.notify_argv[3]);
	config_done(&cfg);

	write_config("notify_command: 'notify-send \"$1\" | tee x'\n");
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(cfg.alert_bell, 0);
	assert_int_equal(cfg.notify_shell, 1);
	assert_string_equal(cfg.notify_argv[0], "/bin/sh");
	assert_string_equal(cfg.notify_argv[1], "-c");
	assert_string_equal(cfg.notify_argv[2], "notify-send \"$1\" | tee x");
	assert_string_equal(cfg.notify_argv[3], "presstime");
	assert_null(cfg.notify_argv[4]);
	config_done(&cfg);

	write_config("notify_command: [my notifier, \"$HOME\"]\n");
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(cfg.notify_shell, 0);
	assert_string_equal(cfg.notify_argv[0], "my notifier");
	assert_string_equal(cfg.notify_argv[1], "$HOME");
	assert_null(cfg.notify_argv[2]);
	config_done(&cfg);

	/* A bad value keeps what was there: none. */
	write_config("alerts: { bell: 2 }\nnotify_command: \"\"\n");
	assert_int_not_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(cfg.alert_bell, 0);
	assert_null(cfg.notify_argv);
	assert_int_equal(pt_diag_count(&d), 2);
	config_done(&cfg);
	pt_diag_done(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_missing_file_is_defaults),
		cmocka_unit_test_setup_teardown(test_every_setting, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_bad_values_keep_defaults,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_more_bad_values, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_size_cap, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_where_the_file_is, setup,
		    teardown),
		cmocka_unit_test(test_tables),
		cmocka_unit_test_setup_teardown(test_alerts, setup, teardown),
		cmocka_unit_test(test_suggest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
