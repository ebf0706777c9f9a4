/* The queue's layout: which columns fit the width (the config's order,
 * the narrowest dropped first), each cell's text and theme slot, and
 * drawing the visible rows. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/ptime.h"
#include "presstime/sanitize.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "view_queue.h"

/* The columns: the order and set come from config. */
static const struct {
	enum config_column id;
	const char *head;
	int width;   /* 0: takes what is left */
	int right;   /* right-aligned */
	int drop;    /* dropped first on narrow screens: higher first */
} cols[CONFIG_NCOLUMNS] = {
	{ CONFIG_COL_PRIO, "", 2, 0, 0 },
	{ CONFIG_COL_SLUG, "SLUG", 18, 0, 0 },
	{ CONFIG_COL_HEADLINE, "HEADLINE", 0, 0, 0 },
	{ CONFIG_COL_BUDGET, "BUDGET LINE", 0, 0, 0 },
	{ CONFIG_COL_STATUS, "STATUS", 9, 0, 0 },
	{ CONFIG_COL_DESK, "DESK", 9, 0, 3 },
	{ CONFIG_COL_EDITOR, "EDITOR", 9, 0, 2 },
	{ CONFIG_COL_DUE, "DUE", 6, 1, 0 },
	{ CONFIG_COL_RFC, "RFC", 5, 1, 0 },
	{ CONFIG_COL_UPDATED, "UPD", 4, 1, 1 },
	{ CONFIG_COL_HERE, "", 1, 0, 0 },
	{ CONFIG_COL_TAG, "", 1, 0, 0 },
};

/* The headline's bounds: the columns with a drop rank go before it is
 * cut below HEADLINE_MIN (a headline is read, the desk is known); past
 * HEADLINE_MAX a longer line reads worse, and the width left goes to the
 * budget line, when it has BUDGET_MIN to show. */
#define HEADLINE_MIN 30
#define HEADLINE_MAX 70
#define BUDGET_MIN 20

static void
cell(const struct tui *t, const struct story *s, enum config_column c,
    char *buf, size_t n, int *slot)
{
	time_t now = ptime_now();
	char tmp[64];

	*slot = THEME_NORMAL;
	buf[0] = '\0';
	switch (c) {
	case CONFIG_COL_PRIO: {
		int r = story_priority_rank(s->priority);

		snprintf(buf, n, "%s", r == 0 ? "!!" : r == 1 ? "!" :
		    r == 3 ? "-" : "");
		*slot = r == 0 ? THEME_PRIO_FLASH : r == 1 ?
		    THEME_PRIO_URGENT : r == 3 ? THEME_PRIO_DEFERRED :
		    THEME_PRIO_ROUTINE;
		break;
	}
	case CONFIG_COL_SLUG:
		snprintf(buf, n, "%s", s->slug);
		break;
	case CONFIG_COL_HEADLINE:
		/* An embargo not yet lifted leads: nothing runs before it. */
		tmp[0] = '\0';
		if (s->embargo > now)
			ptime_format_short(s->embargo, now, tmp, sizeof tmp);
		snprintf(buf, n, "%s%s%s%s", *tmp != '\0' ? "[embargo " : "",
		    tmp, *tmp != '\0' ? "] " : "", s->headline != NULL ?
		    s->headline : "");
		break;
	case CONFIG_COL_BUDGET:
		snprintf(buf, n, "%s", s->budget_line != NULL ?
		    s->budget_line : "");
		break;
	case CONFIG_COL_STATUS:
		/* A story that ran and is now wrong says so in the alarm
		 * color, in words that fit the column at 80 columns: a
		 * mark after "published" would be cut off. */
		if (s->needs_update) {
			snprintf(buf, n, "needs upd");
			*slot = THEME_OVERDUE;
			break;
		}
		snprintf(buf, n, "%s", s->status);
		snprintf(tmp, sizeof tmp, "state_%s", s->status);
		if ((*slot = theme_slot_find(tmp)) < 0)
			*slot = THEME_NORMAL;
		break;
	case CONFIG_COL_DESK:
		snprintf(buf, n, "%s", s->desk != NULL ? s->desk : "");
		break;
	case CONFIG_COL_EDITOR:
		snprintf(buf, n, "%s", s->editor != NULL ? s->editor : "");
		break;
	case CONFIG_COL_DUE:
		if (s->deadline != 0) {
			ptime_countdown(s->deadline, now, buf, n);
			if (s->deadline < now)
				*slot = THEME_OVERDUE;
			else if (s->deadline - now < 3600)
				*slot = THEME_DUE_SOON;
		}
		break;
	case CONFIG_COL_RFC:
		if (s->rfc_total > 0)
			snprintf(buf, n, "%d/%d", s->rfc_open, s->rfc_total);
		break;
	case CONFIG_COL_UPDATED:
		ptime_age(s->updated_at, now, buf, n);
		*slot = THEME_DIM;
		break;
	case CONFIG_COL_HERE:
		/* Soft presence: another session has the story open. */
		snprintf(buf, n, "%s", tui_presence_marked(t, s->id) ? "@" :
		    "");
		*slot = THEME_MESSAGE;
		break;
	case CONFIG_COL_TAG:
		snprintf(buf, n, "%s", queue_is_tagged(t, s->slug) ? "*" : "");
		*slot = THEME_TAGGED;
		break;
	case CONFIG_NCOLUMNS:
		break;
	}
}

