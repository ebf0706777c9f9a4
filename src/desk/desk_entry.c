/* Logging timeline entries and crediting contributors. */
#include "config.h"

#include <ctype.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "presstime/change.h"
#include "presstime/db.h"
#include "desk_int.h"
#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/story.h"

/* True when text has something besides white space. */
static int
has_text(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (!isspace((unsigned char)*s))
			return 1;
	return 0;
}

int
desk_entry_add(struct desk *d, long long story_id,
    const struct desk_entry *de, time_t logged_at, long long *id_out,
    struct pt_err *err)
{
	struct entry e;
	int rc;

	memset(&e, 0, sizeof e);
	e.story_id = story_id;
	e.occurred_at = de->occurred_at != 0 ? de->occurred_at : logged_at;
	e.logged_at = logged_at;
	e.logged_by = pt_xstrdup(d->login);
	e.kind = pt_xstrdup(de->kind);
	e.body = pt_xstrdup(de->body);
	e.source = pt_xstrdup(de->source);
	e.url = pt_xstrdup(de->url);
	e.amends = de->amends;
	rc = entry_insert(d->db, &e, err);
	if (rc == 0 && id_out != NULL)
		*id_out = e.id;
	entry_done(&e);
	return rc;
}

int
desk_log(struct desk *d, const char *slug, const struct desk_entry *de,
    long long *id_out, struct pt_err *err)
{
	struct desk_entry row = *de;
	struct story *s;
	long long id = 0;
	time_t now;
	int rc;

	if (!has_text(de->body))
		return pt_errf(err, PT_EINVAL, "nothing to log: the entry for %s "
		    "is empty", slug);
	if (row.kind == NULL)
		row.kind = de->amends != 0 ? "correction" : "event";
	if (entry_kind_valid(row.kind, err) < 0)
		return PT_EINVAL;
	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	/* Stamped once the lock is ours: a wait for it is not "when". */
	now = ptime_now();
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return desk_fail(d, rc);
	if (de->amends != 0) {
		struct entry old;

		rc = entry_get(d->db, de->amends, &old, err);
		if (rc == 0 && old.story_id != s->id)
			rc = pt_errf(err, PT_EINVAL, "entry %lld belongs to "
			    "another story, not %s", de->amends, slug);
		entry_done(&old);
		if (rc < 0) {
			story_free(s);
			return desk_fail(d, rc);
		}
	}
	if (!has_text(row.source))
		row.source = NULL;
	if (!has_text(row.url))
		row.url = NULL;
	rc = desk_entry_add(d, s->id, &row, now, &id, err);
	if (rc == 0) {
		/* In the history too, so undo can retract it. */
		struct change_new c;
		char note[128], when[32];

		/* Backdating is recorded as such: the entry says when it
		 * happened, its logged time and this row when it was typed. */
		snprintf(note, sizeof note, "%s", row.kind);
		if (row.occurred_at != 0 && row.occurred_at != now) {
			ptime_format(row.occurred_at, when, sizeof when);
			snprintf(note, sizeof note, "%s, dated %s (--at)",
			    row.kind, when);
		}
		memset(&c, 0, sizeof c);
		c.story_id = s->id;
		c.at = now;
		c.field = "entry";
		c.ref = id;
		c.new_value = row.body;
		c.note = note;
		rc = desk_record(d, &c, err);
	}
	if (rc == 0)
		rc = story_touch(d->db, s->id, now, d->login, err);
	story_free(s);
	if (rc < 0)
		return desk_fail(d, rc);
	if ((rc = pt_db_commit(d->db, err)) < 0)
		return rc;
	if (id_out != NULL)
		*id_out = id;
	return 0;
}

/*
 * What crediting and uncrediting check before touching a credit: name has
 * text (else "<ask> the name is empty"), *role defaults to contributor and
 * is a known role. Then the transaction opens and the story is read into
 * *s. On success the caller owns *s and the open transaction; on failure
 * nothing is left open.
 */
static int
credit_begin(struct desk *d, const char *slug, const char *name,
    const char *ask, const char **role, struct story **s, struct pt_err *err)
{
	int rc;

	if (!has_text(name))
		return pt_errf(err, PT_EINVAL, "%s the name is empty", ask);
	if (*role == NULL)
		*role = "contributor";
	if (credit_role_valid(*role, err) < 0)
		return PT_EINVAL;
	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	if ((rc = story_get(d->db, slug, s, err)) < 0)
		return desk_fail(d, rc);
	return 0;
}

