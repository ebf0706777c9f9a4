/* Themes: theme files read on top of one another (`inherits:`) with
 * every problem collected, never fatal. The slot table is theme_slots.c. */
#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "presstime/str.h"
#include "presstime/theme.h"
#include "presstime/ydoc.h"

static const struct {
	const char *name;
	unsigned bit;
} attr_table[] = {
	{ "bold", THEME_ATTR_BOLD },
	{ "dim", THEME_ATTR_DIM },
	{ "underline", THEME_ATTR_UNDERLINE },
	{ "reverse", THEME_ATTR_REVERSE },
	{ "italic", THEME_ATTR_ITALIC },
	{ "none", 0 },
};
#define NATTRS (sizeof attr_table / sizeof attr_table[0])

/* The keys of a theme file and of one slot. */
static const char *const top_keys[] = { "name", "description", "inherits",
	"colors" };
static const char *const slot_keys[] = { "fg", "bg", "attrs" };

/* Enough for any real chain (dusk -> dark -> default); a guard, not a
 * feature. */
#define THEME_MAX_CHAIN 8
#define BUILTIN_LABEL "default.yaml (built in)"
#define BUILTIN_ID "<built-in>"

struct theme {
	char *name;
	char *path;  /* NULL: built in */
	struct theme_style style[THEME_NSLOTS];
};

/* State of one load: the chain of files being applied, for loops. */
struct theme_load {
	const char *const *dirs;
	struct pt_diag *diags;
	char *chain_id[THEME_MAX_CHAIN];    /* realpath, or BUILTIN_ID */
	char *chain_name[THEME_MAX_CHAIN];  /* for "a -> b -> a" */
	int nchain;
	int problems;
};

static int load_source(struct theme_load *, struct theme *, const char *,
    const char *, int);

static struct theme *
theme_alloc(void)
{
	const struct theme_slot_def *slots = theme_slots(NULL);
	struct theme *t = pt_xcalloc(1, sizeof *t);
	int i;

	for (i = 0; i < THEME_NSLOTS; i++) {
		theme_color_parse(slots[i].fg, &t->style[i].fg);
		theme_color_parse(slots[i].bg, &t->style[i].bg);
		t->style[i].attrs = slots[i].attrs;
	}
	return t;
}

void
theme_free(struct theme *t)
{
	if (t == NULL)
		return;
	free(t->name);
	free(t->path);
	free(t);
}

const char *
theme_name(const struct theme *t)
{
	return t->name;
}

const char *
theme_path(const struct theme *t)
{
	return t->path;
}

const struct theme_style *
theme_get(const struct theme *t, enum theme_slot slot)
{
	if ((int)slot < 0 || slot >= THEME_NSLOTS)
		slot = THEME_NORMAL;
	return &t->style[slot];
}

const struct theme_style *
theme_find(const struct theme *t, const char *slot_name)
{
	int i = theme_slot_find(slot_name);

	return i < 0 ? NULL : &t->style[i];
}

