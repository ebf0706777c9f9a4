/* The history: one row per change of a story field, credit, request
 * state or status, with who, when, old and new. Append-only and hash-
 * chained (see chain.c): undo is a new row, never an edit. */
#ifndef PRESSTIME_CHANGE_H
#define PRESSTIME_CHANGE_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

struct change {
	long long id;
	long long story_id;
	time_t at;
	char *by;        /* Unix login of whoever made the change */
	char *field;     /* headline, dek, ..., status, credit, request */
	char *old_value; /* NULL: none (a credit added, a first state) */
	char *new_value; /* NULL: none (a field cleared, a credit removed) */
	char *note;      /* why, or the loser's text of a conflict */
	long long ref;   /* the credit or request the row is about, or 0 */
	long long batch; /* rows of one ; action share it (their first id) */
	long long undoes;/* the change this row undid, or 0 */
	int imported;    /* brought by import, not made through the desk */
	char *slug;      /* joined from story when listing */
};

struct change_list {
	struct change *v;
	size_t n;
};

/* A change to record: borrowed views, valid for the call. */
struct change_new {
	long long story_id;
	time_t at;
	const char *by;
	const char *field;
	const char *old_value;
	const char *new_value;
	const char *note;
	long long ref;
	long long batch;  /* 0: alone; -1: starts a batch (its own id) */
	long long undoes;
	int imported;
};

/* Inside the caller's transaction: appends the change to the history and
 * to the chain; *id_out (may be NULL) gets its id. */
int change_insert(struct pt_db *db, const struct change_new *c,
    long long *id_out, struct pt_err *err);
/* A story's history, newest first; field NULL for every field. */
int change_list_story(struct pt_db *db, long long story_id,
    const char *field, struct change_list *out, struct pt_err *err);
/* The newest change of one field of a story (ref: of one credit or
 * request, 0 for a story field), newer than after_id; out->id 0 when
 * none. Free with change_done. */
int change_last_field(struct pt_db *db, long long story_id,
    const char *field, long long ref, long long after_id, struct change *out,
    struct pt_err *err);
/* by's newest change not yet undone (on story_id, or anywhere for 0);
 * out->id 0 when there is none. */
int change_last_by(struct pt_db *db, const char *by, long long story_id,
    struct change *out, struct pt_err *err);
/* The rows of one batch, newest first. */
int change_list_batch(struct pt_db *db, long long batch,
    struct change_list *out, struct pt_err *err);
void change_done(struct change *c);
void change_list_free(struct change_list *l);

#endif
