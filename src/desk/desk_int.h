/* Shared by the desk's operation files only. */
#ifndef PRESSTIME_DESK_INT_H
#define PRESSTIME_DESK_INT_H

#include <time.h>

#include "presstime/err.h"

struct desk;
struct pt_str;
struct desk_entry;

/* Rolls back the operation's transaction and passes rc on, so an error
 * path reads "return desk_fail(d, rc);". */
int desk_fail(struct desk *d, int rc);
struct rfc;
/* The end notes of story_id as of now, into out (desk_notes.c). */
int desk_notes_build(struct desk *d, long long story_id, time_t now,
    struct pt_str *out, struct pt_err *err);
/* Freezes them as they run now, inside the caller's transaction;
 * reason: published, corrected, writethru or killed. */
int desk_notes_snapshot(struct desk *d, long long story_id,
    const char *reason, time_t now, struct pt_err *err);
/* 1 when publishing at now lapses r: open, or a promise past due. */
int desk_rfc_lapses_at(const struct rfc *r, time_t now);
/* Reads the newsroom's zone into d->zone and applies it (desk.c). */
int desk_zone_load(struct desk *d, struct pt_err *err);

/* Inserts a timeline entry on story_id inside the caller's transaction,
 * logged at logged_at by this desk's user (de->occurred_at 0: then too;
 * de->kind is used as given). The row is built from copies of de's
 * borrowed text. *id_out (may be NULL) gets the entry's id. */
int desk_entry_add(struct desk *d, long long story_id,
    const struct desk_entry *de, time_t logged_at, long long *id_out,
    struct pt_err *err);
/* Records a move of story_id from `from` (NULL: its first state) to `to`
 * at `at` by this desk's user, inside the caller's transaction. */
int desk_change_add(struct desk *d, long long story_id, const char *from,
    const char *to, time_t at, const char *note, struct pt_err *err);

#endif
