/*
 * Import of the YAML export format (see export.c) in two passes: the
 * first (import_read.c) reads the whole document into rows and refuses
 * the first problem with its place; the second, desk_import, writes
 * every row in one transaction, so a refused file leaves nothing behind.
 * Row strings are borrowed from the YAML tree, which lives until the
 * import is over.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/desk.h"
#include "presstime/desk_import.h"
#include "presstime/io.h"
#include "presstime/ptime.h"
#include "presstime/ydoc.h"
#include "internal.h"

/* Frees pass one's rows (their strings belong to the YAML tree). */
static void
imp_doc_free(struct desk_import_doc *doc)
{
	for (size_t i = 0; i < doc->nstories; i++) {
		struct desk_import_story *is = &doc->stories[i];

		free(is->credits);
		free(is->entries);
		free(is->rfcs);
		free(is->changes);
		free(is->notices);
		free(is->snapshots);
	}
	free(doc->stories);
}

static int
imp_run(struct desk *d, const char *name, struct ydoc_node *root,
    struct import_stats *st, struct pt_err *err)
{
	struct imp im;
	int rc;

	memset(&im, 0, sizeof im);
	im.d = d;
	im.name = name;
	im.doc.now = ptime_now();
	im.err = err;
	rc = import_read_doc(&im, root);
	if (rc == 0 && (rc = desk_import(d, &im.doc, err)) < 0 &&
	    im.doc.failed_at != NULL) {
		const struct ydoc_node *at = im.doc.failed_at;

		pt_err_prefix(err, "%s:%d:%d: ", name, at->line, at->col);
	}
	if (rc == 0 && st != NULL)
		*st = im.doc.st;
	imp_doc_free(&im.doc);
	strmap_free(&im.slugs);
	return rc;
}

int
import_buf(struct desk *d, const char *name, const char *buf, size_t len,
    struct import_stats *st, struct pt_err *err)
{
	struct ydoc_node *root;
	int rc;

	if (st != NULL)
		memset(st, 0, sizeof *st);
	if ((rc = ydoc_load_buf(name, buf, len, &ydoc_import_limits, &root,
	    err)) < 0)
		return rc;
	rc = imp_run(d, name, root, st, err);
	ydoc_free(root);
	return rc;
}

int
import_file(struct desk *d, const char *path, struct import_stats *st,
    struct pt_err *err)
{
	struct ydoc_node *root;
	int rc;

	if (st != NULL)
		memset(st, 0, sizeof *st);
	if ((rc = ydoc_load_file(path, &ydoc_import_limits, &root, err)) < 0)
		return rc;
	rc = imp_run(d, path, root, st, err);
	ydoc_free(root);
	return rc;
}
