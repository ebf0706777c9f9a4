/* filter.c's helpers for the `live` limit (filter_live.c). Model only. */
#ifndef PRESSTIME_MODEL_FILTER_LIVE_H
#define PRESSTIME_MODEL_FILTER_LIVE_H

struct pt_str;

/* Appends the WHERE fragment for bare words (one FTS5 MATCH text) and
 * returns how many times the text is bound; under live (the filter has
 * `live` ANDed) the three filter_words_* thresholds are bound first, in
 * their order in filter.h. */
int filter_words_sql(struct pt_str *sql, int live);
/* Keeps pri: off story_prio under `live` (see filter_live.c). */
void filter_live_only(struct pt_str *sql);

#endif
