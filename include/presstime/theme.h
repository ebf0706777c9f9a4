/* Themes: a table of named color slots (the queue's status colors, the
 * title bar, the cursor...) filled from YAML theme files. This layer knows
 * nothing of curses: the TUI turns each struct theme_style into a color
 * pair with theme_color_resolve and the THEME_ATTR_* bits. */
#ifndef PRESSTIME_THEME_H
#define PRESSTIME_THEME_H

#include <stddef.h>

#include "presstime/diag.h"
#include "presstime/err.h"
#include "presstime/states.h"

/* themes/default.yaml, compiled in by the build (src/default_theme.c). */
extern const char pt_default_theme[];
extern const size_t pt_default_theme_len;

#define THEME_STATE_SLOT(id, name, help, moves, flags, attrs) \
	THEME_STATE_##id,
#define THEME_RFC_SLOT(id, name, help, moves, flags, attrs) THEME_RFC_##id,

/* The slots, in the order of the table theme_slots returns. */
enum theme_slot {
	THEME_NORMAL, THEME_TITLE, THEME_STATUS_BAR, THEME_MESSAGE,
	THEME_ERROR, THEME_PROMPT, THEME_HELP_KEY, THEME_DIM, THEME_CURSOR,
	THEME_TAGGED, THEME_HEADER, THEME_TAB, THEME_TAB_ACTIVE,
	THEME_PRIO_FLASH, THEME_PRIO_URGENT, THEME_PRIO_ROUTINE,
	THEME_PRIO_DEFERRED,
	THEME_OVERDUE, THEME_DUE_SOON, THEME_NEEDS_UPDATE,
	/* state_NAME, one per row of WORKFLOW_STATES, in its order */
	WORKFLOW_STATES(THEME_STATE_SLOT)
	THEME_KIND_EVENT, THEME_KIND_STATEMENT, THEME_KIND_DOCUMENT,
	THEME_KIND_NOTE, THEME_KIND_RFC, THEME_KIND_STATUS,
	THEME_KIND_CORRECTION,
	/* rfc_NAME, one per row of RFC_STATES */
	RFC_STATES(THEME_RFC_SLOT)
	THEME_NSLOTS
};

enum theme_color_kind {
	THEME_COLOR_DEFAULT,  /* "default" */
	THEME_COLOR_INDEXED,  /* a name or colorN: index 0-255 */
	THEME_COLOR_RGB       /* "#rrggbb" */
};

struct theme_color {
	int kind;      /* enum theme_color_kind */
	int index;     /* THEME_COLOR_INDEXED: 0-255 (xterm numbering) */
	unsigned rgb;  /* THEME_COLOR_RGB: 0xrrggbb */
};

enum {
	THEME_ATTR_BOLD = 1 << 0,
	THEME_ATTR_DIM = 1 << 1,
	THEME_ATTR_UNDERLINE = 1 << 2,
	THEME_ATTR_REVERSE = 1 << 3,
	THEME_ATTR_ITALIC = 1 << 4
};

struct theme_style {
	struct theme_color fg, bg;
	unsigned attrs;  /* THEME_ATTR_* */
};

/* One row of the slot table. The defaults are the last-resort look that
 * needs no color at all (a theme that inherits nothing starts from them);
 * the real palette is themes/default.yaml. */
struct theme_slot_def {
	const char *name;  /* as written in theme files: "state_editing" */
	const char *fg;    /* default fg and bg, as a theme file writes them */
	const char *bg;
	unsigned attrs;    /* default THEME_ATTR_* */
	const char *help;  /* one line for `presstime theme ls` and docs */
};

struct theme;

/* The slot table: THEME_NSLOTS rows in enum order. Static storage. */
const struct theme_slot_def *theme_slots(size_t *n);
/* The slot named name ("title", "state_held"), or -1. */
int theme_slot_find(const char *name);

/* The built-in default theme, parsed from pt_default_theme. NULL and err
 * filled only if the embedded file is broken (a build bug). Free with
 * theme_free. */
struct theme *theme_new_default(struct pt_err *err);

/* Loads a theme file, following `inherits:` by name through search_dirs
 * (NULL: theme_search_dirs()). Every problem (bad YAML, unknown slot,
 * color or attribute, inherits loop, missing parent) is added to diags as
 * "file:line:col: message" and the rest of the file still applies.
 * *out is always a usable theme to free with theme_free: if the file
 * cannot be read at all it is the built-in default. Returns 0 when
 * nothing was reported, else a negative PT_E* code. */
int theme_load_file(const char *path, const char *const *search_dirs,
    struct theme **out, struct pt_diag *diags);
/* The same for a theme named like "dusk": the first dusk.yaml in
 * search_dirs; "default" falls back to the built-in theme. An unknown or
 * malformed name gives PT_ENOENT, a diag and the built-in default. */
int theme_load_name(const char *name, const char *const *search_dirs,
    struct theme **out, struct pt_diag *diags);
/* `presstime theme check FILE`: loads and drops the theme; 0 when clean. */
int theme_check_file(const char *path, struct pt_diag *diags);
void theme_free(struct theme *t);

/* Nonzero when name can name a theme file: 1-64 letters, digits, '-' and
 * '_', not starting with '-'. */
int theme_name_valid(const char *name);

/* Borrowed; valid until theme_free. */
const char *theme_name(const struct theme *t);
/* The file the theme came from, or NULL for the built-in default. */
const char *theme_path(const struct theme *t);
/* The style of a slot (slot < THEME_NSLOTS). A fg or bg of "default" in
 * any slot but normal means normal's color, so a theme with a paper-white
 * background sets it once. Borrowed. */
const struct theme_style *theme_get(const struct theme *t,
    enum theme_slot slot);
/* The same by slot name; NULL for an unknown name. */
const struct theme_style *theme_find(const struct theme *t,
    const char *slot_name);

/* Parses "red", "default", "color123" or "#rrggbb" (also "brightred":
 * colors 8-15 by name). 0, or PT_EINVAL leaving *out untouched. */
int theme_color_parse(const char *text, struct theme_color *out);
/* The color name closest to a misspelt one ("bleu" gives "blue"), or
 * NULL. Static storage. */
const char *theme_color_suggest(const char *text);
/* The palette index to use on a terminal with ncolors colors (8, 16, 88,
 * 256 or more), or -1 for the terminal's default. An index the terminal
 * lacks and any "#rrggbb" map to the nearest color it has (the 6x6x6 cube
 * and grey ramp on 256 and 88 colors, the basic colors below that);
 * fewer than 8 colors gives -1. */
int theme_color_resolve(const struct theme_color *c, int ncolors);

/* Where theme names are looked up, in order: $PRESSTIME_THEMES_DIR (for
 * running from the build tree), $XDG_CONFIG_HOME/presstime/themes (else
 * ~/.config/presstime/themes), PT_DATADIR/themes. A NULL-terminated,
 * malloc'ed array; free with theme_search_dirs_free. */
char **theme_search_dirs(void);
void theme_search_dirs_free(char **dirs);

/* One theme found by theme_list. */
struct theme_entry {
	char *name;
	char *path;  /* NULL: the built-in default */
};

/* Every theme in search_dirs (NULL: theme_search_dirs()) by name, sorted;
 * a name in an earlier directory hides the same name in a later one, and
 * "default" is always listed. Returns how many; free with
 * theme_list_free. */
size_t theme_list(const char *const *search_dirs, struct theme_entry **out);
void theme_list_free(struct theme_entry *list, size_t n);

#endif
