/* Shared by the model's files only: the open connection and small
 * statement helpers. Nothing outside src/model/ includes this. */
#ifndef PRESSTIME_MODEL_INTERNAL_H
#define PRESSTIME_MODEL_INTERNAL_H

#include <sqlite3.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db {
	sqlite3 *h;
	char *path;
	int in_tx;
	char warning[512]; /* something the user should fix, or "" */
};

/* Prepares sql; on failure fills err with the database's reason. */
int db_prepare(struct pt_db *db, const char *sql, sqlite3_stmt **st,
    struct pt_err *err);
/* Error from the connection's last failure, as PT_EDB (PT_EBUSY for
 * locks, PT_EINVAL for constraint failures). */
int db_fail(struct pt_db *db, struct pt_err *err, const char *what);
/* Binds text, or NULL for a NULL or (when empty_null) empty string. */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);
/* Binds a time, NULL for 0. */
void db_bind_time(sqlite3_stmt *st, int i, time_t t);
/* The column as a fresh string, or NULL when NULL. */
char *db_col_dup(sqlite3_stmt *st, int i);
/* Runs a statement with no results (after binding); finalizes it. */
int db_step_done(struct pt_db *db, sqlite3_stmt *st, struct pt_err *err,
    const char *what);
/* The first column of the first row of literal SQL (a pragma, a count,
 * a max); what names the reading in an error. */
int db_int(struct pt_db *db, const char *sql, const char *what,
    long long *out, struct pt_err *err);
/* Runs literal SQL with no parameters (schema, pragmas). */
int db_exec(struct pt_db *db, const char *sql, struct pt_err *err);

/* The hash chain (chain.c). Seals row id of a chained table ("entry",
 * "change") after the row before it: call right after inserting it,
 * inside the same transaction. */
int chain_seal(struct pt_db *db, const char *table, long long id,
    struct pt_err *err);
/* Seals every row without a hash, oldest first (rows from before the
 * chain existed, at migration). */
int chain_seal_unsealed(struct pt_db *db, struct pt_err *err);

/* Migrations, applied in order by db.c. */
struct db_migration {
	int version;
	const char *sql;
};
const struct db_migration *db_migrations(int *n);

#endif
