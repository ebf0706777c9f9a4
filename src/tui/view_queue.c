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
#include "view_queue.h"

static void
reload(struct tui *t)
{
	queue_rows_reload(t);
}

int
queue_init(struct tui *t)
{
	int rc;

	t->q = pt_xcalloc(1, sizeof *t->q);
	t->q->sort = t->cfg.default_sort;
	t->q->view = -1;
	/* One queue read at start, the first view's: reading the live
	 * queue first only to replace it cost a whole extra read at each
	 * start (every live story, sorted, on a big newsroom). A refused
	 * limit leaves nothing read: live work then. */
	if ((rc = queue_views_init(t)) < 0) {
		queue_set_limit(t, "");
		t->q->view_edited = 0;
	}
	return rc;
}

void
queue_done(struct tui *t)
{
	queue_rows_done(t);
	queue_views_done(t);
	for (size_t i = 0; i < t->q->ntags; i++)
		free(t->q->tags[i]);
	free(t->q->tags);
	free(t->q->limit);
	filter_free(t->q->filter);
	free(t->q->search);
	free(t->q->hits);
	free(t->q);
	t->q = NULL;
}

int
queue_set_limit(struct tui *t, const char *text)
{
	struct filter *f = NULL;
	struct pt_err err;

	while (*text == ' ')
		text++;
	/* Even no limit is one: the queue shows live work unless told. */
	if (filter_compile_queue(text, ptime_now(), t->d->cob_hour, &f,
	    &err) < 0) {
		tui_err(t, &err);
		return -1;
	}
	filter_free(t->q->filter);
	free(t->q->limit);
	t->q->filter = f;
	t->q->limit = *text != '\0' ? pt_xstrdup(text) : NULL;
	t->q->view_edited = 1;
	story_list_free(&t->q->rows);
	queue_rows_reload(t);
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
	t->q->sort = s;
	t->q->view_edited = 1;
	story_list_free(&t->q->rows);
	queue_rows_reload(t);
	return 0;
}

static void
move_to(struct tui *t, int i)
{
	t->q->sel = i;
	queue_fit(t);
}

/* Where a hit stands among the search's hits inside the limit, in
 * queue order: at (1-based) of n. */
struct hit_pos {
	long long id;
	int at, n;
};

static int
hit_count_one(const struct story *s, void *ctx)
{
	struct hit_pos *p = ctx;

	if (s->id == p->id)
		p->at = p->n + 1;
	p->n++;
	return 0;
}

/* Moves to the next (dir 1) or previous (-1) story the search found
 * (0: this one or the next): one seek for the nearest hit in queue
 * order, wrapping at the end, however far away it is. Says which hit it
 * is of how many, and when it wrapped (the search found at most a few
 * hundred, so counting them is one short read). */
static void
hit_step(struct tui *t, int dir)
{
	const struct story *s = queue_current(t);
	enum story_seek how = dir < 0 ? SEEK_BEFORE : dir > 0 ? SEEK_AFTER :
	    SEEK_FROM;
	struct story_cursor cur;
	struct story_list l = { NULL, 0 };
	struct hit_pos pos = { 0, 0, 0 };
	struct filter *f;
	struct pt_err err;
	int rc, wrapped = 0;

	if (t->q->search == NULL) {
		tui_msg(t, 1, "no search yet (/ searches)");
		return;
	}
	f = filter_among(t->q->filter, t->q->hits, t->q->nhits);
	if (s != NULL)
		story_cursor_after(s, t->q->sort, &cur);
	rc = story_seek(t->d->db, f, t->q->sort, s != NULL ? &cur : NULL, how,
	    1, &l, &err);
	if (rc == 0 && l.n == 0 && s != NULL) {
		rc = story_seek(t->d->db, f, t->q->sort, NULL, how ==
		    SEEK_BEFORE ? SEEK_BEFORE : SEEK_AFTER, 1, &l, &err);
		wrapped = l.n > 0;
	}
	if (rc == 0 && l.n > 0) {
		pos.id = l.v[0].id;
		rc = story_each(t->d->db, f, t->q->sort, -1, hit_count_one,
		    &pos, &err);
	}
	filter_free(f);
	if (rc < 0) {
		story_list_free(&l);
		tui_err(t, &err);
		return;
	}
	if (l.n == 0) {
		tui_msg(t, 1, "\"%s\" is not in this queue", t->q->search);
		return;
	}
	for (size_t i = 0; i < t->q->rows.n; i++)
		if (t->q->rows.v[i].id == l.v[0].id) {
			move_to(t, (int)i);
			break;
		}
	s = queue_current(t);
	if (s == NULL || s->id != l.v[0].id)
		queue_anchor(t, &l.v[0], t->q->sel - t->q->top);
	/* The count and the wrap first: a long search is cut at the edge. */
	tui_msg(t, 0, "%d of %d%s match%s%s: /%s: %s", pos.at, pos.n,
	    t->q->hits_more ? "+" : "", pos.n == 1 && !t->q->hits_more ?
	    "" : "es", !wrapped ? "" : how == SEEK_BEFORE ?
	    ", search wrapped to bottom" : ", search wrapped to top",
	    t->q->search, l.v[0].slug);
	story_list_free(&l);
}

