/* The queue view's private state, shared by its files (view_queue.c:
 * loading, keys and actions; queue_layout.c: the columns and drawing)
 * and by no one else: the rest of the TUI uses its view_ops and the
 * queue_* functions in tui_int.h. */
#ifndef PRESSTIME_VIEW_QUEUE_H
#define PRESSTIME_VIEW_QUEUE_H

#include "presstime/story.h"
#include "tui_int.h"

#define QUEUE_PAGE 256  /* rows per keyset page */

struct queue {
	char *limit;                /* the filter text, NULL: none */
	struct filter *filter;
	enum story_sort sort;
	long long count;
	struct story_cursor *anchors; /* anchors[p]: start of page p */
	size_t nanchors;
	int base;                   /* absolute index of rows.v[0] */
	struct story_list rows;     /* the loaded window */
	int sel, top;
	char **tags;                /* tagged slugs */
	size_t ntags;
	int apply_next;             /* `;` pressed: next action on tagged */
	char *search;               /* last `/` words */
	long long *hits;            /* story ids the search found */
	size_t nhits;
	int slug_w;                 /* slug column: the longest slug shown */
};


/* view_queue.c */
int queue_body_rows(void);
int queue_is_tagged(const struct tui *t, const char *slug);
/* The row at absolute index i, loading its page; NULL past the end. */
struct story *queue_row_at(struct tui *t, int i);
/* Keeps the selection on a row and the row on screen. */
void queue_fit(struct tui *t);

/* queue_layout.c */
void queue_draw(struct tui *t);

#endif
