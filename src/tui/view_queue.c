/* The queue: the news budget, one line per story. Only the window on
 * screen (plus a margin) is in memory: pages are found by keyset
 * cursors, so a newsroom of any size costs the same to scroll. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/filter.h"
#include "presstime/ptime.h"
#include "presstime/search.h"
#include "presstime/sanitize.h"
#include "presstime/story.h"
#include "tui_int.h"

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
	{ CONFIG_COL_STATUS, "STATUS", 9, 0, 0 },
	{ CONFIG_COL_DESK, "DESK", 9, 0, 3 },
	{ CONFIG_COL_EDITOR, "EDITOR", 9, 0, 2 },
	{ CONFIG_COL_DUE, "DUE", 6, 1, 0 },
	{ CONFIG_COL_RFC, "RFC", 5, 1, 0 },
	{ CONFIG_COL_UPDATED, "UPD", 4, 1, 1 },
	{ CONFIG_COL_TAG, "", 1, 0, 0 },
};

static int
body_rows(void)
{
	return screen_lines() - 4;  /* top bar, header, hints, message */
}

static int
is_tagged(const struct tui *t, const char *slug)
{
	for (size_t i = 0; i < t->q.ntags; i++)
		if (strcmp(t->q.tags[i], slug) == 0)
			return 1;
	return 0;
}

static void
tag_set(struct tui *t, const char *slug, int on)
{
	for (size_t i = 0; i < t->q.ntags; i++)
		if (strcmp(t->q.tags[i], slug) == 0) {
			if (!on) {
				free(t->q.tags[i]);
				t->q.tags[i] = t->q.tags[--t->q.ntags];
			}
			return;
		}
	if (!on)
		return;
	t->q.tags = pt_xrealloc(t->q.tags, (t->q.ntags + 1) *
	    sizeof *t->q.tags);
	t->q.tags[t->q.ntags++] = pt_xstrdup(slug);
}

static void
forget_pages(struct tui *t)
{
	story_list_free(&t->q.rows);
	t->q.rows.v = NULL;
	t->q.rows.n = 0;
	t->q.nanchors = 1;
	t->q.anchors[0].valid = 0;
	t->q.base = 0;
}

/* Makes anchors[p] known by walking pages forward; -1 past the end. */
static int
find_anchor(struct tui *t, size_t p)
{
	struct pt_err err;

	while (t->q.nanchors <= p) {
		struct story_list l = { NULL, 0 };
		struct story_cursor *c;

		if (story_page(t->d->db, t->q.filter, t->q.sort,
		    &t->q.anchors[t->q.nanchors - 1], QUEUE_PAGE, &l,
		    &err) < 0 || l.n < QUEUE_PAGE) {
			story_list_free(&l);
			return -1;
		}
		t->q.anchors = pt_xrealloc(t->q.anchors,
		    (t->q.nanchors + 1) * sizeof *t->q.anchors);
		c = &t->q.anchors[t->q.nanchors++];
		story_cursor_after(&l.v[l.n - 1], t->q.sort, c);
		story_list_free(&l);
	}
	return 0;
}

/* The story at absolute index i, loading its window if needed. */
static struct story *
row_at(struct tui *t, int i)
{
	struct pt_err err;
	size_t p;

	if (i < 0 || i >= t->q.count)
		return NULL;
	if (t->q.rows.v != NULL && i >= t->q.base &&
	    i < t->q.base + (int)t->q.rows.n)
		return &t->q.rows.v[i - t->q.base];
	p = (size_t)i / QUEUE_PAGE;
	/* Two pages from the one holding the screen top keep scrolling
	 * inside the window. */
	if (p > 0 && (size_t)t->q.top / QUEUE_PAGE < p)
		p = (size_t)t->q.top / QUEUE_PAGE;
	if ((size_t)i >= (p + 2) * QUEUE_PAGE)
		p = (size_t)i / QUEUE_PAGE;
	if (find_anchor(t, p) < 0)
		return NULL;
	story_list_free(&t->q.rows);
	t->q.rows.v = NULL;
	t->q.rows.n = 0;
	if (story_page(t->d->db, t->q.filter, t->q.sort, &t->q.anchors[p],
	    2 * QUEUE_PAGE, &t->q.rows, &err) < 0) {
		tui_err(t, &err);
		return NULL;
	}
	t->q.base = (int)p * QUEUE_PAGE;
	if (i < t->q.base || i >= t->q.base + (int)t->q.rows.n)
		return NULL;
	return &t->q.rows.v[i - t->q.base];
}

