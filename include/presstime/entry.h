/* Timeline entries: what happened when. Append-only: a correction is a
 * new entry that amends an old one. */
#ifndef PRESSTIME_ENTRY_H
#define PRESSTIME_ENTRY_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

/* Strings are owned by the struct (freed by entry_done), also in a row the
 * caller fills for entry_insert: copy borrowed text in with pt_xstrdup.
 * (desk_import's rows are the one exception: they borrow from the YAML
 * tree and are never passed to *_done.) */
struct entry {
	long long id;
	long long story_id;
	time_t occurred_at; /* when it happened in the world */
	time_t logged_at;   /* when it was typed */
	char *logged_by;    /* Unix login */
	char *kind;         /* event statement document note rfc status correction */
	char *body;
	char *source;
	char *url;
	long long amends;   /* id of the entry this corrects, 0 = none */
	char *imported_by;  /* the login that imported it, NULL if typed */
	time_t imported_at;
	char *orig_by;      /* "originally logged by", as the file said */
};

struct entry_list {
	struct entry *v;
	size_t n;
};

int entry_kind_valid(const char *kind, struct pt_err *err);
/* Inside the caller's transaction; sets e->id. kind NULL is "event". */
int entry_insert(struct pt_db *db, struct entry *e, struct pt_err *err);
/* A story's timeline in occurred order (ties by id). */
int entry_list_story(struct pt_db *db, long long story_id,
    struct entry_list *out, struct pt_err *err);
int entry_get(struct pt_db *db, long long id, struct entry *out,
    struct pt_err *err);
void entry_done(struct entry *e);
void entry_list_free(struct entry_list *l);

#endif
