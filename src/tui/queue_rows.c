/* The queue's window of rows: a slice of the queue around the cursor,
 * found by keyset seeks from the rows at its edges, never by position.
 * Moving, g, G, a reload after another editor's commit and a new limit
 * each cost a seek or two of a page, whatever the newsroom's size; no
 * absolute row number is ever known (so the title's count is capped). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/story.h"
#include "view_queue.h"

/* Rows past the screen kept loaded on either side, and the most the
 * window holds before the far side is dropped. */
enum { MARGIN = QUEUE_PAGE / 2, KEEP = 4 * QUEUE_PAGE };

int
queue_body_rows(void)
{
	return screen_lines() - 4;  /* top bar, header, hints, message */
}

static void
set_rows(struct tui *t, struct story_list *l, int at_top, int at_end)
{
	story_list_free(&t->q->rows);
	t->q->rows = *l;
	t->q->at_top = at_top;
	t->q->at_end = at_end;
}

/* A page from cur (NULL: an end) in seek's direction; 0 rows on error,
 * which is shown. */
static void
seek(struct tui *t, const struct story_cursor *cur, enum story_seek how,
    int n, struct story_list *out)
{
	struct pt_err err;

	if (story_seek(t->d->db, t->q->filter, t->q->sort, cur, how, n, out,
	    &err) < 0) {
		tui_err(t, &err);
		out->v = NULL;
		out->n = 0;
	}
}

/* The title's count: exact when the window holds the whole queue, else
 * counted up to a cap, so a reload never reads the whole newsroom. */
static void
count(struct tui *t)
{
	struct pt_err err;

	t->q->count_more = 0;
	if (t->q->at_top && t->q->at_end) {
		t->q->count = (long long)t->q->rows.n;
		return;
	}
	if (story_count_upto(t->d->db, t->q->filter, QUEUE_COUNT_CAP + 1,
	    &t->q->count, &err) < 0) {
		tui_err(t, &err);
		t->q->count = (long long)t->q->rows.n;
	}
	if (t->q->count > QUEUE_COUNT_CAP) {
		t->q->count = QUEUE_COUNT_CAP;
		t->q->count_more = 1;
	}
}

/* Appends the page after the last row; how many came. */
static size_t
extend_down(struct tui *t)
{
	struct story_cursor cur;
	struct story_list l;
	size_t n = t->q->rows.n;

	if (t->q->at_end || n == 0)
		return 0;
	story_cursor_after(&t->q->rows.v[n - 1], t->q->sort, &cur);
	seek(t, &cur, SEEK_AFTER, QUEUE_PAGE, &l);
	if (l.n < QUEUE_PAGE)
		t->q->at_end = 1;
	if (l.n == 0)
		return 0;
	t->q->rows.v = pt_xrealloc(t->q->rows.v, (n + l.n) *
	    sizeof *t->q->rows.v);
	memcpy(t->q->rows.v + n, l.v, l.n * sizeof *l.v);
	t->q->rows.n = n + l.n;
	free(l.v);
	return l.n;
}

/* Prepends the page before the first row; indexes shift with it. */
static size_t
extend_up(struct tui *t)
{
	struct story_cursor cur;
	struct story_list l;
	size_t n = t->q->rows.n;

	if (t->q->at_top || n == 0)
		return 0;
	story_cursor_after(&t->q->rows.v[0], t->q->sort, &cur);
	seek(t, &cur, SEEK_BEFORE, QUEUE_PAGE, &l);
	if (l.n < QUEUE_PAGE)
		t->q->at_top = 1;
	if (l.n == 0)
		return 0;
	l.v = pt_xrealloc(l.v, (n + l.n) * sizeof *l.v);
	memcpy(l.v + l.n, t->q->rows.v, n * sizeof *l.v);
	free(t->q->rows.v);
	t->q->rows.v = l.v;
	t->q->rows.n = n + l.n;
	t->q->sel += (int)l.n;
	t->q->top += (int)l.n;
	return l.n;
}

/* Drops rows far from the screen so memory follows the screen. */
static void
trim(struct tui *t)
{
	int h = queue_body_rows(), front, back;

	/* Past KEEP rows, keep a page beyond the margins on each side: the
	 * next seek is then a page of moves away, not the next key. */
	if (t->q->rows.n <= KEEP)
		return;
	front = t->q->top - MARGIN - QUEUE_PAGE;
	if (front > 0) {
		for (int i = 0; i < front; i++)
			story_done(&t->q->rows.v[i]);
		memmove(t->q->rows.v, t->q->rows.v + front,
		    (t->q->rows.n - (size_t)front) * sizeof *t->q->rows.v);
		t->q->rows.n -= (size_t)front;
		t->q->sel -= front;
		t->q->top -= front;
		t->q->at_top = 0;
	}
	back = t->q->top + h + MARGIN + QUEUE_PAGE;
	if (back > 0 && (size_t)back < t->q->rows.n) {
		for (size_t i = (size_t)back; i < t->q->rows.n; i++)
			story_done(&t->q->rows.v[i]);
		t->q->rows.n = (size_t)back;
		t->q->at_end = 0;
	}
}

