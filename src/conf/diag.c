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
	dist = pt_str_distance(s->word, name, SUGGEST_MAXLEN);
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
