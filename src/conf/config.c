/* The user's config.yaml, read through a table of settings. Each setting
 * either takes its value or keeps its default and says why; nothing here
 * stops the program. */
#include "config.h"

#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "presstime/config.h"
#include "presstime/paths.h"
#include "presstime/str.h"
#include "presstime/theme.h"
#include "presstime/ydoc.h"
#include "config_int.h"

/* One read of one file. */
struct config_read {
	struct config *cfg;
	const char *file;
	struct pt_diag *diags;
	int problems;
};

enum {
	SET_DATABASE, SET_THEME, SET_COB_HOUR, SET_REFRESH_MS,
	SET_DEFAULT_LIMIT, SET_DEFAULT_SORT, SET_COLUMNS, SET_KEYS,
	SET_ALERTS, SET_NOTIFY_COMMAND, SET_VIEWS,
	NSETTINGS
};

static const struct config_name setting_names[NSETTINGS] = {
	[SET_DATABASE] = { "database",
	    "the newsroom database file (~ is your home)" },
	[SET_THEME] = { "theme", "a theme name, like default or light" },
	[SET_COB_HOUR] = { "cob_hour",
	    "the hour \"cob\" means, 0-23 (17)" },
	[SET_REFRESH_MS] = { "refresh_ms",
	    "how often an idle screen looks for others' changes, "
	    "100-10000 ms (500)" },
	[SET_DEFAULT_LIMIT] = { "default_limit",
	    "a filter the queue starts with, like \"desk:metro\"" },
	[SET_DEFAULT_SORT] = { "default_sort",
	    "the queue's first sort: urgency, due, priority, updated, "
	    "status, slug or needs" },
	[SET_COLUMNS] = { "columns", "queue columns, in order" },
	[SET_KEYS] = { "keys",
	    "key bindings by view: keys: { queue: { j: down } }" },
	[SET_ALERTS] = { "alerts",
	    "what an alert does besides the message: alerts: { bell: true }" },
	[SET_NOTIFY_COMMAND] = { "notify_command",
	    "a command run once per alert (the event as arguments and JSON "
	    "on stdin)" },
	[SET_VIEWS] = { "views",
	    "saved views: views: { metro: { limit: \"desk:metro\", "
	    "sort: due } }" },
};

static const struct config_name column_names[CONFIG_NCOLUMNS] = {
	[CONFIG_COL_PRIO] = { "prio", "priority marker" },
	[CONFIG_COL_SLUG] = { "slug", "the story's slug" },
	[CONFIG_COL_HEADLINE] = { "headline", "the headline, cut to fit" },
	[CONFIG_COL_BUDGET] = { "budget", "the budget line, on wide "
	    "screens (what the headline leaves past 70 columns)" },
	[CONFIG_COL_STATUS] = { "status", "workflow status" },
	[CONFIG_COL_DESK] = { "desk", "the desk (section queue)" },
	[CONFIG_COL_EDITOR] = { "editor", "assigned editor" },
	[CONFIG_COL_DUE] = { "due", "deadline countdown" },
	[CONFIG_COL_RFC] = { "rfc", "open requests for comment (2/4)" },
	[CONFIG_COL_UPDATED] = { "updated", "age of the last update" },
	[CONFIG_COL_HERE] = { "here", "@ when someone else has it open" },
	[CONFIG_COL_TAG] = { "tag", "* when tagged" },
};

/* The sorts are the model's table (story.h), seen as a name table. */
#define AS_SORT(id, name, help) { name, help },
static const struct config_name sort_names[] = { STORY_SORTS(AS_SORT) };
#define NSORTS (sizeof sort_names / sizeof sort_names[0])

static const struct config_name view_names[] = {
	{ "global", "keys that work on every screen" },
	{ "queue", "the queue (news budget)" },
	{ "story", "a story and its tabs" },
};
#define NVIEWS (sizeof view_names / sizeof view_names[0])

const struct config_name *
config_settings(size_t *n)
{
	*n = NSETTINGS;
	return setting_names;
}

const struct config_name *
config_columns(size_t *n)
{
	*n = CONFIG_NCOLUMNS;
	return column_names;
}

const struct config_name *
config_sorts(size_t *n)
{
	*n = NSORTS;
	return sort_names;
}

const struct config_name *
config_views(size_t *n)
{
	*n = NVIEWS;
	return view_names;
}

const char *
config_column_name(enum config_column col)
{
	return (int)col >= 0 && col < CONFIG_NCOLUMNS ?
	    column_names[col].name : "?";
}

