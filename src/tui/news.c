/* Naming other writers' work in the message bar: the rows of one poll
 * folded into one item per story and writer, the best of them said. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/history.h"
#include "presstime/str.h"
#include "tui_int.h"

/* Which field of a story changed, as "the deadline of"; NULL when none
 * that the desk shows. */
static const char *
changed_field(const struct story *old, const struct story *s)
{
#define CHANGED(f) ((old->f == NULL) != (s->f == NULL) || (old->f != NULL && \
	strcmp(old->f, s->f) != 0))
	if (CHANGED(headline))
		return "the headline of";
	if (CHANGED(dek))
		return "the dek of";
	if (CHANGED(editor))
		return "the editor of";
	if (CHANGED(priority))
		return "the priority of";
	if (old->deadline != s->deadline)
		return "the deadline of";
	if (CHANGED(budget_line) || CHANGED(desk) || CHANGED(art) ||
	    CHANGED(url) || old->words != s->words ||
	    old->embargo != s->embargo)
		return "a field of";
	if (old->rfc_total != s->rfc_total || old->rfc_open != s->rfc_open)
		return "the requests on";
#undef CHANGED
	return NULL;
}

/* The story as this screen last loaded it (the open one, or a row of
 * the queue's window), to say what changed in it; NULL when off screen. */
static const struct story *
shown_story(struct tui *t, long long id)
{
	const struct story *s;

	for (int v = 0; v < V_NVIEWS; v++) {
		const struct view_ops *ops = tui_view_ops((enum tui_view)v);

		if (ops->shown != NULL && (s = ops->shown(t, id)) != NULL)
			return s;
	}
	return NULL;
}

/* What one writer did to one story since the last poll. */
struct news_item {
	const struct history_event *ev;  /* the event that names it best */
	const struct story *now;         /* the row now, when it changed */
	int entries;                     /* entries logged */
	time_t at;                       /* its newest event */
	size_t last;                     /* index of that event, for ties */
};

static int
same_writer(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL &&
	    strcmp(a, b) == 0);
}

/* Folds the news into one item per story and writer: a request asked
 * is one change though it writes a request, an entry and the story. */
static size_t
news_items(const struct history_news *nw, struct news_item *it)
{
	size_t n = 0;

	for (size_t i = 0; i < nw->n; i++) {
		const struct history_event *ev = &nw->v[i];
		struct news_item *p = NULL;

		for (size_t k = 0; k < n && p == NULL; k++)
			if (it[k].ev->story_id == ev->story_id &&
			    same_writer(it[k].ev->by, ev->by))
				p = &it[k];
		if (p == NULL) {
			p = &it[n++];
			memset(p, 0, sizeof *p);
			p->ev = ev;
		}
		/* The best name wins; of two moves, the later. */
		if (ev->what < p->ev->what || (ev->what == HW_MOVED &&
		    p->ev->what == HW_MOVED))
			p->ev = ev;
		if (ev->what == HW_LOGGED)
			p->entries++;
		if (ev->what == HW_CHANGED)
			p->now = ev->story;
		if (ev->at >= p->at) {
			p->at = ev->at;
			p->last = i;
		}
	}
	return n;
}

/* "tkeiser moved hootsuite-ice to editing" for one item; the user's
 * own other windows (this window's own writes never reach here: they
 * are dropped by session) are "you, in another window,". */
static void
say_item(struct tui *t, const struct news_item *it, char *buf, size_t n)
{
	const struct history_event *ev = it->ev;
	const char *who = ev->by == NULL ? "someone" :
	    strcmp(ev->by, t->d->login) == 0 ? "you, in another window," :
	    ev->by;
	const struct story *old = shown_story(t, ev->story_id);
	const char *what = NULL;

	switch (ev->what) {
	case HW_CREATED:
		snprintf(buf, n, "%s added story %s", who, ev->slug);
		break;
	case HW_MOVED:
		snprintf(buf, n, "%s moved %s to %s", who, ev->slug,
		    ev->detail);
		break;
	case HW_ASKED: case HW_ANSWERED: case HW_REQUEST:
		snprintf(buf, n, ev->what == HW_ASKED ?
		    "%s asked %s for comment on %s" : ev->what == HW_ANSWERED ?
		    "%s logged the answer from %s on %s" :
		    "%s updated the request to %s on %s", who, ev->detail,
		    ev->slug);
		break;
	case HW_LOGGED:
		if (it->entries > 1)
			snprintf(buf, n, "%s logged on %s (%d new entries)",
			    who, ev->slug, it->entries);
		else
			snprintf(buf, n, "%s logged on %s", who, ev->slug);
		break;
	case HW_CHANGED:
		if (old != NULL && it->now != NULL &&
		    old->version != it->now->version)
			what = changed_field(old, it->now);
		snprintf(buf, n, "%s changed %s%s%s", who, what != NULL ?
		    what : "", what != NULL ? " " : "", ev->slug);
		break;
	}
}

/* Says the news in buf: the change to the open story if there is one,
 * else the newest, and how many more. 0 when there is nothing to say. */
static int
news_text(struct tui *t, const struct history_news *nw, char *buf,
    size_t len)
{
	struct news_item *it;
	const struct news_item *pick = NULL;
	char text[512];
	size_t n;

	if (nw->n == 0)
		return 0;
	it = pt_xcalloc(nw->n, sizeof *it);
	n = news_items(nw, it);
	for (size_t i = 0; i < n; i++) {
		if (tui_view_ops(V_STORY)->shown(t, it[i].ev->story_id) !=
		    NULL) {
			pick = &it[i];
			break;
		}
		if (pick == NULL || it[i].at > pick->at ||
		    (it[i].at == pick->at && it[i].last > pick->last))
			pick = &it[i];
	}
	say_item(t, pick, text, sizeof text);
	if (nw->more)
		snprintf(buf, len, "%s (and more changes)", text);
	else if (n > 1)
		snprintf(buf, len, "%s (and %zu more change%s)", text, n - 1,
		    n > 2 ? "s" : "");
	else
		snprintf(buf, len, "%s", text);
	free(it);
	return 1;
}

/* Names other writers' work in the message bar. Runs before the views
 * reload: their rows are the "before" of a field change. */
void
tui_say_news(struct tui *t, const struct history_news *nw)
{
	char text[600];

	if (news_text(t, nw, text, sizeof text))
		tui_msg(t, 0, "%s", text);
}

/* After this user's own write: what others did meanwhile (while a
 * prompt was open, say) joins the message the write left. */
void
tui_say_news_after_own(struct tui *t, const struct history_news *nw)
{
	char text[600], mine[sizeof t->msg];

	if (!news_text(t, nw, text, sizeof text))
		return;
	snprintf(mine, sizeof mine, "%s", t->msg);
	if (mine[0] != '\0')
		tui_msg(t, t->msg_err, "%s; meanwhile %s", mine, text);
	else
		tui_msg(t, 0, "%s", text);
}
