/* A growable, always NUL-terminated byte string. */
#ifndef PRESSTIME_STR_H
#define PRESSTIME_STR_H

#include <stddef.h>
#include <stdio.h>

struct pt_str {
	char *buf; /* NUL-terminated; NULL until the first append */
	size_t len;
	size_t cap;
};

#define PT_STR_INIT { NULL, 0, 0 }

void pt_str_init(struct pt_str *s);
void pt_str_done(struct pt_str *s);
void pt_str_clear(struct pt_str *s);
void pt_str_add(struct pt_str *s, const char *text);
void pt_str_addn(struct pt_str *s, const char *text, size_t n);
void pt_str_addc(struct pt_str *s, char c);
void pt_str_addf(struct pt_str *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends the rest of f. 0, or -1 on a read error or once s would hold
 * more than max bytes (max 0: no limit). */
int pt_str_add_file(struct pt_str *s, FILE *f, size_t max);
/* The text so far; "" (never NULL) when empty. Borrowed. */
const char *pt_str_cstr(const struct pt_str *s);
/* Hands the buffer to the caller (free() it) and resets s. Never NULL. */
char *pt_str_steal(struct pt_str *s);

/* Allocation that aborts with a message on exhaustion: every caller would
 * otherwise do the same, and half-handled ENOMEM paths hide real bugs. */
void *pt_xmalloc(size_t n);
void *pt_xcalloc(size_t n, size_t size);
void *pt_xrealloc(void *p, size_t n);
char *pt_xstrdup(const char *s); /* NULL in, NULL out */
/* Grows array v (of *cap elements of size bytes) so that index n fits,
 * doubling from 8; returns the array, possibly moved. */
void *pt_grow(void *v, size_t *cap, size_t n, size_t size);

/* The edit distance between a and b for did-you-mean (insertions,
 * deletions, substitutions, and a swap of two neighbours, each one
 * edit), or cap + 1 when it is past cap (cap >= 0). Bytes, not
 * characters: names and keys are ASCII. */
int pt_str_distance(const char *a, const char *b, int cap);

/* The directory part of path into buf: "a/b.db" -> "a", "/b.db" -> "/",
 * "b.db" -> ".". */
void pt_path_dir(const char *path, char *buf, size_t n);

#endif
