/* Shared by the files of src/io only: the shape of the export document
 * as tables (one row per field, in the order they are written), so the
 * exporter and the importer cannot disagree on a key or a type; and the
 * importer's state, filled by import_read.c and written by desk_import. */
#ifndef PRESSTIME_IO_INTERNAL_H
#define PRESSTIME_IO_INTERNAL_H

#include <stddef.h>
#include <time.h>

#include "presstime/desk_import.h"
#include "presstime/entry.h"
#include "presstime/err.h"
#include "presstime/history.h"
#include "presstime/io.h"
#include "presstime/person.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "presstime/strmap.h"
#include "presstime/ydoc.h"

struct desk;
struct filter;

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
extern const struct shape_field shape_notice[];     /* struct notice */
extern const struct shape_field shape_snapshot[];   /* struct snapshot */

/* A workflow state name (states.h). */
int shape_state_valid(const char *state, struct pt_err *err);

/* The exchange formats: as export_stories for one format each. */
int export_ninjs(struct desk *d, const struct filter *f, const char *one_slug,
    struct pt_str *out, struct pt_err *err);
int export_ics(struct desk *d, const struct filter *f, const char *one_slug,
    struct pt_str *out, struct pt_err *err);
int export_csv(struct desk *d, const struct filter *f, const char *one_slug,
    struct pt_str *out, struct pt_err *err);
/* The newsroom's word for stable identifiers (URIs, UIDs): its "name"
 * setting cut to [a-z0-9-], else "newsroom". Into buf. */
void export_newsroom_name(struct desk *d, char *buf, size_t n);

/* Appends one story as Markdown (export_md.c). */
int export_md_story(struct desk *d, const struct story *s,
    const struct entry_list *el, const struct rfc_list *rl,
    struct pt_str *out, struct pt_err *err);

/* The importer's state: pass one (import_read.c) fills doc's rows, whose
 * strings and places are borrowed from the YAML tree (places are its
 * nodes); pass two is desk_import. */
struct imp {
	struct desk *d;
	const char *name;      /* for messages */
	struct pt_err *err;
	struct desk_import_doc doc;
	size_t cap;            /* of doc.stories */
	struct strmap slugs;   /* slug -> index in doc.stories */
};

/* Pass one: reads and checks the whole document into im->stories. */
int import_read_doc(struct imp *im, const struct ydoc_node *root);

#endif
