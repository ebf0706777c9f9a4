/* People, organizations and credits. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/str.h"
#include "internal.h"

static int
in_list(const char *v, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (v != NULL && strcmp(v, list[i]) == 0)
			return 1;
	return 0;
}

int
person_kind_valid(const char *kind, struct pt_err *err)
{
	static const char *const k[] = { "staff", "source", "organization" };

	if (in_list(kind, k, 3))
		return 0;
	return pt_errf(err, PT_EINVAL, "unknown person kind \"%s\" (expected "
	    "one of: staff, source, organization)", kind);
}

int
credit_role_valid(const char *role, struct pt_err *err)
{
	static const char *const r[] = { "byline", "contributor", "editor",
		"photo", "research" };

	if (in_list(role, r, 5))
		return 0;
	return pt_errf(err, PT_EINVAL, "unknown role \"%s\" (expected one of: "
	    "byline, contributor, editor, photo, research)", role);
}

#define PERSON_COLS "id, name, login, kind, affiliation, contact"

static void
person_read(sqlite3_stmt *st, int base, struct person *p)
{
	p->id = sqlite3_column_int64(st, base);
	p->name = db_col_dup(st, base + 1);
	p->login = db_col_dup(st, base + 2);
	p->kind = db_col_dup(st, base + 3);
	p->affiliation = db_col_dup(st, base + 4);
	p->contact = db_col_dup(st, base + 5);
}

int
person_find(struct pt_db *db, const char *key, struct person *out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if (db_prepare(db, "SELECT " PERSON_COLS " FROM person WHERE login = ?1 "
	    "OR name = ?1 COLLATE NOCASE ORDER BY login IS NULL, id LIMIT 1",
	    &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, key);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		person_read(st, 0, out);
		sqlite3_finalize(st);
		return 0;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "finding a person");
	return pt_errf(err, PT_ENOENT, "no person \"%s\"", key);
}

/*
 * Names are compared byte for byte, not case-folded like person_find:
 * they are stored as typed and exported as stored, so a re-imported
 * export always brings back the same bytes, and "ICE" the agency is not
 * "Ice" the rapper. The NOCASE term is only there so the query can use
 * the person_name index (which is NOCASE); the binary term decides.
 */
static const char exact_by_name_sql[] = "SELECT " PERSON_COLS
    " FROM person WHERE name = ?1 COLLATE NOCASE AND name = ?1 AND"
    " kind = ?2 ORDER BY id LIMIT 1";
/* A login belongs to one person whatever name a file gives them. */
static const char exact_by_login_sql[] = "SELECT " PERSON_COLS
    " FROM person WHERE login = ?1";

int
person_find_exact(struct pt_db *db, const char *name, const char *kind,
    const char *login, struct person *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if (db_prepare(db, login != NULL ? exact_by_login_sql :
	    exact_by_name_sql, &st, err) < 0)
		return PT_EDB;
	if (login != NULL)
		db_bind_text(st, 1, login);
	else {
		db_bind_text(st, 1, name);
		db_bind_text(st, 2, kind);
	}
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		person_read(st, 0, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "finding a person");
	if (login != NULL)
		return pt_errf(err, PT_ENOENT, "no person with login \"%s\"",
		    login);
	return pt_errf(err, PT_ENOENT, "no %s named \"%s\"", kind, name);
}

int
person_insert(struct pt_db *db, struct person *p, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "INSERT INTO person (name, login, kind, affiliation,"
	    " contact, created_at) VALUES (?, ?, ?, ?, ?, ?)", &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, p->name);
	db_bind_text(st, 2, p->login);
	db_bind_text(st, 3, p->kind != NULL ? p->kind : "source");
	db_bind_text(st, 4, p->affiliation);
	db_bind_text(st, 5, p->contact);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)ptime_now());
	rc = db_step_done(db, st, err, "adding a person");
	if (rc == 0)
		p->id = sqlite3_last_insert_rowid(db->h);
	return rc;
}

int
person_ensure(struct pt_db *db, const char *name, const char *kind,
    struct person *out, struct pt_err *err)
{
	int rc = PT_ENOENT;

	/* "ICE" asked as an organization is the organization, though a
	 * source of that name came first; else a typed name finds whoever
	 * goes by it, in any case. */
	if (kind != NULL)
		rc = person_find_exact(db, name, kind, NULL, out, NULL);
	if (rc == PT_ENOENT)
		rc = person_find(db, name, out, NULL);
	if (rc != PT_ENOENT)
		return rc < 0 ? db_fail(db, err, "finding a person") : 0;
	memset(out, 0, sizeof *out);
	out->name = pt_xstrdup(name);
	out->kind = pt_xstrdup(kind != NULL ? kind : "source");
	return person_insert(db, out, err);
}