void
queue_search(struct tui *t, const char *initial)
{
	struct pt_str q = PT_STR_INIT;
	struct search_hits hits = { NULL, 0, 0 };
	struct pt_err err;

	if (prompt_read(t, "/", initial, PH_SEARCH, PC_NONE, &q) != 1 ||
	    q.len == 0) {
		pt_str_done(&q);
		return;
	}
	if (search_run(t->d->db, pt_str_cstr(&q), SEARCH_MAX_HITS, &hits, &err) < 0) {
		tui_err(t, &err);
		pt_str_done(&q);
		return;
	}
	free(t->q->search);
	free(t->q->hits);
	t->q->search = pt_str_steal(&q);
	t->q->hits = pt_xcalloc(hits.n + 1, sizeof *t->q->hits);
	t->q->nhits = hits.n;
	t->q->hits_more = hits.capped || hits.n >= SEARCH_MAX_HITS;
	for (size_t i = 0; i < hits.n; i++)
		t->q->hits[i] = hits.v[i].story_id;
	search_hits_free(&hits);
	hit_step(t, 0);
}

struct tag_walk {
	struct tui *t;
	int n;
};

static int
tag_one(const struct story *s, void *ctx)
{
	struct tag_walk *tw = ctx;

	queue_tag_set(tw->t, s->slug, 1);
	tw->n++;
	return 0;
}

/* T: tags every story a filter matches inside the limit (as mutt's T:
 * what the limit hides is not touched), a page at a time. */
static void
tag_filter(struct tui *t)
{
	struct pt_str q = PT_STR_INIT;
	struct tag_walk tw = { t, 0 };
	struct filter *f = NULL, *in;
	struct pt_err err;

	if (prompt_read(t, t->q->filter != NULL ? "tag matching (inside the "
	    "limit): " : "tag matching: ", "", PH_LIMIT, PC_NONE, &q) != 1 ||
	    q.len == 0)
		goto out;
	if (filter_compile(pt_str_cstr(&q), ptime_now(), t->d->cob_hour,
	    &f, &err) < 0) {
		tui_err(t, &err);
		goto out;
	}
	in = filter_and(t->q->filter, f);
	filter_free(f);
	f = in;
	if (story_each(t->d->db, f, SORT_SLUG, -1, tag_one, &tw, &err) < 0) {
		tui_err(t, &err);
		goto out;
	}
	queue_tags_recount(t);
	tui_msg(t, 0, "tagged %d %s matching \"%s\"%s (%zu tagged)", tw.n,
	    tw.n == 1 ? "story" : "stories", pt_str_cstr(&q),
	    t->q->filter != NULL ? " inside the limit" : "", t->q->ntags);
out:
	filter_free(f);
	pt_str_done(&q);
}

void
queue_sort_prompt(struct tui *t, const char *initial)
{
	struct pt_str line = PT_STR_INIT;

	if (prompt_read(t, "sort by (urgency due priority updated status "
	    "slug needs): ", initial, PH_CMD, PC_SORT, &line) == 1 &&
	    line.len > 0) {
		while (line.len > 0 && line.buf[line.len - 1] == ' ')
			line.buf[--line.len] = '\0';
		queue_set_sort(t, line.buf);
	}
	pt_str_done(&line);
}

/* ", 3 more tagged, hidden by the limit, left alone" (none: ""). */
static void
hidden_note(size_t hidden, struct pt_str *out)
{
	if (hidden > 0)
		pt_str_addf(out, "; %zu more tagged, hidden by the limit, "
		    "left alone", hidden);
}

/* `;` then an action: the action on every tagged story the limit shows
 * (queue_tags.c says why not the hidden ones). Whatever the action needs
 * is asked once and applied to each in turn. */
