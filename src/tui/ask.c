/* Asking the user. Every question the TUI puts (y/n, the lapse warning
 * before publishing, quitting with drafts kept, a menu, a conflict)
 * goes through tui_question. One that fits the message bar is asked
 * there; a longer one opens a small centred window that wraps the whole
 * text, scrolls when the terminal is too short for it, and names the
 * answer keys: the message bar never cuts a question. The window is
 * drawn over the view on every round, so closing it is just the next
 * draw: there is nothing to restore. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/sanitize.h"
#include "presstime/str.h"
#include "tui_int.h"

/* The frame's pieces: box drawing under UTF-8, ASCII otherwise. */
struct frame { const char *tl, *tr, *bl, *br, *h, *v; };
static const struct frame frame_utf8 = { "\xe2\x94\x8c", "\xe2\x94\x90",
	"\xe2\x94\x94", "\xe2\x94\x98", "\xe2\x94\x80", "\xe2\x94\x82" };
static const struct frame frame_ascii = { "+", "+", "+", "+", "-", "|" };

void
tui_box_draw(struct tui *t, int want_h, int want_w, const char *title,
    const char *note, struct tui_box *box)
{
	int lines = screen_lines(), cols = screen_cols();
	const struct frame *fr = t->ascii ? &frame_ascii : &frame_utf8;
	/* A frame and a blank column each side while there is room. */
	int framed = lines >= 5 && cols >= 12;
	int pad = framed ? 2 : 0, w, h, x0, y0;
	struct pt_str row = PT_STR_INIT;

	w = want_w + 2 * pad;
	if (w > cols)
		w = cols;
	h = want_h + (framed ? 2 : 0);
	if (h > lines)
		h = lines;
	x0 = (cols - w) / 2;
	y0 = (lines - h) / 2;
	box->x = x0 + pad;
	box->y = y0 + (framed ? 1 : 0);
	box->w = w - 2 * pad;
	box->h = h - (framed ? 2 : 0);
	if (box->w < 1)
		box->w = 1;
	if (box->h < 1)
		box->h = 1;
	for (int y = y0; y < y0 + h; y++)
		scr_put(t, y, x0, w, THEME_NORMAL, 1, "");
	if (!framed)
		return;
	pt_str_add(&row, fr->tl);
	pt_str_add(&row, fr->h);
	if (title != NULL && *title != '\0') {
		/* The title is cut to the frame, never over a corner. */
		pt_str_addc(&row, ' ');
		sanitize_fit(&row, title, w - 6, 0);
		pt_str_addc(&row, ' ');
	}
	for (int k = sanitize_width(pt_str_cstr(&row)); k < w - 1; k++)
		pt_str_add(&row, fr->h);
	pt_str_add(&row, fr->tr);
	scr_put(t, y0, x0, w, THEME_TITLE, 0, pt_str_cstr(&row));
	pt_str_clear(&row);
	pt_str_add(&row, fr->bl);
	if (note != NULL && *note != '\0' && w > 8) {
		/* The note sits at the right end of the bottom edge. */
		struct pt_str nt = PT_STR_INIT;
		int nw = sanitize_fit(&nt, note, w - 6, 0);

		for (int k = 1; k < w - nw - 3; k++)
			pt_str_add(&row, fr->h);
		pt_str_addc(&row, ' ');
		pt_str_add(&row, pt_str_cstr(&nt));
		pt_str_addc(&row, ' ');
		pt_str_done(&nt);
	}
	for (int k = sanitize_width(pt_str_cstr(&row)); k < w - 1; k++)
		pt_str_add(&row, fr->h);
	pt_str_add(&row, fr->br);
	scr_put(t, y0 + h - 1, x0, w, THEME_TITLE, 0, pt_str_cstr(&row));
	for (int y = y0 + 1; y < y0 + h - 1; y++) {
		scr_put(t, y, x0, 1, THEME_TITLE, 0, fr->v);
		scr_put(t, y, x0 + w - 1, 1, THEME_TITLE, 0, fr->v);
	}
	pt_str_done(&row);
}

static void
lines_add(void *ctx, const char *line)
{
	struct tui_lines *l = ctx;

	l->v = pt_xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n++] = pt_xstrdup(line);
}

void
tui_lines_wrap(struct tui_lines *l, const char *text, int width)
{
	tui_wrap(text, width, 0, lines_add, l);
}

void
tui_lines_add(struct tui_lines *l, const char *line)
{
	lines_add(l, line);
}

