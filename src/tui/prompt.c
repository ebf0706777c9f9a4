/* The one-line editor under every question: readline keys, history per
 * kind of prompt, Tab completion, and the draft saved when the terminal
 * goes away mid-sentence. Works on UTF-8 and never cuts a character. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/draft.h"
#include "presstime/person.h"
#include "presstime/sanitize.h"
#include "presstime/story.h"
#include "presstime/utf8.h"
#include "presstime/workflow.h"
#include "tui_int.h"

struct line {
	struct pt_str s;
	size_t cur;  /* byte offset, always on a character boundary */
};

static size_t
prev_char(const struct line *l, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && (l->s.buf[i] & 0xC0) == 0x80)
		i--;
	return i;
}

static size_t
next_char(const struct line *l, size_t i)
{
	if (i >= l->s.len)
		return l->s.len;
	i++;
	while (i < l->s.len && (l->s.buf[i] & 0xC0) == 0x80)
		i++;
	return i;
}

static void
line_set(struct line *l, const char *text)
{
	pt_str_clear(&l->s);
	pt_str_add(&l->s, text != NULL ? text : "");
	l->cur = l->s.len;
}

/* Removes bytes [a, b) and leaves the cursor at a. */
static void
line_cut(struct line *l, size_t a, size_t b)
{
	if (b <= a)
		return;
	memmove(l->s.buf + a, l->s.buf + b, l->s.len - b + 1);
	l->s.len -= b - a;
	l->cur = a;
}

static void
line_insert(struct line *l, const char *text, size_t n)
{
	struct pt_str s = PT_STR_INIT;

	pt_str_addn(&s, pt_str_cstr(&l->s), l->cur);
	pt_str_addn(&s, text, n);
	pt_str_add(&s, pt_str_cstr(&l->s) + l->cur);
	pt_str_done(&l->s);
	l->s = s;
	l->cur += n;
}

static void
hist_add(struct tui *t, enum prompt_hist h, const char *text)
{
	if (*text == '\0' || (t->nhist[h] > 0 &&
	    strcmp(t->hist[h][t->nhist[h] - 1], text) == 0))
		return;
	t->hist[h] = pt_xrealloc(t->hist[h],
	    (t->nhist[h] + 1) * sizeof *t->hist[h]);
	t->hist[h][t->nhist[h]++] = pt_xstrdup(text);
	prompt_hist_save(t);
}

/* Word motions as readline's: a word is a run of non-spaces. */
static size_t
word_back(const struct line *l, size_t i)
{
	while (i > 0 && l->s.buf[i - 1] == ' ')
		i--;
	while (i > 0 && l->s.buf[i - 1] != ' ')
		i--;
	return i;
}

static size_t
word_fwd(const struct line *l, size_t i)
{
	while (i < l->s.len && l->s.buf[i] == ' ')
		i++;
	while (i < l->s.len && l->s.buf[i] != ' ')
		i++;
	return i;
}

/* Cuts [a, b) into the kill buffer C-y yanks back. */
static void
line_kill(struct tui *t, struct line *l, size_t a, size_t b)
{
	if (b <= a)
		return;
	free(t->killed);
	t->killed = pt_xmalloc(b - a + 1);
	memcpy(t->killed, l->s.buf + a, b - a);
	t->killed[b - a] = '\0';
	line_cut(l, a, b);
}

static void draw(struct tui *t, const char *label, const struct line *l);

/* C-r: reverse incremental search through this prompt's history. Each
 * key typed narrows the search, C-r again finds an older match, Enter
 * or any editing key takes the match into the line, Esc or C-g puts
 * the line back as it was. 1: Enter (send the match), 0: cancelled,
 * 2: another key (given back to the prompt) or the end of input. */
