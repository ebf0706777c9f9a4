/*
 * Import of the YAML export format (see export.c) in two passes: the
 * first (import_read.c) reads the whole document into rows and refuses
 * the first problem with its place; the second, here, writes every row
 * through the model in one transaction, so a refused file leaves
 * nothing behind. Row strings are borrowed from the YAML tree, which
 * lives until the import is over.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/history.h"
#include "presstime/io.h"
#include "presstime/person.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/ydoc.h"
#include "internal.h"

/* Places a model error (already in im->err) at a node. */
static int
imp_place(struct imp *im, const struct ydoc_node *at, int rc)
{
	pt_err_prefix(im->err, "%s:%d:%d: ", im->name, at->line, at->col);
	return rc;
}

static void
imp_story_free(struct imp_story *is)
{
	free(is->credits);
	free(is->entries);
	free(is->rfcs);
	free(is->changes);
}

/*
 * The cache key for a person: a login alone decides who it is; otherwise
 * kind then name. Kinds are validated words with no \x1f and "login" is
 * not one, so free text in a name or login cannot fake another key.
 */
static void
imp_person_key(struct pt_str *key, const char *name, const char *kind,
    const char *login)
{
	if (login != NULL)
		pt_str_addf(key, "login\x1f%s", login);
	else
		pt_str_addf(key, "%s\x1f%s", kind, name);
}

/* Looks the person up exactly, creating them when missing; an import
 * must never merge two people nor split one, or re-importing an export
 * would multiply people. */
static int
imp_person_resolve(struct imp *im, const char *name, const char *kind,
    const char *login, long long *id)
{
	struct pt_err e;
	struct person p;
	int rc;

	rc = person_find_exact(im->d->db, name, kind, login, &p, &e);
	if (rc == 0) {
		*id = p.id;
		person_done(&p);
		return 0;
	}
	if (rc != PT_ENOENT)
		return pt_errf(im->err, rc, "%s", e.msg);
	memset(&p, 0, sizeof p);
	p.name = (char *)name;
	p.kind = (char *)kind;
	p.login = (char *)login;
	if ((rc = person_insert(im->d->db, &p, im->err)) < 0)
		return rc;
	*id = p.id;
	im->st.people++;
	return 0;
}

/*
 * The person a credit or request names: by login when one is given,
 * else by exact name and kind; created when missing. Resolved people are
 * remembered so a long file asks the database once per person.
 */
static int
imp_person(struct imp *im, const char *name, const char *kind,
    const char *login, long long *id)
{
	struct pt_str key = PT_STR_INIT;
	long long *hit;
	int rc = 0;

	imp_person_key(&key, name, kind, login);
	if ((hit = strmap_get(&im->people, key.buf)) != NULL)
		*id = *hit;
	else if ((rc = imp_person_resolve(im, name, kind, login, id)) == 0)
		strmap_put(&im->people, key.buf, *id);
	pt_str_done(&key);
	return rc;
}

/* Inserts entry i after the entries it amends, deepest first; chain has
 * room for the whole timeline. */
static int
imp_entry_insert(struct imp *im, struct imp_story *is, size_t i,
    size_t *chain)
{
	size_t n = 0, j = i;
	int rc = 0;

	for (;;) {
		chain[n++] = j;
		if (is->entries[j].local_amends == 0 ||
		    is->entries[is->entries[j].target].mark)
			break;
		j = is->entries[j].target;
	}
	while (n > 0 && rc == 0) {
		struct imp_entry *ie = &is->entries[chain[--n]];
		struct entry *e = &ie->e;

		e->story_id = is->s.id;
		if (e->occurred_at == 0)
			e->occurred_at = im->now;
		if (e->logged_at == 0)
			e->logged_at = im->now;
		if (e->logged_by == NULL)
			e->logged_by = im->d->login;
		if (e->kind == NULL)
			e->kind = (char *)"event";
		e->amends = ie->local_amends != 0 ?
		    is->entries[ie->target].e.id : 0;
		if ((rc = entry_insert(im->d->db, e, im->err)) < 0)
			rc = imp_place(im, ie->node, rc);
		ie->mark = 1;
		im->st.entries++;
	}
	return rc;
}

static int
imp_story_write(struct imp *im, struct imp_story *is)
{
	struct story *s = &is->s;
	size_t *chain;
	long long pid;
	int rc;

	if (s->created_at == 0)
		s->created_at = im->now;
	if (s->updated_at == 0)
		s->updated_at = im->now;
	if ((rc = story_insert(im->d->db, s, im->err)) < 0)
		return imp_place(im, is->slug_node, rc);
	im->st.stories++;
	for (size_t i = 0; i < is->ncredits; i++) {
		struct credit *c = &is->credits[i].c;
		const char *kind = c->person.kind;

		if (kind == NULL)
			kind = c->person.login != NULL ? "staff" : "source";
		if ((rc = imp_person(im, c->person.name, kind, c->person.login,
		    &pid)) < 0 ||
		    (rc = credit_add(im->d->db, s->id, pid,
		    c->role != NULL ? c->role : "contributor", im->err)) < 0)
			return imp_place(im, is->credits[i].node, rc);
		im->st.credits++;
	}
	rc = 0;
	chain = pt_xcalloc(is->nentries, sizeof *chain);
	for (size_t i = 0; i < is->nentries && rc == 0; i++)
		if (!is->entries[i].mark)
			rc = imp_entry_insert(im, is, i, chain);
	free(chain);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < is->nrfcs; i++) {
		struct rfc *r = &is->rfcs[i].r;
		int attempts = r->attempts;

		r->story_id = s->id;
		if (r->asked_at == 0)
			r->asked_at = im->now;
		if (r->asked_by == NULL)
			r->asked_by = im->d->login;
		if ((rc = imp_person(im, r->target, r->target_kind != NULL ?
		    r->target_kind : "source", r->target_login,
		    &r->person_id)) < 0 ||
		    (rc = rfc_insert(im->d->db, r, im->err)) < 0)
			return imp_place(im, is->rfcs[i].node, rc);
		/* rfc_insert counts a first attempt; keep an explicit 0. */
		if (attempts == 0) {
			r->attempts = 0;
			if (r->state == NULL)
				r->state = (char *)"open";
			if ((rc = rfc_update(im->d->db, r, im->err)) < 0)
				return imp_place(im, is->rfcs[i].node, rc);
		}
		im->st.requests++;
	}
	for (size_t i = 0; i < is->nchanges; i++) {
		struct status_change *c = &is->changes[i].c;

		c->story_id = s->id;
		if (c->at == 0)
			c->at = im->now;
		if (c->by == NULL)
			c->by = im->d->login;
		if ((rc = history_insert(im->d->db, c, im->err)) < 0)
			return imp_place(im, is->changes[i].node, rc);
		im->st.history++;
	}
	return 0;
}

static int
imp_write(struct imp *im)
{
	int rc;

	if ((rc = pt_db_begin(im->d->db, im->err)) < 0)
		return rc;
	for (size_t i = 0; i < im->nstories; i++) {
		if ((rc = imp_story_write(im, &im->stories[i])) < 0) {
			pt_db_rollback(im->d->db);
			return rc;
		}
	}
	return pt_db_commit(im->d->db, im->err);
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
	im.now = desk_now(d);
	im.err = err;
	rc = import_read_doc(&im, root);
	if (rc == 0)
		rc = imp_write(&im);
	if (rc == 0 && st != NULL)
		*st = im.st;
	for (size_t i = 0; i < im.nstories; i++)
		imp_story_free(&im.stories[i]);
	free(im.stories);
	strmap_free(&im.slugs);
	strmap_free(&im.people);
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