void
config_init(struct config *cfg)
{
	size_t i;

	memset(cfg, 0, sizeof *cfg);
	cfg->theme = pt_xstrdup("default");
	cfg->cob_hour = 17;
	cfg->refresh_ms = 500;
	cfg->default_sort = SORT_URGENCY;
	for (i = 0; i < CONFIG_NCOLUMNS; i++)
		cfg->columns[i] = (enum config_column)i;
	cfg->ncolumns = CONFIG_NCOLUMNS;
}

void
config_done(struct config *cfg)
{
	size_t i;

	free(cfg->path);
	free(cfg->database);
	free(cfg->theme);
	free(cfg->default_limit);
	for (i = 0; i < cfg->nkeys; i++) {
		free(cfg->keys[i].view);
		free(cfg->keys[i].key);
		free(cfg->keys[i].action);
	}
	free(cfg->keys);
	config_notify_free(cfg);
	config_views_free(cfg);
	memset(cfg, 0, sizeof *cfg);
}

static const char *
home_dir(void)
{
	const char *home = getenv("HOME");
	struct passwd *pw;

	if ((home == NULL || home[0] == '\0') &&
	    (pw = getpwuid(getuid())) != NULL)
		home = pw->pw_dir;
	return home != NULL && home[0] != '\0' ? home : NULL;
}

char *
config_dir(void)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *home;
	struct pt_str s = PT_STR_INIT;

	/* The XDG spec says to ignore a relative XDG_CONFIG_HOME. */
	if (x != NULL && x[0] == '/')
		pt_str_addf(&s, "%s/presstime", x);
	else if ((home = home_dir()) != NULL)
		pt_str_addf(&s, "%s/.config/presstime", home);
	else
		return NULL;
	return pt_str_steal(&s);
}

char *
config_default_path(void)
{
	const char *env = getenv("PRESSTIME_CONFIG");
	struct pt_str s = PT_STR_INIT;
	char *dir;

	if (env != NULL && env[0] != '\0')
		return pt_xstrdup(env);
	if ((dir = config_dir()) == NULL)
		return NULL;
	pt_str_addf(&s, "%s/config.yaml", dir);
	free(dir);
	return pt_str_steal(&s);
}

static void
vdiag(const char *file, int line, int col, struct pt_diag *diags,
    const char *fmt, va_list ap)
{
	char msg[768];

	vsnprintf(msg, sizeof msg, fmt, ap);
	pt_diag_addat(diags, file, line, col, "%s", msg);
}

void
config_diag(const struct config *cfg, int line, int col,
    struct pt_diag *diags, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(cfg->path ? cfg->path : "config.yaml", line, col, diags, fmt,
	    ap);
	va_end(ap);
}

void
config_key_error(const struct config *cfg, size_t i, struct pt_diag *diags,
    const char *fmt, ...)
{
	va_list ap;

	if (i >= cfg->nkeys)
		return;
	va_start(ap, fmt);
	vdiag(cfg->path ? cfg->path : "config.yaml", cfg->keys[i].action_line,
	    cfg->keys[i].action_col, diags, fmt, ap);
	va_end(ap);
}

static void
problem(struct config_read *r, const struct ydoc_node *at, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));

static void
problem(struct config_read *r, const struct ydoc_node *at, const char *fmt,
    ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(r->file, at->line, at->col, r->diags, fmt, ap);
	va_end(ap);
	r->problems++;
}

static const char *
kind_name(const struct ydoc_node *v)
{
	return v->kind == YDOC_MAP ? "a map" : "a list";
}

/* " (did you mean \"x\"?)" against a name table, or fallback. */
static const char *
suggest(char *buf, size_t size, const char *word,
    const struct config_name *names, size_t n, const char *fallback)
{
	struct pt_diag_suggest s;
	size_t i;

	pt_diag_suggest_init(&s, word);
	for (i = 0; i < n; i++)
		pt_diag_suggest_try(&s, names[i].name);
	if (pt_diag_suggest_best(&s) == NULL)
		return fallback;
	snprintf(buf, size, " (did you mean \"%s\"?)",
	    pt_diag_suggest_best(&s));
	return buf;
}

/* The value of setting `what` as text, or NULL after a diag. */
static const char *
want_text(struct config_read *r, const char *what, const struct ydoc_node *v)
{
	if (v->kind == YDOC_SCALAR)
		return v->text;
	problem(r, v, "%s must be text, not %s", what, kind_name(v));
	return NULL;
}

