/* Saved views of the queue: a named limit and sort. From config's
 * `views:`, or built in: live (the default), one per desk of the
 * newsroom, all. `v` cycles them, `:view NAME` picks one; the title
 * names the one in force. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "presstime/story.h"
#include "view_queue.h"

/* Desks beyond this many get no view of their own (`l desk:X`). */
#define DESK_VIEWS 30

static void
add(struct queue *q, const char *name, const char *limit,
    enum story_sort sort)
{
	struct config_view *v;

	for (size_t i = 0; i < q->nviews; i++)
		if (strcasecmp(q->views[i].name, name) == 0)
			return;
	q->views = pt_xrealloc(q->views, (q->nviews + 1) * sizeof *q->views);
	v = &q->views[q->nviews++];
	memset(v, 0, sizeof *v);
	v->name = pt_xstrdup(name);
	v->limit = limit != NULL ? pt_xstrdup(limit) : NULL;
	v->sort = sort;
	v->has_sort = 1;
}

static void
build(struct tui *t)
{
	struct queue *q = t->q;
	struct pt_err err;
	char **desks = NULL;
	size_t n = 0;

	if (t->cfg.nviews > 0) {
		for (size_t i = 0; i < t->cfg.nviews; i++) {
			const struct config_view *c = &t->cfg.views[i];

			add(q, c->name, c->limit, c->has_sort ? c->sort :
			    t->cfg.default_sort);
		}
		return;
	}
	add(q, "live", t->cfg.default_limit, t->cfg.default_sort);
	if (story_desks(t->d->db, DESK_VIEWS, &desks, &n, &err) < 0)
		tui_err(t, &err);
	for (size_t i = 0; i < n; i++) {
		struct pt_str limit = PT_STR_INIT;

		/* Quoted, so a desk with a space is one term. */
		pt_str_addf(&limit, strchr(desks[i], ' ') != NULL ?
		    "desk:\"%s\"" : "desk:%s", desks[i]);
		add(q, desks[i], pt_str_cstr(&limit), t->cfg.default_sort);
		pt_str_done(&limit);
		free(desks[i]);
	}
	free(desks);
	add(q, "all", "all", t->cfg.default_sort);
}

/* Puts view i in force: its sort, then its limit (one reload). */
static int
apply(struct tui *t, size_t i)
{
	struct queue *q = t->q;
	int rc;

	q->view = (int)i;
	q->sort = q->views[i].sort;
	rc = queue_set_limit(t, q->views[i].limit != NULL ?
	    q->views[i].limit : "");
	q->view_edited = 0;
	return rc;
}

int
queue_views_init(struct tui *t)
{
	build(t);
	return apply(t, 0);
}

void
queue_views_done(struct tui *t)
{
	for (size_t i = 0; i < t->q->nviews; i++) {
		free(t->q->views[i].name);
		free(t->q->views[i].limit);
	}
	free(t->q->views);
}

void
queue_view_next(struct tui *t)
{
	size_t i = ((size_t)t->q->view + 1) % t->q->nviews;

	if (apply(t, i) == 0)
		tui_msg(t, 0, "view %s (%zu of %zu; :view NAME picks one)",
		    t->q->views[i].name, i + 1, t->q->nviews);
}

int
queue_view_pick(struct tui *t, const char *name)
{
	struct pt_str all = PT_STR_INIT;

	for (size_t i = 0; i < t->q->nviews; i++)
		if (strcasecmp(t->q->views[i].name, name) == 0)
			return apply(t, i);
	for (size_t i = 0; i < t->q->nviews; i++)
		pt_str_addf(&all, "%s%s", i ? ", " : "", t->q->views[i].name);
	if (*name == '\0')
		tui_msg(t, 1, "usage: :view NAME (views: %s)",
		    pt_str_cstr(&all));
	else
		tui_msg(t, 1, "no view \"%s\" (views: %s)", name,
		    pt_str_cstr(&all));
	pt_str_done(&all);
	return -1;
}

const char *
queue_view_name(struct tui *t, size_t i)
{
	return t->q != NULL && i < t->q->nviews ? t->q->views[i].name : NULL;
}

void
queue_view_title(struct tui *t, struct pt_str *out)
{
	if (t->q->view >= 0 && (size_t)t->q->view < t->q->nviews)
		pt_str_addf(out, "view: %s%s | ",
		    t->q->views[t->q->view].name, t->q->view_edited ? "*" : "");
}
