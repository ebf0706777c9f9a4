/* Someone saved first. When the edit that lost was to a field someone
 * else changed meanwhile, a window shows both texts, theirs (who, when)
 * and the user's: side by side on a wide terminal, one above the other
 * at 80 columns. The user takes theirs (nothing written), takes theirs
 * over (their own text written as a new change), or edits a merge in
 * the prompt, started from their own text with theirs in sight. Leaving
 * the window keeps the text as a draft. When the story changed in
 * another way the user is told who changed it and picks re-apply or
 * cancel. Every write stays a desk operation, called by the caller's
 * loop with the version this file hands back. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/change.h"
#include "presstime/ptime.h"
#include "tui_int.h"

/* Side by side from this text width of the window on (two columns of
 * about 45); narrower, the texts are stacked. */
#define SIDE_MIN 90

struct conflict_view {
	const char *what;      /* "headline of hootsuite-ice" */
	const char *theirs_by;
	char theirs_at[48];
	const char *theirs, *mine;
};

static void
lines_of(struct tui_lines *l, const char *text, int width)
{
	size_t n = l->n;

	tui_lines_wrap(l, text, width);
	if (l->n == n)
		tui_lines_add(l, "(empty)");
}

/* The window's rows for this width. */
static void
layout(const struct conflict_view *cv, int width, struct tui_lines *body)
{
	struct pt_str head = PT_STR_INIT, row = PT_STR_INIT;
	struct tui_lines a = { NULL, 0 }, b = { NULL, 0 };

	pt_str_addf(&head, "THEIRS \xe2\x80\x94 %s at %s", cv->theirs_by,
	    cv->theirs_at);
	if (width >= SIDE_MIN) {
		int cw = (width - 3) / 2;

		lines_of(&a, cv->theirs, cw);
		lines_of(&b, cv->mine, cw);
		tui_pad_cell(&row, pt_str_cstr(&head), cw);
		pt_str_add(&row, "\xe2\x94\x82 YOURS \xe2\x80\x94 not saved");
		tui_lines_add(body, pt_str_cstr(&row));
		for (size_t i = 0; i < a.n || i < b.n; i++) {
			pt_str_clear(&row);
			tui_pad_cell(&row, i < a.n ? a.v[i] : "", cw);
			pt_str_add(&row, "\xe2\x94\x82 ");
			pt_str_add(&row, i < b.n ? b.v[i] : "");
			tui_lines_add(body, pt_str_cstr(&row));
		}
	} else {
		tui_lines_add(body, pt_str_cstr(&head));
		lines_of(&a, cv->theirs, width - 2);
		for (size_t i = 0; i < a.n; i++) {
			pt_str_clear(&row);
			pt_str_addf(&row, "  %s", a.v[i]);
			tui_lines_add(body, pt_str_cstr(&row));
		}
		tui_lines_add(body, "");
		tui_lines_add(body, "YOURS \xe2\x80\x94 not saved");
		lines_of(&b, cv->mine, width - 2);
		for (size_t i = 0; i < b.n; i++) {
			pt_str_clear(&row);
			pt_str_addf(&row, "  %s", b.v[i]);
			tui_lines_add(body, pt_str_cstr(&row));
		}
	}
	tui_lines_free(&a);
	tui_lines_free(&b);
	pt_str_done(&head);
	pt_str_done(&row);
}

/* The window, until t, m, e or q (Esc) comes: returns it, or TK_EOF
 * when the terminal went away. */
static int
conflict_window(struct tui *t, const struct conflict_view *cv)
{
	static const char keys[] = "t: take theirs (drop yours)  "
	    "m: take yours (write it over theirs)  e: edit a merge  "
	    "q: decide later (yours kept as a draft)";
	char title[200];
	int top = 0, rows = 1, k;

	snprintf(title, sizeof title, "conflict: %s", cv->what);
	for (;;) {
		int width = tui_window_width(160);
		struct tui_lines body = { NULL, 0 };

		tui_draw_unflushed(t);
		layout(cv, width, &body);
		tui_window_draw(t, title, &body, keys, width, &top, &rows);
		screen_flush();
		k = tui_getkey(t, 500);
		if (k == TK_EOF || tui_sig_term) {
			tui_lines_free(&body);
			t->quit = 1;
			return TK_EOF;
		}
		if (k != TK_NONE && k != TK_FN(KEY_RESIZE) &&
		    !tui_scroll_key(k, &top, rows, (int)body.n, 1)) {
			if (k >= 'A' && k <= 'Z')
				k += 'a' - 'A';
			if (k == TK_ESC)
				k = 'q';
			if (k == 't' || k == 'm' || k == 'e' || k == 'q') {
				tui_lines_free(&body);
				/* An answer writes: what others did while
				 * the window stood is said with it. */
				tui_news_hold(t);
				return k;
			}
		}
		tui_lines_free(&body);
	}
}

/* The user's text goes on as a draft (their own prompt's, else one made
 * for the field), said with why. */
static void
keep_as_draft(struct tui *t, const char *slug, enum desk_field f,
    const char *mine, const struct pt_err *err)
{
	if (t->typed.text == NULL)
		tui_typed_set(t, desk_field_name(f), slug, mine);
	tui_write_failed(t, slug, err);
}

/* The merge prompt: starts from the user's text, theirs in its label
 * (a label too long for the line is shown whole in a window above it).
 * 1 with the merged text in mine. */
