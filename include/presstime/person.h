/* People and organizations, and the credits that tie them to stories. */
#ifndef PRESSTIME_PERSON_H
#define PRESSTIME_PERSON_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;

/* Strings are owned by the struct (freed by person_done), also in a row the
 * caller fills for person_insert: copy borrowed text in with pt_xstrdup.
 * (desk_import's rows are the one exception: they borrow from the YAML
 * tree and are never passed to *_done.) */
struct person {
	long long id;
	char *name;
	char *login;       /* staff only */
	char *kind;        /* staff, source, organization */
	char *affiliation;
	char *contact;
};

struct credit {
	long long id;
	long long story_id;
	struct person person;
	char *role;        /* byline contributor editor photo research */
	int ord;
};

struct credit_list {
	struct credit *v;
	size_t n;
};

int person_kind_valid(const char *kind, struct pt_err *err);
int credit_role_valid(const char *role, struct pt_err *err);

/* Finds a person by exact name (case-insensitive) or login; PT_ENOENT if
 * none. */
int person_find(struct pt_db *db, const char *name_or_login,
    struct person *out, struct pt_err *err);
/* Finds the one person a stored row names, for import: with a login, the
 * login's owner (name and kind are then not compared); without, the
 * oldest person with exactly this name, byte for byte, and this kind,
 * with or without a login. PT_ENOENT if none. Unlike person_find, a
 * "Reuters" organization never answers for a "Reuters" source. */
int person_find_exact(struct pt_db *db, const char *name, const char *kind,
    const char *login, struct person *out, struct pt_err *err);
/* Finds or creates: the person of exactly this name and kind, else
 * anyone by this name or login (any case), else a new one of kind.
 * Sets out->id. */
int person_ensure(struct pt_db *db, const char *name, const char *kind,
    struct person *out, struct pt_err *err);
/* The staff person for a login, created on first use with display name. */
int person_ensure_staff(struct pt_db *db, const char *login,
    const char *display, struct person *out, struct pt_err *err);
int person_insert(struct pt_db *db, struct person *p, struct pt_err *err);
/* Names starting with prefix (for completion). */
int person_names_with_prefix(struct pt_db *db, const char *prefix, int max,
    char ***out, size_t *n, struct pt_err *err);
/* Staff logins starting with prefix (the assign prompt completes these,
 * never sources). */
int person_logins_with_prefix(struct pt_db *db, const char *prefix,
    int max, char ***out, size_t *n, struct pt_err *err);
void person_done(struct person *p);

/* Adds a credit at the end of the story's order for that role. A repeat
 * (same person and role) is PT_EINVAL. */
int credit_add(struct pt_db *db, long long story_id, long long person_id,
    const char *role, struct pt_err *err);
/* Removes person's credit in role on a story; PT_ENOENT when none. */
int credit_remove(struct pt_db *db, long long story_id, long long person_id,
    const char *role, struct pt_err *err);
int credit_list_story(struct pt_db *db, long long story_id,
    struct credit_list *out, struct pt_err *err);
void credit_list_free(struct credit_list *l);

/* Frees a string vector from the *_with_prefix calls. */
void pt_strv_free(char **v, size_t n);

#endif
