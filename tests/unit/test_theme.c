/* Unit tests for themes: the slot table, every shipped theme, inheritance,
 * every problem reported with its place, and colors mapped onto 8, 16, 88
 * and 256-color terminals. */
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

#include "presstime/theme.h"
#include "presstime/ydoc.h"

static const char *const states[] = { "pitched", "assigned", "reporting",
	"filed", "editing", "copydesk", "ready", "scheduled", "published",
	"updating", "corrected", "held", "spiked", "killed" };
static const char *const kinds[] = { "event", "statement", "document",
	"note", "rfc", "status", "correction" };
static const char *const shipped[] = { "default", "light", "high-contrast",
	"mono", "newsprint" };

static char tmpdir[64];

static int
setup(void **state)
{
	(void)state;
	strcpy(tmpdir, "/tmp/pt-theme-XXXXXX");
	assert_non_null(mkdtemp(tmpdir));
	return 0;
}

static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd);
}

static void
write_theme(const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s.yaml", tmpdir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static const char *
srcdir(void)
{
	const char *d = getenv("PT_SRCDIR");

	return d != NULL ? d : ".";
}

static void
expect_diags(const struct pt_diag *d, const char *const *want)
{
	size_t i;

	for (i = 0; want[i] != NULL; i++) {
		assert_non_null(pt_diag_get(d, i));
		assert_string_equal(pt_diag_get(d, i), want[i]);
	}
	assert_int_equal(pt_diag_count(d), i);
}

static void
test_slot_table(void **state)
{
	const struct theme_slot_def *s;
	struct theme_color c;
	char name[64];
	size_t n, i, j;

	(void)state;
	s = theme_slots(&n);
	assert_int_equal(n, THEME_NSLOTS);
	for (i = 0; i < n; i++) {
		assert_non_null(s[i].name);
		assert_int_equal(theme_slot_find(s[i].name), (int)i);
		assert_int_equal(theme_color_parse(s[i].fg, &c), 0);
		assert_int_equal(theme_color_parse(s[i].bg, &c), 0);
		assert_non_null(s[i].help);
		assert_true(strlen(s[i].help) > 0);
		assert_null(strchr(s[i].help, '\n'));
		for (j = 0; j < i; j++)
			assert_string_not_equal(s[i].name, s[j].name);
	}
	for (i = 0; i < sizeof states / sizeof states[0]; i++) {
		snprintf(name, sizeof name, "state_%s", states[i]);
		assert_int_equal(theme_slot_find(name),
		    THEME_STATE_PITCHED + (int)i);
	}
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		snprintf(name, sizeof name, "kind_%s", kinds[i]);
		assert_int_equal(theme_slot_find(name),
		    THEME_KIND_EVENT + (int)i);
	}
	assert_int_equal(theme_slot_find("rfc_lapsed"), THEME_RFC_LAPSED);
	assert_int_equal(theme_slot_find("nope"), -1);
	assert_true(theme_name_valid("high-contrast"));
	assert_true(theme_name_valid("my_dusk2"));
	assert_false(theme_name_valid(""));
	assert_false(theme_name_valid("../x"));
	assert_false(theme_name_valid(".hidden"));
	assert_false(theme_name_valid("-x"));
}

/* themes/default.yaml names every slot, so it documents them all. */
static void
test_default_sets_every_slot(void **state)
{
	const struct ydoc_node *colors;
	struct ydoc_node *root;
	struct pt_err err;
	struct theme *t;
	char path[512];
	size_t n, i;

	(void)state;
	snprintf(path, sizeof path, "%s/themes/default.yaml", srcdir());
	assert_int_equal(ydoc_load_file(path, &ydoc_conf_limits, &root, &err),
	    0);
	colors = ydoc_get(root, "colors");
	assert_non_null(colors);
	theme_slots(&n);
	assert_int_equal(colors->n, n);
	for (i = 0; i < n; i++)
		assert_non_null(ydoc_get(colors, theme_slots(NULL)[i].name));
	ydoc_free(root);

	/* The embedded copy is the same file. */
	assert_int_equal(pt_default_theme_len, strlen(pt_default_theme));
	t = theme_new_default(&err);
	assert_non_null(t);
	assert_string_equal(theme_name(t), "default");
	assert_null(theme_path(t));
	assert_int_equal(theme_get(t, THEME_TITLE)->fg.kind, THEME_COLOR_RGB);
	assert_int_equal(theme_get(t, THEME_TITLE)->fg.rgb, 0xffffff);
	assert_int_equal(theme_get(t, THEME_TITLE)->bg.rgb, 0x005f87);
	assert_int_equal(theme_get(t, THEME_TITLE)->attrs, THEME_ATTR_BOLD);
	assert_int_equal(theme_find(t, "overdue")->fg.rgb, 0xff5f5f);
	assert_null(theme_find(t, "nope"));
	theme_free(t);
}