static int
merge_prompt(struct tui *t, const char *slug, enum desk_field f,
    const struct conflict_view *cv, struct pt_str *mine)
{
	struct pt_str line = PT_STR_INIT, label = PT_STR_INIT;
	int rc;

	pt_str_addf(&label, "merge %s (theirs, by %s: \"%s\"): ", cv->what,
	    cv->theirs_by, cv->theirs);
	t->draft_ctx = desk_field_name(f);
	t->draft_slug = slug;
	rc = prompt_read(t, pt_str_cstr(&label), pt_str_cstr(mine), PH_TEXT,
	    PC_NONE, &line);
	t->draft_ctx = t->draft_slug = NULL;
	pt_str_done(&label);
	if (rc == 1) {
		pt_str_clear(mine);
		pt_str_add(mine, pt_str_cstr(&line));
	}
	pt_str_done(&line);
	return rc;
}

/* The field as it is now changed from what the user saw: the window.
 * 1: write *mine against *version, 0: done (nothing more to write). */
static int
field_conflict(struct tui *t, const char *slug, enum desk_field f,
    const struct story *s, const char *now, struct pt_str *mine,
    const struct pt_err *err, long long *version)
{
	struct conflict_view cv;
	struct change c;
	struct pt_err e2;
	char what[160];
	time_t at = s->updated_at;
	int k;

	memset(&c, 0, sizeof c);
	snprintf(what, sizeof what, "%s of %s", desk_field_name(f), slug);
	cv.what = what;
	cv.theirs_by = s->updated_by != NULL ? s->updated_by : "someone";
	/* Who set the field, from its history (the story's last change
	 * may be to another field). */
	if (change_last_field(t->d->db, s->id, desk_field_name(f), 0, 0, &c,
	    &e2) == 0 && c.id > 0) {
		cv.theirs_by = c.by != NULL ? c.by : cv.theirs_by;
		at = c.at;
	}
	/* The window the user typed in never races itself: the same login
	 * is the user's other window (or a CLI of theirs), told apart as
	 * the news line tells it, not as a stranger by login. */
	if (strcmp(cv.theirs_by, t->d->login) == 0)
		cv.theirs_by = "you in another window";
	ptime_format(at, cv.theirs_at, sizeof cv.theirs_at);
	cv.theirs = now;
	for (;;) {
		cv.mine = pt_str_cstr(mine);
		k = conflict_window(t, &cv);
		if (k == TK_EOF) {
			tui_save_draft(t, desk_field_name(f), slug,
			    pt_str_cstr(mine));
			break;
		}
		if (k == 't') {
			tui_typed_drop(t);
			tui_msg(t, 0, "kept theirs: %s is \"%s\" (yours is in "
			    "the history as refused:%s, and Up in the prompt)",
			    what, now, desk_field_name(f));
			break;
		}
		if (k == 'q') {
			keep_as_draft(t, slug, f, pt_str_cstr(mine), err);
			break;
		}
		if (k == 'm' || merge_prompt(t, slug, f, &cv, mine) == 1) {
			*version = s->version;
			change_done(&c);
			return 1;
		}
		if (t->quit)  /* the terminal went away in the prompt */
			break;
	}
	change_done(&c);
	tui_mark_own(t);
	return 0;
}

int
act_conflict(struct tui *t, const char *slug, const struct pt_err *err,
    int field, const char *seen, struct pt_str *mine, long long *version)
{
	struct story *s;
	struct pt_err e2;
	char q[1400], *now = NULL, when[32];
	int k, r;

	if (story_get(t->d->db, slug, &s, &e2) < 0) {
		tui_msg(t, 1, "%s", err->msg);
		return 0;
	}
	if (field >= 0)
		now = act_field_text(s, (enum desk_field)field);
	/* The field itself changed (or the user's start is unknown): both
	 * texts, side by side. */
	if (field >= 0 && mine != NULL && (seen == NULL ||
	    strcmp(seen, now) != 0)) {
		r = field_conflict(t, slug, (enum desk_field)field, s, now,
		    mine, err, version);
		story_free(s);
		free(now);
		return r;
	}
	free(now);
	ptime_format(s->updated_at, when, sizeof when);
	snprintf(q, sizeof q, "%s changed %s at %s (version %lld; yours was "
	    "based on %lld)", s->updated_by != NULL ? s->updated_by :
	    "someone", slug, when, s->version, *version);
	*version = s->version;
	story_free(s);
	snprintf(q + strlen(q), sizeof q - strlen(q), " \xe2\x80\x94 r: "
	    "reload and re-apply yours, c: cancel");
	k = tui_ask(t, q, "rycnq");
	if (k == TK_EOF) {
		/* The terminal went away: the text (a field's, else a status
		 * move's note) is saved as a draft. */
		if (mine != NULL && field >= 0)
			tui_save_draft(t, desk_field_name(field), slug,
			    pt_str_cstr(mine));
		else if (t->typed.text != NULL)
			tui_save_draft(t, t->typed.ctx, slug, t->typed.text);
		return 0;
	}
	if (k != 'r' && k != 'y') {
		tui_typed_drop(t);
		q[strcspn(q, "\xe2")] = '\0';
		tui_msg(t, 1, "cancelled: %s (your text is in the prompt "
		    "history: Up)", q);
		tui_mark_own(t);
		return 0;
	}
	tui_mark_own(t);
	return 1;
}
