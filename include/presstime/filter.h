/* The filter language of queues and `ls`, compiled to a WHERE clause with
 * bound parameters. See presstime(1), FILTERS. */
#ifndef PRESSTIME_FILTER_H
#define PRESSTIME_FILTER_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

enum filter_val { FV_INT, FV_TEXT };

struct filter_param {
	enum filter_val type;
	long long i;
	char *s;
};

/* A compiled filter: `where` is SQL over the alias `s` (story) using only
 * `?` placeholders; params are bound in order. */
struct filter {
	char *text;   /* the source, as typed */
	char *where;  /* "1" when empty */
	struct filter_param *params;
	size_t nparams;
	/* What every match must be, from the terms the text ANDs (not
	 * negated), so the urgency pager skips the groups of stories that
	 * cannot match (0: nothing known): */
	int live;            /* live work only (`live`, a queue's default) */
	int needs;           /* needing an update (needs:update) */
	unsigned no_states;  /* bit i: story state i cannot match (status:) */
	unsigned no_prios;   /* bit r: priority rank r cannot match (pri:) */
};

/* Compiles text (terms separated by spaces; see presstime(1)). now fixes
 * "due:today", "overdue" and relative times. An unknown key or a bad
 * value is PT_EINVAL naming the term. Caller frees with filter_free. */
int filter_compile(const char *text, time_t now, int cob_hour,
    struct filter **out, struct pt_err *err);
/* The same for a queue (the TUI's, `ls`): a text naming no states (no
 * `live`, `all`, status: or slug: term) is limited to live stories, as
 * if it said `live`. */
int filter_compile_queue(const char *text, time_t now, int cob_hour,
    struct filter **out, struct pt_err *err);
/* How bare words choose their way under `live` (filter.c, words): the
 * list of matches when the live stories are this many or more
 * (live_max) or the matches at most by_rowid times the live stories;
 * the live texts among the matches' rowids up to by_text times; past
 * that each live text looked up. Read when a filter compiles; tests
 * move them to take each way on a small newsroom. */
extern long long filter_words_live_max, filter_words_by_rowid,
    filter_words_by_text;
/* f (NULL: everything) narrowed to the stories with these ids, as bound
 * parameters: the queue's "next search hit" is then one seek. Caller
 * frees with filter_free. */
struct filter *filter_among(const struct filter *f, const long long *ids,
    size_t n);
/* The i-th filter key ("status", "desk", ...), NULL past the last; the
 * query-plan test walks them so a new key cannot skip it. */
/* The stories both a and b match (either may be NULL: everything), their
 * parameters bound in turn: `T` tags by pattern inside the queue's limit.
 * Caller frees with filter_free. */
struct filter *filter_and(const struct filter *a, const struct filter *b);
const char *filter_key(size_t i);
/* Joins argv into one filter text (quoting words with spaces). */
char *filter_join(int argc, char **argv);
void filter_free(struct filter *f);

#endif