static void
test_shipped_themes_clean(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	char dir[512], path[600];
	const char *dirs[2];
	struct theme *t;
	size_t i;
	int rc;

	(void)state;
	snprintf(dir, sizeof dir, "%s/themes", srcdir());
	dirs[0] = dir;
	dirs[1] = NULL;
	for (i = 0; i < sizeof shipped / sizeof shipped[0]; i++) {
		snprintf(path, sizeof path, "%s/%s.yaml", dir, shipped[i]);
		rc = theme_load_file(path, dirs, &t, &d);
		if (pt_diag_count(&d) > 0)
			print_error("%s\n", pt_diag_get(&d, 0));
		assert_int_equal(rc, 0);
		assert_int_equal(pt_diag_count(&d), 0);
		assert_string_equal(theme_name(t), shipped[i]);
		assert_string_equal(theme_path(t), path);
		theme_free(t);
		assert_int_equal(theme_load_name(shipped[i], dirs, &t, &d), 0);
		assert_string_equal(theme_name(t), shipped[i]);
		theme_free(t);
	}
	/* mono has no colors at all. */
	assert_int_equal(theme_load_name("mono", dirs, &t, &d), 0);
	for (i = 0; i < THEME_NSLOTS; i++) {
		assert_int_equal(theme_get(t, i)->fg.kind,
		    THEME_COLOR_DEFAULT);
		assert_int_equal(theme_get(t, i)->bg.kind,
		    THEME_COLOR_DEFAULT);
	}
	assert_int_equal(theme_get(t, THEME_CURSOR)->attrs,
	    THEME_ATTR_REVERSE);
	theme_free(t);
	/* newsprint paints its paper once: "default" bg means normal's. */
	assert_int_equal(theme_load_name("newsprint", dirs, &t, &d), 0);
	assert_int_equal(theme_get(t, THEME_NORMAL)->bg.rgb, 0xffffd7);
	assert_int_equal(theme_get(t, THEME_STATE_READY)->bg.rgb, 0xffffd7);
	assert_int_equal(theme_get(t, THEME_PRIO_ROUTINE)->fg.rgb, 0x1c1c1c);
	assert_int_equal(theme_get(t, THEME_TITLE)->bg.rgb, 0x1c1c1c);
	theme_free(t);
	/* theme check finds parents through the usual search path, which
	 * PRESSTIME_THEMES_DIR points at the source tree. */
	setenv("PRESSTIME_THEMES_DIR", dir, 1);
	assert_int_equal(theme_check_file(path, &d), 0);
	unsetenv("PRESSTIME_THEMES_DIR");
	assert_int_equal(pt_diag_count(&d), 0);
	pt_diag_done(&d);
}

static void
test_inheritance(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	const char *dirs[] = { tmpdir, NULL };
	const struct theme_style *s;
	struct theme *t;

	(void)state;
	write_theme("base", "name: base\ninherits: default\ncolors:\n"
	    "  title: { fg: red, attrs: [bold, underline] }\n"
	    "  error: { fg: color196 }\n");
	write_theme("child", "inherits: base\ncolors:\n"
	    "  title: { bg: blue }\n"
	    "  error: { attrs: [] }\n"
	    "  cursor: { attrs: \"reverse bold\" }\n");
	assert_int_equal(theme_load_name("child", dirs, &t, &d), 0);
	assert_int_equal(pt_diag_count(&d), 0);
	assert_string_equal(theme_name(t), "child");
	s = theme_get(t, THEME_TITLE);
	assert_int_equal(s->fg.kind, THEME_COLOR_INDEXED);
	assert_int_equal(s->fg.index, 1);
	assert_int_equal(s->bg.index, 4);
	assert_int_equal(s->attrs, THEME_ATTR_BOLD | THEME_ATTR_UNDERLINE);
	s = theme_get(t, THEME_ERROR);
	assert_int_equal(s->fg.index, 196);
	assert_int_equal(s->attrs, 0);
	assert_int_equal(theme_get(t, THEME_CURSOR)->attrs,
	    THEME_ATTR_REVERSE | THEME_ATTR_BOLD);
	/* Untouched slots come from the built-in default at the root. */
	assert_int_equal(theme_get(t, THEME_OVERDUE)->fg.rgb, 0xff5f5f);
	theme_free(t);

	/* A theme may extend another of the same name further down the
	 * search path; here the built-in default. */
	write_theme("default", "inherits: default\ncolors:\n"
	    "  title: { fg: green }\n");
	assert_int_equal(theme_load_name("default", dirs, &t, &d), 0);
	assert_int_equal(pt_diag_count(&d), 0);
	assert_int_equal(theme_get(t, THEME_TITLE)->fg.index, 2);
	assert_int_equal(theme_get(t, THEME_TITLE)->bg.rgb, 0x005f87);
	theme_free(t);
	pt_diag_done(&d);
}