static int
isearch(struct tui *t, enum prompt_hist h, struct line *l, size_t *hi)
{
	struct pt_str q = PT_STR_INIT, label = PT_STR_INIT;
	size_t at = t->nhist[h];  /* the match shown; nhist: none */
	int k, ret = 2, failed = 0;

	for (;;) {
		pt_str_clear(&label);
		pt_str_addf(&label, "%s(reverse-i-search)'%s': ",
		    failed ? "failing " : "", pt_str_cstr(&q));
		tui_draw(t);
		draw(t, pt_str_cstr(&label), l);
		k = tui_getkey(t, 500);
		if (k == TK_NONE)
			continue;
		if (tui_sig_term || k == TK_EOF) {
			t->unget = TK_EOF;
			break;
		}
		if (k == TK_ESC || k == TK_CTRL('g')) {
			ret = 0;
			break;
		}
		if (k == TK_CTRL('r') || (!TK_ISFN(k) && k >= 32 && k != 127) ||
		    k == 127 || k == TK_CTRL('h') || k == TK_FN(KEY_BACKSPACE)) {
			size_t from = at;

			if (k == TK_CTRL('r'))
				;
			else if (k >= 32 && k != 127 && !TK_ISFN(k)) {
				char u[4];

				pt_str_addn(&q, u, (size_t)utf8_encode(k, u));
				from = at < t->nhist[h] ? at + 1 : at;
			} else {
				while (q.len > 0 && (q.buf[q.len - 1] & 0xC0) ==
				    0x80)
					q.len--;
				if (q.len > 0)
					q.len--;
				q.buf[q.len] = '\0';
				from = t->nhist[h];
			}
			failed = 1;
			while (from > 0) {
				from--;
				/* C-r again skips repeats of the match shown. */
				if (strstr(t->hist[h][from], pt_str_cstr(&q)) !=
				    NULL && (k != TK_CTRL('r') || at == t->nhist[h] ||
				    strcmp(t->hist[h][from], t->hist[h][at]) != 0)) {
					at = from;
					failed = 0;
					line_set(l, t->hist[h][at]);
					break;
				}
			}
			continue;
		}
		/* Anything else ends the search with the match taken. */
		if (at < t->nhist[h])
			*hi = at;
		if (k == TK_ENTER || k == 13 || k == TK_FN(KEY_ENTER))
			ret = 1;
		else
			t->unget = k;
		break;
	}
	pt_str_done(&q);
	pt_str_done(&label);
	return ret;
}

void
prompt_free(struct tui *t)
{
	for (int h = 0; h < PH_NHIST; h++) {
		for (size_t i = 0; i < t->nhist[h]; i++)
			free(t->hist[h][i]);
		free(t->hist[h]);
		t->hist[h] = NULL;
		t->nhist[h] = 0;
	}
	free(t->killed);
	t->killed = NULL;
}

/* Candidates for the word being typed; returns how many (into v). */
static size_t
candidates(struct tui *t, enum prompt_comp c, const char *word,
    char ***v)
{
	struct pt_err err;
	size_t n = 0, k;
	const char *const *names;

	*v = NULL;
	switch (c) {
	case PC_SLUG:
		if (story_slugs_with_prefix(t->d->db, word, 50, v, &n, &err) < 0)
			return 0;
		return n;
	case PC_PERSON:
		if (person_names_with_prefix(t->d->db, word, 50, v, &n,
		    &err) < 0)
			return 0;
		return n;
	case PC_STAFF:
		if (person_logins_with_prefix(t->d->db, word, 50, v, &n,
		    &err) < 0)
			return 0;
		return n;
	case PC_STATE: {
		const struct workflow_state *ws = workflow_states(&k);

		*v = pt_xcalloc(k + 1, sizeof **v);
		for (size_t i = 0; i < k; i++)
			if (strncmp(ws[i].name, word, strlen(word)) == 0)
				(*v)[n++] = pt_xstrdup(ws[i].name);
		return n;
	}
	case PC_SORT:
		*v = pt_xcalloc(SORT_NSORTS + 1, sizeof **v);
		for (int i = 0; i < SORT_NSORTS; i++)
			if (strncmp(story_sort_name((enum story_sort)i), word,
			    strlen(word)) == 0)
				(*v)[n++] = pt_xstrdup(story_sort_name(
				    (enum story_sort)i));
		return n;
	case PC_CMD:
		names = cmdline_names(&k);
		*v = pt_xcalloc(k + 1, sizeof **v);
		for (size_t i = 0; i < k; i++)
			if (strncmp(names[i], word, strlen(word)) == 0)
				(*v)[n++] = pt_xstrdup(names[i]);
		return n;
	case PC_VIEW:
		for (size_t i = 0; queue_view_name(t, i) != NULL; i++)
			k = i + 1;
		*v = pt_xcalloc(k + 1, sizeof **v);
		for (size_t i = 0; i < k; i++)
			if (strncmp(queue_view_name(t, i), word,
			    strlen(word)) == 0)
				(*v)[n++] = pt_xstrdup(queue_view_name(t, i));
		return n;
	case PC_NONE:
		break;
	}
	return 0;
}

