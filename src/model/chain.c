/* The tamper-evident chain over the record: each row of entry and change
 * (and of the end notes as they ran) stores the SHA-256 of its content
 * and of the previous row's hash, so
 * editing, inserting or removing a row (other than the newest) breaks
 * every link after it. A row's content is its columns as stored, each
 * with its SQLite type, so "5" and 5 differ. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "presstime/db.h"
#include "presstime/sha256.h"
#include "internal.h"

/* The chained tables and the columns their hashes cover, each
 * statement written out whole (SQL is never formatted at run time). */
#define ENTRY_COLS "id, story_id, occurred_at, logged_at, logged_by, kind, " \
	"body, source, url, amends, imported_by, imported_at, orig_by"
#define CHANGE_COLS "id, story_id, at, by, field, old_value, new_value, " \
	"note, ref, batch, undoes, imported"
#define SNAPSHOT_COLS "id, story_id, taken_at, taken_by, reason, zone, body"
#define CHAIN_SQL(t, cols) \
	"SELECT hash FROM " t " WHERE id < ?1 ORDER BY id DESC LIMIT 1", \
	"SELECT " cols " FROM " t " WHERE id = ?1", \
	"UPDATE " t " SET prev_hash = ?1, hash = ?2 WHERE id = ?3", \
	"SELECT id FROM " t " WHERE hash IS NULL ORDER BY id", \
	"SELECT " cols ", prev_hash, hash FROM " t " ORDER BY id", \
	"SELECT s.slug FROM " t " x JOIN story s ON s.id = x.story_id " \
	"WHERE x.id = ?1"

static const struct chain_table {
	const char *name;
	int ncols;
	const char *prev_sql, *row_sql, *seal_sql, *unsealed_sql, *all_sql,
	    *story_sql;
} tables[] = {
	{ "entry", 13, CHAIN_SQL("entry", ENTRY_COLS) },
	{ "change", 12, CHAIN_SQL("change", CHANGE_COLS) },
	{ "notes_snapshot", 7, CHAIN_SQL("notes_snapshot", SNAPSHOT_COLS) },
};

static const char genesis[SHA256_HEX_LEN + 1] =
    "0000000000000000000000000000000000000000000000000000000000000000";

static const struct chain_table *
find_table(const char *name)
{
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
		if (strcmp(tables[i].name, name) == 0)
			return &tables[i];
	return NULL;
}

/* The hash of the row st is on (its first ncols columns) after prev. */
static void
row_hash(const char *table, const char *prev, sqlite3_stmt *st, int ncols,
    char out[SHA256_HEX_LEN + 1])
{
	struct sha256 c;
	unsigned char d[SHA256_LEN];
	char num[48];

	sha256_init(&c);
	sha256_update(&c, "presstime-chain-1\n", 18);
	sha256_update(&c, table, strlen(table) + 1);
	sha256_update(&c, prev, SHA256_HEX_LEN);
	for (int i = 0; i < ncols; i++) {
		switch (sqlite3_column_type(st, i)) {
		case SQLITE_NULL:
			sha256_update(&c, "n", 1);
			break;
		case SQLITE_INTEGER:
			snprintf(num, sizeof num, "i%lld;",
			    (long long)sqlite3_column_int64(st, i));
			sha256_update(&c, num, strlen(num));
			break;
		default: {
			/* Text, or anything else as its text: length first,
			 * so no two rows run together alike. */
			const unsigned char *t = sqlite3_column_text(st, i);
			int n = sqlite3_column_bytes(st, i);

			snprintf(num, sizeof num, "t%d:", n);
			sha256_update(&c, num, strlen(num));
			sha256_update(&c, t, (size_t)n);
		}
		}
	}
	sha256_final(&c, d);
	sha256_to_hex(d, out);
}

int
chain_seal(struct pt_db *db, const char *table, long long id,
    struct pt_err *err)
{
	const struct chain_table *t = find_table(table);
	char prev[SHA256_HEX_LEN + 1], hash[SHA256_HEX_LEN + 1];
	sqlite3_stmt *st;
	int rc;

