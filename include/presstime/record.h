/* The press-time record in the database: newsroom settings (one row per
 * key), correction and kill notices, and the end notes as they ran
 * (snapshots, never rebuilt). */
#ifndef PRESSTIME_RECORD_H
#define PRESSTIME_RECORD_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

/* The value of newsroom setting key as a fresh string in *out (caller
 * frees), or *out = NULL when it is not set. */
int setting_get(struct pt_db *db, const char *key, char **out,
    struct pt_err *err);
/* Sets key inside the caller's transaction. */
int setting_put(struct pt_db *db, const char *key, const char *value,
    time_t at, const char *by, struct pt_err *err);

/* A correction ("the contract was worth $508,832, not $580,832") or a
 * kill notice (the reason the story was withdrawn). */
struct notice {
	long long id;
	long long story_id;
	char *kind;  /* "correction" or "kill" */
	char *body;
	time_t at;
	char *by;
};

struct notice_list {
	struct notice *v;
	size_t n;
};

/* "correction" or "kill"; PT_EINVAL naming them otherwise. */
int notice_kind_valid(const char *kind, struct pt_err *err);
/* Inside the caller's transaction. */
int notice_insert(struct pt_db *db, const struct notice *n,
    struct pt_err *err);
/* A story's notices, oldest first. */
int notice_list_story(struct pt_db *db, long long story_id,
    struct notice_list *out, struct pt_err *err);
void notice_list_free(struct notice_list *l);

/* The end notes as printed when the story ran. */
struct snapshot {
	long long id;
	long long story_id;
	time_t taken_at;
	char *taken_by;
	char *reason;  /* published corrected writethru killed */
	char *zone;    /* the newsroom time zone the words were written in */
	char *body;    /* exactly as printed, one line per sentence group */
};

struct snapshot_list {
	struct snapshot *v;
	size_t n;
};

/* "published", "corrected", "writethru" or "killed". */
int snapshot_reason_valid(const char *reason, struct pt_err *err);
/* Inside the caller's transaction. */
int snapshot_insert(struct pt_db *db, const struct snapshot *s,
    struct pt_err *err);
/* A story's snapshots, oldest first (the last is what runs now). */
int snapshot_list_story(struct pt_db *db, long long story_id,
    struct snapshot_list *out, struct pt_err *err);
void snapshot_list_free(struct snapshot_list *l);

#endif