static void
test_inherit_loop_and_missing(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	const char *dirs[] = { tmpdir, NULL };
	char want[2][512];
	const char *wantp[3];
	struct theme *t;

	(void)state;
	write_theme("dawn", "name: dawn\ninherits: dusk\n");
	write_theme("dusk", "name: dusk\ninherits: dawn\ncolors:\n"
	    "  title: { fg: red }\n");
	assert_int_equal(theme_load_name("dusk", dirs, &t, &d), PT_EINVAL);
	snprintf(want[0], sizeof want[0], "%s/dawn.yaml:2:11: inherits loop: "
	    "dusk -> dawn -> dusk", tmpdir);
	wantp[0] = want[0];
	wantp[1] = NULL;
	expect_diags(&d, wantp);
	/* The rest still applies. */
	assert_int_equal(theme_get(t, THEME_TITLE)->fg.index, 1);
	theme_free(t);
	pt_diag_done(&d);

	write_theme("orphan", "inherits: dwan\n");
	assert_int_equal(theme_load_name("orphan", dirs, &t, &d), PT_EINVAL);
	snprintf(want[0], sizeof want[0], "%s/orphan.yaml:1:11: inherited "
	    "theme \"dwan\" not found (looked in %s)", tmpdir, tmpdir);
	expect_diags(&d, wantp);
	theme_free(t);
	pt_diag_done(&d);

	write_theme("selfish", "inherits: selfish\n");
	write_theme("slash", "inherits: ../etc/passwd\n");
	assert_int_equal(theme_load_name("selfish", dirs, &t, &d), PT_EINVAL);
	theme_free(t);
	assert_int_equal(theme_load_name("slash", dirs, &t, &d), PT_EINVAL);
	theme_free(t);
	snprintf(want[0], sizeof want[0], "%s/selfish.yaml:1:11: inherits "
	    "loop: selfish -> selfish", tmpdir);
	snprintf(want[1], sizeof want[1], "%s/slash.yaml:1:11: inherits must "
	    "name a theme (letters, digits, '-' and '_'), like \"default\"",
	    tmpdir);
	wantp[1] = want[1];
	wantp[2] = NULL;
	expect_diags(&d, wantp);
	pt_diag_done(&d);
}

/* Every problem in a file is reported, each at its place, and the good
 * lines still apply. */