static void
set_int(struct config_read *r, const char *what, const struct ydoc_node *v,
    int lo, int hi, int *out)
{
	const char *text = want_text(r, what, v);
	char *end;
	long n;

	if (text == NULL)
		return;
	n = strtol(text, &end, 10);
	if (text[0] == '\0' || strspn(text, "0123456789") != strlen(text) ||
	    *end != '\0')
		problem(r, v, "%s \"%s\" is not a whole number (expected "
		    "%d to %d)", what, text, lo, hi);
	else if (n < lo || n > hi)
		problem(r, v, "%s %s is out of range (expected %d to %d)",
		    what, text, lo, hi);
	else
		*out = (int)n;
}

static void
set_database(struct config_read *r, const struct ydoc_node *v)
{
	const char *text = want_text(r, "database", v), *home;
	struct pt_str s = PT_STR_INIT;

	if (text == NULL)
		return;
	if (text[0] == '\0') {
		problem(r, v, "database is empty (expected a file path, like "
		    "\"~/newsroom.db\")");
		return;
	}
	if (text[0] == '~' && text[1] != '\0' && text[1] != '/') {
		problem(r, v, "database \"%s\": only ~/ is expanded, not "
		    "~user/", text);
		return;
	}
	if (text[0] == '~') {
		if ((home = home_dir()) == NULL) {
			problem(r, v, "database \"%s\": no home directory to "
			    "expand ~", text);
			return;
		}
		pt_str_add(&s, home);
		pt_str_add(&s, text + 1);
	} else
		pt_str_add(&s, text);
	free(r->cfg->database);
	r->cfg->database = pt_str_steal(&s);
}

static void
set_theme(struct config_read *r, const struct ydoc_node *v)
{
	const char *text = want_text(r, "theme", v);

	if (text == NULL)
		return;
	if (!theme_name_valid(text)) {
		problem(r, v, "theme \"%s\" is not a theme name (letters, "
		    "digits, '-' and '_', like \"light\")", text);
		return;
	}
	free(r->cfg->theme);
	r->cfg->theme = pt_xstrdup(text);
	r->cfg->theme_line = v->line;
	r->cfg->theme_col = v->col;
}

static void
set_cob_hour(struct config_read *r, const struct ydoc_node *v)
{
	set_int(r, "cob_hour", v, 0, 23, &r->cfg->cob_hour);
}

static void
set_refresh_ms(struct config_read *r, const struct ydoc_node *v)
{
	set_int(r, "refresh_ms", v, 100, 10000, &r->cfg->refresh_ms);
}

static void
set_default_limit(struct config_read *r, const struct ydoc_node *v)
{
	const char *text = want_text(r, "default_limit", v);

	if (text == NULL)
		return;
	free(r->cfg->default_limit);
	/* Empty means no limit, as at the `l` prompt. */
	r->cfg->default_limit = text[0] ? pt_xstrdup(text) : NULL;
	r->cfg->limit_line = v->line;
	r->cfg->limit_col = v->col;
}

static void
set_default_sort(struct config_read *r, const struct ydoc_node *v)
{
	const char *text = want_text(r, "default_sort", v);
	char buf[96];
	size_t i;

	if (text == NULL)
		return;
	for (i = 0; i < NSORTS; i++) {
		if (strcmp(text, sort_names[i].name) == 0) {
			r->cfg->default_sort = (enum story_sort)i;
			return;
		}
	}
	problem(r, v, "unknown sort \"%s\"%s", text, suggest(buf, sizeof buf,
	    text, sort_names, NSORTS, " (expected urgency, due, priority, "
	    "updated, status, slug or needs)"));
}