int
desk_credit(struct desk *d, const char *slug, const char *name,
    const char *role, struct pt_err *err)
{
	struct person p;
	struct story *s;
	int rc;

	if ((rc = credit_begin(d, slug, name, "whom to credit?", &role, &s,
	    err)) < 0)
		return rc;
	rc = person_find(d->db, name, &p, NULL);
	if (rc == PT_ENOENT) {
		/* A login on this host is a colleague: credit them as staff
		 * under their real name. */
		struct passwd *pw = getpwnam(name);

		if (pw != NULL && pw->pw_gecos != NULL && pw->pw_gecos[0] &&
		    pw->pw_gecos[0] != ',') {
			char display[128];

			snprintf(display, sizeof display, "%.*s",
			    (int)strcspn(pw->pw_gecos, ","), pw->pw_gecos);
			rc = person_ensure_staff(d->db, name, display, &p, err);
		} else
			rc = person_ensure(d->db, name, "staff", &p, err);
	}
	if (rc == 0) {
		rc = credit_add(d->db, s->id, p.id, role, err);
		if (rc == PT_EINVAL)
			pt_errf(err, PT_EINVAL, "%s is already credited as %s on "
			    "%s", p.name, role, slug);
	}
	if (rc == 0) {
		struct change_new c;

		memset(&c, 0, sizeof c);
		c.story_id = s->id;
		c.at = ptime_now();
		c.field = "credit";
		c.ref = p.id;
		c.new_value = role;
		c.note = p.name;
		rc = desk_record(d, &c, err);
	}
	if (rc == 0)
		rc = story_touch(d->db, s->id, ptime_now(), d->login, err);
	person_done(&p);
	story_free(s);
	if (rc < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}

/* The credit of name (person's name, any case, or login) in role. */
static const struct credit *
credit_named(const struct credit_list *l, const char *name, const char *role)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct person *p = &l->v[i].person;

		if (strcmp(l->v[i].role, role) == 0 && (strcasecmp(p->name,
		    name) == 0 || (p->login != NULL && strcmp(p->login,
		    name) == 0)))
			return &l->v[i];
	}
	return NULL;
}

int
desk_uncredit(struct desk *d, const char *slug, const char *name,
    const char *role, struct pt_err *err)
{
	struct credit_list l = { NULL, 0 };
	const struct credit *c;
	struct story *s;
	time_t now;
	int rc;

	if ((rc = credit_begin(d, slug, name, "whose credit?", &role, &s,
	    err)) < 0)
		return rc;
	if ((rc = credit_list_story(d->db, s->id, &l, err)) < 0)
		goto out;
	if ((c = credit_named(&l, name, role)) == NULL) {
		struct pt_str have = PT_STR_INIT;

		for (size_t i = 0; i < l.n; i++)
			pt_str_addf(&have, "%s%s (%s)", i > 0 ? ", " : "",
			    l.v[i].person.name, l.v[i].role);
		rc = pt_errf(err, PT_ENOENT, "%s is not credited as %s on %s "
		    "(credits: %s)", name, role, slug, have.len > 0 ?
		    pt_str_cstr(&have) : "none");
		pt_str_done(&have);
		goto out;
	}
	now = ptime_now();
	if ((rc = credit_remove(d->db, s->id, c->person.id, role, err)) == 0) {
		struct change_new ch;

		memset(&ch, 0, sizeof ch);
		ch.story_id = s->id;
		ch.at = now;
		ch.field = "credit";
		ch.ref = c->person.id;
		ch.old_value = role;
		ch.note = c->person.name;
		rc = desk_record(d, &ch, err);
	}
	if (rc == 0)
		rc = story_touch(d->db, s->id, now, d->login, err);
out:
	credit_list_free(&l);
	story_free(s);
	if (rc < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}

int
desk_login_known(struct desk *d, const char *login)
{
	struct person p;
	int known;

	if (login == NULL || *login == '\0')
		return 0;
	if (person_find(d->db, login, &p, NULL) == 0) {
		known = p.login != NULL && strcmp(p.login, login) == 0;
		person_done(&p);
		if (known)
			return 1;
	}
	return getpwnam(login) != NULL;
}
