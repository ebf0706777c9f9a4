/* Shell-like word splitting for the `:` line (shwords.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/shwords.h"
#include "presstime/str.h"

static int
blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The word that failed, from its first character, for the message:
 * at most 40 bytes of it, never a cut UTF-8 character. */
static int
fail(struct pt_err *err, const char *what, const char *word)
{
	size_t n = strcspn(word, " \t");

	if (n > 40) {
		n = 40;
		while (n > 0 && ((unsigned char)word[n] & 0xC0) == 0x80)
			n--;
	}
	return pt_errf(err, PT_EINVAL, "%s in \"%.*s\"", what, (int)n, word);
}

int
pt_shwords(const char *line, char ***words, size_t *n, struct pt_err *err)
{
	char **v = NULL;
	size_t cap = 0, k = 0;
	const char *p = line;

	for (;;) {
		struct pt_str w = PT_STR_INIT;
		const char *start;

		while (blank(*p))
			p++;
		if (*p == '\0')
			break;
		start = p;
		pt_str_add(&w, "");  /* "" is a word too */
		while (*p != '\0' && !blank(*p)) {
			if (*p == '\'') {
				const char *e = strchr(p + 1, '\'');

				if (e == NULL) {
					pt_str_done(&w);
					pt_shwords_free(v, k);
					return fail(err, "unclosed '", start);
				}
				pt_str_addn(&w, p + 1, (size_t)(e - p - 1));
				p = e + 1;
			} else if (*p == '"') {
				for (p++; *p != '"'; p++) {
					if (*p == '\0') {
						pt_str_done(&w);
						pt_shwords_free(v, k);
						return fail(err, "unclosed \"",
						    start);
					}
					if (*p == '\\' && p[1] != '\0' &&
					    strchr("\"\\$`", p[1]) != NULL)
						p++;
					pt_str_addc(&w, *p);
				}
				p++;
			} else if (*p == '\\') {
				if (p[1] == '\0') {
					pt_str_done(&w);
					pt_shwords_free(v, k);
					return fail(err, "a backslash ends the line",
					    start);
				}
				pt_str_addc(&w, p[1]);
				p += 2;
			} else
				pt_str_addc(&w, *p++);
		}
		v = pt_grow(v, &cap, k + 1, sizeof *v);
		v[k++] = pt_str_steal(&w);
	}
	v = pt_grow(v, &cap, k, sizeof *v);
	v[k] = NULL;
	*words = v;
	*n = k;
	return 0;
}

void
pt_shwords_free(char **words, size_t n)
{
	if (words == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		free(words[i]);
	free(words);
}
