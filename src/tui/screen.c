/* The screen: curses set up on the terminal (or on a virtual one for
 * tests), the theme's colors, the one writer every drawn byte passes
 * through, and the plain-text dump of what is on the screen. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "presstime/afile.h"
#include "presstime/sanitize.h"
#include "presstime/str.h"
#include "presstime/theme.h"
#include "tui_int.h"

static attr_t slot_attr[THEME_NSLOTS];

int
screen_init(struct tui *t)
{
	const char *h = getenv("PRESSTIME_HEADLESS");

	t->headless = h != NULL && strcmp(h, "1") == 0;
	if (t->headless) {
		/* A virtual terminal: output goes nowhere, the size comes from
		 * LINES and COLUMNS, and the dump reads the screen back. */
		FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
		SCREEN *sp;

		if (out == NULL || in == NULL) {
			if (out != NULL)
				fclose(out);
			if (in != NULL)
				fclose(in);
			return -1;
		}
		if ((sp = newterm("xterm-256color", out, in)) == NULL &&
		    (sp = newterm("xterm", out, in)) == NULL) {
			fclose(out);
			fclose(in);
			return -1;
		}
		t->term = sp;
		t->tin = in;
		t->tout = out;
	} else if (initscr() == NULL)
		return -1;
	raw();
	if (t->ascii)
		meta(stdscr, TRUE);  /* bytes above 127 whole */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	/* The cursor is hidden outside prompts: no refresh needs to move
	 * it back to where drawing ended (bytes on every key; prompt.c
	 * turns this off while it shows the cursor). */
	leaveok(stdscr, TRUE);
	screen_colors(t);
	return 0;
}

void
screen_done(struct tui *t)
{
	endwin();
	if (t->term != NULL) {
		delscreen(t->term);
		fclose(t->tin);
		fclose(t->tout);
		t->term = NULL;
	}
}

static attr_t
theme_attrs(unsigned a)
{
	attr_t r = A_NORMAL;

	if (a & THEME_ATTR_BOLD)
		r |= A_BOLD;
	if (a & THEME_ATTR_DIM)
		r |= A_DIM;
	if (a & THEME_ATTR_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & THEME_ATTR_REVERSE)
		r |= A_REVERSE;
#ifdef A_ITALIC
	if (a & THEME_ATTR_ITALIC)
		r |= A_ITALIC;
#endif
	return r;
}

/* Turns the theme's slots into color pairs. NO_COLOR and terminals
 * without color keep the attributes only, so the cursor and bars still
 * show in monochrome. */
void
screen_colors(struct tui *t)
{
	const char *nc = getenv("NO_COLOR");
	int ncolors;

	t->color = has_colors() && (nc == NULL || *nc == '\0');
	if (t->color) {
		start_color();
		use_default_colors();
	}
	ncolors = t->color ? COLORS : 0;
	for (int i = 0; i < THEME_NSLOTS; i++) {
		const struct theme_style *st = t->theme != NULL ?
		    theme_get(t->theme, (enum theme_slot)i) : NULL;

		slot_attr[i] = A_NORMAL;
		if (st == NULL) {
			if (i == THEME_CURSOR || i == THEME_TITLE ||
			    i == THEME_STATUS_BAR)
				slot_attr[i] = A_REVERSE;
			continue;
		}
		slot_attr[i] = theme_attrs(st->attrs);
		if (t->color && i + 1 < COLOR_PAIRS) {
			int fg = theme_color_resolve(&st->fg, ncolors);
			int bg = theme_color_resolve(&st->bg, ncolors);

			init_pair((short)(i + 1), (short)fg, (short)bg);
			slot_attr[i] |= COLOR_PAIR(i + 1);
		} else if (i == THEME_CURSOR && !(st->attrs & THEME_ATTR_REVERSE))
			slot_attr[i] |= A_REVERSE;
	}
}

int
screen_lines(void)
{
	return LINES;
}

int
screen_cols(void)
{
	return COLS;
}

void
screen_clear(void)
{
	erase();
}

void
screen_flush(void)
{
	refresh();
}

int
scr_put(struct tui *t, int y, int x, int cols, int slot, int pad,
    const char *text)
{
	struct pt_str s = PT_STR_INIT;
	int used;

	if (cols <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + cols > COLS)
		cols = COLS - x;
	used = sanitize_fit(&s, text != NULL ? text : "", cols, 0);
	if (t->ascii)
		tui_charset_ascii(&s);
	if (pad)
		while (used < cols) {
			pt_str_addc(&s, ' ');
			used++;
		}
	attrset(slot >= 0 && slot < THEME_NSLOTS ? slot_attr[slot] : A_NORMAL);
	mvaddstr(y, x, pt_str_cstr(&s));
	attrset(A_NORMAL);
	pt_str_done(&s);
	return used;
}

int
scr_putf(struct tui *t, int y, int x, int cols, int slot, int pad,
    const char *fmt, ...)
{
	char buf[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return scr_put(t, y, x, cols, slot, pad, buf);
}

/* Recolors a whole row without changing its text (the cursor line). */
void
scr_attr_row(struct tui *t, int y, int slot)
{
	(void)t;
	mvchgat(y, 0, -1, slot_attr[slot], PAIR_NUMBER(slot_attr[slot]),
	    NULL);
}

/* Writes the screen as plain UTF-8 text, one line per row, trailing
 * blanks dropped: what tests compare. */
int
screen_dump(const char *path, struct pt_err *err)
{
	struct pt_afile af;
	FILE *f;

	if (pt_afile_open(&af, path, 0, err) < 0)
		return PT_EIO;
	f = pt_afile_stream(&af);
	for (int y = 0; y < LINES; y++) {
		struct pt_str line = PT_STR_INIT;
		size_t keep = 0;

		for (int x = 0; x < COLS; ) {
			cchar_t cc;
			wchar_t wch[CCHARW_MAX + 1];
			attr_t a;
			short pair;
			char mb[MB_LEN_MAX * (CCHARW_MAX + 1)];
			int w;

			if (mvin_wch(y, x, &cc) == ERR ||
			    getcchar(&cc, wch, &a, &pair, NULL) == ERR ||
			    wch[0] == L'\0') {
				pt_str_addc(&line, ' ');
				x++;
				continue;
			}
			w = wcwidth(wch[0]);
			for (int i = 0; wch[i] != L'\0'; i++) {
				mbstate_t st;
				size_t k;

				memset(&st, 0, sizeof st);
				k = wcrtomb(mb, wch[i], &st);
				pt_str_addn(&line, k == (size_t)-1 ? "?" : mb,
				    k == (size_t)-1 ? 1 : k);
			}
			if (wch[0] != L' ')
				keep = line.len;
			x += w > 1 ? w : 1;
		}
		fprintf(f, "%.*s\n", (int)keep, pt_str_cstr(&line));
		pt_str_done(&line);
	}
	return pt_afile_commit(&af, err);
}