int
theme_name_valid(const char *name)
{
	size_t n = strlen(name);

	/* Names become file names: nothing that could climb out of a
	 * directory or hide a file. */
	return n > 0 && n <= 64 && name[0] != '-' &&
	    strspn(name, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == n;
}

/* "themes/dusk.yaml" gives "dusk". Caller frees. */
static char *
name_from_path(const char *path)
{
	const char *base = strrchr(path, '/');
	char *name;
	size_t n;

	base = base ? base + 1 : path;
	n = strlen(base);
	if (n > 5 && strcmp(base + n - 5, ".yaml") == 0)
		n -= 5;
	name = pt_xmalloc(n + 1);
	memcpy(name, base, n);
	name[n] = '\0';
	return name;
}

static void
problem(struct theme_load *L, const char *file, const struct ydoc_node *at,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
problem(struct theme_load *L, const char *file, const struct ydoc_node *at,
    const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	pt_diag_addat(L->diags, file, at ? at->line : 0, at ? at->col : 0,
	    "%s", msg);
	L->problems++;
}

/* " (did you mean \"x\"?)" for word against names, or "". */
static const char *
suggest(char *buf, size_t size, const char *word, const char *const *names,
    size_t n)
{
	struct pt_diag_suggest s;
	size_t i;

	pt_diag_suggest_init(&s, word);
	for (i = 0; i < n; i++)
		pt_diag_suggest_try(&s, names[i]);
	if (pt_diag_suggest_best(&s) == NULL)
		return "";
	snprintf(buf, size, " (did you mean \"%s\"?)", pt_diag_suggest_best(&s));
	return buf;
}

static void
apply_color(struct theme_load *L, const char *file, const char *what,
    const struct ydoc_node *v, struct theme_color *out)
{
	const char *near;

	if (v->kind != YDOC_SCALAR) {
		problem(L, file, v, "%s must be one color, not %s", what,
		    v->kind == YDOC_MAP ? "a map" : "a list");
		return;
	}
	if (theme_color_parse(v->text, out) == 0)
		return;
	if ((near = theme_color_suggest(v->text)) != NULL)
		problem(L, file, v, "unknown color \"%s\" (did you mean "
		    "\"%s\"?)", v->text, near);
	else
		problem(L, file, v, "unknown color \"%s\" (expected a color "
		    "name, \"default\", color0 to color255 or \"#rrggbb\")",
		    v->text);
}

/* Adds the attributes named in one scalar ("bold underline", "bold,dim")
 * to *bits; a bad word is reported at its own column when the scalar is
 * on one line. */
static void
apply_attr_words(struct theme_load *L, const char *file,
    const struct ydoc_node *v, unsigned *bits)
{
	static const char *const names[] = { "bold", "dim", "underline",
		"reverse", "italic", "none" };
	struct ydoc_node at = *v;
	const char *p = v->text;
	char word[64], buf[96];
	size_t n, i;

	while (*p != '\0') {
		p += strspn(p, " \t,");
		if ((n = strcspn(p, " \t,")) == 0)
			break;
		for (i = 0; i < NATTRS; i++)
			if (strlen(attr_table[i].name) == n &&
			    strncmp(attr_table[i].name, p, n) == 0)
				break;
		if (i < NATTRS)
			*bits |= attr_table[i].bit;
		else {
			snprintf(word, sizeof word, "%.*s", (int)n, p);
			if (strchr(v->text, '\n') == NULL)
				at.col = v->col + (int)(p - v->text) +
				    (v->quoted ? 1 : 0);
			problem(L, file, &at, "unknown attribute \"%s\"%s",
			    word, *suggest(buf, sizeof buf, word, names, 5) ?
			    buf : " (expected bold, dim, underline, reverse "
			    "or italic)");
		}
		p += n;
	}
}

static void
apply_attrs(struct theme_load *L, const char *file,
    const struct ydoc_node *v, unsigned *out)
{
	unsigned bits = 0;
	size_t i;

	if (v->kind == YDOC_SCALAR)
		apply_attr_words(L, file, v, &bits);
	else if (v->kind == YDOC_SEQ) {
		for (i = 0; i < v->n; i++) {
			if (v->items[i]->kind != YDOC_SCALAR)
				problem(L, file, v->items[i], "attrs must "
				    "be words like bold, not %s",
				    v->items[i]->kind == YDOC_MAP ? "a map" :
				    "a list");
			else
				apply_attr_words(L, file, v->items[i], &bits);
		}
	} else {
		problem(L, file, v, "attrs must be a list like [bold, "
		    "underline] or words like \"bold underline\"");
		return;
	}
	/* attrs replaces what a parent theme set, so [] clears them. */
	*out = bits;
}

static void
apply_slot(struct theme_load *L, const char *file, const char *slot,
    const struct ydoc_node *v, struct theme_style *st)
{
	const struct ydoc_node *k;
	char buf[96];
	size_t i;

	if (v->kind != YDOC_MAP) {
		problem(L, file, v, "color slot \"%s\" must be a map like "
		    "{ fg: white, bg: blue, attrs: [bold] }", slot);
		return;
	}
	for (i = 0; i < v->n; i++) {
		k = v->items[2 * i];
		if (strcmp(k->text, "fg") == 0)
			apply_color(L, file, "fg", v->items[2 * i + 1], &st->fg);
		else if (strcmp(k->text, "bg") == 0)
			apply_color(L, file, "bg", v->items[2 * i + 1], &st->bg);
		else if (strcmp(k->text, "attrs") == 0)
			apply_attrs(L, file, v->items[2 * i + 1], &st->attrs);
		else
			problem(L, file, k, "unknown key \"%s\" in color slot "
			    "\"%s\"%s", k->text, slot, *suggest(buf,
			    sizeof buf, k->text, slot_keys, 3) ? buf :
			    " (expected fg, bg or attrs)");
	}
}

static void
apply_colors(struct theme_load *L, const char *file,
    const struct ydoc_node *colors, struct theme *t)
{
	struct pt_diag_suggest s;
	const struct ydoc_node *k;
	size_t i;
	int slot, j;

	if (colors->kind != YDOC_MAP) {
		problem(L, file, colors, "colors must be a map of slot names "
		    "to { fg, bg, attrs }");
		return;
	}
	for (i = 0; i < colors->n; i++) {
		k = colors->items[2 * i];
		if ((slot = theme_slot_find(k->text)) >= 0) {
			apply_slot(L, file, k->text, colors->items[2 * i + 1],
			    &t->style[slot]);
			continue;
		}
		pt_diag_suggest_init(&s, k->text);
		for (j = 0; j < THEME_NSLOTS; j++)
			pt_diag_suggest_try(&s, theme_slots(NULL)[j].name);
		if (pt_diag_suggest_best(&s) != NULL)
			problem(L, file, k, "unknown color slot \"%s\" (did you "
			    "mean \"%s\"?)", k->text, pt_diag_suggest_best(&s));
		else
			problem(L, file, k, "unknown color slot \"%s\" (see "
			    "themes/default.yaml for the list)", k->text);
	}
}

static int
chain_has(const struct theme_load *L, const char *id)
{
	int i;

	for (i = 0; i < L->nchain; i++)
		if (strcmp(L->chain_id[i], id) == 0)
			return 1;
	return 0;
}

/* A file's identity for loop checks: two paths to one file are one. */
static char *
file_id(const char *path)
{
	char *real = realpath(path, NULL);

	return real != NULL ? real : pt_xstrdup(path);
}

static int
is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Applies the theme named by `inherits:` (node v of file). A file already
 * in the chain is passed over, so ~/.config/presstime/themes/default.yaml
 * may itself inherit the installed "default". */
static void
load_parent(struct theme_load *L, struct theme *t, const char *file,
    const struct ydoc_node *v)
{
	struct pt_str path = PT_STR_INIT, looked = PT_STR_INIT,
	    loop = PT_STR_INIT;
	int skipped = 0, found = 0, i;
	size_t d;
	char *id;

	if (v->kind != YDOC_SCALAR || !theme_name_valid(v->text)) {
		problem(L, file, v, "inherits must name a theme (letters, "
		    "digits, '-' and '_'), like \"default\"");
		return;
	}
	if (L->nchain >= THEME_MAX_CHAIN) {
		problem(L, file, v, "inherits goes deeper than %d themes",
		    THEME_MAX_CHAIN);
		return;
	}
	for (d = 0; L->dirs != NULL && L->dirs[d] != NULL && !found; d++) {
		pt_str_clear(&path);
		pt_str_addf(&path, "%s/%s.yaml", L->dirs[d], v->text);
		pt_str_addf(&looked, "%s%s", looked.len ? ", " : "",
		    L->dirs[d]);
		if (!is_file(path.buf))
			continue;
		id = file_id(path.buf);
		if (chain_has(L, id))
			skipped = 1;
		else {
			load_source(L, t, path.buf, NULL, 0);
			found = 1;
		}
		free(id);
	}
	if (!found && strcmp(v->text, "default") == 0) {
		if (chain_has(L, BUILTIN_ID))
			skipped = 1;
		else {
			load_source(L, t, BUILTIN_LABEL, pt_default_theme, 0);
			found = 1;
		}
	}
	if (!found && skipped) {
		for (i = 0; i < L->nchain; i++)
			pt_str_addf(&loop, "%s -> ", L->chain_name[i]);
		pt_str_add(&loop, v->text);
		problem(L, file, v, "inherits loop: %s", loop.buf);
	} else if (!found)
		problem(L, file, v, "inherited theme \"%s\" not found (looked "
		    "in %s)", v->text, looked.len ? looked.buf : "no "
		    "directories");
	pt_str_done(&path);
	pt_str_done(&looked);
	pt_str_done(&loop);
}

/* Applies one theme file (or the built-in text when buf is not NULL) onto
 * t: its parent first, then its own colors. Returns the ydoc code when
 * the file could not be read or parsed at all. */
static int
load_source(struct theme_load *L, struct theme *t, const char *label,
    const char *buf, int top)
{
	const struct ydoc_node *k, *v, *colors = NULL, *inherits = NULL;
	struct ydoc_node *root;
	struct pt_err err;
	char sbuf[96];
	size_t i;
	int rc;

	if (buf != NULL)
		rc = ydoc_load_buf(label, buf, pt_default_theme_len,
		    &ydoc_conf_limits, &root, &err);
	else
		rc = ydoc_load_file(label, &ydoc_conf_limits, &root, &err);
	if (rc != 0) {
		pt_diag_add_err(L->diags, &err);
		L->problems++;
		return rc;
	}
	L->chain_id[L->nchain] = buf ? pt_xstrdup(BUILTIN_ID) :
	    file_id(label);
	L->chain_name[L->nchain] = buf ? pt_xstrdup("default") :
	    name_from_path(label);
	L->nchain++;

	if (root->kind != YDOC_MAP)
		problem(L, label, root, "a theme must be a map with name, "
		    "inherits and colors");
	for (i = 0; root->kind == YDOC_MAP && i < root->n; i++) {
		k = root->items[2 * i];
		v = root->items[2 * i + 1];
		if (strcmp(k->text, "colors") == 0)
			colors = v;
		else if (strcmp(k->text, "inherits") == 0)
			inherits = v;
		else if (strcmp(k->text, "name") == 0) {
			if (v->kind != YDOC_SCALAR || !theme_name_valid(v->text))
				problem(L, label, v, "name must be letters, "
				    "digits, '-' and '_', like \"dusk\"");
			else if (top) {
				free(t->name);
				t->name = pt_xstrdup(v->text);
			}
		} else if (strcmp(k->text, "description") != 0)
			problem(L, label, k, "unknown key \"%s\"%s", k->text,
			    *suggest(sbuf, sizeof sbuf, k->text, top_keys, 4) ?
			    sbuf : " (expected name, description, inherits "
			    "or colors)");
	}
	if (inherits != NULL)
		load_parent(L, t, label, inherits);
	if (colors != NULL)
		apply_colors(L, label, colors, t);

	L->nchain--;
	free(L->chain_id[L->nchain]);
	free(L->chain_name[L->nchain]);
	ydoc_free(root);
	return 0;
}

/* A slot's "default" fg or bg is normal's: set the paper color once. */
static void
theme_finish(struct theme *t)
{
	int i;

	for (i = 0; i < THEME_NSLOTS; i++) {
		if (i == THEME_NORMAL)
			continue;
		if (t->style[i].fg.kind == THEME_COLOR_DEFAULT)
			t->style[i].fg = t->style[THEME_NORMAL].fg;
		if (t->style[i].bg.kind == THEME_COLOR_DEFAULT)
			t->style[i].bg = t->style[THEME_NORMAL].bg;
	}
}

struct theme *
theme_new_default(struct pt_err *err)
{
	struct pt_diag diags = PT_DIAG_INIT;
	struct theme_load L;
	struct theme *t = theme_alloc();

	memset(&L, 0, sizeof L);
	L.diags = &diags;
	load_source(&L, t, BUILTIN_LABEL, pt_default_theme, 1);
	if (L.problems) {
		pt_errf(err, PT_EINVAL, "%s", pt_diag_get(&diags, 0));
		pt_diag_done(&diags);
		theme_free(t);
		return NULL;
	}
	pt_diag_done(&diags);
	free(t->name);
	t->name = pt_xstrdup("default");
	theme_finish(t);
	return t;
}

/* The built-in theme, or the slot table's defaults if even that fails, so
 * a caller always gets something to draw with. */
static struct theme *
theme_fallback(void)
{
	struct theme *t = theme_new_default(NULL);

	if (t == NULL) {
		t = theme_alloc();
		t->name = pt_xstrdup("default");
		theme_finish(t);
	}
	return t;
}

int
theme_load_file(const char *path, const char *const *search_dirs,
    struct theme **out, struct pt_diag *diags)
{
	struct theme_load L;
	struct theme *t = theme_alloc();
	char **own = NULL;
	int rc;

	memset(&L, 0, sizeof L);
	if (search_dirs == NULL)
		search_dirs = (const char *const *)(own = theme_search_dirs());
	L.dirs = search_dirs;
	L.diags = diags;
	rc = load_source(&L, t, path, NULL, 1);
	theme_search_dirs_free(own);
	if (rc != 0) {
		theme_free(t);
		*out = theme_fallback();
		return rc;
	}
	if (t->name == NULL)
		t->name = name_from_path(path);
	t->path = pt_xstrdup(path);
	theme_finish(t);
	*out = t;
	return L.problems ? PT_EINVAL : 0;
}

int
theme_load_name(const char *name, const char *const *search_dirs,
    struct theme **out, struct pt_diag *diags)
{
	struct pt_str path = PT_STR_INIT, looked = PT_STR_INIT;
	struct theme_entry *list;
	struct pt_diag_suggest s;
	char **own = NULL;
	size_t i, n;
	int rc;

	if (!theme_name_valid(name)) {
		pt_diag_add(diags, "theme name \"%s\" must be letters, digits, "
		    "'-' and '_', like \"dusk\"", name);
		*out = theme_fallback();
		return PT_ENOENT;
	}
	if (search_dirs == NULL)
		search_dirs = (const char *const *)(own = theme_search_dirs());
	for (i = 0; search_dirs[i] != NULL; i++) {
		pt_str_clear(&path);
		pt_str_addf(&path, "%s/%s.yaml", search_dirs[i], name);
		pt_str_addf(&looked, "%s%s", looked.len ? ", " : "",
		    search_dirs[i]);
		if (is_file(path.buf)) {
			rc = theme_load_file(path.buf, search_dirs, out,
			    diags);
			goto done;
		}
	}
	*out = theme_fallback();
	rc = 0;
	if (strcmp(name, "default") != 0) {
		n = theme_list(search_dirs, &list);
		pt_diag_suggest_init(&s, name);
		for (i = 0; i < n; i++)
			pt_diag_suggest_try(&s, list[i].name);
		if (pt_diag_suggest_best(&s) != NULL)
			pt_diag_add(diags, "theme \"%s\" not found (did you "
			    "mean \"%s\"?)", name, pt_diag_suggest_best(&s));
		else
			pt_diag_add(diags, "theme \"%s\" not found (looked in "
			    "%s)", name, looked.len ? looked.buf : "no "
			    "directories");
		theme_list_free(list, n);
		rc = PT_ENOENT;
	}
done:
	pt_str_done(&path);
	pt_str_done(&looked);
	theme_search_dirs_free(own);
	return rc;
}

int
theme_check_file(const char *path, struct pt_diag *diags)
{
	struct theme *t;
	int rc;

	rc = theme_load_file(path, NULL, &t, diags);
	theme_free(t);
	return rc;
}
