/* The desk operation behind `presstime import`: writes a whole document
 * that src/io has already read and checked, in one transaction, so a
 * refused file leaves nothing behind. src/io owns the file format; the
 * desk owns the writing (the faces and io never write through the model).
 *
 * Ownership: every string in these rows is borrowed from the caller (the
 * YAML tree) for the duration of desk_import; the rows are input, and
 * desk_import only fills in ids and defaults. `at` fields are opaque
 * places the caller chose (its YAML nodes), handed back on failure. */
#ifndef PRESSTIME_DESK_IMPORT_H
#define PRESSTIME_DESK_IMPORT_H

#include <stddef.h>
#include <time.h>

#include "presstime/entry.h"
#include "presstime/err.h"
#include "presstime/history.h"
#include "presstime/person.h"
#include "presstime/record.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/strmap.h"

struct desk;

/* Each row starts with the model's struct, so a field table's offsets
 * into the model struct apply to the whole row. */
struct desk_import_credit {
	struct credit c;
	const void *at;
};

struct desk_import_entry {
	struct entry e;
	long long local_id;   /* "id:" in the file, 0 when not given */
	long long local_amends;
	const void *at, *id_at, *amends_at;
	size_t target;        /* index of the amended entry */
	int mark;             /* the reader's cycle check, then "inserted" */
};

struct desk_import_rfc {
	struct rfc r;
	const void *at;
};

struct desk_import_change {
	struct status_change c;
	const void *at;
};

struct desk_import_notice {
	struct notice n;
	const void *at;
};
struct desk_import_snapshot {
	struct snapshot s;
	const void *at;
};
struct desk_import_story {
	struct story s;
	const void *at, *slug_at;
	struct desk_import_credit *credits;
	size_t ncredits;
	struct desk_import_entry *entries;
	size_t nentries;
	struct desk_import_rfc *rfcs;
	size_t nrfcs;
	struct desk_import_change *changes;
	size_t nchanges;
	struct desk_import_notice *notices;
	size_t nnotices;
	struct desk_import_snapshot *snapshots;  /* the notes as they ran */
	size_t nsnapshots;
};

/* What an import wrote. */
struct import_stats {
	int stories;
	int entries;
	int requests;
	int credits;
	int history;  /* status changes */
	int people;   /* people and organizations created */
};

/* A document read and checked whole: every slug new and unique, every
 * amends pointing inside its story's timeline without a loop (target
 * set, mark 0), every word valid. */
struct desk_import_doc {
	struct desk_import_story *stories;
	size_t nstories;
	time_t now;            /* one clock for the whole file: unset times */
	const void *failed_at; /* out: the row refused, NULL for none */
	struct import_stats st; /* out: what was written */
};

/* Writes doc in one transaction. People named by credits and requests
 * are found exactly (login, else kind and name) or created, never merged.
 * On failure nothing is written, err says why and doc->failed_at names
 * the row the model refused (NULL when the transaction itself failed). */
int desk_import(struct desk *d, struct desk_import_doc *doc,
    struct pt_err *err);

#endif
