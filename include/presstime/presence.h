/* Presence: who has which story open, doing what. One row per live TUI
 * (its session), rewritten by a heartbeat, meaning nothing once older
 * than the staleness the caller names. Soft only: nothing is ever
 * refused because someone is here. */
#ifndef PRESSTIME_PRESENCE_H
#define PRESSTIME_PRESENCE_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

/* A row as read; strings owned (presence_list_free). */
struct presence {
	char *session;    /* the process (desk_session) */
	char *login;      /* who (the Unix account) */
	char *name;       /* their display name; NULL: none */
	long long story_id; /* the open story; 0: the queue */
	char *slug;       /* the open story's slug (joined); NULL: none */
	char *doing;      /* "editing the headline"; NULL: just looking */
	time_t seen_at;   /* the last heartbeat (wall clock) */
};

struct presence_list {
	struct presence *v;
	size_t n;
};

/* A row to write: borrowed views, as struct presence's fields. */
struct presence_new {
	const char *session, *login, *name;
	long long story_id;
	const char *doing;
	time_t seen_at;
};

/* Writes p's row (insert or replace by session), inside the caller's
 * transaction. */
int presence_touch(struct pt_db *db, const struct presence_new *p,
    struct pt_err *err);
/* Deletes one session's row (leaving), inside the caller's
 * transaction. */
int presence_delete(struct pt_db *db, const char *session,
    struct pt_err *err);
/* Deletes the rows last seen before before (dead sessions), inside the
 * caller's transaction. */
int presence_stale_delete(struct pt_db *db, time_t before,
    struct pt_err *err);
/* The rows seen at or after since, but for session except (NULL:
 * none), by login then session; at most 200 (a newsroom's worth).
 * One autocommit read: no transaction is left open. */
int presence_list(struct pt_db *db, const char *except, time_t since,
    struct presence_list *out, struct pt_err *err);
void presence_list_free(struct presence_list *l);

#endif