static void
fit(struct tui *t)
{
	int h = body_rows();

	if (t->q.sel >= t->q.count)
		t->q.sel = (int)t->q.count - 1;
	if (t->q.sel < 0)
		t->q.sel = 0;
	if (t->q.sel < t->q.top)
		t->q.top = t->q.sel;
	if (h > 0 && t->q.sel >= t->q.top + h)
		t->q.top = t->q.sel - h + 1;
	if (h > 0 && t->q.top > t->q.count - h)
		t->q.top = (int)t->q.count - h;
	if (t->q.top < 0)
		t->q.top = 0;
}

static void
reload(struct tui *t)
{
	struct pt_err err;
	char *slug = NULL;
	const struct story *s = queue_current(t);

	if (s != NULL)
		slug = pt_xstrdup(s->slug);
	forget_pages(t);
	if (story_count(t->d->db, t->q.filter, &t->q.count, &err) < 0) {
		tui_err(t, &err);
		t->q.count = 0;
	}
	fit(t);
	/* Keep the cursor on the same story when it is still near. */
	if (slug != NULL && (s = row_at(t, t->q.sel)) != NULL &&
	    strcmp(s->slug, slug) != 0)
		for (int i = t->q.top; i < t->q.top + body_rows() + 20; i++)
			if ((s = row_at(t, i)) != NULL &&
			    strcmp(s->slug, slug) == 0) {
				t->q.sel = i;
				fit(t);
				break;
			}
	free(slug);
}

const struct story *
queue_current(struct tui *t)
{
	return row_at(t, t->q.sel);
}

void
queue_init(struct tui *t)
{
	t->q.anchors = pt_xcalloc(1, sizeof *t->q.anchors);
	t->q.nanchors = 1;
	reload(t);
}

void
queue_done(struct tui *t)
{
	story_list_free(&t->q.rows);
	free(t->q.anchors);
	for (size_t i = 0; i < t->q.ntags; i++)
		free(t->q.tags[i]);
	free(t->q.tags);
	free(t->q.limit);
	filter_free(t->q.filter);
	free(t->q.search);
	free(t->q.hits);
}

int
queue_set_limit(struct tui *t, const char *text)
{
	struct filter *f = NULL;
	struct pt_err err;

	while (*text == ' ')
		text++;
	if (*text != '\0' && filter_compile(text, ptime_now(),
	    t->d->cob_hour, &f, &err) < 0) {
		tui_err(t, &err);
		return -1;
	}
	filter_free(t->q.filter);
	free(t->q.limit);
	t->q.filter = f;
	t->q.limit = *text != '\0' ? pt_xstrdup(text) : NULL;
	t->q.sel = t->q.top = 0;
	reload(t);
	return 0;
}

int
queue_set_sort(struct tui *t, const char *name)
{
	struct pt_err err;
	enum story_sort s;

	if (story_sort_parse(name, &s, &err) < 0) {
		tui_err(t, &err);
		return -1;
	}
	t->q.sort = s;
	t->q.sel = t->q.top = 0;
	reload(t);
	return 0;
}

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
		snprintf(buf, n, "%s", s->headline != NULL ? s->headline : "");
		break;
	case CONFIG_COL_STATUS:
		snprintf(buf, n, "%s%s", s->status, s->needs_update ? "+" : "");
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
	case CONFIG_COL_TAG:
		snprintf(buf, n, "%s", is_tagged(t, s->slug) ? "*" : "");
		*slot = THEME_TAGGED;
		break;
	case CONFIG_NCOLUMNS:
		break;
	}
}

/* A column's width; the slug column follows the longest slug on the
 * screen, between the table's width and SLUG_MAX_W, so short slugs give
 * the headline room and long ones are not cut. */
#define SLUG_MAX_W 28

static int
col_width(const struct tui *t, enum config_column c)
{
	if (c == CONFIG_COL_SLUG && t->q.slug_w > cols[c].width)
		return t->q.slug_w < SLUG_MAX_W ? t->q.slug_w : SLUG_MAX_W;
	return cols[c].width;
}

static void
measure_slugs(struct tui *t)
{
	t->q.slug_w = 0;
	for (int r = 0; r < body_rows(); r++) {
		const struct story *s = row_at(t, t->q.top + r);
		int w;

		if (s == NULL)
			break;
		if ((w = sanitize_width(s->slug)) > t->q.slug_w)
			t->q.slug_w = w;
	}
}

