/* The config's `views:`: saved views, each a name, a limit and a sort.
 * A bad view is left out and said as file:line:col; the good ones
 * stay. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/config.h"
#include "presstime/filter.h"
#include "presstime/str.h"
#include "presstime/ydoc.h"

static void
say(const char *file, const struct ydoc_node *at, struct pt_diag *diags,
    int *n, const char *msg)
{
	pt_diag_addat(diags, file, at->line, at->col, "%s", msg);
	(*n)++;
}

/* A name typed after :view: lowercase letters, digits, - and _. */
static int
name_ok(const char *s)
{
	if (s[0] == '\0' || strlen(s) > 32)
		return 0;
	for (const char *p = s; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    (p > s && (*p == '-' || *p == '_'))))
			return 0;
	return 1;
}

/* One view: 0 and *out filled, or a problem said. */
static int
one_view(const char *file, const struct ydoc_node *k,
    const struct ydoc_node *v, struct pt_diag *diags, int *n,
    struct config_view *out)
{
	struct pt_str m = PT_STR_INIT;
	int bad = 0;

	memset(out, 0, sizeof *out);
	if (!name_ok(k->text)) {
		pt_str_addf(&m, "view name \"%s\" must be 1-32 lowercase "
		    "letters, digits, '-' or '_' (like \"metro\"), to type "
		    "after :view", k->text);
		say(file, k, diags, n, pt_str_cstr(&m));
		pt_str_done(&m);
		return -1;
	}
	if (v->kind != YDOC_MAP) {
		pt_str_addf(&m, "view \"%s\" must be a map like { limit: "
		    "\"desk:metro\", sort: due }", k->text);
		say(file, v, diags, n, pt_str_cstr(&m));
		pt_str_done(&m);
		return -1;
	}
	for (size_t i = 0; i < v->n; i++) {
		const struct ydoc_node *key = v->items[2 * i];
		const struct ydoc_node *val = v->items[2 * i + 1];
		int is_limit = strcmp(key->text, "limit") == 0;
		struct pt_err err;

		pt_str_clear(&m);
		if (!is_limit && strcmp(key->text, "sort") != 0) {
			pt_str_addf(&m, "unknown key \"%s\" in view \"%s\" "
			    "(expected limit or sort)", key->text, k->text);
			say(file, key, diags, n, pt_str_cstr(&m));
			bad = 1;
		} else if (val->kind != YDOC_SCALAR) {
			pt_str_addf(&m, "the %s of view \"%s\" must be text",
			    key->text, k->text);
			say(file, val, diags, n, pt_str_cstr(&m));
			bad = 1;
		} else if (is_limit) {
			struct filter *f = NULL;

			/* The words are checked now; times in them are
			 * read again whenever the view is chosen. */
			if (filter_compile(val->text, 0, 17, &f, &err) < 0) {
				pt_str_addf(&m, "view \"%s\": %s", k->text,
				    err.msg);
				say(file, val, diags, n, pt_str_cstr(&m));
				bad = 1;
			} else {
				free(out->limit);
				out->limit = val->text[0] != '\0' ?
				    pt_xstrdup(val->text) : NULL;
			}
			filter_free(f);
		} else if (story_sort_parse(val->text, &out->sort, &err) < 0) {
			pt_str_addf(&m, "view \"%s\": %s", k->text, err.msg);
			say(file, val, diags, n, pt_str_cstr(&m));
			bad = 1;
		} else
			out->has_sort = 1;
	}
	pt_str_done(&m);
	if (bad) {
		free(out->limit);
		return -1;
	}
	out->name = pt_xstrdup(k->text);
	out->line = k->line;
	out->col = k->col;
	return 0;
}

void
config_views_free(struct config *cfg)
{
	for (size_t i = 0; i < cfg->nviews; i++) {
		free(cfg->views[i].name);
		free(cfg->views[i].limit);
	}
	free(cfg->views);
	cfg->views = NULL;
	cfg->nviews = 0;
}

int
config_views_parse(struct config *cfg, const char *file, const void *node,
    struct pt_diag *diags)
{
	const struct ydoc_node *v = node;
	int n = 0;

	if (v->kind != YDOC_MAP || v->n == 0) {
		say(file, v, diags, &n, "views must be a map of names to "
		    "{ limit, sort }, like views: { metro: { limit: "
		    "\"desk:metro\" } }");
		return n;
	}
	config_views_free(cfg);
	cfg->views = pt_xcalloc(v->n, sizeof *cfg->views);
	for (size_t i = 0; i < v->n; i++) {
		const struct ydoc_node *k = v->items[2 * i];
		struct config_view w;
		size_t j;

		for (j = 0; j < cfg->nviews; j++)
			if (strcmp(cfg->views[j].name, k->text) == 0)
				break;
		if (j < cfg->nviews) {
			struct pt_str m = PT_STR_INIT;

			pt_str_addf(&m, "view \"%s\" is named twice (first at "
			    "line %d)", k->text, cfg->views[j].line);
			say(file, k, diags, &n, pt_str_cstr(&m));
			pt_str_done(&m);
			continue;
		}
		if (one_view(file, k, v->items[2 * i + 1], diags, &n, &w) == 0)
			cfg->views[cfg->nviews++] = w;
	}
	return n;
}
