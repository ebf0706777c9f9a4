/*
 * The write half of `presstime import` (the read half is src/io): every
 * row of a checked document goes through the model in one transaction,
 * so a refused file leaves nothing behind.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/change.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/desk_import.h"
#include "presstime/str.h"
#include "desk_int.h"

struct imw {
	struct desk *d;
	struct desk_import_doc *doc;
	struct strmap people;  /* login, else kind and name -> person id */
	struct pt_err *err;
	int foreign_ok;        /* may keep another author's name (owner or
	                        * admin group); else rows are the importer's */
};

/* Who a row the file says `by` wrote is recorded as: the author when
 * the importer may import others' rows, else the importer. */
static char *
imw_author(struct imw *w, char *by)
{
	if (by == NULL || w->foreign_ok)
		return by != NULL ? by : w->d->login;
	return w->d->login;
}

/* Remembers where the model refused, and passes rc on. */
static int
imw_fail(struct imw *w, const void *at, int rc)
{
	w->doc->failed_at = at;
	return rc;
}

/*
 * The cache key for a person: a login alone decides who it is; otherwise
 * kind then name. Kinds are validated words with no \x1f and "login" is
 * not one, so free text in a name or login cannot fake another key.
 */
static void
imw_person_key(struct pt_str *key, const char *name, const char *kind,
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
imw_person_resolve(struct imw *w, const char *name, const char *kind,
    const char *login, long long *id)
{
	struct pt_err e;
	struct person p;
	int rc;

	rc = person_find_exact(w->d->db, name, kind, login, &p, &e);
	if (rc == 0) {
		*id = p.id;
		person_done(&p);
		return 0;
	}
	if (rc != PT_ENOENT)
		return pt_errf(w->err, rc, "%s", e.msg);
	memset(&p, 0, sizeof p);
	p.name = pt_xstrdup(name);
	p.kind = pt_xstrdup(kind);
	p.login = pt_xstrdup(login);
	rc = person_insert(w->d->db, &p, w->err);
	*id = p.id;
	person_done(&p);
	if (rc < 0)
		return rc;
	w->doc->st.people++;
	return 0;
}

/*
 * The person a credit or request names: by login when one is given,
 * else by exact name and kind; created when missing. Resolved people are
 * remembered so a long file asks the database once per person.
 */
static int
imw_person(struct imw *w, const char *name, const char *kind,
    const char *login, long long *id)
{
	struct pt_str key = PT_STR_INIT;
	long long *hit;
	int rc = 0;

	imw_person_key(&key, name, kind, login);
	if ((hit = strmap_get(&w->people, key.buf)) != NULL)
		*id = *hit;
	else if ((rc = imw_person_resolve(w, name, kind, login, id)) == 0)
		strmap_put(&w->people, key.buf, *id);
	pt_str_done(&key);
	return rc;
}

/* Inserts entry i after the entries it amends, deepest first; chain has
 * room for the whole timeline. */
static int
imw_entry(struct imw *w, struct desk_import_story *is, size_t i,
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
		struct desk_import_entry *ie = &is->entries[chain[--n]];
		struct entry *e = &ie->e;

		e->story_id = is->s.id;
		if (e->occurred_at == 0)
			e->occurred_at = w->doc->now;
		if (e->logged_at == 0)
			e->logged_at = w->doc->now;
		/* Authorship cannot be forged: every imported row names
		 * its importer, and a foreign author is kept only as
		 * "originally logged by" unless the importer may. */
		e->imported_by = w->d->login;
		e->imported_at = w->doc->now;
		if (e->logged_by != NULL &&
		    strcmp(e->logged_by, w->d->login) != 0)
			e->orig_by = e->logged_by;
		e->logged_by = imw_author(w, e->logged_by);
		e->amends = ie->local_amends != 0 ?
		    is->entries[ie->target].e.id : 0;
		if ((rc = entry_insert(w->d->db, e, w->err)) < 0)
			rc = imw_fail(w, ie->at, rc);
		ie->mark = 1;
		w->doc->st.entries++;
	}
	return rc;
}

static int
imw_credits(struct imw *w, struct desk_import_story *is)
{
	long long pid;
	int rc;

	for (size_t i = 0; i < is->ncredits; i++) {
		struct credit *c = &is->credits[i].c;
		const char *kind = c->person.kind;

		if (kind == NULL)
			kind = c->person.login != NULL ? "staff" : "source";
		if ((rc = imw_person(w, c->person.name, kind, c->person.login,
		    &pid)) < 0 ||
		    (rc = credit_add(w->d->db, is->s.id, pid,
		    c->role != NULL ? c->role : "contributor", w->err)) < 0)
			return imw_fail(w, is->credits[i].at, rc);
		w->doc->st.credits++;
	}
	return 0;
}

