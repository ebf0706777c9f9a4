/* The story desk: a header over four tabs (Timeline, Requests, Credits,
 * History) and the end notes overlay. A tab is rendered to lines once
 * per reload; drawing only copies the visible ones. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "presstime/entry.h"
#include "presstime/history.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/sanitize.h"
#include "presstime/states.h"
#include "view_story.h"

#define HEAD_ROWS 6  /* top bar + four header lines + the tab bar */

static const char *const tabs[] = { "Timeline", "Requests", "Credits",
    "History" };

/* Column headers (the Requests tab) take the body's first row. */
static int
col_rows(const struct tui *t)
{
	return t->sv->colhead.len > 0 ? 1 : 0;
}

static int
body_rows(const struct tui *t)
{
	return screen_lines() - HEAD_ROWS - 2 - col_rows(t);
}

static void
reload(struct tui *t)
{
	struct story *s;
	struct pt_err err;

	if (t->sv->slug == NULL)
		return;
	if (story_get(t->d->db, t->sv->slug, &s, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	if (t->sv->s != NULL)
		story_free(t->sv->s);
	t->sv->s = s;
	story_tab_lines(t);
	/* Like tail -f: after G, new lines keep the last one in view. */
	if (t->sv->follow && !t->sv->detail)
		t->sv->sel = (int)t->sv->nlines - 1;
	if (t->sv->sel >= (int)t->sv->nlines)
		t->sv->sel = (int)t->sv->nlines - 1;
	if (t->sv->sel < 0)
		t->sv->sel = 0;
	if (t->sv->follow && !t->sv->detail) {
		int h = body_rows(t);

		t->sv->top = t->sv->sel - h + 1 > 0 ? t->sv->sel - h + 1 : 0;
	}
}

void
tui_open_story(struct tui *t, const char *slug)
{
	char *copy = pt_xstrdup(slug);

	story_view_done(t);
	t->sv->slug = copy;
	t->sv->tab = 0;
	reload(t);
	if (t->sv->s == NULL) {
		story_view_done(t);
		return;
	}
	t->view = V_STORY;
}

void
story_view_done(struct tui *t)
{
	story_lines_clear(t->sv);
	if (t->sv->s != NULL)
		story_free(t->sv->s);
	free(t->sv->slug);
	free(t->sv->search);
	pt_str_done(&t->sv->notes);
	memset(t->sv, 0, sizeof *t->sv);
}

static void
byline(struct tui *t, struct pt_str *out)
{
	struct credit_list l = { NULL, 0 };
	struct pt_err err;
	size_t nb = 0, nc = 0;

	if (credit_list_story(t->d->db, t->sv->s->id, &l, &err) < 0)
		return;
	for (size_t i = 0; i < l.n; i++)
		if (strcmp(l.v[i].role, "byline") == 0)
			pt_str_addf(out, "%s%s", nb++ == 0 ? "By " : ", ",
			    l.v[i].person.name);
	for (size_t i = 0; i < l.n; i++)
		if (strcmp(l.v[i].role, "contributor") == 0)
			pt_str_addf(out, "%s%s", nc++ == 0 ? (nb > 0 ?
			    "; with " : "With ") : ", ", l.v[i].person.name);
	if (nb + nc == 0)
		pt_str_add(out, "no byline yet");
	credit_list_free(&l);
}

/* The header's first line: slug, status, priority, editor, due. The
 * status and the due time (countdown and date) are what the line is
 * for and stay whole; at 80 columns the labels go first ("urgent
 * @tkeiser"), then the editor, then the priority, and last the slug is
 * cut (the top bar names it whole). */
static void
draw_facts(struct tui *t, const struct story *s)
{
	int cols = screen_cols(), x, level, slug_w, fixed;
	char due[32] = "none", at[40] = "", buf[64], pri[64], ed[80];
	struct pt_str slug = PT_STR_INIT;
	int late = s->deadline != 0 && s->deadline < ptime_now();

	if (s->deadline != 0) {
		char when[32];

		ptime_countdown(s->deadline, ptime_now(), due, sizeof due);
		ptime_format(s->deadline, when, sizeof when);
		snprintf(at, sizeof at, " (%s)", when);
	}
	for (level = 0; ; level++) {
		pri[0] = ed[0] = '\0';
		if (level == 0) {
			snprintf(pri, sizeof pri, "  priority %s", s->priority);
			snprintf(ed, sizeof ed, "  editor %s", s->editor !=
			    NULL ? s->editor : "none");
		} else if (level <= 2)
			snprintf(pri, sizeof pri, "  %s", s->priority);
		if (level == 1 && s->editor != NULL)
			snprintf(ed, sizeof ed, "  @%s", s->editor);
		fixed = 2 + sanitize_width(s->status) + (s->needs_update ?
		    (int)strlen(" (needs update)") : 0) + sanitize_width(pri) +
		    sanitize_width(ed) + (int)strlen("  due ") +
		    sanitize_width(due) + sanitize_width(at);
		if (level == 3 || fixed + sanitize_width(s->slug) <= cols)
			break;
	}
	slug_w = cols - fixed;
	if (sanitize_width(s->slug) > slug_w && slug_w > 1) {
		(void)sanitize_fit(&slug, s->slug, slug_w - 1, 0);
		pt_str_add(&slug, t->ascii ? "~" : "\xe2\x80\xa6");
	} else
		pt_str_add(&slug, s->slug);
	x = scr_put(t, 1, 0, cols, THEME_HEADER, 0, pt_str_cstr(&slug));
	pt_str_done(&slug);
	snprintf(buf, sizeof buf, "state_%s", s->status);
	x += scr_put(t, 1, x, cols - x, THEME_NORMAL, 0, "  ");
	x += scr_put(t, 1, x, cols - x, theme_slot_find(buf) >= 0 ?
	    theme_slot_find(buf) : THEME_NORMAL, 0, s->status);
	x += scr_putf(t, 1, x, cols - x, THEME_NORMAL, 0, "%s%s%s  due ",
	    s->needs_update ? " (needs update)" : "", pri, ed);
	x += scr_put(t, 1, x, cols - x, late ? THEME_OVERDUE : THEME_NORMAL,
	    0, due);
	scr_put(t, 1, x, cols - x, THEME_DIM, 0, at);
}

static void
draw_header(struct tui *t)
{
	const struct story *s = t->sv->s;
	struct pt_str by = PT_STR_INIT, here = PT_STR_INIT;
	int cols = screen_cols(), x, here_w = 0, room;
	char at[32];

	draw_facts(t, s);
	scr_put(t, 2, 0, cols, THEME_HEADER, 0, s->headline);
	scr_put(t, 3, 0, cols, THEME_DIM, 0, s->dek != NULL ? s->dek : "");
	byline(t, &by);
	/* Who else has it open, at the byline's right: it wins the room. */
	if (tui_presence_line(t, s->id, &here) > 0) {
		here_w = sanitize_width(pt_str_cstr(&here));
		if (here_w > cols - 2)
			here_w = cols - 2;
	}
	room = here_w > 0 ? cols - here_w - 2 : cols;
	x = scr_put(t, 4, 0, room, THEME_NORMAL, 0, pt_str_cstr(&by));
	if (here_w > 0)
		scr_put(t, 4, cols - here_w, here_w, THEME_MESSAGE, 0,
		    pt_str_cstr(&here));
	pt_str_done(&here);
	pt_str_done(&by);
	if (s->embargo != 0) {
		time_t now = ptime_now();

		ptime_format_short(s->embargo, now, at, sizeof at);
		/* Until it lifts it is a warning: nothing runs before. */
		scr_putf(t, 4, x, room - x, s->embargo > now ? THEME_DUE_SOON :
		    THEME_DIM, 0, "  %s %s", s->embargo > now ?
		    "EMBARGOED until" : "embargo lifted", at);
	}
	x = 0;
	for (int i = 0; i < 4; i++)
		x += scr_putf(t, 5, x, cols - x, i == t->sv->tab ?
		    THEME_TAB_ACTIVE : THEME_TAB, 0, i == t->sv->tab ?
		    "[%d %s] " : " %d %s  ", i + 1, tabs[i]);
}

struct notes_draw {
	struct tui *t;
	int y, cols;
};

static void
emit_notes_line(void *ctx, const char *line)
{
	struct notes_draw *nd = ctx;

	if (nd->y < screen_lines() - 2)
		scr_put(nd->t, nd->y++, 2, nd->cols - 4, THEME_NORMAL, 1, line);
}

/* The end notes as `presstime endnotes` prints them, each sentence group
 * wrapped to the screen rather than cut. */
static void
draw_notes(struct tui *t)
{
	struct notes_draw nd = { t, HEAD_ROWS + 1, screen_cols() };
	const char *p = pt_str_cstr(&t->sv->notes);

	scr_put(t, HEAD_ROWS, 2, nd.cols - 4, THEME_HEADER, 1,
	    "End notes at press time (any key closes)");
	if (*p == '\0')
		scr_put(t, nd.y, 2, nd.cols - 4, THEME_DIM, 1, "(no end notes)");
	while (*p != '\0') {
		size_t n = strcspn(p, "\n");
		char *line = pt_xmalloc(n + 1);

		memcpy(line, p, n);
		line[n] = '\0';
		tui_wrap(line, nd.cols - 4, 0, emit_notes_line, &nd);
		free(line);
		p += n;
		if (*p == '\n')
			p++;
	}
}

static void
draw(struct tui *t)
{
	int h = body_rows(t);

	if (t->sv->s == NULL)
		return;
	draw_header(t);
	if (t->sv->endnotes) {
		draw_notes(t);
		return;
	}
	if (t->sv->sel < t->sv->top)
		t->sv->top = t->sv->sel;
	if (t->sv->sel >= t->sv->top + h)
		t->sv->top = t->sv->sel - h + 1;
	if (col_rows(t) > 0)
		scr_put(t, HEAD_ROWS, 0, screen_cols(), THEME_HEADER, 1,
		    pt_str_cstr(&t->sv->colhead));
	for (int r = 0; r < h && t->sv->top + r < (int)t->sv->nlines; r++) {
		int i = t->sv->top + r, y = HEAD_ROWS + col_rows(t) + r;

		scr_put(t, y, 0, screen_cols(), t->sv->lslot[i], 1,
		    pt_str_cstr(&t->sv->lines[i]));
		/* The selected item: its lines in Timeline, its row in
		 * Requests. */
		if (!t->sv->detail && t->sv->litem[i] >= 0 &&
		    t->sv->sel < (int)t->sv->nlines &&
		    t->sv->litem[i] == t->sv->litem[t->sv->sel] &&
		    (t->sv->tab == 1 || t->sv->tab == 2 ||
		    (t->sv->tab == 0 && t->sv->lslot[i] !=
		    THEME_NORMAL)))
			scr_attr_row(t, y, THEME_CURSOR);
	}
}

static void
move_to(struct tui *t, int i)
{
	if (i >= (int)t->sv->nlines)
		i = (int)t->sv->nlines - 1;
	if (i < 0)
		i = 0;
	t->sv->sel = i;
	t->sv->follow = 0;
	/* Outside Requests and Credits the cursor is the top line: plain
	 * scrolling, stopping when the last line shows (the cursor then
	 * walks down). */
	if ((t->sv->tab != 1 && t->sv->tab != 2) || t->sv->detail) {
		int last = (int)t->sv->nlines - body_rows(t);

		t->sv->top = i < last ? i : last > 0 ? last : 0;
	}
}

/* Enter: the selected entry or request in full. */
static void
open_detail(struct tui *t)
{
	int item = t->sv->sel < (int)t->sv->nlines ? t->sv->litem[t->sv->sel] :
	    -1;

	if (t->sv->tab == 0 && item >= 0 && (size_t)item < t->sv->nids)
		t->sv->detail_id = t->sv->ids[item];
	else if (t->sv->tab == 1 && item >= 0 && (size_t)item < t->sv->nrfc)
		t->sv->detail_id = t->sv->rfc_ids[item];
	else {
		tui_msg(t, 1, "nothing to open here (Timeline and Requests "
		    "open an entry or a request)");
		return;
	}
	t->sv->detail_rfc = t->sv->tab == 1;
	t->sv->saved_sel = t->sv->sel;
	t->sv->saved_top = t->sv->top;
	t->sv->detail = 1;
	t->sv->sel = t->sv->top = 0;
	reload(t);
}

static void
close_detail(struct tui *t)
{
	t->sv->detail = 0;
	reload(t);
	t->sv->sel = t->sv->saved_sel;
	t->sv->top = t->sv->saved_top;
	if (t->sv->sel >= (int)t->sv->nlines)
		t->sv->sel = t->sv->nlines > 0 ? (int)t->sv->nlines - 1 : 0;
}

static void
tab_match_step(struct tui *t, int dir)
{
	int n = (int)t->sv->nlines;

	if (t->sv->search == NULL || n == 0) {
		tui_msg(t, 1, "no search yet (/ searches this tab)");
		return;
	}
	for (int k = 1; k <= n; k++) {
		int i = ((t->sv->sel + dir * k) % n + n) % n;

		if (strcasestr(pt_str_cstr(&t->sv->lines[i]), t->sv->search)) {
			move_to(t, i);
			return;
		}
	}
	tui_msg(t, 1, "\"%s\" is not in this tab", t->sv->search);
}

void
story_search_prompt(struct tui *t, const char *initial)
{
	struct pt_str q = PT_STR_INIT;

	if (prompt_read(t, "/", initial, PH_SEARCH, PC_NONE, &q) == 1 &&
	    q.len > 0) {
		free(t->sv->search);
		t->sv->search = pt_str_steal(&q);
		tab_match_step(t, 1);
	}
	pt_str_done(&q);
}

/* Records an outcome on request rfc_id; kind is the action's state
 * (answered, declined, promised, lapsed) or a draft's "answer",
 * "decline" and "promise" contexts; initial is the text to start from. */
static void
resolve_id(struct tui *t, long long rfc_id, const char *state,
    const char *initial)
{
	struct pt_str text = PT_STR_INIT, when = PT_STR_INIT;
	struct pt_str news = PT_STR_INIT;
	struct pt_err err;
	char ctx[48];
	time_t by = 0;

	t->draft_slug = t->sv->slug;
	t->draft_ctx = ctx;
	if (state_rfc_is(state, RFC_ANSWERED)) {
		snprintf(ctx, sizeof ctx, "answer:%lld", rfc_id);
		if (prompt_read(t, "answer: ", initial, PH_TEXT, PC_NONE,
		    &text) != 1)
			goto out;
	}
	if (state_rfc_is(state, RFC_DECLINED)) {
		snprintf(ctx, sizeof ctx, "decline:%lld", rfc_id);
		if (prompt_read(t, "their words (optional): ", initial,
		    PH_TEXT, PC_NONE, &text) != 1)
			goto out;
	}
	if (state_rfc_is(state, RFC_PROMISED)) {
		snprintf(ctx, sizeof ctx, "promise:%lld", rfc_id);
		if (prompt_read(t, "promised by (cob thu, 17:00, +2h): ",
		    initial, PH_TIME, PC_NONE, &when) != 1)
			goto out;
		if (desk_parse_time(t->d, pt_str_cstr(&when), &by, &err) < 0) {
			tui_write_failed(t, t->sv->slug, &err);
			goto out;
		}
	}
	if (desk_rfc_resolve_flag(t->d, t->sv->slug, rfc_id, state,
	    text.len > 0 ? pt_str_cstr(&text) : NULL, by, 0, &news, &err) < 0)
		tui_write_failed(t, t->sv->slug, &err);
	else {
		/* A word after publication is news the editor must see. */
		if (news.len > 0)
			tui_msg(t, 1, "%s", pt_str_cstr(&news));
		else
			tui_msg(t, 0, "request %s", state);
		tui_typed_written(t);
		tui_mark_own(t);
	}
out:
	t->draft_ctx = t->draft_slug = NULL;
	pt_str_done(&text);
	pt_str_done(&when);
	pt_str_done(&news);
}

void
story_answer_prompt(struct tui *t, long long rfc_id, const char *kind,
    const char *initial)
{
	if (t->sv->tab != 1) {
		t->sv->tab = 1;
		t->sv->sel = t->sv->top = 0;
		reload(t);
	}
	for (size_t i = 0; i < t->sv->nlines; i++)
		if (t->sv->litem[i] >= 0 && (size_t)t->sv->litem[i] < t->sv->nrfc &&
		    t->sv->rfc_ids[t->sv->litem[i]] == rfc_id)
			t->sv->sel = (int)i;
	resolve_id(t, rfc_id, state_rfc_name(strcmp(kind, "answer") == 0 ?
	    RFC_ANSWERED : strcmp(kind, "promise") == 0 ? RFC_PROMISED :
	    RFC_DECLINED), initial);
}

static void
resolve(struct tui *t, enum act a)
{
	static const char *const states[] = { "answered", "declined",
	    "promised", "lapsed" };
	int i = t->sv->sel < (int)t->sv->nlines ? t->sv->litem[t->sv->sel] : -1;

	if (t->sv->tab != 1 || i < 0) {
		tui_msg(t, 1, "pick a request in the Requests tab (2)");
		return;
	}
	resolve_id(t, t->sv->rfc_ids[i], states[a == A_ANSWERED ? 0 :
	    a == A_DECLINED ? 1 : a == A_PROMISED ? 2 : 3], "");
}

/* x: the credit under the cursor in Credits, taken back. */
static void
uncredit(struct tui *t)
{
	int i = t->sv->sel < (int)t->sv->nlines ? t->sv->litem[t->sv->sel] : -1;
	char *slug, *name, *role;

	if (t->sv->tab != 2 || i < 0 || (size_t)i >= t->sv->ncred) {
		tui_msg(t, 1, "pick a credit in the Credits tab (3)");
		return;
	}
	/* The view reloads under the question: keep copies. */
	slug = pt_xstrdup(t->sv->slug);
	name = pt_xstrdup(t->sv->cred_name[i]);
	role = pt_xstrdup(t->sv->cred_role[i]);
	act_uncredit(t, slug, name, role);
	free(slug);
	free(name);
	free(role);
}

static void
story_view_key(struct tui *t, enum act a, int k)
{
	struct pt_str q = PT_STR_INIT;
	struct pt_err err;
	int h = body_rows(t);

	(void)k;
	if (t->sv->endnotes) {
		t->sv->endnotes = 0;
		return;
	}
	if (t->sv->detail) {
		switch (a) {
		case A_QUIT: case A_ENTER: close_detail(t); return;
		case A_DOWN: case A_UP: case A_FIRST: case A_LAST: case A_PGDN:
		case A_PGUP: case A_HALFDN: case A_HALFUP: case A_CMD:
			break;
		default:
			tui_msg(t, 1, "q or Esc closes the detail first");
			return;
		}
	}
	switch (a) {
	case A_DOWN: move_to(t, t->sv->sel + 1); break;
	case A_UP: move_to(t, t->sv->sel - 1); break;
	case A_FIRST: move_to(t, 0); break;
	case A_LAST:
		move_to(t, (int)t->sv->nlines - 1);
		t->sv->follow = !t->sv->detail;
		break;
	case A_PGDN: move_to(t, t->sv->sel + h); break;
	case A_PGUP: move_to(t, t->sv->sel - h); break;
	case A_HALFDN: move_to(t, t->sv->sel + h / 2); break;
	case A_HALFUP: move_to(t, t->sv->sel - h / 2); break;
	case A_QUIT:
		story_view_done(t);
		t->view = V_QUEUE;
		tui_view_ops(V_QUEUE)->reload(t);
		break;
	case A_ENTER:
		open_detail(t);
		break;
	case A_TABNEXT: case A_TAB1: case A_TAB2: case A_TAB3: case A_TAB4:
		t->sv->tab = a == A_TABNEXT ? (t->sv->tab + 1) % 4 :
		    (int)(a - A_TAB1);
		t->sv->sel = t->sv->top = 0;
		reload(t);
		break;
	case A_SEARCH:
		story_search_prompt(t, "");
		break;
	case A_SNEXT: tab_match_step(t, 1); break;
	case A_SPREV: tab_match_step(t, -1); break;
	case A_ENDNOTES:
		pt_str_clear(&t->sv->notes);
		if (desk_endnotes(t->d, t->sv->slug, &t->sv->notes, &err) < 0)
			tui_err(t, &err);
		else
			t->sv->endnotes = 1;
		break;
	case A_ANSWERED: case A_DECLINED: case A_PROMISED: case A_LAPSED:
		resolve(t, a);
		break;
	case A_UNCREDIT:
		uncredit(t);
		break;
	default: {
		char *slug = pt_xstrdup(t->sv->slug);

		act_story(t, a, slug, t->sv->s->version);
		free(slug);
		break;
	}
	}
	pt_str_done(&q);
}

static int
key(struct tui *t, enum act a, int k)
{
	/* Esc backs out of an overlay as q does. */
	if (a == A_NONE && k == TK_ESC && (t->sv->detail || t->sv->endnotes))
		a = A_QUIT;
	if (a == A_NONE)
		return 0;
	story_view_key(t, a, k);
	return 1;
}

static void
title(struct tui *t, int room, struct pt_str *out)
{
	/* The slug is the whole of it. */
	(void)room;
	pt_str_addf(out, "story %s", t->sv->slug != NULL ? t->sv->slug : "");
}

static const struct story *
shown(struct tui *t, long long id)
{
	return t->sv->s != NULL && t->sv->s->id == id ? t->sv->s : NULL;
}

const struct story *
story_view_current(struct tui *t)
{
	return t->sv->s;
}

void
story_view_init(struct tui *t)
{
	t->sv = pt_xcalloc(1, sizeof *t->sv);
}

void
story_view_free(struct tui *t)
{
	if (t->sv == NULL)
		return;
	story_view_done(t);
	free(t->sv);
	t->sv = NULL;
}

static const struct view_hint hints[] = {
	{ { A_QUIT }, "back" },
	{ { A_TAB1, A_TAB2, A_TAB3, A_TAB4, A_TABNEXT }, "tabs" },
	{ { A_LOG }, "log" }, { { A_RFC }, "request" },
	{ { A_STATUS }, "status" }, { { A_ENDNOTES }, "end notes" },
	{ { A_ANSWERED, A_DECLINED, A_PROMISED, A_LAPSED }, "answer" },
	{ { A_HELP }, "help" }, { { A_NONE }, NULL }
};

const struct view_ops view_story_ops = {
	"story", draw, key, reload, title, hints, shown
};
