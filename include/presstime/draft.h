/* Drafts: text a user was typing when the terminal went away. */
#ifndef PRESSTIME_DRAFT_H
#define PRESSTIME_DRAFT_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

/* Strings are owned by the struct (freed by draft_done), also in a row
 * the caller fills for draft_save. */
struct draft {
	long long id;
	char *login;
	char *slug;     /* the story it was for, or NULL */
	char *context;  /* what was being typed: "entry", "rfc", "headline", ... */
	char *body;     /* exactly as typed */
	time_t saved_at;
};

struct draft_list {
	struct draft *v;
	size_t n;
};

/* Saves in its own transaction (called when the terminal is gone),
 * waiting at most half a second for another writer: PT_EBUSY then. */
int draft_save(struct pt_db *db, struct draft *d, struct pt_err *err);
int draft_list_user(struct pt_db *db, const char *login,
    struct draft_list *out, struct pt_err *err);
int draft_delete(struct pt_db *db, long long id, struct pt_err *err);
void draft_done(struct draft *dr);  /* the fields, not dr */
void draft_list_free(struct draft_list *l);

#endif