/* Tab: completes the word before the cursor; a command line completes
 * its first word as a command and its second as a state or slug. */
static void
complete(struct tui *t, enum prompt_comp c, struct line *l)
{
	size_t start = l->cur, n, common;
	char **v, word[256];

	/* A person's name has spaces: the whole line is the word. */
	while (c != PC_PERSON && start > 0 && l->s.buf[start - 1] != ' ')
		start--;
	if (c == PC_PERSON)
		start = 0;
	if (l->cur - start >= sizeof word)
		return;
	memcpy(word, l->s.buf + start, l->cur - start);
	word[l->cur - start] = '\0';
	v = NULL;
	n = 0;
	if (c == PC_CMD && start > 0) {
		/* After a verb, its options, their values and its words,
		 * as the shell completes them (cmdline_verb.c). */
		char *before = pt_xstrdup(l->s.buf);

		before[start] = '\0';
		n = cmdline_verb_complete(t, before, word, &v);
		free(before);
		if (n == 0) {
			free(v);
			v = NULL;
		}
		c = strncmp(l->s.buf, "status ", 7) == 0 ? PC_STATE :
		    strncmp(l->s.buf, "sort ", 5) == 0 ? PC_SORT :
		    strncmp(l->s.buf, "view ", 5) == 0 ? PC_VIEW :
		    strncmp(l->s.buf, "assign ", 7) == 0 ? PC_STAFF : PC_SLUG;
	}
	if (v == NULL && (n = candidates(t, c, word, &v)) == 0) {
		tui_msg(t, 1, "no completion for \"%s\"", word);
		free(v);
		return;
	}
	common = strlen(v[0]);
	for (size_t i = 1; i < n; i++) {
		size_t j = 0;

		while (j < common && v[i][j] == v[0][j])
			j++;
		common = j;
	}
	/* Never cut a character when the candidates share part of one. */
	while (common > 0 && (v[0][common] & 0xC0) == 0x80)
		common--;
	if (common > strlen(word)) {
		line_cut(l, start, l->cur);
		line_insert(l, v[0], common);
	}
	if (n == 1)
		line_insert(l, " ", 1);
	else {
		struct pt_str m = PT_STR_INIT;

		for (size_t i = 0; i < n; i++)
			pt_str_addf(&m, "%s%s", i > 0 ? " " : "", v[i]);
		tui_msg(t, 0, "%s", pt_str_cstr(&m));
		pt_str_done(&m);
	}
	pt_strv_free(v, n);
}

/* The bottom line: the label, then as much of the text as fits with the
 * cursor in view. */
static void
draw(struct tui *t, const char *label, const struct line *l)
{
	int y = screen_lines() - 1, cols = screen_cols();
	int lw = scr_put(t, y, 0, cols, THEME_PROMPT, 0,
	    tui_prompt_label(t, label));
	struct pt_str before = PT_STR_INIT;
	const char *shown = pt_str_cstr(&l->s);
	size_t from = 0;
	int avail = cols - lw - 1, cx;

	/* Start as far left as lets the cursor show: walk back from it a
	 * character at a time (a long line costs what fits, not its size). */
	{
		int w = 0;

		from = l->cur;
		while (from > 0) {
			size_t p = prev_char(l, from);
			char ch[8];
			int cw;

			if (from - p >= sizeof ch)
				break;
			memcpy(ch, shown + p, from - p);
			ch[from - p] = '\0';
			cw = sanitize_width(ch);
			if (w + cw >= avail)
				break;
			w += cw;
			from = p;
		}
		pt_str_addn(&before, shown + from, l->cur - from);
	}
	cx = lw + scr_put(t, y, lw, avail + 1, THEME_NORMAL, 1,
	    pt_str_cstr(&before));
	scr_put(t, y, cx, cols - cx, THEME_NORMAL, 1, shown + l->cur);
	pt_str_done(&before);
	move(y, cx < cols ? cx : cols - 1);
	leaveok(stdscr, FALSE);
	curs_set(1);
	refresh();
}

