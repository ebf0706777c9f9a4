/* The queue's tags. Tags outlive a limit (tag, limit, widen the limit
 * again: still tagged), but `;` acts only on the tagged stories the
 * limit shows now, as T tags only inside it and as mutt does: what the
 * editor cannot see is never changed behind their back. The hidden ones
 * stay tagged, and the title bar, the `;` message and its summary say
 * how many there are. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/filter.h"
#include "presstime/ptime.h"
#include "view_queue.h"

int
queue_is_tagged(const struct tui *t, const char *slug)
{
	for (size_t i = 0; i < t->q->ntags; i++)
		if (strcmp(t->q->tags[i], slug) == 0)
			return 1;
	return 0;
}

void
queue_tag_set(struct tui *t, const char *slug, int on)
{
	for (size_t i = 0; i < t->q->ntags; i++)
		if (strcmp(t->q->tags[i], slug) == 0) {
			if (!on) {
				free(t->q->tags[i]);
				t->q->tags[i] = t->q->tags[--t->q->ntags];
			}
			return;
		}
	if (!on)
		return;
	t->q->tags = pt_xrealloc(t->q->tags, (t->q->ntags + 1) *
	    sizeof *t->q->tags);
	t->q->tags[t->q->ntags++] = pt_xstrdup(slug);
}

static int
shown_one(const struct story *s, void *ctx)
{
	struct queue_tags *qt = ctx;

	qt->v = pt_xrealloc(qt->v, (qt->n + 1) * sizeof *qt->v);
	qt->v[qt->n++] = pt_xstrdup(s->slug);
	return 0;
}

int
queue_tags_shown(struct tui *t, struct queue_tags *out, struct pt_err *err)
{
	struct pt_str text = PT_STR_INIT;
	struct filter *tagged = NULL, *both;
	int rc;

	out->v = NULL;
	out->n = 0;
	if (t->q->ntags == 0)
		return 0;
	/* One query: the limit and the tags' slugs, each a bound value. */
	pt_str_add(&text, "slug:");
	for (size_t i = 0; i < t->q->ntags; i++)
		pt_str_addf(&text, "%s%s", i > 0 ? "," : "", t->q->tags[i]);
	rc = filter_compile(pt_str_cstr(&text), ptime_now(), t->d->cob_hour,
	    &tagged, err);
	pt_str_done(&text);
	if (rc < 0)
		return rc;
	both = filter_and(t->q->filter, tagged);
	filter_free(tagged);
	rc = story_each(t->d->db, both, SORT_SLUG, -1, shown_one, out, err);
	filter_free(both);
	if (rc < 0)
		queue_tags_free(out);
	return rc < 0 ? rc : 0;
}

void
queue_tags_free(struct queue_tags *qt)
{
	for (size_t i = 0; i < qt->n; i++)
		free(qt->v[i]);
	free(qt->v);
	qt->v = NULL;
	qt->n = 0;
}

void
queue_tags_recount(struct tui *t)
{
	struct queue_tags qt;
	struct pt_err err;

	t->q->tags_hidden = 0;
	/* Unread (an error), none are said hidden: `;` reads again. */
	if (queue_tags_shown(t, &qt, &err) < 0)
		return;
	t->q->tags_hidden = t->q->ntags - qt.n;
	queue_tags_free(&qt);
}
