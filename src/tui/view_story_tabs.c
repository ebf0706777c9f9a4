/* The story view's lines: each tab (Timeline, Requests, Credits,
 * History) and the detail of one entry or request, rendered once per
 * reload into the view's lines, which drawing then only copies. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/change.h"
#include "presstime/entry.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/sanitize.h"
#include "presstime/states.h"
#include "view_story.h"

void
story_lines_clear(struct story_view *sv)
{
	for (size_t i = 0; i < sv->nlines; i++)
		pt_str_done(&sv->lines[i]);
	free(sv->lines);
	free(sv->lslot);
	free(sv->litem);
	sv->lines = NULL;
	sv->lslot = sv->litem = NULL;
	sv->nlines = 0;
	for (size_t i = 0; i < sv->nrfc; i++)
		free(sv->rfc_state[i]);
	free(sv->rfc_ids);
	free(sv->rfc_state);
	sv->rfc_ids = NULL;
	sv->rfc_state = NULL;
	sv->nrfc = 0;
	free(sv->ids);
	sv->ids = NULL;
	sv->nids = 0;
	for (size_t i = 0; i < sv->ncred; i++) {
		free(sv->cred_name[i]);
		free(sv->cred_role[i]);
	}
	free(sv->cred_name);
	free(sv->cred_role);
	sv->cred_name = sv->cred_role = NULL;
	sv->ncred = 0;
	pt_str_done(&sv->colhead);
}

static void
add_line(struct story_view *sv, int slot, int item, const char *text)
{
	sv->lines = pt_xrealloc(sv->lines, (sv->nlines + 1) *
	    sizeof *sv->lines);
	sv->lslot = pt_xrealloc(sv->lslot, (sv->nlines + 1) *
	    sizeof *sv->lslot);
	sv->litem = pt_xrealloc(sv->litem, (sv->nlines + 1) *
	    sizeof *sv->litem);
	pt_str_init(&sv->lines[sv->nlines]);
	pt_str_add(&sv->lines[sv->nlines], text);
	sv->lslot[sv->nlines] = slot;
	sv->litem[sv->nlines++] = item;
}

struct wrap_into_view {
	struct story_view *sv;
	int slot, item;
};

static void
emit_view_line(void *ctx, const char *line)
{
	struct wrap_into_view *w = ctx;

	add_line(w->sv, w->slot, w->item, line);
}

static void
add_wrapped(struct story_view *sv, int slot, int item, const char *text,
    int width, int indent)
{
	struct wrap_into_view w = { sv, slot, item };

	tui_wrap(text, width, indent, emit_view_line, &w);
}

static int
kind_slot(const char *kind)
{
	char name[64];
	int s;

	snprintf(name, sizeof name, "kind_%s", kind != NULL ? kind : "");
	return (s = theme_slot_find(name)) >= 0 ? s : THEME_NORMAL;
}

static void
timeline_entry_lines(struct tui *t, const struct entry *e, int correction)
{
	char when[32], line[1024];
	int item = (int)t->sv->nids;

	t->sv->ids = pt_xrealloc(t->sv->ids, (t->sv->nids + 1) *
	    sizeof *t->sv->ids);
	t->sv->ids[t->sv->nids++] = e->id;

	ptime_format(e->occurred_at, when, sizeof when);
	snprintf(line, sizeof line, "%s%s  %s%s%s  (logged by %s)",
	    correction ? "  correction: " : "", when, e->kind,
	    e->source != NULL ? "  source: " : "",
	    e->source != NULL ? e->source : "", e->logged_by);
	add_line(t->sv, kind_slot(e->kind), item, line);
	add_wrapped(t->sv, THEME_NORMAL, item, e->body != NULL ? e->body :
	    "", screen_cols() - 6, correction ? 6 : 4);
}

static void
timeline(struct tui *t)
{
	struct entry_list l = { NULL, 0 };
	struct pt_err err;

	if (entry_list_story(t->d->db, t->sv->s->id, &l, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	for (size_t i = 0; i < l.n; i++) {
		int orphan = 1;

		if (l.v[i].amends != 0)
			for (size_t j = 0; j < l.n; j++)
				if (l.v[j].id == l.v[i].amends)
					orphan = 0;
		if (l.v[i].amends != 0 && !orphan)
			continue;
		timeline_entry_lines(t, &l.v[i], l.v[i].amends != 0);
		/* Corrections go right after the entry they amend. */
		for (size_t j = 0; j < l.n; j++)
			if (l.v[j].amends == l.v[i].id)
				timeline_entry_lines(t, &l.v[j], 1);
	}
	if (l.n == 0)
		add_line(t->sv, THEME_DIM, -1, "no entries yet: e logs one");
	entry_list_free(&l);
}

/* The requests' columns, by the screen's width: at 80 columns every
 * column has its header and the answer what is left; from 120 the
 * target's kind shows and the target widens, so at 200 the answer gets
 * the rest. */