/* The draft context and story of a prompt: the caller's when it named
 * them, else the kind of prompt and the open story. */
static const char *
prompt_draft_ctx(struct tui *t, enum prompt_hist h, enum prompt_comp c,
    const char **slug)
{
	static const char *const kinds[PH_NHIST] = { "command", "search",
	    "limit", "text", "person", "time", "slug", "word" };
	const char *ctx = t->draft_ctx;

	*slug = t->draft_slug;
	if (ctx == NULL)
		ctx = c == PC_STATE ? "status" : c == PC_SORT ? "sort" :
		    kinds[h];
	if (*slug == NULL && t->view == V_STORY &&
	    story_view_current(t) != NULL)
		*slug = story_view_current(t)->slug;
	return ctx;
}

/* Every prompt is saved when the terminal goes away. */
static void
save_draft(struct tui *t, enum prompt_hist h, enum prompt_comp c,
    const struct line *l)
{
	const char *slug, *ctx = prompt_draft_ctx(t, h, c, &slug);

	tui_save_draft(t, ctx, slug, pt_str_cstr(&l->s));
}

int
prompt_read(struct tui *t, const char *label, const char *initial,
    enum prompt_hist h, enum prompt_comp c, struct pt_str *out)
{
	struct line l = { PT_STR_INIT, 0 };
	char *editing = NULL;  /* the unsent line while browsing history */
	size_t hi = t->nhist[h];
	int rc = 0, msg_err = t->msg_err, sticky = t->msg_sticky;
	char *msg = pt_xstrdup(t->msg);
	/* Prompts whose Enter writes: the caller named a draft context, or
	 * the command line (:set headline ...); a form's field leaves that
	 * to its form. */
	int form = t->prompt_form;
	int writes = !(form & PF_OWN_DRAFT) && (t->draft_ctx != NULL ||
	    c == PC_CMD);
	const char *slug, *ctx = prompt_draft_ctx(t, h, c, &slug), *kept = NULL;

