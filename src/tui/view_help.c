/* Help: generated from the live key table, so it shows the user's own
 * bindings and every action's name for `:` and config.yaml. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "presstime/states.h"
#include "tui_int.h"

/* The status menu's keys, five states a row (fits 80 columns). */
#define STATE_ROWS ((STORY_NSTATES + 4) / 5 + 1)

static int
body_rows(void)
{
	return screen_lines() - 3;
}

static int
nlines(void)
{
	size_t n;

	keys_actions(&n);
	return (int)n + 9 + STATE_ROWS;
}

static void
draw(struct tui *t)
{
	const struct action *a;
	int cols = screen_cols(), y = 1, row = 0, h = body_rows();
	size_t n;

	a = keys_actions(&n);
	for (int line = 0; line < nlines() && y <= h; line++) {
		char q[64], s[64];

		if (line < t->help_top)
			continue;
		row = line;
		if (row == 0)
			scr_put(t, y++, 0, cols, THEME_HEADER, 1,
			    "ACTION            QUEUE             STORY"
			    "             WHAT IT DOES");
		else if (row <= (int)n) {
			const struct action *ac = &a[row - 1];

			keys_for(V_QUEUE, ac->id, q, sizeof q);
			keys_for(V_STORY, ac->id, s, sizeof s);
			scr_putf(t, y++, 0, cols, THEME_NORMAL, 1,
			    "%-17s %-17s %-17s %s", ac->name, q, s, ac->help);
		} else if (row == (int)n + 2)
			scr_put(t, y++, 0, cols, THEME_HEADER, 1,
			    "Commands: :limit FILTER  :sort KEY  :view NAME  "
			    ":theme NAME  "
			    ":dump FILE  :export md|json|yaml FILE  "
			    ":open SLUG  :q  :ACTION");
		else if (row == (int)n + 3)
			scr_put(t, y++, 0, cols, THEME_HEADER, 1,
			    "CLI verbs as in the shell, SLUG left out for the "
			    "current story: :status STATE [--note N]  "
			    ":set FIELD [VALUE]  :log [--kind K] [--source S] "
			    "[--at T] TEXT  :credit NAME [--role R]  "
			    ":rfc add|answer|decline|promise|lapse|attempt N|"
			    "TARGET ...  :new SLUG HEADLINE  :undo  "
			    ":VERB --help");
		else if (row == (int)n + 4)
			scr_put(t, y++, 0, cols, THEME_DIM, 1,
			    "Prompt: C-a C-e C-b C-f C-w C-u C-k, Up/Down "
			    "history, Tab completes, Esc cancels");
		else if (row == (int)n + 5)
			scr_put(t, y++, 0, cols, THEME_DIM, 1,
			    "Rebind in config.yaml under keys: "
			    "(view, key, action)");
		else if (row == (int)n + 6)
			scr_put(t, y++, 0, cols, THEME_DIM, 1,
			    "Questions: one too long for the message bar "
			    "opens a window (Up/Down/PgUp/PgDn scroll it), "
			    "its answer keys on its last line; so does an "
			    "error, closed by the next key, which still acts");
		else if (row == (int)n + 7)
			scr_put(t, y++, 0, cols, THEME_DIM, 1,
			    "Conflicts (someone saved the field first): "
			    "t take theirs, m take yours over theirs, "
			    "e edit a merge, q later (kept as a draft)");
		else if (row >= (int)n + 8 && row < (int)n + 8 + STATE_ROWS) {
			struct pt_str m = PT_STR_INIT;
			int r = row - (int)n - 8;

			/* One key per state, from the states table: the
			 * menu shows the ones a story can reach. */
			if (r == 0)
				pt_str_add(&m, "Status menu (s): one key per "
				    "state, shown when the story can move "
				    "there");
			for (int i = (r - 1) * 5; r > 0 && i < r * 5 &&
			    state_story_name(i) != NULL; i++)
				pt_str_addf(&m, "  %c %-10s",
				    keys_state_key(i), state_story_name(i));
			scr_put(t, y++, 0, cols, THEME_DIM, 1,
			    pt_str_cstr(&m));
			pt_str_done(&m);
		} else
			y++;
	}
}

static int
key(struct tui *t, enum act a, int k)
{
	int h = body_rows(), max = nlines() - h;

	(void)k;
	if (a == A_NONE)
		return 0;
	switch (a) {
	case A_DOWN: t->help_top++; break;
	case A_UP: t->help_top--; break;
	case A_FIRST: t->help_top = 0; break;
	case A_LAST: t->help_top = max; break;
	case A_PGDN: t->help_top += h; break;
	case A_PGUP: t->help_top -= h; break;
	case A_QUIT: t->view = t->prev_view; break;
	default: break;
	}
	if (t->help_top > max)
		t->help_top = max;
	if (t->help_top < 0)
		t->help_top = 0;
	return 1;
}

static void
reload(struct tui *t)
{
	(void)t;
}

static void
title(struct tui *t, int room, struct pt_str *out)
{
	(void)t;
	(void)room;
	pt_str_add(out, "help");
}

static const struct view_hint hints[] = {
	{ { A_QUIT }, "back" }, { { A_DOWN, A_UP }, "scroll" },
	{ { A_NONE }, NULL }
};

const struct view_ops view_help_ops = {
	"help", draw, key, reload, title, hints, NULL
};
