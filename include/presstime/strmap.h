/* A string-keyed hash (open addressing) from text to a number: the
 * importer's slugs seen in a file and people already resolved, so a
 * long file stays linear instead of rescanning what it has read. */
#ifndef PRESSTIME_STRMAP_H
#define PRESSTIME_STRMAP_H

#include <stddef.h>

struct strmap {
	char **keys;       /* owned */
	long long *vals;
	size_t cap, n;     /* cap is 0 or a power of two */
};

/* The value stored under key, or NULL. Borrowed: valid until the next
 * strmap_put. */
long long *strmap_get(const struct strmap *m, const char *key);
/* Adds key (copied); the key must not be there yet. */
void strmap_put(struct strmap *m, const char *key, long long val);
/* Frees what the map owns and leaves it empty (zeroed). */
void strmap_free(struct strmap *m);

#endif
