/* A list of problems found while reading a file (a theme, the config), so
 * every one of them can be shown at once and the program still starts with
 * defaults for whatever was wrong. Each entry is one finished line such as
 * "themes/dusk.yaml:12:7: unknown color \"tael\"". */
#ifndef PRESSTIME_DIAG_H
#define PRESSTIME_DIAG_H

#include <stddef.h>

#include "presstime/err.h"

struct pt_diag {
	char **msgs;  /* n messages, each malloc'ed and owned by the list */
	size_t n;
	size_t cap;
};

#define PT_DIAG_INIT { NULL, 0, 0 }

void pt_diag_init(struct pt_diag *d);
/* Frees every message and leaves d empty and reusable. */
void pt_diag_done(struct pt_diag *d);

/* Every adder accepts d == NULL (the caller does not want the messages). */
void pt_diag_add(struct pt_diag *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Adds "file:line:col: message"; line or col 0 drops that part. */
void pt_diag_addat(struct pt_diag *d, const char *file, int line, int col,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Adds err->msg (already carrying its own place). */
void pt_diag_add_err(struct pt_diag *d, const struct pt_err *err);

size_t pt_diag_count(const struct pt_diag *d);
/* The i-th message, oldest first; NULL past the end. Borrowed: valid until
 * pt_diag_done. */
const char *pt_diag_get(const struct pt_diag *d, size_t i);

/* "Did you mean" for a word against a table of names, one name at a time:
 *	struct pt_diag_suggest s;
 *	pt_diag_suggest_init(&s, word);
 *	for (i = 0; i < n; i++)
 *		pt_diag_suggest_try(&s, table[i].name);
 *	if ((best = pt_diag_suggest_best(&s)) != NULL) ...
 * A shared prefix counts for more than a late typo ("colour" suggests
 * "columns" rather than "cob_hour"). */
struct pt_diag_suggest {
	const char *word;
	const char *best;  /* borrowed from the caller's table */
	int score;
};

void pt_diag_suggest_init(struct pt_diag_suggest *s, const char *word);
void pt_diag_suggest_try(struct pt_diag_suggest *s, const char *name);
/* The closest name when it is close enough to be worth saying, else NULL. */
const char *pt_diag_suggest_best(const struct pt_diag_suggest *s);

#endif