/* The slug column follows the longest slug on the screen, between the
 * table's width and SLUG_MAX_W, so short slugs give the headline room
 * and long ones are not cut (unless the headline would go below its
 * minimum). */
#define SLUG_MAX_W 28

static void
measure_slugs(struct tui *t)
{
	t->q->slug_w = 0;
	for (int r = 0; r < queue_body_rows(); r++) {
		const struct story *s = queue_row(t, t->q->top + r);
		int w;

		if (s == NULL)
			break;
		if ((w = sanitize_width(s->slug)) > t->q->slug_w)
			t->q->slug_w = w;
	}
}

/* Which columns are shown at this width and how wide each is: width[i]
 * for the configured column i, 0 when it is not shown. Every shown
 * column is followed by one blank, and the widths and blanks add up to
 * the screen's width exactly. */
static void
layout(const struct tui *t, int *width)
{
	int w = screen_cols(), used = 0, slug = -1, head = -1, budget = -1;
	int left;

	for (size_t i = 0; i < t->cfg.ncolumns; i++) {
		enum config_column c = t->cfg.columns[i];

		width[i] = cols[c].width;
		if (c == CONFIG_COL_SLUG) {
			slug = (int)i;
			if (t->q->slug_w > width[i])
				width[i] = t->q->slug_w < SLUG_MAX_W ?
				    t->q->slug_w : SLUG_MAX_W;
		} else if (c == CONFIG_COL_HEADLINE)
			head = (int)i;
		else if (c == CONFIG_COL_BUDGET) {
			budget = (int)i;
			continue;   /* shown only with what is left over */
		}
		used += width[i] + 1;
	}
	/* Narrow: the droppable columns go, then a long slug gives back
	 * its extra width, before the headline is cut below its minimum. */
	for (int drop = 3; drop > 0 && w - used < HEADLINE_MIN; drop--)
		for (size_t i = 0; i < t->cfg.ncolumns; i++)
			if ((int)i != budget && width[i] > 0 &&
			    cols[t->cfg.columns[i]].drop == drop) {
				used -= width[i] + 1;
				width[i] = 0;
			}
	if (slug >= 0 && w - used < HEADLINE_MIN) {
		int give = width[slug] - cols[CONFIG_COL_SLUG].width;

		if (give > HEADLINE_MIN - (w - used))
			give = HEADLINE_MIN - (w - used);
		if (give > 0) {
			width[slug] -= give;
			used -= give;
		}
	}
	left = w - used;
	if (head < 0) {
		/* No headline: the budget line, if any, takes the rest. */
		if (budget >= 0)
			width[budget] = left > 1 ? left - 1 : 0;
		return;
	}
	width[head] += left;
	/* Wide: the headline stops at its sane width, the rest is the
	 * budget line's. */
	if (budget >= 0 && width[head] - HEADLINE_MAX - 1 >= BUDGET_MIN) {
		width[budget] = width[head] - HEADLINE_MAX - 1;
		width[head] = HEADLINE_MAX;
	}
	if (width[head] < 1)
		width[head] = 1;
}

static int
draw_cols(struct tui *t, int y, const struct story *s)
{
	int width[CONFIG_NCOLUMNS], x = 0;

	layout(t, width);
	for (size_t i = 0; i < t->cfg.ncolumns; i++) {
		enum config_column c = t->cfg.columns[i];
		int w = width[i], slot;
		char buf[1024];

		if (w <= 0)
			continue;
		if (s == NULL) {
			snprintf(buf, sizeof buf, "%s", cols[c].head);
			slot = THEME_HEADER;
		} else
			cell(t, s, c, buf, sizeof buf, &slot);
		/* An empty cell is blank in any color: drawn plain, it costs
		 * no attribute changes each time its row is redrawn. */
		if (s != NULL && buf[0] == '\0')
			slot = THEME_NORMAL;
		if (cols[c].right) {
			int bw = (int)strlen(buf);  /* ASCII: times, counts */

			scr_put(t, y, x, w - bw, s == NULL ? THEME_HEADER :
			    THEME_NORMAL, 1, "");
			scr_put(t, y, x + (bw < w ? w - bw : 0), w, slot, 1,
			    buf);
		} else
			scr_put(t, y, x, w, slot, 1, buf);
		x += w;
		scr_put(t, y, x, 1, s == NULL ? THEME_HEADER : THEME_NORMAL,
		    1, " ");
		x++;
	}
	return x;
}

void
queue_draw(struct tui *t)
{
	int h = queue_body_rows();

	queue_fit(t);
	measure_slugs(t);
	draw_cols(t, 1, NULL);
	scr_attr_row(t, 1, THEME_HEADER);
	if (t->q->rows.n == 0) {
		scr_put(t, 2, 1, screen_cols() - 1, THEME_DIM, 0,
		    t->q->limit != NULL ? "no stories match the limit "
		    "(l and an empty line clears it)" :
		    "no stories yet: c starts one");
		return;
	}
	for (int r = 0; r < h; r++) {
		const struct story *s = queue_row(t, t->q->top + r);

		if (s == NULL)
			break;
		draw_cols(t, 2 + r, s);
		if (t->q->top + r == t->q->sel)
			scr_attr_row(t, 2 + r, THEME_CURSOR);
	}
}

