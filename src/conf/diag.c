/* A list of diagnostics, and "did you mean" for names read from files. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/diag.h"
#include "presstime/str.h"

/* Names longer than this are not typos of our short setting names. */
#define SUGGEST_MAXLEN 64

void
pt_diag_init(struct pt_diag *d)
{
	d->msgs = NULL;
	d->n = 0;
	d->cap = 0;
}

void
pt_diag_done(struct pt_diag *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->n; i++)
		free(d->msgs[i]);
	free(d->msgs);
	pt_diag_init(d);
}

static void
diag_push(struct pt_diag *d, char *msg)
{
	d->msgs = pt_grow(d->msgs, &d->cap, d->n, sizeof *d->msgs);
	d->msgs[d->n++] = msg;
}

static void
diag_vadd(struct pt_diag *d, const char *file, int line, int col,
    const char *fmt, va_list ap)
{
	struct pt_str s = PT_STR_INIT;
	char buf[1024];

	if (file != NULL) {
		pt_str_add(&s, file);
		if (line > 0) {
			pt_str_addf(&s, ":%d", line);
			if (col > 0)
				pt_str_addf(&s, ":%d", col);
		}
		pt_str_add(&s, ": ");
	}
	vsnprintf(buf, sizeof buf, fmt, ap);
	pt_str_add(&s, buf);
	diag_push(d, pt_str_steal(&s));
}

void
pt_diag_add(struct pt_diag *d, const char *fmt, ...)
{
	va_list ap;

	if (d == NULL)
		return;
	va_start(ap, fmt);
	diag_vadd(d, NULL, 0, 0, fmt, ap);
	va_end(ap);
}

void
pt_diag_addat(struct pt_diag *d, const char *file, int line, int col,
    const char *fmt, ...)
{
	va_list ap;

	if (d == NULL)
		return;
	va_start(ap, fmt);
	diag_vadd(d, file, line, col, fmt, ap);
	va_end(ap);
}

void
pt_diag_add_err(struct pt_diag *d, const struct pt_err *err)
{
	if (d == NULL || err == NULL)
		return;
	diag_push(d, pt_xstrdup(err->msg));
}

size_t
pt_diag_count(const struct pt_diag *d)
{
	return d == NULL ? 0 : d->n;
}

const char *
pt_diag_get(const struct pt_diag *d, size_t i)
{
	if (d == NULL || i >= d->n)
		return NULL;
	return d->msgs[i];
}

/* Edit distance counting a swap of two neighbours as one edit, since
 * "tehme" is one slip of the fingers, not two. */
static int
suggest_distance(const char *a, size_t la, const char *b, size_t lb)
{
	int d[SUGGEST_MAXLEN + 1][SUGGEST_MAXLEN + 1];
	size_t i, j;
	int v, cost;

	for (i = 0; i <= la; i++)
		d[i][0] = (int)i;
	for (j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= la; i++) {
		for (j = 1; j <= lb; j++) {
			cost = a[i - 1] != b[j - 1];
			v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < v)
				v = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	}
	return d[la][lb];
}

void
pt_diag_suggest_init(struct pt_diag_suggest *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->score = 0;
}

void
pt_diag_suggest_try(struct pt_diag_suggest *s, const char *name)
{
	size_t lw = strlen(s->word), ln = strlen(name), lcp = 0;
	int dist, limit, score;

	if (lw == 0 || lw > SUGGEST_MAXLEN || ln > SUGGEST_MAXLEN)
		return;
	while (lcp < lw && lcp < ln && s->word[lcp] == name[lcp])
		lcp++;
	dist = suggest_distance(s->word, lw, name, ln);
	limit = lw < 5 ? 1 : lw < 9 ? 2 : 3;
	/* Three letters in common at the start say more than the rest. */
	if (dist > limit && lcp < 3)
		return;
	score = dist - (lcp >= 3 ? 2 * (int)lcp : 0);
	if (s->best == NULL || score < s->score) {
		s->best = name;
		s->score = score;
	}
}

const char *
pt_diag_suggest_best(const struct pt_diag_suggest *s)
{
	return s->best;
}
