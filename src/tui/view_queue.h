/* The queue view's private state, shared by its files (view_queue.c:
 * keys and actions; queue_rows.c: the window of rows around the cursor;
 * queue_layout.c: the columns and drawing) and by no one else: the rest
 * of the TUI uses its view_ops and the queue_* functions in tui_int.h. */
#ifndef PRESSTIME_VIEW_QUEUE_H
#define PRESSTIME_VIEW_QUEUE_H

#include "presstime/story.h"
#include "tui_int.h"

#define QUEUE_PAGE 128  /* rows per keyset seek */
#define QUEUE_COUNT_CAP 1000 /* the title counts this far: "1,000+" */
#define SEARCH_MAX_HITS 500  /* items a queue search reads */

struct queue {
	char *limit;                /* the filter text, NULL: none */
	struct filter *filter;
	enum story_sort sort;
	long long count;            /* up to QUEUE_COUNT_CAP */
	int count_more;             /* more than the count */
	struct story_list rows;     /* the window around the cursor */
	int at_top, at_end;         /* the window reaches that end */
	int sel, top;               /* cursor and screen top, in rows */
	char **tags;                /* tagged slugs */
	size_t ntags;
	size_t tags_hidden;         /* of them, how many the limit hides */
	int apply_next;             /* `;` pressed: next action on tagged */
	char *search;               /* last `/` words */
	long long *hits;            /* story ids the search found */
	size_t nhits;
	int hits_more;              /* the search stopped at its cap */
	int slug_w;                 /* slug column: the longest slug shown */
	struct config_view *views;  /* saved views (queue_views.c) */
	size_t nviews;
	int view;                   /* the one in force */
	int view_edited;            /* its limit or sort changed since */
};

/* queue_tags.c */
int queue_is_tagged(const struct tui *t, const char *slug);
void queue_tag_set(struct tui *t, const char *slug, int on);
/* The tagged stories the limit shows now, their slugs in slug order:
 * what `;` acts on. Caller frees with queue_tags_free. */
struct queue_tags { char **v; size_t n; };
int queue_tags_shown(struct tui *t, struct queue_tags *out,
    struct pt_err *err);
void queue_tags_free(struct queue_tags *qt);
/* Counts the tags the limit hides (tags_hidden), for the title bar:
 * after the tags, the limit or the stories changed. */
void queue_tags_recount(struct tui *t);

/* The queue's window of rows (queue_rows.c): indexes are into rows,
 * which queue_fit keeps loaded around the cursor and the screen. */
int queue_body_rows(void);
void queue_fit(struct tui *t);
/* Row i of the window, or NULL. */
const struct story *queue_row(struct tui *t, int i);
void queue_first(struct tui *t);  /* g */
void queue_last(struct tui *t);   /* G */
/* Re-reads the window around s (a seek on its keys), s at screen row
 * off if it is still there. */
void queue_anchor(struct tui *t, const struct story *s, int off);
void queue_rows_reload(struct tui *t);
void queue_rows_done(struct tui *t);
/* "1 story", "12 stories", "1,000+ stories". */
void queue_count_label(const struct tui *t, char *buf, size_t n);

/* queue_views.c: builds the views and puts the first in force (its
 * limit's error said, the live queue kept); the title's "view: NAME | ". */
int queue_views_init(struct tui *t);
void queue_views_done(struct tui *t);
void queue_view_title(struct tui *t, struct pt_str *out);

/* queue_layout.c */
void queue_draw(struct tui *t);

#endif