static int
imw_rfcs(struct imw *w, struct desk_import_story *is)
{
	int rc;

	for (size_t i = 0; i < is->nrfcs; i++) {
		struct rfc *r = &is->rfcs[i].r;
		int attempts = r->attempts;

		r->story_id = is->s.id;
		if (r->asked_at == 0)
			r->asked_at = w->doc->now;
		r->asked_by = imw_author(w, r->asked_by);
		if ((rc = imw_person(w, r->target, r->target_kind != NULL ?
		    r->target_kind : "source", r->target_login,
		    &r->person_id)) < 0 ||
		    (rc = rfc_insert(w->d->db, r, w->err)) < 0)
			return imw_fail(w, is->rfcs[i].at, rc);
		/* rfc_insert counts a first attempt; keep an explicit 0. */
		if (attempts == 0) {
			r->attempts = 0;
			if ((rc = rfc_update(w->d->db, r, w->err)) < 0)
				return imw_fail(w, is->rfcs[i].at, rc);
		}
		w->doc->st.requests++;
	}
	return 0;
}

/* The story's own history says it came by import, by whom. */
static int
imw_imported(struct imw *w, struct desk_import_story *is)
{
	struct change_new c;
	char note[160];

	snprintf(note, sizeof note, "imported by %s", w->d->login);
	memset(&c, 0, sizeof c);
	c.story_id = is->s.id;
	c.at = w->doc->now;
	c.by = w->d->login;
	c.field = "imported";
	c.new_value = is->s.status;
	c.note = note;
	c.imported = 1;
	return change_insert(w->d->db, &c, NULL, w->err);
}

static int
imw_story(struct imw *w, struct desk_import_story *is)
{
	struct story *s = &is->s;
	size_t *chain;
	int rc;

	if (s->created_at == 0)
		s->created_at = w->doc->now;
	if (s->updated_at == 0)
		s->updated_at = w->doc->now;
	if ((rc = story_insert(w->d->db, s, w->err)) < 0)
		return imw_fail(w, is->slug_at, rc);
	w->doc->st.stories++;
	if ((rc = imw_credits(w, is)) < 0)
		return rc;
	chain = pt_xcalloc(is->nentries, sizeof *chain);
	for (size_t i = 0; i < is->nentries && rc == 0; i++)
		if (!is->entries[i].mark)
			rc = imw_entry(w, is, i, chain);
	free(chain);
	if (rc < 0 || (rc = imw_rfcs(w, is)) < 0)
		return rc;
	for (size_t i = 0; i < is->nchanges && rc == 0; i++) {
		struct status_change *c = &is->changes[i].c;
		struct pt_str note = PT_STR_INIT;

		c->story_id = s->id;
		if (c->at == 0)
			c->at = w->doc->now;
		/* History an import brings did not pass the workflow here:
		 * marked imported, its claimed author kept as text. */
		pt_str_addf(&note, "imported by %s", w->d->login);
		if (c->by != NULL && strcmp(c->by, w->d->login) != 0)
			pt_str_addf(&note, "; originally by %s", c->by);
		if (c->note != NULL && *c->note)
			pt_str_addf(&note, "; %s", c->note);
		c->change_note = pt_str_cstr(&note);
		c->by = imw_author(w, c->by);
		c->imported = 1;
		if ((rc = history_insert(w->d->db, c, w->err)) < 0)
			rc = imw_fail(w, is->changes[i].at, rc);
		c->change_note = NULL;
		pt_str_done(&note);
		w->doc->st.history++;
	}
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < is->nnotices; i++) {
		struct notice *n = &is->notices[i].n;

		n->story_id = s->id;
		if (n->at == 0)
			n->at = w->doc->now;
		n->by = imw_author(w, n->by);
		if ((rc = notice_insert(w->d->db, n, w->err)) < 0)
			return imw_fail(w, is->notices[i].at, rc);
	}
	/* What ran is kept as it ran: the words are not rebuilt. */
	for (size_t i = 0; i < is->nsnapshots; i++) {
		struct snapshot *sn = &is->snapshots[i].s;

		sn->story_id = s->id;
		if (sn->taken_at == 0)
			sn->taken_at = w->doc->now;
		sn->taken_by = imw_author(w, sn->taken_by);
		if (sn->zone == NULL)
			sn->zone = w->d->zone;
		if ((rc = snapshot_insert(w->d->db, sn, w->err)) < 0)
			return imw_fail(w, is->snapshots[i].at, rc);
	}
	return imw_imported(w, is);
}

int
desk_import(struct desk *d, struct desk_import_doc *doc, struct pt_err *err)
{
	struct imw w;
	int rc;

	memset(&w, 0, sizeof w);
	w.d = d;
	w.doc = doc;
	w.err = err;
	if ((rc = desk_may_import_foreign(d, &w.foreign_ok, err)) < 0)
		return rc;
	doc->failed_at = NULL;
	memset(&doc->st, 0, sizeof doc->st);
	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	for (size_t i = 0; i < doc->nstories && rc == 0; i++)
		rc = imw_story(&w, &doc->stories[i]);
	strmap_free(&w.people);
	if (rc < 0) {
		memset(&doc->st, 0, sizeof doc->st);
		return desk_fail(d, rc);
	}
	return pt_db_commit(d->db, err);
}
