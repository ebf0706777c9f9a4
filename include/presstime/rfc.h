/* Requests for comment: who was asked, how, by when, and what came back. */
#ifndef PRESSTIME_RFC_H
#define PRESSTIME_RFC_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

/* Strings are owned by the struct (freed by rfc_done), also in a row the
 * caller fills for rfc_insert and rfc_update: copy borrowed text in
 * with pt_xstrdup.
 * (desk_import's rows are the one exception: they borrow from the YAML
 * tree and are never passed to *_done.) */
struct rfc {
	long long id;       /* database-wide */
	/* The story's request number: 1, 2, 3... in the order the story's
	 * requests were added (never reused: requests are not deleted).
	 * What the requests tab, `rfc ls` and `rfc answer SLUG N` use. */
	int no;
	long long story_id;
	long long person_id;
	char *target;       /* the person's name (joined) */
	char *target_kind;  /* the person's kind (joined) */
	char *target_login; /* the person's Unix login, staff only (joined) */
	char *channel;      /* email phone social "in person" other */
	time_t asked_at;
	char *asked_by;
	time_t due_at;      /* 0 = none */
	int attempts;
	char *state;        /* open answered declined promised lapsed */
	char *answer;
	time_t answered_at;
	time_t promised_by;
	time_t lapsed_at;
};

struct rfc_list {
	struct rfc *v;
	size_t n;
};

int rfc_channel_valid(const char *channel, struct pt_err *err);
int rfc_state_valid(const char *state, struct pt_err *err);
/* Inside the caller's transaction; sets r->id. state NULL is "open"
 * (here and in rfc_update). */
int rfc_insert(struct pt_db *db, struct rfc *r, struct pt_err *err);
/* Writes state, answer, answered_at, promised_by, lapsed_at, attempts. */
int rfc_update(struct pt_db *db, const struct rfc *r, struct pt_err *err);
int rfc_get(struct pt_db *db, long long id, struct rfc *out,
    struct pt_err *err);
/* A story's requests in the order they were asked (by asked_at: a
 * backdated request sorts before its number). */
int rfc_list_story(struct pt_db *db, long long story_id, struct rfc_list *out,
    struct pt_err *err);
/* Marks every open request of a story lapsed at `now`; *n gets how many. */
int rfc_lapse_open(struct pt_db *db, long long story_id, time_t now, int *n,
    struct pt_err *err);
void rfc_done(struct rfc *r);
void rfc_list_free(struct rfc_list *l);

#endif