/* All or nothing: a list with a typo would silently hide a column. */
static void
set_columns(struct config_read *r, const struct ydoc_node *v)
{
	enum config_column cols[CONFIG_NCOLUMNS];
	const struct ydoc_node *item;
	int seen[CONFIG_NCOLUMNS] = { 0 }, bad = 0;
	size_t i, c, n = 0;
	char buf[96];

	if (v->kind != YDOC_SEQ) {
		problem(r, v, "columns must be a list like [prio, slug, "
		    "headline, status, due]");
		return;
	}
	for (i = 0; i < v->n; i++) {
		item = v->items[i];
		if (item->kind != YDOC_SCALAR) {
			problem(r, item, "a column must be a name, not %s",
			    kind_name(item));
			bad = 1;
			continue;
		}
		for (c = 0; c < CONFIG_NCOLUMNS; c++)
			if (strcmp(item->text, column_names[c].name) == 0)
				break;
		if (c == CONFIG_NCOLUMNS) {
			problem(r, item, "unknown column \"%s\"%s", item->text,
			    suggest(buf, sizeof buf, item->text, column_names,
			    CONFIG_NCOLUMNS, " (expected prio, slug, headline, "
			    "budget, status, desk, editor, due, rfc, updated, "
			    "here or tag)"));
			bad = 1;
		} else if (seen[c]) {
			problem(r, item, "column \"%s\" is listed twice",
			    item->text);
			bad = 1;
		} else {
			seen[c] = 1;
			cols[n++] = (enum config_column)c;
		}
	}
	if (!bad && n == 0) {
		problem(r, v, "columns is empty (expected at least one "
		    "column)");
		bad = 1;
	}
	if (bad)
		return;
	memcpy(r->cfg->columns, cols, n * sizeof cols[0]);
	r->cfg->ncolumns = n;
}

static void
add_binding(struct config *cfg, const char *view, const struct ydoc_node *k,
    const struct ydoc_node *a)
{
	struct config_binding *b;

	cfg->keys = pt_xrealloc(cfg->keys, (cfg->nkeys + 1) * sizeof *b);
	b = &cfg->keys[cfg->nkeys++];
	b->view = pt_xstrdup(view);
	b->key = pt_xstrdup(k->text);
	b->action = pt_xstrdup(a->text);
	b->key_line = k->line;
	b->key_col = k->col;
	b->action_line = a->line;
	b->action_col = a->col;
}

static void
set_keys(struct config_read *r, const struct ydoc_node *v)
{
	const struct ydoc_node *view, *map, *k, *a;
	size_t i, j, w;
	char buf[96];

	if (v->kind != YDOC_MAP) {
		problem(r, v, "keys must be a map of views, like keys: "
		    "{ queue: { j: down } }");
		return;
	}
	for (i = 0; i < v->n; i++) {
		view = v->items[2 * i];
		map = v->items[2 * i + 1];
		for (w = 0; w < NVIEWS; w++)
			if (strcmp(view->text, view_names[w].name) == 0)
				break;
		if (w == NVIEWS) {
			problem(r, view, "unknown view \"%s\"%s", view->text,
			    suggest(buf, sizeof buf, view->text, view_names,
			    NVIEWS, " (expected global, queue or story)"));
			continue;
		}
		if (map->kind != YDOC_MAP) {
			problem(r, map, "keys for %s must be a map of key to "
			    "action, like { j: down }", view->text);
			continue;
		}
		for (j = 0; j < map->n; j++) {
			k = map->items[2 * j];
			a = map->items[2 * j + 1];
			if (k->text[0] == '\0')
				problem(r, k, "a key name is empty");
			else if (a->kind != YDOC_SCALAR)
				problem(r, a, "the action for key \"%s\" must "
				    "be a name, not %s", k->text, kind_name(a));
			else if (a->text[0] == '\0')
				problem(r, a, "the action for key \"%s\" is "
				    "empty", k->text);
			else
				add_binding(r->cfg, view->text, k, a);
		}
	}
}

static void
set_alerts(struct config_read *r, const struct ydoc_node *v)
{
	r->problems += config_read_alerts(r->file, r->diags, v, r->cfg);
}

static void
set_notify_command(struct config_read *r, const struct ydoc_node *v)
{
	r->problems += config_read_notify(r->file, r->diags, v, r->cfg);
}

static void
set_views(struct config_read *r, const struct ydoc_node *v)
{
	r->problems += config_views_parse(r->cfg, r->file, v, r->diags);
}

static void (*const setting_fns[NSETTINGS])(struct config_read *,
    const struct ydoc_node *) = {
	[SET_DATABASE] = set_database,
	[SET_THEME] = set_theme,
	[SET_COB_HOUR] = set_cob_hour,
	[SET_REFRESH_MS] = set_refresh_ms,
	[SET_DEFAULT_LIMIT] = set_default_limit,
	[SET_DEFAULT_SORT] = set_default_sort,
	[SET_COLUMNS] = set_columns,
	[SET_KEYS] = set_keys,
	[SET_ALERTS] = set_alerts,
	[SET_NOTIFY_COMMAND] = set_notify_command,
	[SET_VIEWS] = set_views,
};