void
queue_fit(struct tui *t)
{
	int h = queue_body_rows();

	/* Load what the cursor and the screen need, a page at a time. */
	while (t->q->sel + h + MARGIN > (int)t->q->rows.n && extend_down(t) > 0)
		;
	while ((t->q->sel < MARGIN || t->q->top < MARGIN) && extend_up(t) > 0)
		;
	if (t->q->sel >= (int)t->q->rows.n)
		t->q->sel = (int)t->q->rows.n - 1;
	if (t->q->sel < 0)
		t->q->sel = 0;
	if (t->q->sel < t->q->top)
		t->q->top = t->q->sel;
	if (h > 0 && t->q->sel >= t->q->top + h)
		t->q->top = t->q->sel - h + 1;
	if (h > 0 && t->q->at_end && t->q->top > (int)t->q->rows.n - h)
		t->q->top = (int)t->q->rows.n - h;
	if (t->q->top < 0)
		t->q->top = 0;
	trim(t);
}

const struct story *
queue_row(struct tui *t, int i)
{
	if (i < 0 || (size_t)i >= t->q->rows.n)
		return NULL;
	return &t->q->rows.v[i];
}

const struct story *
queue_current(struct tui *t)
{
	return queue_row(t, t->q->sel);
}

void
queue_first(struct tui *t)
{
	struct story_list l;

	seek(t, NULL, SEEK_AFTER, QUEUE_PAGE, &l);
	set_rows(t, &l, 1, l.n < QUEUE_PAGE);
	t->q->sel = t->q->top = 0;
	queue_fit(t);
}

void
queue_last(struct tui *t)
{
	struct story_list l;

	seek(t, NULL, SEEK_BEFORE, QUEUE_PAGE, &l);
	set_rows(t, &l, l.n < QUEUE_PAGE, 1);
	t->q->sel = (int)l.n - 1;
	t->q->top = t->q->sel - queue_body_rows() + 1;
	queue_fit(t);
}

void
queue_anchor(struct tui *t, const struct story *s, int off)
{
	struct story_list before, from;
	struct story_cursor cur;
	long long id = s->id;

	/* s may live in the rows about to be replaced: keep what is needed. */
	story_cursor_after(s, t->q->sort, &cur);
	seek(t, &cur, SEEK_BEFORE, QUEUE_PAGE, &before);
	seek(t, &cur, SEEK_FROM, QUEUE_PAGE, &from);
	t->q->sel = (int)before.n;
	before.v = pt_xrealloc(before.v, (before.n + from.n + 1) *
	    sizeof *before.v);
	if (from.n > 0)  /* from.v is NULL when nothing follows */
		memcpy(before.v + before.n, from.v, from.n * sizeof *from.v);
	free(from.v);
	set_rows(t, &before, (int)before.n < QUEUE_PAGE, from.n < QUEUE_PAGE);
	t->q->rows.n += from.n;
	/* The story itself if it is still near (its keys may have moved),
	 * else the row now where it was. */
	for (size_t i = 0; i < t->q->rows.n; i++)
		if (t->q->rows.v[i].id == id) {
			t->q->sel = (int)i;
			break;
		}
	t->q->top = t->q->sel - off;
	queue_fit(t);
}

void
queue_rows_reload(struct tui *t)
{
	const struct story *s = queue_current(t);

	if (s == NULL)
		queue_first(t);
	else
		queue_anchor(t, s, t->q->sel - t->q->top);
	count(t);
	queue_tags_recount(t);
}

void
queue_rows_done(struct tui *t)
{
	story_list_free(&t->q->rows);
}

void
queue_count_label(const struct tui *t, char *buf, size_t n)
{
	char num[32];
	long long c = t->q->count;

	/* "1,000+": the cap is a floor, said as one. */
	if (c >= 1000)
		snprintf(num, sizeof num, "%lld,%03lld", c / 1000, c % 1000);
	else
		snprintf(num, sizeof num, "%lld", c);
	snprintf(buf, n, "%s%s %s", num, t->q->count_more ? "+" : "",
	    t->q->count == 1 && !t->q->count_more ? "story" : "stories");
}