void
tui_lines_free(struct tui_lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
tui_scroll_key(int k, int *top, int rows, int total, int letters)
{
	int max = total > rows ? total - rows : 0;

	if (k == TK_FN(KEY_DOWN) || (letters && k == 'j'))
		(*top)++;
	else if (k == TK_FN(KEY_UP) || (letters && k == 'k'))
		(*top)--;
	else if (k == TK_FN(KEY_NPAGE) || (letters && k == ' '))
		*top += rows > 1 ? rows - 1 : 1;
	else if (k == TK_FN(KEY_PPAGE))
		*top -= rows > 1 ? rows - 1 : 1;
	else
		return 0;
	if (*top > max)
		*top = max;
	if (*top < 0)
		*top = 0;
	return 1;
}

void
tui_window_draw(struct tui *t, const char *title,
    const struct tui_lines *body, const char *keys, int width, int *top,
    int *rows)
{
	int lines = screen_lines(), n = (int)body->n, shown, nfoot;
	struct tui_lines foot = { NULL, 0 };
	struct tui_box b;
	char note[64] = "";

	tui_lines_wrap(&foot, keys, width);
	nfoot = (int)foot.n;
	/* Room for the text and the keys, inside the frame. */
	shown = n;
	if (shown > lines - 2 - nfoot)
		shown = lines - 2 - nfoot;
	if (shown < 1)
		shown = 1;
	if (*top > n - shown)
		*top = n - shown;
	if (*top < 0)
		*top = 0;
	if (n > shown)
		snprintf(note, sizeof note, "%d-%d of %d, Up/Down",
		    *top + 1, *top + shown, n);
	tui_box_draw(t, shown + nfoot, width, title, note, &b);
	/* The keys first: on the smallest terminal they are what the user
	 * needs to answer at all. */
	if (nfoot > b.h - 1)
		nfoot = b.h - 1 > 0 ? b.h - 1 : b.h;
	shown = b.h - nfoot < 1 ? 1 : b.h - nfoot;
	if (*top > n - shown)
		*top = n - shown > 0 ? n - shown : 0;
	for (int i = 0; i < shown && *top + i < n; i++)
		scr_put(t, b.y + i, b.x, b.w, THEME_PROMPT, 1,
		    body->v[*top + i]);
	for (int i = 0; i < nfoot && i < (int)foot.n; i++)
		scr_put(t, b.y + b.h - nfoot + i, b.x, b.w, THEME_STATUS_BAR,
		    1, foot.v[i]);
	*rows = shown;
	tui_lines_free(&foot);
}

int
tui_window_width(int want)
{
	int cols = screen_cols(), w = cols - 6 < want ? cols - 6 : want;

	return w < 10 ? (cols > 10 ? cols : 10) : w;
}

/* The question's window: its text wrapped to the window. */
static void
draw_question(struct tui *t, const char *question, const char *keys,
    int *top, int *rows, int *total)
{
	int width = tui_window_width(72);
	struct tui_lines l = { NULL, 0 };

	tui_lines_wrap(&l, question, width);
	tui_window_draw(t, "question", &l, keys, width, top, rows);
	*total = (int)l.n;
	tui_lines_free(&l);
}

int
tui_question(struct tui *t, const char *question, const char *keys,
    const char *answers)
{
	int top = 0, rows = 1, total = 0, k;

	for (;;) {
		/* Measured each round: the terminal may have been resized. */
		int windowed = sanitize_width(question) > screen_cols();

		tui_draw_unflushed(t);
		if (windowed)
			draw_question(t, question, keys, &top, &rows, &total);
		else
			scr_put(t, screen_lines() - 1, 0, screen_cols(),
			    THEME_PROMPT, 1, question);
		screen_flush();
		k = tui_getkey(t, 500);
		if (k == TK_EOF || tui_sig_term) {
			t->quit = 1;
			return TK_EOF;
		}
		if (k == TK_NONE || k == TK_FN(KEY_RESIZE))
			continue;
		/* Arrows and pages scroll a window; j, k and space too when
		 * they are not answers. */
		if (windowed && total > rows && tui_scroll_key(k, &top, rows,
		    total, answers == NULL || (strchr(answers, 'j') == NULL &&
		    strchr(answers, 'k') == NULL && strchr(answers, ' ') ==
		    NULL)))
			continue;
		/* An answer may write: what others did while the question
		 * stood is theirs, said with it. */
		tui_news_hold(t);
		return k;
	}
}

int
tui_ask(struct tui *t, const char *question, const char *keys)
{
	size_t n = strlen(keys);
	struct pt_str hint = PT_STR_INIT;
	int k;

	pt_str_add(&hint, "keys:");
	for (size_t i = 0; i < n; i++)
		pt_str_addf(&hint, " %c", keys[i]);
	if (n > 0)
		pt_str_addf(&hint, " (Esc: %c)", keys[n - 1]);
	for (;;) {
		k = tui_question(t, question, pt_str_cstr(&hint), keys);
		if (k == TK_EOF)
			break;
		if (k == TK_ESC && n > 0) {
			k = keys[n - 1];
			break;
		}
		if (k >= 'A' && k <= 'Z')
			k += 'a' - 'A';
		if (k > 0 && k < 128 && strchr(keys, k) != NULL)
			break;
	}
	pt_str_done(&hint);
	return k;
}

int
tui_yesno(struct tui *t, const char *question)
{
	return tui_ask(t, question, "ynq") == 'y';
}

/* A one-line menu: "label: 1 filed  2 held"; a digit picks. Returns the
 * index, or -1 when cancelled. */
int
tui_choose(struct tui *t, const char *label, const char *const *items,
    size_t n)
{
	return tui_choose_keys(t, label, items, "123456789", n < 9 ? n : 9);
}

int
tui_choose_keys(struct tui *t, const char *label, const char *const *items,
    const char *keys, size_t n)
{
	struct pt_str q = PT_STR_INIT, hint = PT_STR_INIT, answers = PT_STR_INIT;
	int k, r = -1;

	pt_str_addf(&q, "%s:", label);
	pt_str_add(&hint, "keys:");
	for (size_t i = 0; i < n; i++) {
		pt_str_addf(&q, "  %c %s", keys[i], items[i]);
		pt_str_addf(&hint, " %c", keys[i]);
		pt_str_addc(&answers, keys[i]);
	}
	pt_str_add(&q, "  (Esc cancels)");
	pt_str_add(&hint, ", Esc cancels");
	pt_str_addc(&answers, 'q');
	for (;;) {
		k = tui_question(t, pt_str_cstr(&q), pt_str_cstr(&hint),
		    pt_str_cstr(&answers));
		if (k == TK_ESC || k == TK_EOF || k == 'q')
			break;
		for (size_t i = 0; i < n && r < 0; i++)
			if (k > 0 && k < 128 && k == keys[i])
				r = (int)i;
		if (r >= 0)
			break;
	}
	pt_str_done(&q);
	pt_str_done(&hint);
	pt_str_done(&answers);
	return r;
}

void
tui_notice(struct tui *t, const char *text)
{
	/* Said here, whole: the loop has nothing left to show. */
	t->note.text[0] = '\0';
	/* Any key but scrolling closes it; what it was is not an action. */
	if (sanitize_width(text) > screen_cols() && !t->in_prompt)
		(void)tui_question(t, text, "any other key closes this", NULL);
}

void
tui_note_draw(struct tui *t)
{
	int width = tui_window_width(72);
	struct tui_lines l = { NULL, 0 };

	t->note.rows = t->note.total = 0;
	/* One that fits is in the bar already, whole. */
	if (t->note.text[0] == '\0' || t->too_small || t->in_prompt ||
	    sanitize_width(t->note.text) <= screen_cols())
		return;
	tui_lines_wrap(&l, t->note.text, width);
	tui_window_draw(t, "error", &l, "the next key closes this", width,
	    &t->note.top, &t->note.rows);
	t->note.total = (int)l.n;
	tui_lines_free(&l);
}

int
tui_note_key(struct tui *t, int k)
{
	/* Arrows and pages scroll one taller than the screen; letters
	 * never do: they are the user's next action. */
	if (t->note.total > t->note.rows && tui_scroll_key(k, &t->note.top,
	    t->note.rows, t->note.total, 0))
		return 1;
	t->note.text[0] = '\0';
	return 0;
}

const char *
tui_prompt_label(struct tui *t, const char *label)
{
	int cols = screen_cols(), width, top = 0, rows;
	struct tui_lines l = { NULL, 0 };

	/* Room to type is what a prompt is for: a label that leaves less
	 * than 20 columns goes whole into a window over the view. */
	if (sanitize_width(label) <= cols - 20)
		return label;
	width = tui_window_width(72);
	tui_lines_wrap(&l, label, width);
	tui_window_draw(t, "question", &l, "type below: Enter answers, Esc "
	    "cancels", width, &top, &rows);
	tui_lines_free(&l);
	return "> ";
}
