/* Shared by the desk's operation files only. */
#ifndef PRESSTIME_DESK_INT_H
#define PRESSTIME_DESK_INT_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct change_new;
struct desk;
struct pt_str;
struct desk_entry;
struct story;

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

/* Appends c to the history inside the caller's transaction, as this
 * desk's user and in its current batch (c->batch left 0). */
int desk_record(struct desk *d, struct change_new *c, struct pt_err *err);
/* Records a field of story s changing from old to new (raw values, as
 * desk_field_raw gives them) at `at`; nothing when they are equal. */
int desk_record_field(struct desk *d, const struct story *s,
    const char *field, const char *old_value, const char *new_value,
    time_t at, struct pt_err *err);
/* Records a request's move from old_state (NULL: new) to new_state;
 * note: its target, answer or promise. */
int desk_record_request(struct desk *d, long long story_id, long long rfc_id,
    const char *old_state, const char *new_state, const char *note,
    time_t at, struct pt_err *err);
/* After an edit of field on slug was refused as a conflict (and rolled
 * back): keeps the text that lost in the history, in its own
 * transaction, as field "refused:NAME" (never undone, never applied).
 * Best effort: the refusal stands either way. */
void desk_keep_refused(struct desk *d, const char *slug, int field,
    const char *value, const char *why);
/* A field's stored value as text (times and numbers in decimal), the
 * form the history keeps and undo restores; NULL when empty. buf holds
 * numbers. */
const char *desk_field_raw(const struct story *s, int field, char *buf,
    size_t n);
/* Sets a field of s back to a raw value desk_field_raw gave. */
void desk_field_restore(struct story *s, int field, const char *raw);

#endif