	if (t == NULL)
		return pt_errf(err, PT_EINVAL, "no chain over table %s", table);
	memcpy(prev, genesis, sizeof prev);
	if (db_prepare(db, t->prev_sql, &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW &&
	    sqlite3_column_type(st, 0) == SQLITE_TEXT &&
	    sqlite3_column_bytes(st, 0) == SHA256_HEX_LEN)
		memcpy(prev, sqlite3_column_text(st, 0), SHA256_HEX_LEN);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(db, err, "reading the chain");

	if (db_prepare(db, t->row_sql, &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = db_fail(db, err, "sealing a row");
		sqlite3_finalize(st);
		return rc;
	}
	row_hash(t->name, prev, st, t->ncols, hash);
	sqlite3_finalize(st);

	if (db_prepare(db, t->seal_sql, &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_text(st, 1, prev, SHA256_HEX_LEN, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, hash, SHA256_HEX_LEN, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, id);
	return db_step_done(db, st, err, "sealing a row");
}

int
chain_seal_unsealed(struct pt_db *db, struct pt_err *err)
{
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		sqlite3_stmt *st;
		int rc = 0;

		if (db_prepare(db, tables[i].unsealed_sql, &st, err) < 0)
			return PT_EDB;
		while (rc == 0 && sqlite3_step(st) == SQLITE_ROW)
			rc = chain_seal(db, tables[i].name,
			    sqlite3_column_int64(st, 0), err);
		sqlite3_finalize(st);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* Where a broken row belongs, for the message. */
static void
row_story(struct pt_db *db, const struct chain_table *t, long long id,
    char *buf, size_t n)
{
	sqlite3_stmt *st;

	buf[0] = '\0';
	if (db_prepare(db, t->story_sql, &st, NULL) < 0)
		return;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(buf, n, " (story %s)", sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

static int
verify_table(struct pt_db *db, const struct chain_table *t, long long *rows,
    char head[SHA256_HEX_LEN + 1], struct pt_err *err)
{
	char expect[SHA256_HEX_LEN + 1], hash[SHA256_HEX_LEN + 1];
	char where[160];
	int ncols = t->ncols, rc;
	long long prev_id = 0;
	sqlite3_stmt *st;

	memcpy(expect, genesis, sizeof expect);
	if (db_prepare(db, t->all_sql, &st, err) < 0)
		return PT_EDB;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		const char *prev = (const char *)sqlite3_column_text(st, ncols);
		const char *have = (const char *)sqlite3_column_text(st,
		    ncols + 1);

		if (prev == NULL || have == NULL) {
			row_story(db, t, id, where, sizeof where);
			sqlite3_finalize(st);
			return pt_errf(err, PT_EDB, "chain broken at %s row %lld%s:"
			    " it has no hash (written around presstime, not "
			    "through it)", t->name, id, where);
		}
		if (strcmp(prev, expect) != 0) {
			row_story(db, t, id, where, sizeof where);
			sqlite3_finalize(st);
			if (prev_id == 0)
				return pt_errf(err, PT_EDB, "chain broken at %s row "
				    "%lld%s: the first row does not start the chain "
				    "(rows before it were removed)", t->name, id,
				    where);
			return pt_errf(err, PT_EDB, "chain broken at %s row %lld%s:"
			    " it does not follow row %lld (a row between them "
			    "was removed or added, or its link rewritten)",
			    t->name, id, where, prev_id);
		}
		row_hash(t->name, prev, st, ncols, hash);
		if (strcmp(hash, have) != 0) {
			row_story(db, t, id, where, sizeof where);
			sqlite3_finalize(st);
			return pt_errf(err, PT_EDB, "chain broken at %s row %lld%s:"
			    " its content no longer matches its hash (it was "
			    "changed after it was written)", t->name, id, where);
		}
		snprintf(expect, sizeof expect, "%s", have);
		prev_id = id;
		(*rows)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "checking the chain");
	snprintf(head, SHA256_HEX_LEN + 1, "%s", expect);
	return 0;
}

/* A request's state (and answer) lives in the rfc row, which is updated
 * in place; what the chain holds is the history row each outcome wrote.
 * A request whose row no longer says what its newest history row
 * recorded was changed around presstime. Requests from before the
 * history began have no rows and are not compared. */
static int
verify_requests(struct pt_db *db, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "SELECT r.id, s.slug, r.state, c.new_value, c.id "
	    "FROM rfc r JOIN story s ON s.id = r.story_id JOIN change c ON "
	    "c.id = (SELECT max(x.id) FROM change x WHERE x.story_id = "
	    "r.story_id AND x.field = 'request' AND x.ref = r.id) WHERE "
	    "c.new_value IS NOT r.state OR (r.state = 'answered' AND "
	    "c.note IS NOT r.answer) ORDER BY r.id LIMIT 1", &st, err) < 0)
		return PT_EDB;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		rc = pt_errf(err, PT_EDB, "request #%lld (story %s) says \"%s\" "
		    "but its chained outcome, change row %lld, says \"%s\" "
		    "(the request was changed around presstime)",
		    (long long)sqlite3_column_int64(st, 0),
		    (const char *)sqlite3_column_text(st, 1),
		    (const char *)sqlite3_column_text(st, 2),
		    (long long)sqlite3_column_int64(st, 4),
		    sqlite3_column_text(st, 3) != NULL ?
		    (const char *)sqlite3_column_text(st, 3) : "");
		sqlite3_finalize(st);
		return rc;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "checking the requests");
	return 0;
}

int
pt_db_check_chain(struct pt_db *db, struct pt_db_chain *out,
    struct pt_err *err)
{
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = verify_table(db, &tables[0], &out->entries, out->entry_head,
	    err)) < 0 ||
	    (rc = verify_table(db, &tables[1], &out->changes, out->change_head,
	    err)) < 0)
		return rc;
	if ((rc = verify_table(db, &tables[2], &out->snapshots,
	    out->snapshot_head, err)) < 0)
		return rc;
	return verify_requests(db, err);
}
