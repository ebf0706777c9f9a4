/* A string-keyed hash with open addressing (see strmap.h). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/str.h"
#include "presstime/strmap.h"

static uint64_t
str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

long long *
strmap_get(const struct strmap *m, const char *key)
{
	size_t i;

	if (m->cap == 0)
		return NULL;
	for (i = str_hash(key) & (m->cap - 1); m->keys[i] != NULL;
	    i = (i + 1) & (m->cap - 1))
		if (strcmp(m->keys[i], key) == 0)
			return &m->vals[i];
	return NULL;
}

void
strmap_put(struct strmap *m, const char *key, long long val)
{
	size_t i;

	if (2 * (m->n + 1) > m->cap) {
		struct strmap big;

		big.cap = m->cap ? m->cap * 2 : 64;
		big.n = 0;
		big.keys = pt_xcalloc(big.cap, sizeof *big.keys);
		big.vals = pt_xcalloc(big.cap, sizeof *big.vals);
		for (i = 0; i < m->cap; i++) {
			size_t j;

			if (m->keys[i] == NULL)
				continue;
			for (j = str_hash(m->keys[i]) & (big.cap - 1);
			    big.keys[j] != NULL; j = (j + 1) & (big.cap - 1))
				;
			big.keys[j] = m->keys[i];
			big.vals[j] = m->vals[i];
			big.n++;
		}
		free(m->keys);
		free(m->vals);
		*m = big;
	}
	for (i = str_hash(key) & (m->cap - 1); m->keys[i] != NULL;
	    i = (i + 1) & (m->cap - 1))
		;
	m->keys[i] = pt_xstrdup(key);
	m->vals[i] = val;
	m->n++;
}

void
strmap_free(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}