/* Reads one file over what cfg holds: each setting it has replaces the
 * one before. A missing file is no error. */
static int
config_read_file(const char *path, struct config *cfg, struct pt_diag *diags)
{
	struct config_read r;
	struct ydoc_node *root;
	const struct ydoc_node *k;
	struct pt_err err;
	char buf[96];
	size_t i, s;
	int rc;

	rc = ydoc_load_file(path, &ydoc_conf_limits, &root, &err);
	if (rc == PT_ENOENT)
		return 0;
	if (rc != 0) {
		pt_diag_add_err(diags, &err);
		return rc;
	}
	/* Later problems (keys, theme, limit) are reported against the
	 * last file read: the one whose settings won. */
	free(cfg->path);
	cfg->path = pt_xstrdup(path);
	cfg->loaded = 1;
	memset(&r, 0, sizeof r);
	r.cfg = cfg;
	r.file = path;
	r.diags = diags;
	if (root->kind != YDOC_MAP)
		problem(&r, root, "config must be a map of settings, like "
		    "theme: light");
	for (i = 0; root->kind == YDOC_MAP && i < root->n; i++) {
		k = root->items[2 * i];
		for (s = 0; s < NSETTINGS; s++)
			if (strcmp(k->text, setting_names[s].name) == 0)
				break;
		if (s < NSETTINGS)
			setting_fns[s](&r, root->items[2 * i + 1]);
		else
			problem(&r, k, "unknown setting \"%s\"%s", k->text,
			    suggest(buf, sizeof buf, k->text, setting_names,
			    NSETTINGS, ""));
	}
	ydoc_free(root);
	return r.problems ? PT_EINVAL : 0;
}

char **
config_system_paths(void)
{
	const char *x = getenv("XDG_CONFIG_DIRS");
	char **v = pt_xcalloc(2, sizeof *v);
	struct pt_str s = PT_STR_INIT;
	size_t n = 0, cap = 2;
	const char *p, *e;

	/* The administrator's file first, then $XDG_CONFIG_DIRS from the
	 * least important (the last) to the most (the first), so each one
	 * read overrides the ones before; a relative entry is ignored, as
	 * the XDG spec says. */
	pt_str_addf(&s, "%s/presstime/config.yaml", pt_sysconf_dir());
	v[n++] = pt_str_steal(&s);
	if (x == NULL || x[0] == '\0')
		x = "/etc/xdg";
	for (e = x + strlen(x); e > x; e = p) {
		const char *start;

		p = e;
		while (p > x && p[-1] != ':')
			p--;
		start = p;
		if (p > x)
			p--;  /* past the ':' */
		if (e > start && start[0] == '/') {
			pt_str_addn(&s, start, (size_t)(e - start));
			pt_str_add(&s, "/presstime/config.yaml");
			if (strcmp(pt_str_cstr(&s), v[0]) == 0) {
				pt_str_clear(&s);
				continue;
			}
			if (n + 1 >= cap) {
				cap *= 2;
				v = pt_xrealloc(v, cap * sizeof *v);
			}
			v[n++] = pt_str_steal(&s);
		}
	}
	v[n] = NULL;
	pt_str_done(&s);
	return v;
}

int
config_load(const char *path, struct config *cfg, struct pt_diag *diags)
{
	char **sys, *user;
	int rc = 0, rc1;

	config_init(cfg);
	/* A file named by the caller or $PRESSTIME_CONFIG stands alone. */
	if (path != NULL ||
	    (getenv("PRESSTIME_CONFIG") != NULL &&
	    getenv("PRESSTIME_CONFIG")[0] != '\0')) {
		user = path != NULL ? pt_xstrdup(path) : config_default_path();
		rc = config_read_file(user, cfg, diags);
		if (cfg->path == NULL)
			cfg->path = user;
		else
			free(user);
		return rc;
	}
	sys = config_system_paths();
	for (size_t i = 0; sys[i] != NULL; i++) {
		if ((rc1 = config_read_file(sys[i], cfg, diags)) < 0 && rc == 0)
			rc = rc1;
		free(sys[i]);
	}
	free(sys);
	if ((user = config_default_path()) == NULL)
		return rc;
	if ((rc1 = config_read_file(user, cfg, diags)) < 0 && rc == 0)
		rc = rc1;
	/* Nothing read: name the user's file (where settings would go). */
	if (cfg->path == NULL)
		cfg->path = user;
	else
		free(user);
	return rc;
}