/* Which columns are shown at this width, and how wide the headline is. */
static int
layout(const struct tui *t, int *show, int *hw)
{
	int w = screen_cols(), used = 0, n = 0;

	for (size_t i = 0; i < t->cfg.ncolumns; i++) {
		show[i] = 1;
		used += col_width(t, t->cfg.columns[i]) + 1;
	}
	for (int drop = 3; drop > 0 && w - used < 16; drop--)
		for (size_t i = 0; i < t->cfg.ncolumns; i++)
			if (cols[t->cfg.columns[i]].drop == drop && show[i]) {
				show[i] = 0;
				used -= col_width(t, t->cfg.columns[i]) + 1;
			}
	*hw = w - used;
	for (size_t i = 0; i < t->cfg.ncolumns; i++)
		n += show[i];
	return n;
}

static int
draw_cols(struct tui *t, int y, const struct story *s)
{
	int show[CONFIG_NCOLUMNS], hw, x = 0;

	layout(t, show, &hw);
	for (size_t i = 0; i < t->cfg.ncolumns; i++) {
		enum config_column c = t->cfg.columns[i];
		int w = cols[c].width != 0 ? col_width(t, c) : hw, slot;
		char buf[1024];

		if (!show[i])
			continue;
		if (s == NULL) {
			snprintf(buf, sizeof buf, "%s", cols[c].head);
			slot = THEME_HEADER;
		} else
			cell(t, s, c, buf, sizeof buf, &slot);
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

static void
draw(struct tui *t)
{
	int h = body_rows();

	fit(t);
	measure_slugs(t);
	draw_cols(t, 1, NULL);
	scr_attr_row(t, 1, THEME_HEADER);
	if (t->q.count == 0) {
		scr_put(t, 2, 1, screen_cols() - 1, THEME_DIM, 0,
		    t->q.limit != NULL ? "no stories match the limit "
		    "(l and an empty line clears it)" :
		    "no stories yet: c starts one");
		return;
	}
	for (int r = 0; r < h; r++) {
		const struct story *s = row_at(t, t->q.top + r);

		if (s == NULL)
			break;
		draw_cols(t, 2 + r, s);
		if (t->q.top + r == t->q.sel)
			scr_attr_row(t, 2 + r, THEME_CURSOR);
	}
}

static void
move_to(struct tui *t, int i)
{
	t->q.sel = i;
	fit(t);
}

/* Moves to the next (dir 1) or previous (-1) story the search found,
 * walking the queue a window at a time. */
static void
search_step(struct tui *t, int dir)
{
	if (t->q.search == NULL) {
		tui_msg(t, 1, "no search yet (/ searches)");
		return;
	}
	for (long long n = 1; n <= t->q.count; n++) {
		int i = (int)((t->q.sel + dir * n + t->q.count * 2) %
		    t->q.count);
		const struct story *s = row_at(t, i);

		for (size_t h = 0; s != NULL && h < t->q.nhits; h++)
			if (t->q.hits[h] == s->id) {
				move_to(t, i);
				tui_msg(t, 0, "/%s: %s", t->q.search, s->slug);
				return;
			}
	}
	tui_msg(t, 1, "\"%s\" is not in this queue", t->q.search);
	fit(t);
}

void
queue_search(struct tui *t, const char *initial)
{
	struct pt_str q = PT_STR_INIT;
	struct search_hits hits = { NULL, 0 };
	struct pt_err err;

	if (prompt_read(t, "/", initial, PH_SEARCH, PC_NONE, &q) != 1 ||
	    q.len == 0) {
		pt_str_done(&q);
		return;
	}
	if (search_run(t->d->db, pt_str_cstr(&q), 500, &hits, &err) < 0) {
		tui_err(t, &err);
		pt_str_done(&q);
		return;
	}
	free(t->q.search);
	free(t->q.hits);
	t->q.search = pt_str_steal(&q);
	t->q.hits = pt_xcalloc(hits.n + 1, sizeof *t->q.hits);
	t->q.nhits = hits.n;
	for (size_t i = 0; i < hits.n; i++)
		t->q.hits[i] = hits.v[i].story_id;
	search_hits_free(&hits);
	t->q.sel--;
	search_step(t, 1);
}

struct tag_walk {
	struct tui *t;
	int n;
};

static int
tag_one(const struct story *s, void *ctx)
{
	struct tag_walk *tw = ctx;

	tag_set(tw->t, s->slug, 1);
	tw->n++;
	return 0;
}

/* T: tags every story a filter matches, a page at a time. */
static void
tag_filter(struct tui *t)
{
	struct pt_str q = PT_STR_INIT;
	struct tag_walk tw = { t, 0 };
	struct filter *f = NULL;
	struct pt_err err;

	if (prompt_read(t, "tag matching: ", "", PH_LIMIT, PC_NONE,
	    &q) != 1 || q.len == 0)
		goto out;
	if (filter_compile(pt_str_cstr(&q), ptime_now(), t->d->cob_hour,
	    &f, &err) < 0) {
		tui_err(t, &err);
		goto out;
	}
	if (story_each(t->d->db, f, SORT_SLUG, -1, tag_one, &tw, &err) < 0) {
		tui_err(t, &err);
		goto out;
	}
	tui_msg(t, 0, "tagged %d matching \"%s\" (%zu tagged)", tw.n,
	    pt_str_cstr(&q), t->q.ntags);
out:
	filter_free(f);
	pt_str_done(&q);
}

void
queue_new_story(struct tui *t, const char *slug0, const char *headline)
{
	struct pt_str slug = PT_STR_INIT, head = PT_STR_INIT;
	struct desk_new_story ns = { 0 };
	struct pt_err err;

	if (slug0 != NULL)
		pt_str_add(&slug, slug0);
	else if (prompt_read(t, "new story slug: ", "", PH_SLUG, PC_NONE,
	    &slug) != 1 || slug.len == 0)
		goto out;
	if (story_slug_valid(pt_str_cstr(&slug), &err) < 0) {
		tui_err(t, &err);
		goto out;
	}
	t->draft_ctx = "headline";
	t->draft_slug = pt_str_cstr(&slug);
	if (prompt_read(t, "headline: ", headline, PH_TEXT, PC_NONE,
	    &head) != 1 || head.len == 0)
		goto out;
	ns.slug = pt_str_cstr(&slug);
	ns.headline = pt_str_cstr(&head);
	if (desk_story_new(t->d, &ns, NULL, &err) < 0)
		tui_write_failed(t, ns.slug, &err);
	else {
		tui_msg(t, 0, "new story %s", ns.slug);
		tui_typed_written(t);
		tui_mark_own(t);
	}
out:
	t->draft_ctx = t->draft_slug = NULL;
	pt_str_done(&slug);
	pt_str_done(&head);
}

void
queue_sort_prompt(struct tui *t, const char *initial)
{
	struct pt_str line = PT_STR_INIT;

	if (prompt_read(t, "sort by (due priority updated status slug): ",
	    initial, PH_CMD, PC_SORT, &line) == 1 && line.len > 0) {
		while (line.len > 0 && line.buf[line.len - 1] == ' ')
			line.buf[--line.len] = '\0';
		queue_set_sort(t, line.buf);
	}
	pt_str_done(&line);
}

/* The tagged stories that still exist are all there is to act on. */
static void
apply_status(struct tui *t)
{
	struct pt_str to = PT_STR_INIT;
	int moved = 0, failed = 0;
	struct pt_err err;
	char q[128];

	snprintf(q, sizeof q, "status for %zu tagged: ", t->q.ntags);
	if (prompt_read(t, q, "", PH_CMD, PC_STATE, &to) == 1 &&
	    to.len > 0) {
		while (to.len > 0 && to.buf[to.len - 1] == ' ')
			to.buf[--to.len] = '\0';
		snprintf(q, sizeof q, "move %zu %s to %s? (y/n)",
		    t->q.ntags, t->q.ntags == 1 ? "story" : "stories",
		    to.buf);
		if (tui_yesno(t, q) == 1) {
			for (size_t i = 0; i < t->q.ntags; i++)
				if (desk_story_status(t->d, t->q.tags[i],
				    to.buf, NULL, 0, NULL, &err) < 0)
					failed++;
				else
					moved++;
			if (failed > 0)
				tui_msg(t, 1, "moved %d to %s; %d "
				    "refused (last: %s)", moved, to.buf,
				    failed, err.msg);
			else
				tui_msg(t, 0, "moved %d to %s", moved,
				    to.buf);
			tui_mark_own(t);
		}
	}
	pt_str_done(&to);
}

/* `;` then an action: the action on every tagged story. Whatever the
 * action needs is asked once and applied to each in turn. */
static void
apply_tagged(struct tui *t, enum act a)
{
	struct pt_str v = PT_STR_INIT;
	char what[64];
	const char *name = "that action";
	int ok = 0, failed = 0;
	size_t n;
	const struct action *ac = keys_actions(&n);

	for (size_t i = 0; i < n; i++)
		if (ac[i].id == a)
			name = ac[i].name;
	if (t->q.ntags == 0) {
		tui_msg(t, 1, "no stories tagged (t tags, T tags by filter)");
		return;
	}
	snprintf(what, sizeof what, "%zu tagged", t->q.ntags);
	switch (a) {
	case A_TAG:
		while (t->q.ntags > 0)
			free(t->q.tags[--t->q.ntags]);
		tui_msg(t, 0, "untagged all");
		return;
	case A_STATUS:
		apply_status(t);
		return;
	case A_RFC:
		t->bulk = 1;
		ok = act_rfc_tagged(t, t->q.tags, t->q.ntags);
		failed = (int)t->q.ntags - ok;
		break;
	case A_ASSIGN: case A_PRIO: case A_DEADLINE: case A_LOG:
	case A_LOGED:
		if (!act_ask(t, a, what, &v))
			break;
		t->bulk = 1;
		for (size_t i = 0; i < t->q.ntags; i++) {
			if (act_apply(t, a, t->q.tags[i], 0,
			    pt_str_cstr(&v)) == 0)
				ok++;
			else
				failed++;
		}
		break;
	default:
		tui_msg(t, 1, "%s does not apply to tagged stories (; works "
		    "with s a p d e E r t)", name);
		return;
	}
	pt_str_done(&v);
	t->bulk = 0;
	if (ok + failed == 0)
		return;
	if (failed > 0) {
		char last[sizeof t->msg];

		snprintf(last, sizeof last, "%s", t->msg);
		tui_msg(t, 1, "%s: done on %d tagged, %d refused (last: %s)",
		    name, ok, failed, last);
	}
	else
		tui_msg(t, 0, "%s: done on %d tagged", name, ok);
	/* Others' news held while the writes ran joins the summary. */
	tui_say_news_after_own(t, &t->held);
	history_news_free(&t->held);
}

static void
key(struct tui *t, enum act a, int k)
{
	const struct story *s = queue_current(t);
	int h = body_rows();
	struct pt_str line = PT_STR_INIT;

	(void)k;
	if (t->q.apply_next) {
		t->q.apply_next = 0;
		apply_tagged(t, a);
		return;
	}
	switch (a) {
	case A_DOWN: move_to(t, t->q.sel + 1); break;
	case A_UP: move_to(t, t->q.sel - 1); break;
	case A_FIRST: move_to(t, 0); break;
	case A_LAST: move_to(t, (int)t->q.count - 1); break;
	case A_PGDN: t->q.top += h; move_to(t, t->q.sel + h); break;
	case A_PGUP: t->q.top -= h; move_to(t, t->q.sel - h); break;
	case A_HALFDN: t->q.top += h / 2; move_to(t, t->q.sel + h / 2); break;
	case A_HALFUP: t->q.top -= h / 2; move_to(t, t->q.sel - h / 2); break;
	case A_ENTER:
		if (s != NULL)
			tui_open_story(t, s->slug);
		break;
	case A_QUIT:
		t->quit = 1;
		break;
	case A_SEARCH: queue_search(t, ""); break;
	case A_SNEXT: search_step(t, 1); break;
	case A_SPREV: search_step(t, -1); break;
	case A_LIMIT:
		if (prompt_read(t, "limit: ", t->q.limit, PH_LIMIT, PC_NONE,
		    &line) == 1)
			queue_set_limit(t, pt_str_cstr(&line));
		break;
	case A_SORT:
		queue_sort_prompt(t, "");
		break;
	case A_TAG:
		if (s != NULL) {
			tag_set(t, s->slug, !is_tagged(t, s->slug));
			move_to(t, t->q.sel + 1);
		}
		break;
	case A_TAGF: tag_filter(t); break;
	case A_APPLY:
		t->q.apply_next = 1;
		tui_msg(t, 0, "next action applies to %zu tagged", t->q.ntags);
		break;
	case A_NEW: queue_new_story(t, NULL, ""); break;
	default:
		if (s == NULL)
			tui_msg(t, 1, "no story selected");
		else {
			char *slug = pt_xstrdup(s->slug);

			act_story(t, a, slug, s->version);
			free(slug);
		}
		break;
	}
	pt_str_done(&line);
}

const struct view_ops view_queue_ops = {
	"queue", draw, key, reload,
	"q:quit Enter:open /:search l:limit o:sort t:tag s:status "
	"e:log c:new ?:help"
};