struct rfc_cols {
	int target, kind;
};

static struct rfc_cols
rfc_cols(void)
{
	int w = screen_cols();
	struct rfc_cols c = { 16, 0 };

	if (w >= 160)
		c.target = 28, c.kind = 12;
	else if (w >= 120)
		c.target = 22, c.kind = 12;
	else if (w >= 100)
		c.target = 20;
	return c;
}

/* One row (or, with r NULL, the header) in the columns of c. */
static void
rfc_row(struct pt_str *line, struct rfc_cols c, const struct rfc *r,
    time_t now)
{
	char no[16], asked[32], due[32] = "", state[64];

	if (r == NULL) {
		pt_str_add(line, "No ");
		tui_pad_cell(line, "Target", c.target);
		if (c.kind > 0)
			tui_pad_cell(line, "Kind", c.kind);
		tui_pad_cell(line, "Via", 9);
		pt_str_addf(line, "%-12s %6s  ", "Asked", "Due");
		tui_pad_cell(line, "State", 22);
		pt_str_add(line, "Answer");
		return;
	}
	snprintf(no, sizeof no, "%2d ", r->no);
	ptime_format_short(r->asked_at, now, asked, sizeof asked);
	if (r->due_at != 0 && state_rfc_is(r->state, RFC_OPEN))
		ptime_countdown(r->due_at, now, due, sizeof due);
	snprintf(state, sizeof state, "%s", r->state);
	if (state_rfc_is(r->state, RFC_PROMISED) && r->promised_by != 0) {
		char by[32];

		ptime_format_short(r->promised_by, now, by, sizeof by);
		/* Past due with nothing: a broken promise (in the column's
		 * 22 cells). */
		if (r->promised_by <= now)
			snprintf(state, sizeof state, "broken (due %s)", by);
		else
			snprintf(state, sizeof state, "promised by %s", by);
	} else if (state_rfc_is(r->state, RFC_LAPSED) && r->promised_by != 0)
		snprintf(state, sizeof state, "lapsed, promise broken");
	/* Columns by display width, never by bytes: a name in CJK or with
	 * accents must neither be cut mid-character nor skew the columns
	 * after it. */
	pt_str_add(line, no);
	tui_pad_cell(line, r->target, c.target);
	if (c.kind > 0)
		tui_pad_cell(line, r->target_kind != NULL ? r->target_kind : "",
		    c.kind);
	tui_pad_cell(line, r->channel, 9);
	pt_str_addf(line, "%-12s %6s  ", asked, due);
	tui_pad_cell(line, state, 22);
	pt_str_add(line, r->answer != NULL ? r->answer : "");
}