	/* Text a write could not take comes back in its prompt. */
	if (writes && (kept = tui_kept_offer(t, ctx, slug)) != NULL)
		initial = kept;
	line_set(&l, initial);
	t->in_prompt = 1;
	tui_presence_prompt(t, ctx);
	for (;;) {
		int k;

		tui_draw(t);
		draw(t, label, &l);
		k = tui_getkey(t, 500);
		if (tui_sig_term || k == TK_EOF) {
			if (form & PF_OWN_DRAFT) {
				pt_str_clear(out);
				pt_str_add(out, pt_str_cstr(&l.s));
			} else
				save_draft(t, h, c, &l);
			t->quit = 1;
			rc = -1;
			break;
		}
		if (k == TK_NONE) {
			/* A deadline passing is said over the prompt too. */
			tui_alerts_poll(t);
			continue;
		}
		tui_msg_clear(t);
		if (k == TK_ESC) {
			/* Meta comes as Esc and its key at once; Esc alone
			 * (nothing within a moment) cancels. A key that is no
			 * Meta binding cancels too and is given back. */
			int m = tui_getkey(t, 50);

			if (m == 'b' || m == 'B')
				l.cur = word_back(&l, l.cur);
			else if (m == 'f' || m == 'F')
				l.cur = word_fwd(&l, l.cur);
			else if (m == 'd' || m == 'D')
				line_kill(t, &l, l.cur, word_fwd(&l, l.cur));
			else {
				if (m != TK_NONE)
					t->unget = m;
				rc = 0;
				break;
			}
			continue;
		}
		if (k == TK_CTRL('r')) {
			char *before = pt_xstrdup(pt_str_cstr(&l.s));
			size_t cur = l.cur, was = hi;
			int how = isearch(t, h, &l, &hi);

			if (how == 0) {
				/* Cancelled: the line as it was. */
				line_set(&l, before);
				l.cur = cur;
				hi = was;
			}
			free(before);
			if (how != 1)
				continue;
			k = TK_ENTER;
		}
		if (k == TK_CTRL('g')) {
			rc = 0;
			break;
		}
		if ((form & PF_TABS) && (k == TK_TAB || k == TK_FN(KEY_BTAB))) {
			pt_str_clear(out);
			pt_str_add(out, pt_str_cstr(&l.s));
			rc = k == TK_TAB ? 2 : 3;
			break;
		}
		if (k == TK_ENTER || k == 13 || k == TK_FN(KEY_ENTER)) {
			pt_str_clear(out);
			pt_str_add(out, pt_str_cstr(&l.s));
			hist_add(t, h, pt_str_cstr(&l.s));
			if (writes)
				tui_typed_set(t, ctx, slug, pt_str_cstr(&l.s));
			tui_news_hold(t);
			rc = 1;
			break;
		}
		switch (k) {
		case TK_CTRL('a'): case TK_FN(KEY_HOME):
			l.cur = 0;
			break;
		case TK_CTRL('e'): case TK_FN(KEY_END):
			l.cur = l.s.len;
			break;
		case TK_CTRL('b'): case TK_FN(KEY_LEFT):
			l.cur = prev_char(&l, l.cur);
			break;
		case TK_CTRL('f'): case TK_FN(KEY_RIGHT):
			l.cur = next_char(&l, l.cur);
			break;
		case TK_CTRL('h'): case 127: case TK_FN(KEY_BACKSPACE):
			line_cut(&l, prev_char(&l, l.cur), l.cur);
			break;
		case TK_CTRL('d'): case TK_FN(KEY_DC):
			line_cut(&l, l.cur, next_char(&l, l.cur));
			break;
		case TK_CTRL('w'): {
			size_t a = l.cur;

			while (a > 0 && l.s.buf[a - 1] == ' ')
				a--;
			while (a > 0 && l.s.buf[a - 1] != ' ')
				a--;
			line_kill(t, &l, a, l.cur);
			break;
		}
		case TK_CTRL('u'):
			line_kill(t, &l, 0, l.cur);
			break;
		case TK_CTRL('k'):
			line_kill(t, &l, l.cur, l.s.len);
			break;
		case TK_CTRL('y'):
			if (t->killed != NULL)
				line_insert(&l, t->killed, strlen(t->killed));
			break;
		case TK_TAB:
			if (c != PC_NONE)
				complete(t, c, &l);
			break;
		case TK_FN(KEY_UP): case TK_CTRL('p'):
			if (hi == 0)
				break;
			if (hi == t->nhist[h]) {
				free(editing);
				editing = pt_xstrdup(pt_str_cstr(&l.s));
			}
			line_set(&l, t->hist[h][--hi]);
			break;
		case TK_FN(KEY_DOWN): case TK_CTRL('n'):
			if (hi >= t->nhist[h])
				break;
			hi++;
			line_set(&l, hi == t->nhist[h] ? editing :
			    t->hist[h][hi]);
			break;
		case TK_FN(KEY_RESIZE):
			break;
		default:
			if (!TK_ISFN(k) && k >= 32 && k != 127) {
				char u[4];

				line_insert(&l, u, (size_t)utf8_encode(k, u));
			}
			break;
		}
	}
	free(editing);
	pt_str_done(&l.s);
	/* What the prompt showed (completions) goes; what was there before
	 * comes back, so a question never hides an earlier problem. */
	snprintf(t->msg, sizeof t->msg, "%s", msg);
	t->msg_err = msg_err;
	t->msg_sticky = sticky;
	free(msg);
	t->in_prompt = 0;
	t->prompt_form = 0;
	tui_presence_prompt(t, NULL);
	curs_set(0);
	leaveok(stdscr, TRUE);
	return rc;
}
