/* Status history: every move of a story through the workflow. */
#ifndef PRESSTIME_HISTORY_H
#define PRESSTIME_HISTORY_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

struct status_change {
	long long id;
	long long story_id;
	char *from_state; /* NULL for the first state */
	char *to_state;
	time_t at;
	char *by;
	char *note;
	char *slug;       /* joined from story, for messages */
};

struct status_change_list {
	struct status_change *v;
	size_t n;
};

int history_insert(struct pt_db *db, struct status_change *c,
    struct pt_err *err);
int history_list_story(struct pt_db *db, long long story_id,
    struct status_change_list *out, struct pt_err *err);
/* Changes to any story with id > after_id, oldest first, at most 50
 * (for "tkeiser moved hootsuite-ice to editing"). */
int history_since(struct pt_db *db, long long after_id,
    struct status_change_list *out, struct pt_err *err);
/* The highest change id so far (0 when none). */
int history_max_id(struct pt_db *db, long long *out, struct pt_err *err);
void history_list_free(struct status_change_list *l);

#endif
