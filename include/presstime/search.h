/* Full-text search over slugs, headlines, deks, budget lines, timeline
 * entries and answers to requests for comment (FTS5). */
#ifndef PRESSTIME_SEARCH_H
#define PRESSTIME_SEARCH_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

struct search_hit {
	long long story_id;
	char *slug;
	char *what;    /* "story", "entry", "rfc" */
	long long ref_id;
	char *snippet; /* with [ ] around matches */
	time_t at;
};

struct search_hits {
	struct search_hit *v;
	size_t n;
	int capped;    /* 1: more than 5,000 items matched, not all ranked */
};

/* The user's words become an FTS5 query of quoted terms (all must match),
 * so punctuation never turns into query syntax. At most limit hits, best
 * first; when the words match more than 5,000 items, only the newest
 * 5,000 and the newest 20 matching stories are ranked (ranking them all
 * would keep the user waiting), by BM25 without its rarity weight, whose
 * pass over every match would cost more than the ranking. */
int search_run(struct pt_db *db, const char *query, int limit,
    struct search_hits *out, struct pt_err *err);
/* Turns user words into a safe FTS5 MATCH expression ("a" "b"). Caller
 * frees. NULL when no words. */
char *search_fts_query(const char *words);
void search_hits_free(struct search_hits *h);

#endif