static void
test_all_problems_collected(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	const char *dirs[] = { tmpdir, NULL };
	char want[8][512], path[256];
	struct theme *t;
	size_t i;

	(void)state;
	write_theme("dusk",
	    "name: dusk\n"
	    "inherits: default\n"
	    "colours: {}\n"
	    "colors:\n"
	    "  titel: { fg: white }\n"
	    "  title: { fg: tael, bg: bleu, attrs: [bold] }\n"
	    "  error: { fg: \"#ff00\", attrs: \"bold blod\" }\n"
	    "  cursor: { fgg: red, attrs: [flash] }\n"
	    "  overdue: red\n"
	    "  due_soon: { fg: [red] }\n"
	    "  tagged: { fg: color256 }\n"
	    "  dim: { fg: \"#5f5f5f\", attrs: dim }\n");
	snprintf(path, sizeof path, "%s/dusk.yaml", tmpdir);
	assert_int_equal(theme_load_file(path, dirs, &t, &d), PT_EINVAL);
	snprintf(want[0], 512, "%s:3:1: unknown key \"colours\" (did you "
	    "mean \"colors\"?)", path);
	snprintf(want[1], 512, "%s:5:3: unknown color slot \"titel\" (did "
	    "you mean \"title\"?)", path);
	snprintf(want[2], 512, "%s:6:16: unknown color \"tael\" (expected a "
	    "color name, \"default\", color0 to color255 or \"#rrggbb\")",
	    path);
	snprintf(want[3], 512, "%s:6:26: unknown color \"bleu\" (did you "
	    "mean \"blue\"?)", path);
	snprintf(want[4], 512, "%s:7:16: unknown color \"#ff00\" (expected "
	    "a color name, \"default\", color0 to color255 or \"#rrggbb\")",
	    path);
	snprintf(want[5], 512, "%s:7:38: unknown attribute \"blod\" (did you "
	    "mean \"bold\"?)", path);
	snprintf(want[6], 512, "%s:8:13: unknown key \"fgg\" in color slot "
	    "\"cursor\" (did you mean \"fg\"?)", path);
	snprintf(want[7], 512, "%s:8:31: unknown attribute \"flash\" "
	    "(expected bold, dim, underline, reverse or italic)", path);
	for (i = 0; i < 8; i++)
		assert_string_equal(pt_diag_get(&d, i), want[i]);
	snprintf(want[0], 512, "%s:9:12: color slot \"overdue\" must be a map "
	    "like { fg: white, bg: blue, attrs: [bold] }", path);
	assert_string_equal(pt_diag_get(&d, 8), want[0]);
	snprintf(want[0], 512, "%s:10:19: fg must be one color, not a list",
	    path);
	assert_string_equal(pt_diag_get(&d, 9), want[0]);
	snprintf(want[0], 512, "%s:11:17: unknown color \"color256\" "
	    "(expected a color name, \"default\", color0 to color255 or "
	    "\"#rrggbb\")", path);
	assert_string_equal(pt_diag_get(&d, 10), want[0]);
	assert_int_equal(pt_diag_count(&d), 11);

	/* What was right still took effect; what was wrong kept the
	 * inherited value. */
	assert_string_equal(theme_name(t), "dusk");
	assert_int_equal(theme_get(t, THEME_TITLE)->attrs, THEME_ATTR_BOLD);
	assert_int_equal(theme_get(t, THEME_TITLE)->fg.rgb, 0xffffff);
	assert_int_equal(theme_get(t, THEME_ERROR)->attrs, THEME_ATTR_BOLD);
	assert_int_equal(theme_get(t, THEME_ERROR)->fg.rgb, 0xff5f5f);
	assert_int_equal(theme_get(t, THEME_DIM)->fg.rgb, 0x5f5f5f);
	assert_int_equal(theme_get(t, THEME_DIM)->attrs, THEME_ATTR_DIM);
	theme_free(t);
	pt_diag_done(&d);
}

static void
test_unreadable_gives_default(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	const char *dirs[] = { tmpdir, NULL };
	char want[512], path[256];
	struct theme *t;

	(void)state;
	assert_int_equal(theme_load_file("/nonexistent/dusk.yaml", dirs, &t,
	    &d), PT_ENOENT);
	assert_non_null(t);
	assert_string_equal(theme_name(t), "default");
	assert_int_equal(theme_get(t, THEME_TITLE)->bg.rgb, 0x005f87);
	assert_string_equal(pt_diag_get(&d, 0), "/nonexistent/dusk.yaml: "
	    "cannot open: No such file or directory");
	theme_free(t);
	pt_diag_done(&d);

	write_theme("broken", "colors:\n  title: { fg: red\n");
	snprintf(path, sizeof path, "%s/broken.yaml", tmpdir);
	assert_int_equal(theme_check_file(path, &d), PT_EINVAL);
	snprintf(want, sizeof want, "%s:3:1: did not find expected ',' or "
	    "'}' (while parsing a flow mapping at 2:10)", path);
	assert_string_equal(pt_diag_get(&d, 0), want);
	assert_int_equal(pt_diag_count(&d), 1);
	pt_diag_done(&d);

	write_theme("alias", "colors:\n  title: &t { fg: red }\n  error: *t\n");
	snprintf(path, sizeof path, "%s/alias.yaml", tmpdir);
	assert_int_equal(theme_check_file(path, &d), PT_EINVAL);
	snprintf(want, sizeof want, "%s:2:10: anchors (&name) are not "
	    "allowed", path);
	assert_string_equal(pt_diag_get(&d, 0), want);
	pt_diag_done(&d);
}