static void
requests(struct tui *t)
{
	struct rfc_list l = { NULL, 0 };
	struct pt_err err;
	struct rfc_cols c = rfc_cols();
	time_t now = ptime_now();

	if (rfc_list_story(t->d->db, t->sv->s->id, &l, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	t->sv->rfc_ids = pt_xcalloc(l.n + 1, sizeof *t->sv->rfc_ids);
	t->sv->rfc_state = pt_xcalloc(l.n + 1, sizeof *t->sv->rfc_state);
	if (l.n > 0)
		rfc_row(&t->sv->colhead, c, NULL, now);
	for (size_t i = 0; i < l.n; i++) {
		const struct rfc *r = &l.v[i];
		struct pt_str line = PT_STR_INIT;
		char slot[64];
		int sl;

		rfc_row(&line, c, r, now);
		snprintf(slot, sizeof slot, "rfc_%s", r->state);
		sl = theme_slot_find(slot);
		add_line(t->sv, sl >= 0 ? sl : THEME_NORMAL, (int)i,
		    pt_str_cstr(&line));
		pt_str_done(&line);
		t->sv->rfc_ids[i] = r->id;
		t->sv->rfc_state[i] = pt_xstrdup(r->state);
	}
	t->sv->nrfc = l.n;
	if (l.n == 0)
		add_line(t->sv, THEME_DIM, -1, "no requests for comment: "
		    "r asks someone");
	rfc_list_free(&l);
}

static void
credits(struct tui *t)
{
	struct credit_list l = { NULL, 0 };
	struct pt_err err;

	if (credit_list_story(t->d->db, t->sv->s->id, &l, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	t->sv->cred_name = pt_xcalloc(l.n + 1, sizeof *t->sv->cred_name);
	t->sv->cred_role = pt_xcalloc(l.n + 1, sizeof *t->sv->cred_role);
	for (size_t i = 0; i < l.n; i++) {
		char line[512];

		snprintf(line, sizeof line, "%-12s %s (%s)", l.v[i].role,
		    l.v[i].person.name, l.v[i].person.kind);
		/* x takes back the credit under the cursor. */
		t->sv->cred_name[i] = pt_xstrdup(l.v[i].person.name);
		t->sv->cred_role[i] = pt_xstrdup(l.v[i].role);
		t->sv->ncred = i + 1;
		add_line(t->sv, THEME_NORMAL, (int)i, line);
	}
	if (l.n == 0)
		add_line(t->sv, THEME_DIM, -1, "no credits yet: C credits "
		    "someone");
	credit_list_free(&l);
}

/* Every change, newest first: who, what, from and to (change.h). */
static void
history(struct tui *t)
{
	struct change_list l = { NULL, 0 };
	struct pt_err err;

	if (change_list_story(t->d->db, t->sv->s->id, NULL, &l, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	for (size_t i = 0; i < l.n; i++) {
		const struct change *c = &l.v[i];
		char when[32], line[1024];

		ptime_format(c->at, when, sizeof when);
		snprintf(line, sizeof line, "%s  %s: %.300s -> %.300s  by %s%s%s"
		    "%s%.200s", when, c->field, c->old_value != NULL ?
		    c->old_value : "(new)", c->new_value != NULL ?
		    c->new_value : "(none)", c->by, c->undoes ? " (undo)" : "",
		    c->imported ? " (imported)" : "", c->note != NULL ? "  " : "",
		    c->note != NULL ? c->note : "");
		add_line(t->sv, c->undoes ? THEME_DIM : THEME_NORMAL, -1, line);
	}
	if (l.n == 0)
		add_line(t->sv, THEME_DIM, -1, "no history yet");
	change_list_free(&l);
}

/* The detail pane: one entry or request in full, wrapped to width. */
static void
detail_lines(struct tui *t)
{
	int w = screen_cols() - 4;
	char line[512], a[32], b[32];

	if (!t->sv->detail_rfc) {
		struct entry e;
		struct pt_err err;

		if (entry_get(t->d->db, t->sv->detail_id, &e, &err) < 0) {
			add_line(t->sv, THEME_ERROR, -1, err.msg);
			return;
		}
		ptime_format(e.occurred_at, a, sizeof a);
		ptime_format(e.logged_at, b, sizeof b);
		snprintf(line, sizeof line, "Entry %lld  %s  happened %s  "
		    "(logged %s by %s)   q/Esc: back", e.id, e.kind, a, b,
		    e.logged_by);
		add_line(t->sv, THEME_HEADER, -1, line);
		if (e.imported_by != NULL) {
			ptime_format(e.imported_at, b, sizeof b);
			snprintf(line, sizeof line, "  imported %s by %s%s%s", b,
			    e.imported_by, e.orig_by != NULL &&
			    strcmp(e.orig_by, e.logged_by) != 0 ?
			    "; originally logged by " : "", e.orig_by != NULL &&
			    strcmp(e.orig_by, e.logged_by) != 0 ? e.orig_by : "");
			add_line(t->sv, THEME_DIM, -1, line);
		}
		if (e.source != NULL)
			add_wrapped(t->sv, THEME_DIM, -1, e.source, w, 2);
		if (e.url != NULL)
			add_wrapped(t->sv, THEME_DIM, -1, e.url, w, 2);
		add_line(t->sv, THEME_NORMAL, -1, "");
		add_wrapped(t->sv, THEME_NORMAL, -1, e.body != NULL ?
		    e.body : "", w, 2);
		entry_done(&e);
	} else {
		struct rfc r;
		struct pt_err err;

		if (rfc_get(t->d->db, t->sv->detail_id, &r, &err) < 0) {
			add_line(t->sv, THEME_ERROR, -1, err.msg);
			return;
		}
		ptime_format(r.asked_at, a, sizeof a);
		snprintf(line, sizeof line, "Request %d to %s by %s, asked "
		    "%s by %s   q/Esc: back", r.no, r.target, r.channel, a,
		    r.asked_by != NULL ? r.asked_by : "?");
		add_line(t->sv, THEME_HEADER, -1, line);
		b[0] = '\0';
		if (r.due_at != 0)
			ptime_format(r.due_at, b, sizeof b);
		snprintf(line, sizeof line, "  state %s%s%s", r.state,
		    b[0] != '\0' ? "  due " : "", b);
		add_line(t->sv, THEME_NORMAL, -1, line);
		if (r.answer != NULL) {
			add_line(t->sv, THEME_NORMAL, -1, "");
			add_wrapped(t->sv, THEME_NORMAL, -1, r.answer, w, 2);
		}
		rfc_done(&r);
	}
}

/* The lines of what the view shows: the detail when one is open, else
 * the current tab. */
void
story_tab_lines(struct tui *t)
{
	story_lines_clear(t->sv);
	if (t->sv->detail)
		detail_lines(t);
	else switch (t->sv->tab) {
	case 0: timeline(t); break;
	case 1: requests(t); break;
	case 2: credits(t); break;
	default: history(t); break;
	}
}
