/* Opening a presstime database: pragmas, migrations, transactions.
 * Only src/model/ speaks SQL; everyone else holds a struct pt_db. */
#ifndef PRESSTIME_DB_H
#define PRESSTIME_DB_H

#include <signal.h>

#include "presstime/err.h"

struct pt_db;

enum {
	DB_CREATE = 1 << 0,   /* create the file when missing */
	DB_READONLY = 1 << 1,
	DB_MEMORY = 1 << 2,   /* path is ignored: a private in-memory database */
	DB_SHARED = 1 << 3    /* a new file is group-readable and -writable */
};

/* Opens (and migrates) the database at path. A newer schema, a file that is
 * not SQLite, or an SQLite file that is not presstime's is refused with a
 * message naming the problem. Caller closes with pt_db_close. */
int pt_db_open(const char *path, int flags, struct pt_db **out,
    struct pt_err *err);
void pt_db_close(struct pt_db *db);
const char *pt_db_path(const struct pt_db *db);
/* A problem found on open that the user should fix but that does not stop
 * work (a shared database whose modes lock the group out), or NULL. */
const char *pt_db_warning(const struct pt_db *db);
/* The schema version this program writes. */
int pt_db_schema_version(void);

/* BEGIN IMMEDIATE, retrying with backoff while another writer holds the
 * lock (up to about 30 s, then PT_EBUSY "database busy"). Every write runs
 * between pt_db_begin and pt_db_commit (or pt_db_rollback on error). */
int pt_db_begin(struct pt_db *db, struct pt_err *err);
/* The same, giving up (PT_EBUSY) after patience_ms: for writes that must
 * not keep a departing user waiting, such as saving a draft on hangup. */
int pt_db_begin_within(struct pt_db *db, long patience_ms,
    struct pt_err *err);
/* Every wait for another writer (a begin, a statement, a commit) gives
 * up at once, PT_EBUSY, when *stop becomes nonzero: a face's signal flag,
 * so a user hanging up is never kept waiting out someone's lock. NULL
 * turns it off. */
void pt_db_set_stop(struct pt_db *db, const volatile sig_atomic_t *stop);
/* The writing process's session (desk_session): every history, entry,
 * status and request row this connection inserts records it, so the
 * news can tell a user's other windows from this one. Copied; NULL or
 * "" records none. */
void pt_db_set_session(struct pt_db *db, const char *session);
int pt_db_commit(struct pt_db *db, struct pt_err *err);
void pt_db_rollback(struct pt_db *db);

/* PRAGMA data_version: changes when another connection commits. */
int pt_db_data_version(struct pt_db *db, long long *out, struct pt_err *err);

/* The default path: $PRESSTIME_DB, else $XDG_DATA_HOME/presstime/newsroom.db
 * (or ~/.local/share/...). Written into buf. */
void pt_db_default_path(char *buf, size_t n);

/* integrity_check, foreign_key_check, and the full-text index (FTS5's
 * own check, and one row per story, entry and answer); PT_EDB with the
 * first problem. Takes the write lock a moment for the FTS5 check. */
/* The record's hash chain (SHA-256 over each timeline entry, history
 * row and end-notes snapshot, and the previous row's hash): how many rows it covers and the
 * newest hash of each (keep those elsewhere to prove later that nothing
 * before them changed). */
struct pt_db_chain {
	long long entries, changes, snapshots;
	char entry_head[65], change_head[65], snapshot_head[65];
};
/* Verifies the chain; a broken one fails with a message naming the first
 * row that does not match. */
int pt_db_check_chain(struct pt_db *db, struct pt_db_chain *out,
    struct pt_err *err);
int pt_db_check(struct pt_db *db, struct pt_err *err);

/* Copies the database to dest with SQLite's backup API: consistent even
 * while others write. */
int pt_db_backup(struct pt_db *db, const char *dest, struct pt_err *err);

#endif