static void
test_load_name(void **state)
{
	struct pt_diag d = PT_DIAG_INIT;
	char dir[512];
	const char *dirs[3];
	struct theme *t;

	(void)state;
	snprintf(dir, sizeof dir, "%s/themes", srcdir());
	/* Not in any directory: "default" is still there, built in. */
	dirs[0] = "/nonexistent";
	dirs[1] = NULL;
	assert_int_equal(theme_load_name("default", dirs, &t, &d), 0);
	assert_null(theme_path(t));
	theme_free(t);
	assert_int_equal(theme_load_name("light", dirs, &t, &d), PT_ENOENT);
	assert_string_equal(theme_name(t), "default");
	theme_free(t);
	assert_string_equal(pt_diag_get(&d, 0), "theme \"light\" not found "
	    "(looked in /nonexistent)");
	dirs[0] = tmpdir;
	dirs[1] = dir;
	dirs[2] = NULL;
	assert_int_equal(theme_load_name("lihgt", dirs, &t, &d), PT_ENOENT);
	theme_free(t);
	assert_string_equal(pt_diag_get(&d, 1), "theme \"lihgt\" not found "
	    "(did you mean \"light\"?)");
	assert_int_equal(theme_load_name("../light", dirs, &t, &d),
	    PT_ENOENT);
	theme_free(t);
	assert_string_equal(pt_diag_get(&d, 2), "theme name \"../light\" must "
	    "be letters, digits, '-' and '_', like \"dusk\"");
	assert_int_equal(pt_diag_count(&d), 3);
	pt_diag_done(&d);
}

static void
test_theme_list(void **state)
{
	struct theme_entry *list;
	char dir[512], path[600];
	const char *dirs[3];
	size_t n;

	(void)state;
	snprintf(dir, sizeof dir, "%s/themes", srcdir());
	write_theme("zeta", "name: zeta\n");
	write_theme("light", "inherits: light\n");
	write_theme("bad name", "{}\n");
	dirs[0] = tmpdir;
	dirs[1] = dir;
	dirs[2] = NULL;
	n = theme_list(dirs, &list);
	assert_int_equal(n, 6);
	assert_string_equal(list[0].name, "default");
	snprintf(path, sizeof path, "%s/default.yaml", dir);
	assert_string_equal(list[0].path, path);
	assert_string_equal(list[1].name, "high-contrast");
	assert_string_equal(list[2].name, "light");
	snprintf(path, sizeof path, "%s/light.yaml", tmpdir);
	assert_string_equal(list[2].path, path);
	assert_string_equal(list[3].name, "mono");
	assert_string_equal(list[4].name, "newsprint");
	assert_string_equal(list[5].name, "zeta");
	theme_list_free(list, n);

	dirs[0] = "/nonexistent";
	dirs[1] = NULL;
	n = theme_list(dirs, &list);
	assert_int_equal(n, 1);
	assert_string_equal(list[0].name, "default");
	assert_null(list[0].path);
	theme_list_free(list, n);
}

static void
test_search_dirs(void **state)
{
	char **dirs;

	(void)state;
	unsetenv("PRESSTIME_DATADIR");
	setenv("PRESSTIME_THEMES_DIR", "/src/themes", 1);
	setenv("XDG_CONFIG_HOME", "/xdg", 1);
	dirs = theme_search_dirs();
	assert_string_equal(dirs[0], "/src/themes");
	assert_string_equal(dirs[1], "/xdg/presstime/themes");
	assert_string_equal(dirs[2], PT_DATADIR "/themes");
	assert_null(dirs[3]);
	theme_search_dirs_free(dirs);
	unsetenv("PRESSTIME_THEMES_DIR");
	setenv("XDG_CONFIG_HOME", "relative/ignored", 1);
	setenv("HOME", "/home/ed", 1);
	dirs = theme_search_dirs();
	assert_string_equal(dirs[0], "/home/ed/.config/presstime/themes");
	assert_string_equal(dirs[1], PT_DATADIR "/themes");
	assert_null(dirs[2]);
	theme_search_dirs_free(dirs);
	/* An uninstalled build (tests, the quick start) names the source
	 * tree at run time: no build path is compiled in. */
	setenv("PRESSTIME_DATADIR", "/src/tree", 1);
	dirs = theme_search_dirs();
	assert_string_equal(dirs[1], "/src/tree/themes");
	assert_null(dirs[2]);
	theme_search_dirs_free(dirs);
	unsetenv("PRESSTIME_DATADIR");
	unsetenv("XDG_CONFIG_HOME");
}

