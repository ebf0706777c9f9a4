/* The user's config.yaml: database, theme, close-of-business hour, refresh
 * rate, default limit and sort, queue columns and key bindings. A bad
 * setting never stops the program: it keeps its default and the problem
 * goes to a struct pt_diag as "file:line:col: message". */
#ifndef PRESSTIME_CONFIG_H
#define PRESSTIME_CONFIG_H

#include <stddef.h>

#include "presstime/diag.h"
#include "presstime/story.h"

/* Queue columns, in the default order. */
enum config_column {
	CONFIG_COL_PRIO, CONFIG_COL_SLUG, CONFIG_COL_HEADLINE,
	CONFIG_COL_BUDGET, CONFIG_COL_STATUS, CONFIG_COL_DESK,
	CONFIG_COL_EDITOR, CONFIG_COL_DUE, CONFIG_COL_RFC, CONFIG_COL_UPDATED,
	CONFIG_COL_HERE, CONFIG_COL_TAG,
	CONFIG_NCOLUMNS
};

/* A row of a name table (settings, columns, sorts, key views). */
struct config_name {
	const char *name;
	const char *help;  /* one line */
};

/* One `keys:` entry, kept as written: the TUI knows the actions and key
 * names, so it validates them and reports through config_diag with the
 * stored places. */
struct config_binding {
	char *view;     /* "global", "queue" or "story" */
	char *key;      /* "j", "<C-d>" */
	char *action;   /* "down", "page-down" */
	int key_line, key_col;        /* where the key was written */
	int action_line, action_col;  /* where the action was written */
};

/* One saved view (`views:`): a named limit and sort the queue switches
 * to with `v` or `:view NAME`. */
struct config_view {
	char *name;
	char *limit;          /* filter text; NULL: none (live work) */
	enum story_sort sort;
	int has_sort;         /* 0: the config's default_sort */
	int line, col;        /* where the view was named */
};

struct config {
	char *path;           /* the file looked at; NULL if none could be named */
	int loaded;           /* the file existed and was read */
	char *database;       /* ~ expanded; NULL: $PRESSTIME_DB or the default */
	char *theme;          /* never NULL: "default" */
	int theme_line, theme_col;  /* where theme was set, 0 if not */
	int cob_hour;         /* close of business, 0-23; 17 */
	int refresh_ms;       /* idle poll, 100-10000; 500 */
	char *default_limit;  /* a filter to start with, or NULL */
	int limit_line, limit_col;  /* where default_limit was set, 0 if not */
	enum story_sort default_sort;     /* SORT_URGENCY */
	enum config_column columns[CONFIG_NCOLUMNS];
	size_t ncolumns;      /* all of them, in enum order, by default */
	struct config_binding *keys;  /* in file order */
	size_t nkeys;
	int alert_bell;       /* alerts: { bell: true } rings on an alert; 0 */
	/* notify_command: the program and its first arguments (the event's
	 * follow), NULL-terminated; NULL when none. A string that needs a
	 * shell (quotes, $, |, ...) is /bin/sh -c STRING presstime, so the
	 * event is "$1" ... "$4" there. */
	char **notify_argv;
	int notify_shell;     /* notify_argv runs the string through sh */
	struct config_view *views;    /* in file order; none: the built-in
	                               * live, one per desk, all */
	size_t nviews;
};

/* The settings, columns, sorts and key views, for help and completion.
 * Static storage. */
const struct config_name *config_settings(size_t *n);
const struct config_name *config_columns(size_t *n);
const struct config_name *config_sorts(size_t *n);
const struct config_name *config_views(size_t *n);

/* Fills cfg with the defaults. Pair with config_done. */
void config_init(struct config *cfg);
void config_done(struct config *cfg);

/* $XDG_CONFIG_HOME/presstime (when absolute), else ~/.config/presstime:
 * where config.yaml and themes/ live. malloc'ed; NULL if no home. */
char *config_dir(void);
/* $PRESSTIME_CONFIG, else $XDG_CONFIG_HOME/presstime/config.yaml, else
 * ~/.config/presstime/config.yaml. malloc'ed; NULL if no home is known. */
char *config_default_path(void);

/* The system-wide config files, read before the user's, least important
 * first: $(sysconfdir)/presstime/config.yaml, then DIR/presstime/
 * config.yaml for each DIR of $XDG_CONFIG_DIRS (default /etc/xdg), last
 * listed first. NULL-terminated; free each and the vector. */
char **config_system_paths(void);

/* Reads path into cfg, which need not be initialised; config_done it
 * afterwards whatever the result. path NULL: the system files
 * (config_system_paths) then the user's (config_default_path), each
 * setting a later file has overriding an earlier one, so an
 * administrator names the shared database once and a user may still
 * choose a theme; with $PRESSTIME_CONFIG set, only that file. cfg->path
 * is the last file read (else the user's). A missing file is the
 * defaults and no error. Every problem is added to diags and leaves
 * that setting as it was. Returns 0 when nothing was reported, else a
 * negative PT_E* code. */
int config_load(const char *path, struct config *cfg, struct pt_diag *diags);

/* Adds "cfg->path:line:col: message" to diags: for problems found later
 * in values kept raw (key bindings, the default limit, the theme name). */
void config_diag(const struct config *cfg, int line, int col,
    struct pt_diag *diags, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* The same at binding i's action ("unknown action \"dwon\""). */
void config_key_error(const struct config *cfg, size_t i,
    struct pt_diag *diags, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* config_views.c: reads `views:` (a map of name to { limit, sort },
 * node a struct ydoc_node) from file into cfg, replacing any views read
 * before; each problem goes to diags as file:line:col. Returns how many
 * problems. */
int config_views_parse(struct config *cfg, const char *file,
    const void *node, struct pt_diag *diags);
void config_views_free(struct config *cfg);

/* The name of a column or sort, for `config check` and headings. */
const char *config_column_name(enum config_column col);

#endif
