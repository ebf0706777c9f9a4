/* Shared by the files of src/io only: the shape of the export document
 * as tables (one row per field, in the order they are written), so the
 * exporter and the importer cannot disagree on a key or a type; and the
 * importer's rows, filled by import_read.c and written by import.c. */
#ifndef PRESSTIME_IO_INTERNAL_H
#define PRESSTIME_IO_INTERNAL_H

#include <stddef.h>
#include <time.h>

#include "presstime/entry.h"
#include "presstime/err.h"
#include "presstime/history.h"
#include "presstime/io.h"
#include "presstime/person.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "presstime/ydoc.h"

struct desk;

enum shape_type {
	SHAPE_TEXT,  /* free text (char *): always double-quoted */
	SHAPE_WORD,  /* a name from a short list, a login (char *): plain
	              * when it reads back as the same text, else quoted */
	SHAPE_TIME,  /* time_t, ISO 8601 UTC; 0 is unset */
	SHAPE_INT,   /* int; 0 is unset */
	SHAPE_COUNT, /* int, always written */
	SHAPE_BOOL   /* int 0 or 1, always written */
};

struct shape_field {
	const char *key;
	enum shape_type type;
	size_t off;      /* offsetof the member in the row's struct */
	int (*valid)(const char *value, struct pt_err *err); /* or NULL */
	int required;    /* import refuses a map without it */
};

/* Each table ends with a row whose key is NULL. */
extern const struct shape_field shape_story[];      /* struct story */
extern const struct shape_field shape_credit[];     /* struct credit */
extern const struct shape_field shape_entry[];      /* struct entry */
extern const struct shape_field shape_rfc[];        /* struct rfc */
extern const struct shape_field shape_change[];     /* struct status_change */

/* A workflow state name (story_state_rank knows it). */
int shape_state_valid(const char *state, struct pt_err *err);

/* Appends one story as Markdown (export_md.c). */
int export_md_story(struct desk *d, const struct story *s,
    const struct entry_list *el, const struct rfc_list *rl,
    struct pt_str *out, struct pt_err *err);

/* A string-keyed hash (open addressing): slugs seen in this file, and
 * people already resolved, so a long file stays linear. */
struct strmap {
	char **keys;       /* owned */
	long long *vals;
	size_t cap, n;     /* cap is 0 or a power of two */
};

/* The value stored under key, or NULL. */
long long *strmap_get(const struct strmap *m, const char *key);
/* Adds key (copied); the key must not be there yet. */
void strmap_put(struct strmap *m, const char *key, long long val);
void strmap_free(struct strmap *m);

/* The importer's rows. Strings are borrowed from the YAML tree. Each row
 * starts with the model's struct, so a shape table's offsets apply to the
 * whole row and an extra-key handler gets the row back. */
struct imp_credit {
	struct credit c;
	const struct ydoc_node *node;
};

struct imp_entry {
	struct entry e;
	long long local_id;   /* "id:", 0 when not given */
	long long local_amends;
	const struct ydoc_node *node, *id_node, *amends_node;
	size_t target;        /* index of the amended entry */
	int mark;             /* cycle check, then "inserted" */
};

struct imp_rfc {
	struct rfc r;
	const struct ydoc_node *node;
};

struct imp_change {
	struct status_change c;
	const struct ydoc_node *node;
};

struct imp_story {
	struct story s;
	const struct ydoc_node *node, *slug_node;
	struct imp_credit *credits;
	size_t ncredits;
	struct imp_entry *entries;
	size_t nentries;
	struct imp_rfc *rfcs;
	size_t nrfcs;
	struct imp_change *changes;
	size_t nchanges;
};

struct imp {
	struct desk *d;
	const char *name;      /* for messages */
	time_t now;            /* one clock for the whole file */
	struct pt_err *err;
	struct imp_story *stories;
	size_t nstories, cap;
	struct strmap slugs;   /* slug -> index in stories */
	struct strmap people;  /* login, else kind and name -> person id */
	struct import_stats st;
};

/* Pass one: reads and checks the whole document into im->stories. */
int import_read_doc(struct imp *im, const struct ydoc_node *root);

#endif