static void
test_color_parse(void **state)
{
	static const char *const bad[] = { "", "Red", "color", "color256",
		"color007", "color-1", "#12345", "#1234567", "#gg0000",
		"ff0000", "default ", NULL };
	struct theme_color c;
	size_t i;

	(void)state;
	assert_int_equal(theme_color_parse("default", &c), 0);
	assert_int_equal(c.kind, THEME_COLOR_DEFAULT);
	assert_int_equal(theme_color_parse("magenta", &c), 0);
	assert_int_equal(c.kind, THEME_COLOR_INDEXED);
	assert_int_equal(c.index, 5);
	assert_int_equal(theme_color_parse("brightwhite", &c), 0);
	assert_int_equal(c.index, 15);
	assert_int_equal(theme_color_parse("color0", &c), 0);
	assert_int_equal(c.index, 0);
	assert_int_equal(theme_color_parse("color255", &c), 0);
	assert_int_equal(c.index, 255);
	assert_int_equal(theme_color_parse("#Ff5F00", &c), 0);
	assert_int_equal(c.kind, THEME_COLOR_RGB);
	assert_int_equal(c.rgb, 0xff5f00);
	for (i = 0; bad[i] != NULL; i++)
		assert_int_equal(theme_color_parse(bad[i], &c), PT_EINVAL);
	assert_string_equal(theme_color_suggest("bleu"), "blue");
	assert_string_equal(theme_color_suggest("yelow"), "yellow");
	assert_null(theme_color_suggest("tael"));
}

static int
resolve(const char *text, int ncolors)
{
	struct theme_color c;

	assert_int_equal(theme_color_parse(text, &c), 0);
	return theme_color_resolve(&c, ncolors);
}

static void
test_color_resolve(void **state)
{
	(void)state;
	/* default is the terminal's own, everywhere. */
	assert_int_equal(resolve("default", 256), -1);
	assert_int_equal(resolve("default", 8), -1);
	/* Without 8 colors there is nothing to choose. */
	assert_int_equal(resolve("red", 2), -1);
	assert_int_equal(resolve("#ff0000", 0), -1);

	/* Indices the terminal has are kept. */
	assert_int_equal(resolve("red", 8), 1);
	assert_int_equal(resolve("color123", 256), 123);
	assert_int_equal(resolve("brightred", 16), 9);
	/* ...others go to the nearest it has. */
	assert_int_equal(resolve("brightred", 8), 1);
	assert_int_equal(resolve("color196", 8), 1);
	assert_int_equal(resolve("color196", 16), 9);
	assert_int_equal(resolve("color231", 16), 15);
	assert_int_equal(resolve("color196", 88), 64);

	/* rgb on 256 colors: the cube and the grey ramp, never 0-15. */
	assert_int_equal(resolve("#ff0000", 256), 196);
	assert_int_equal(resolve("#000000", 256), 16);
	assert_int_equal(resolve("#ffffff", 256), 231);
	assert_int_equal(resolve("#5f87af", 256), 67);
	assert_int_equal(resolve("#808080", 256), 244);
	assert_int_equal(resolve("#303030", 256), 236);
	assert_int_equal(resolve("#ff5f5e", 256), 203);
	assert_int_equal(resolve("#005f87", 16777216), 24);
	/* 88 colors: a 4x4x4 cube and eight greys. */
	assert_int_equal(resolve("#ff0000", 88), 64);
	assert_int_equal(resolve("#737373", 88), 82);
	assert_int_equal(resolve("#ffffff", 88), 79);
	/* 16 and 8 colors: the basic ones. */
	assert_int_equal(resolve("#ff0000", 16), 9);
	assert_int_equal(resolve("#ff5f5f", 8), 1);
	assert_int_equal(resolve("#ff8700", 8), 3);
	assert_int_equal(resolve("#303030", 8), 0);
	assert_int_equal(resolve("#d0d0d0", 8), 7);
	assert_int_equal(resolve("#5fafff", 8), 6);
	assert_int_equal(resolve("#00d700", 8), 2);
	assert_int_equal(resolve("#005f87", 8), 6);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slot_table),
		cmocka_unit_test(test_default_sets_every_slot),
		cmocka_unit_test(test_shipped_themes_clean),
		cmocka_unit_test_setup_teardown(test_inheritance, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_inherit_loop_and_missing,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_all_problems_collected,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_gives_default,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_name, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_theme_list, setup,
		    teardown),
		cmocka_unit_test(test_search_dirs),
		cmocka_unit_test(test_color_parse),
		cmocka_unit_test(test_color_resolve),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
