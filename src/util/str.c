/* Growable strings and allocation helpers. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/str.h"

void *
pt_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL) {
		fputs("presstime: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *
pt_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL) {
		fputs("presstime: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *
pt_xrealloc(void *old, size_t n)
{
	void *p = realloc(old, n ? n : 1);

	if (p == NULL) {
		fputs("presstime: out of memory\n", stderr);
		abort();
	}
	return p;
}

char *
pt_xstrdup(const char *s)
{
	size_t n;
	char *p;

	if (s == NULL)
		return NULL;
	n = strlen(s) + 1;
	p = pt_xmalloc(n);
	memcpy(p, s, n);
	return p;
}

void *
pt_grow(void *v, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return v;
	*cap = *cap != 0 ? *cap * 2 : 8;
	while (*cap <= n)
		*cap *= 2;
	return pt_xrealloc(v, *cap * size);
}

/*
 * Optimal string alignment: Levenshtein with a swap of two neighbours as
 * one edit ("tehme" is one slip of the fingers, not two). Three rolling
 * rows; a row's minimum never falls (a swap costs at least what the row
 * above had), so once it passes cap the answer is "too far".
 */
int
pt_str_distance(const char *a, const char *b, int cap)
{
	size_t la = strlen(a), lb = strlen(b);
	int stack[3 * 130], *mem = stack, *prev2, *prev, *cur, *t, best;
	int d = cap + 1;

	if ((la > lb ? la - lb : lb - la) > (size_t)cap)
		return cap + 1;
	if (3 * (lb + 1) > sizeof stack / sizeof stack[0])
		mem = pt_xcalloc(3 * (lb + 1), sizeof *mem);
	prev2 = mem;
	prev = mem + lb + 1;
	cur = mem + 2 * (lb + 1);
	for (size_t j = 0; j <= lb; j++)
		prev[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = best = (int)i;
		for (size_t j = 1; j <= lb; j++) {
			int v = prev[j - 1] + (a[i - 1] != b[j - 1]);

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > cap)
			goto out;
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	d = prev[lb] <= cap ? prev[lb] : cap + 1;
out:
	if (mem != stack)
		free(mem);
	return d;
}

void
pt_str_init(struct pt_str *s)
{
	s->buf = NULL;
	s->len = 0;
	s->cap = 0;
}

void
pt_str_done(struct pt_str *s)
{
	free(s->buf);
	pt_str_init(s);
}

void
pt_str_clear(struct pt_str *s)
{
	s->len = 0;
	if (s->buf != NULL)
		s->buf[0] = '\0';
}

static void
str_reserve(struct pt_str *s, size_t extra)
{
	size_t need = s->len + extra + 1;

	if (need <= s->cap)
		return;
	if (s->cap == 0)
		s->cap = 64;
	while (s->cap < need)
		s->cap *= 2;
	s->buf = pt_xrealloc(s->buf, s->cap);
}

void
pt_str_addn(struct pt_str *s, const char *text, size_t n)
{
	str_reserve(s, n);
	memcpy(s->buf + s->len, text, n);
	s->len += n;
	s->buf[s->len] = '\0';
}

void
pt_str_add(struct pt_str *s, const char *text)
{
	pt_str_addn(s, text, strlen(text));
}

int
pt_str_add_file(struct pt_str *s, FILE *f, size_t max)
{
	char buf[8192];
	size_t n;

	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		pt_str_addn(s, buf, n);
		if (max > 0 && s->len > max)
			return -1;
	}
	return ferror(f) ? -1 : 0;
}

void
pt_str_addc(struct pt_str *s, char c)
{
	pt_str_addn(s, &c, 1);
}

void
pt_str_addf(struct pt_str *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	str_reserve(s, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(s->buf + s->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	s->len += (size_t)n;
}

const char *
pt_str_cstr(const struct pt_str *s)
{
	return s->buf != NULL ? s->buf : "";
}

char *
pt_str_steal(struct pt_str *s)
{
	char *p = s->buf != NULL ? s->buf : pt_xstrdup("");

	pt_str_init(s);
	return p;
}

void
pt_path_dir(const char *path, char *buf, size_t n)
{
	char *slash;

	snprintf(buf, n, "%s", path);
	slash = strrchr(buf, '/');
	if (slash == NULL)
		snprintf(buf, n, ".");
	else if (slash == buf)
		buf[1] = '\0';
	else
		*slash = '\0';
}