int
person_ensure_staff(struct pt_db *db, const char *login, const char *display,
    struct person *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if (db_prepare(db, "SELECT " PERSON_COLS " FROM person WHERE login = ?",
	    &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, login);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		person_read(st, 0, out);
		sqlite3_finalize(st);
		return 0;
	}
	sqlite3_finalize(st);
	out->name = pt_xstrdup(display != NULL ? display : login);
	out->login = pt_xstrdup(login);
	out->kind = pt_xstrdup("staff");
	return person_insert(db, out, err);
}

/* The completions sql lists for prefix (?1, its length ?2), at most max
 * (?3): the one walk both completers share; only their SELECT differs. */
static int
with_prefix(struct pt_db *db, const char *sql, const char *prefix, int max,
    char ***out, size_t *n, struct pt_err *err)
{
	sqlite3_stmt *st;

	*out = pt_xcalloc((size_t)max + 1, sizeof **out);
	*n = 0;
	if (db_prepare(db, sql, &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, prefix);
	sqlite3_bind_int(st, 2, (int)strlen(prefix));
	sqlite3_bind_int(st, 3, max);
	while (sqlite3_step(st) == SQLITE_ROW && *n < (size_t)max)
		(*out)[(*n)++] = db_col_dup(st, 0);
	sqlite3_finalize(st);
	return 0;
}

int
person_names_with_prefix(struct pt_db *db, const char *prefix, int max,
    char ***out, size_t *n, struct pt_err *err)
{
	return with_prefix(db, "SELECT name FROM person WHERE substr(name, 1, "
	    "?2) = ?1 COLLATE NOCASE ORDER BY name LIMIT ?3", prefix, max, out,
	    n, err);
}

int
person_logins_with_prefix(struct pt_db *db, const char *prefix, int max,
    char ***out, size_t *n, struct pt_err *err)
{
	return with_prefix(db, "SELECT login FROM person WHERE kind = 'staff' "
	    "AND login IS NOT NULL AND substr(login, 1, ?2) = ?1 ORDER BY "
	    "login LIMIT ?3", prefix, max, out, n, err);
}

void
person_done(struct person *p)
{
	free(p->name);
	free(p->login);
	free(p->kind);
	free(p->affiliation);
	free(p->contact);
	memset(p, 0, sizeof *p);
}

int
credit_add(struct pt_db *db, long long story_id, long long person_id,
    const char *role, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "INSERT INTO credit (story_id, person_id, role, ord) "
	    "VALUES (?1, ?2, ?3, (SELECT coalesce(max(ord), 0) + 1 FROM credit "
	    "WHERE story_id = ?1))", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	sqlite3_bind_int64(st, 2, person_id);
	db_bind_text(st, 3, role);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	if (sqlite3_extended_errcode(db->h) == SQLITE_CONSTRAINT_UNIQUE)
		return pt_errf(err, PT_EINVAL, "already credited as %s", role);
	return db_fail(db, err, "adding a credit");
}

int
credit_remove(struct pt_db *db, long long story_id, long long person_id,
    const char *role, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "DELETE FROM credit WHERE story_id = ?1 AND "
	    "person_id = ?2 AND role = ?3", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	sqlite3_bind_int64(st, 2, person_id);
	db_bind_text(st, 3, role);
	if ((rc = db_step_done(db, st, err, "removing a credit")) < 0)
		return rc;
	if (sqlite3_changes(db->h) == 0)
		return pt_errf(err, PT_ENOENT, "no such credit (%s) to remove",
		    role);
	return 0;
}

int
credit_list_story(struct pt_db *db, long long story_id,
    struct credit_list *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;

	out->v = NULL;
	out->n = 0;
	if (db_prepare(db, "SELECT c.id, c.story_id, c.role, c.ord, p.id, "
	    "p.name, p.login, p.kind, p.affiliation, p.contact FROM credit c "
	    "JOIN person p ON p.id = c.person_id WHERE c.story_id = ? "
	    "ORDER BY c.ord, c.id", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, story_id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct credit *c;

		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		c = &out->v[out->n++];
		c->id = sqlite3_column_int64(st, 0);
		c->story_id = sqlite3_column_int64(st, 1);
		c->role = db_col_dup(st, 2);
		c->ord = sqlite3_column_int(st, 3);
		person_read(st, 4, &c->person);
	}
	sqlite3_finalize(st);
	return 0;
}

void
credit_list_free(struct credit_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].role);
		person_done(&l->v[i].person);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
pt_strv_free(char **v, size_t n)
{
	if (v == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}