static void
apply_tagged_batch(struct tui *t, enum act a)
{
	struct pt_str v = PT_STR_INIT, note = PT_STR_INIT;
	struct queue_tags qt = { NULL, 0 };
	struct pt_err err;
	char what[64];
	const char *name = "that action";
	int ok = 0, failed = 0;
	size_t n;
	const struct action *ac = keys_actions(&n);

	for (size_t i = 0; i < n; i++)
		if (ac[i].id == a)
			name = ac[i].name;
	if (t->q->ntags == 0) {
		tui_msg(t, 1, "no stories tagged (t tags, T tags by filter)");
		return;
	}
	if (queue_tags_shown(t, &qt, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	hidden_note(t->q->ntags - qt.n, &note);
	if (qt.n == 0 && a != A_TAG) {
		tui_msg(t, 1, "none of the %zu tagged stories is in this "
		    "limit: ; acts only on tagged stories the limit shows "
		    "(l changes it)", t->q->ntags);
		goto out;
	}
	snprintf(what, sizeof what, "%zu tagged", qt.n);
	switch (a) {
	case A_TAG:
		/* Clearing the tags changes no story: all of them go. */
		tui_msg(t, 0, "untagged all%s", t->q->tags_hidden > 0 ?
		    " (the ones the limit hid too)" : "");
		while (t->q->ntags > 0)
			free(t->q->tags[--t->q->ntags]);
		queue_tags_recount(t);
		goto out;
	case A_STATUS:
		act_status_tagged(t, qt.v, qt.n);
		if (note.len > 0 && !t->msg_err && t->msg[0] != '\0')
			tui_msg(t, 0, "%s%s", t->msg, pt_str_cstr(&note));
		goto out;
	case A_RFC:
		t->bulk = 1;
		ok = act_rfc_tagged(t, qt.v, qt.n);
		failed = (int)qt.n - ok;
		break;
	case A_ASSIGN: case A_PRIO: case A_DEADLINE: case A_LOG:
	case A_LOGED:
		if (!act_ask(t, a, what, &v))
			break;
		t->bulk = 1;
		for (size_t i = 0; i < qt.n; i++) {
			if (act_apply(t, a, qt.v[i], 0, pt_str_cstr(&v)) == 0)
				ok++;
			else
				failed++;
		}
		break;
	default:
		tui_msg(t, 1, "%s does not apply to tagged stories (; works "
		    "with s a p d e E r t)", name);
		goto out;
	}
	t->bulk = 0;
	if (ok + failed == 0)
		goto out;
	if (failed > 0) {
		char last[sizeof t->msg];

		snprintf(last, sizeof last, "%s", t->msg);
		tui_msg(t, 1, "%s: done on %d tagged, %d refused%s (last: %s)",
		    name, ok, failed, pt_str_cstr(&note), last);
	}
	else
		tui_msg(t, 0, "%s: done on %d tagged%s", name, ok,
		    pt_str_cstr(&note));
	/* Others' news held while the writes ran joins the summary. */
	tui_say_news_after_own(t, &t->held);
	history_news_free(&t->held);
out:
	t->bulk = 0;
	pt_str_done(&v);
	pt_str_done(&note);
	queue_tags_free(&qt);
}

/* The changes of one ; action form one batch in the history: undo
 * takes them back together. */
static void
apply_tagged(struct tui *t, enum act a)
{
	desk_batch_begin(t->d);
	apply_tagged_batch(t, a);
	desk_batch_end(t->d);
}

static void
queue_key(struct tui *t, enum act a, int k)
{
	const struct story *s = queue_current(t);
	int h = queue_body_rows();
	struct pt_str line = PT_STR_INIT;

	(void)k;
	if (t->q->apply_next) {
		t->q->apply_next = 0;
		apply_tagged(t, a);
		return;
	}
	switch (a) {
	case A_DOWN: move_to(t, t->q->sel + 1); break;
	case A_UP: move_to(t, t->q->sel - 1); break;
	case A_FIRST: queue_first(t); break;
	case A_LAST: queue_last(t); break;
	case A_PGDN: t->q->top += h; move_to(t, t->q->sel + h); break;
	case A_PGUP: t->q->top -= h; move_to(t, t->q->sel - h); break;
	case A_HALFDN: t->q->top += h / 2; move_to(t, t->q->sel + h / 2); break;
	case A_HALFUP: t->q->top -= h / 2; move_to(t, t->q->sel - h / 2); break;
	case A_ENTER:
		if (s != NULL)
			tui_open_story(t, s->slug);
		break;
	case A_QUIT:
		t->quit = 1;
		break;
	case A_SEARCH: queue_search(t, ""); break;
	case A_SNEXT: hit_step(t, 1); break;
	case A_SPREV: hit_step(t, -1); break;
	case A_LIMIT:
		if (prompt_read(t, "limit: ", t->q->limit, PH_LIMIT, PC_NONE,
		    &line) == 1)
			queue_set_limit(t, pt_str_cstr(&line));
		break;
	case A_SORT:
		queue_sort_prompt(t, "");
		break;
	case A_TAG:
		if (s != NULL) {
			queue_tag_set(t, s->slug, !queue_is_tagged(t,
			    s->slug));
			queue_tags_recount(t);
			move_to(t, t->q->sel + 1);
		}
		break;
	case A_TAGF: tag_filter(t); break;
	case A_VIEW: queue_view_next(t); break;
	case A_APPLY:
		t->q->apply_next = 1;
		queue_tags_recount(t);
		/* Said before the key: the hidden ones are not acted on. */
		if (t->q->tags_hidden > 0)
			tui_msg(t, 0, "next action on the %zu tagged shown; %zu "
			    "hidden by the limit left alone", t->q->ntags -
			    t->q->tags_hidden, t->q->tags_hidden);
		else
			tui_msg(t, 0, "next action applies to %zu tagged",
			    t->q->ntags);
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

static int
key(struct tui *t, enum act a, int k)
{
	/* Esc takes a pending `;` back: it must not wait to catch the
	 * next key and turn it on every tagged story. */
	if (a == A_NONE && k == TK_ESC && t->q->apply_next) {
		t->q->apply_next = 0;
		tui_msg(t, 0, "tag-apply cancelled");
		return 1;
	}
	if (a == A_NONE)
		return 0;
	queue_key(t, a, k);
	return 1;
}

/* The view's name, the count and the tags are the facts and stay whole;
 * in room columns the sort gives way first, then the limit's end (its
 * start stays, marked cut), then a limit of none. */
static void
title(struct tui *t, int room, struct pt_str *out)
{
	char count[48];
	struct pt_str head = PT_STR_INIT, tail = PT_STR_INIT;
	const char *limit = t->q->limit != NULL ? t->q->limit : "none";
	const char *cut = t->ascii ? "~" : "\xe2\x80\xa6";
	int left;

	queue_count_label(t, count, sizeof count);
	queue_view_title(t, &head);
	pt_str_add(&tail, count);
	if (t->q->ntags > 0)
		pt_str_addf(&tail, " | %zu tagged", t->q->ntags);
	if (t->q->tags_hidden > 0)
		pt_str_addf(&tail, " (%zu hidden)", t->q->tags_hidden);
	pt_str_addf(out, "%slimit: %s | sort: %s | %s", pt_str_cstr(&head),
	    limit, story_sort_name(t->q->sort), pt_str_cstr(&tail));
	if (room < 0 || sanitize_width(pt_str_cstr(out)) <= room)
		goto done;
	pt_str_clear(out);
	pt_str_addf(out, "%slimit: %s | %s", pt_str_cstr(&head), limit,
	    pt_str_cstr(&tail));
	if (sanitize_width(pt_str_cstr(out)) <= room)
		goto done;
	pt_str_clear(out);
	pt_str_add(out, pt_str_cstr(&head));
	left = room - sanitize_width(pt_str_cstr(&head)) -
	    sanitize_width(pt_str_cstr(&tail)) - (int)strlen("limit:  | ") -
	    1;
	if (t->q->limit != NULL && left > 0) {
		pt_str_add(out, "limit: ");
		(void)sanitize_fit(out, limit, left, 0);
		pt_str_addf(out, "%s | ", cut);
	}
	pt_str_add(out, pt_str_cstr(&tail));
done:
	pt_str_done(&head);
	pt_str_done(&tail);
}

static const struct story *
shown(struct tui *t, long long id)
{
	for (size_t i = 0; i < t->q->rows.n; i++)
		if (t->q->rows.v[i].id == id)
			return &t->q->rows.v[i];
	return NULL;
}

const char *
queue_limit(struct tui *t)
{
	return t->q->limit;
}

const struct filter *
queue_filter(struct tui *t)
{
	return t->q->filter;
}

long long
queue_count(struct tui *t)
{
	return t->q->count;
}

static const struct view_hint hints[] = {
	{ { A_QUIT }, "quit" }, { { A_ENTER }, "open" },
	{ { A_SEARCH }, "search" }, { { A_LIMIT }, "limit" },
	{ { A_SORT }, "sort" }, { { A_VIEW }, "view" }, { { A_TAG }, "tag" },
	{ { A_STATUS }, "status" }, { { A_LOG }, "log" },
	{ { A_NEW }, "new" }, { { A_HELP }, "help" }, { { A_NONE }, NULL }
};

const struct view_ops view_queue_ops = {
	"queue", queue_draw, key, reload, title, hints, shown
};
