/* Opening the database: pragmas, identity checks, migrations, and the
 * transaction discipline every write follows. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>

#include "presstime/afile.h"
#include "presstime/db.h"
#include "presstime/filter.h"
#include "presstime/str.h"
#include "internal.h"

/* 'PTS1': marks a file as ours, so we never migrate someone else's. */
#define PT_APPLICATION_ID 0x50545331
/* How long a writer waits for another to finish before giving up. */
#define BUSY_PATIENCE_MS 30000
/* How long a reader waits for a writer inside one statement. */
#define READ_PATIENCE_MS 5000
/* WAL frames (about 4 KiB each) after which a commit checkpoints, and
 * after which it also waits briefly for readers so the WAL can start
 * over; and how long that wait may be. */
#define WAL_SOFT_FRAMES 1000
#define WAL_HARD_FRAMES 1200
#define WAL_WAIT_MS 100

int
db_prepare(struct pt_db *db, const char *sql, sqlite3_stmt **st,
    struct pt_err *err)
{
	if (sqlite3_prepare_v2(db->h, sql, -1, st, NULL) != SQLITE_OK)
		return db_fail(db, err, "preparing a query");
	return 0;
}

int
db_fail(struct pt_db *db, struct pt_err *err, const char *what)
{
	int rc = sqlite3_extended_errcode(db->h);
	int code = PT_EDB;

	if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
		return pt_errf(err, PT_EBUSY, "database busy while %s: another "
		    "writer held it too long; try again", what);
	if ((rc & 0xff) == SQLITE_CONSTRAINT)
		code = PT_EINVAL;
	/* "attempt to write a readonly database" names neither the file
	 * (often a stale -shm) nor the fix. */
	if (((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_FULL) &&
	    db->path != NULL && db_file_explain(db->path, rc, err) < 0)
		return err != NULL ? err->code : PT_EIO;
	return pt_errf(err, code, "database error while %s: %s", what,
	    sqlite3_errmsg(db->h));
}

/* Replaces SQLite's auto-checkpoint, which is passive only: while any
 * reader sits on an older snapshot it cannot finish, and the WAL only
 * starts over when it has. With a few TUIs reloading their windows every
 * poll there is nearly always such a reader, so under a steady stream of
 * commits the WAL grew without bound (10 MB in CI with 8 idle TUIs).
 * Past the hard mark the committing writer waits a moment (RESTART) for
 * the readers of that moment to finish; later readers then read the
 * database file alone and the next commit starts the WAL over. */
static int
db_wal_hook(void *ctx, sqlite3 *h, const char *name, int frames)
{
	struct pt_db *db = ctx;

	if (frames >= WAL_HARD_FRAMES) {
		/* The commit already happened: a checkpoint that stays busy
		 * only means the next commit tries again. */
		db_patience(db, WAL_WAIT_MS);
		(void)sqlite3_wal_checkpoint_v2(h, name,
		    SQLITE_CHECKPOINT_RESTART, NULL, NULL);
		db_patience(db, READ_PATIENCE_MS);
	} else if (frames >= WAL_SOFT_FRAMES)
		(void)sqlite3_wal_checkpoint_v2(h, name,
		    SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
	return SQLITE_OK;
}

void
db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

void
db_bind_filter(sqlite3_stmt *st, const struct filter *f, int *i)
{
	for (size_t k = 0; f != NULL && k < f->nparams; k++, (*i)++) {
		if (f->params[k].type == FV_INT)
			sqlite3_bind_int64(st, *i, f->params[k].i);
		else
			db_bind_text(st, *i, f->params[k].s);
	}
}

int
db_prepare_filtered(struct pt_db *db, const char *fmt, const struct filter *f,
    int first, sqlite3_stmt **st, struct pt_err *err)
{
	struct pt_str sql = PT_STR_INIT;
	const char *hole = strstr(fmt, "%s");
	int rc;

	pt_str_addn(&sql, fmt, (size_t)(hole - fmt));
	pt_str_add(&sql, f != NULL ? f->where : "1");
	pt_str_add(&sql, hole + 2);
	rc = db_prepare(db, pt_str_cstr(&sql), st, err);
	pt_str_done(&sql);
	if (rc < 0)
		return PT_EDB;
	db_bind_filter(*st, f, &first);
	return 0;
}

void
db_bind_time(sqlite3_stmt *st, int i, time_t t)
{
	if (t == 0)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, (sqlite3_int64)t);
}

void
db_bind_session(struct pt_db *db, sqlite3_stmt *st, int i)
{
	if (db->session[0] != '\0')
		sqlite3_bind_text(st, i, db->session, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

void
pt_db_set_session(struct pt_db *db, const char *session)
{
	snprintf(db->session, sizeof db->session, "%s",
	    session != NULL ? session : "");
}

char *
db_col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t;

	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return NULL;
	t = sqlite3_column_text(st, i);
	return pt_xstrdup(t != NULL ? (const char *)t : "");
}

int
db_step_done(struct pt_db *db, sqlite3_stmt *st, struct pt_err *err,
    const char *what)
{
	int rc = sqlite3_step(st);

	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		int ret = db_fail(db, err, what);

		sqlite3_finalize(st);
		return ret;
	}
	sqlite3_finalize(st);
	return 0;
}

int
db_exec(struct pt_db *db, const char *sql, struct pt_err *err)
{
	char *msg = NULL;

	if (sqlite3_exec(db->h, sql, NULL, NULL, &msg) != SQLITE_OK) {
		int rc = pt_errf(err, PT_EDB, "database error: %s",
		    msg != NULL ? msg : sqlite3_errmsg(db->h));

		sqlite3_free(msg);
		return rc;
	}
	return 0;
}

int
db_int(struct pt_db *db, const char *sql, const char *what, long long *out,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, sql, &st, err) < 0)
		return PT_EDB;
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		rc = db_fail(db, err, what);
		sqlite3_finalize(st);
		return rc;
	}
	*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return 0;
}

static int
header_int(struct pt_db *db, const char *sql, long long *out,
    struct pt_err *err)
{
	return db_int(db, sql, "reading the database header", out, err);
}

int
pt_db_schema_version(void)
{
	int n;
	const struct db_migration *m = db_migrations(&n);

	return m[n - 1].version;
}

static int
db_migrate(struct pt_db *db, struct pt_err *err)
{
	long long version, appid, tables;
	const struct db_migration *m;
	int n, i, latest = pt_db_schema_version();

	if (header_int(db, "PRAGMA user_version", &version, err) < 0 ||
	    header_int(db, "PRAGMA application_id", &appid, err) < 0 ||
	    header_int(db, "SELECT count(*) FROM sqlite_schema", &tables,
	    err) < 0)
		return pt_errf(err, PT_EDB, "%s: cannot read it as an SQLite "
		    "database: %s", db->path, sqlite3_errmsg(db->h));
	if (appid != PT_APPLICATION_ID && (appid != 0 || tables > 0))
		return pt_errf(err, PT_EDB, "%s is an SQLite database but not "
		    "a presstime one (it has %lld tables of its own); "
		    "refusing to touch it", db->path, tables);
	/* Ours (the application id says so) with tables, yet version 0:
	 * something reset user_version, and migrating from 0 would fail on
	 * the first table that exists ("table story already exists"). */
	if (appid == PT_APPLICATION_ID && version == 0 && tables > 0)
		return pt_errf(err, PT_EDB, "%s is a presstime database whose "
		    "schema version (PRAGMA user_version) was reset to 0, so "
		    "presstime cannot tell which changes it has. Set it back to "
		    "the version it had (this presstime writes %d): sqlite3 "
		    "'%s' 'PRAGMA user_version = %d' and run presstime check; "
		    "or restore a backup", db->path, latest, db->path, latest);
	if (version > latest)
		return pt_errf(err, PT_EDB, "%s has schema version %lld, newer "
		    "than this presstime understands (%d): upgrade presstime",
		    db->path, version, latest);
	if (version == latest)
		return 0;

	if (pt_db_begin(db, err) < 0)
		return PT_EBUSY;
	/* Someone may have migrated while we waited for the lock. */
	if (header_int(db, "PRAGMA user_version", &version, err) < 0)
		goto fail;
	m = db_migrations(&n);
	for (i = 0; i < n; i++) {
		char pragma[64];

		if (m[i].version <= version)
			continue;
		if (db_exec(db, m[i].sql, err) < 0) {
			pt_err_prefix(err, "migrating to schema %d: ",
			    m[i].version);
			goto fail;
		}
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d",
		    m[i].version);
		if (db_exec(db, pragma, err) < 0)
			goto fail;
	}
	/* Rows from before the chain join it, oldest first. */
	if (chain_seal_unsealed(db, err) < 0)
		goto fail;
	{
		char pragma[64];

		snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d",
		    PT_APPLICATION_ID);
		if (db_exec(db, pragma, err) < 0)
			goto fail;
	}
	return pt_db_commit(db, err);
fail:
	pt_db_rollback(db);
	return err != NULL && err->code != 0 ? err->code : PT_EDB;
}

/* Why opening failed, in the user's terms: a file or directory this user
 * cannot write, a stale -shm, a full disk; else SQLite's words after
 * what. A newsroom we created and could not finish is removed. */
static int
open_failed(struct pt_db *db, int created, const char *what,
    struct pt_err *err)
{
	int rc = sqlite3_extended_errcode(db->h), code;

	if (db_file_explain(db->path, rc, err) == 0 && what != NULL)
		pt_errf(err, PT_EDB, "%s%s: %s", db->path, what,
		    sqlite3_errmsg(db->h));
	code = err != NULL && err->code != 0 ? err->code : PT_EDB;
	if (created) {
		db_file_remove(db->path);
		if (err != NULL && strlen(err->msg) + 40 < sizeof err->msg)
			strcat(err->msg, " (nothing was left behind)");
	}
	pt_db_close(db);
	return code;
}

int
pt_db_open(const char *path, int flags, struct pt_db **out,
    struct pt_err *err)
{
	struct pt_db *db;
	int oflags, rc, created = 0;

	*out = NULL;
	if (flags & DB_MEMORY)
		path = ":memory:";
	else if ((rc = db_file_prepare(path, flags, &created, err)) < 0)
		return rc;
	db = pt_xcalloc(1, sizeof *db);
	db->path = pt_xstrdup(path);
	oflags = (flags & DB_READONLY) ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &db->h, oflags | SQLITE_OPEN_NOMUTEX,
	    NULL) != SQLITE_OK) {
		if (db->h == NULL) {
			pt_db_close(db);
			return pt_errf(err, PT_ENOMEM, "cannot open %s: out of "
			    "memory", path);
		}
		return open_failed(db, created, ": cannot open it", err);
	}
	sqlite3_extended_result_codes(db->h, 1);
	/* Readers never wait long; writers retry in pt_db_begin. */
	db_busy_install(db);
	db_patience(db, READ_PATIENCE_MS);
	sqlite3_wal_hook(db->h, db_wal_hook, db);
	if (!(flags & DB_MEMORY)) {
		long long dummy;

		/* SQLite quietly opens a file it may not write read-only;
		 * say so now, not as "not a presstime database". */
		if (!(flags & DB_READONLY) &&
		    sqlite3_db_readonly(db->h, "main") == 1) {
			if (db_file_explain(path, SQLITE_READONLY, err) == 0)
				pt_errf(err, PT_EIO, "%s is read-only for you; "
				    "ask its owner to share it (presstime init "
				    "--shared)", path);
			return open_failed(db, created, NULL, err);
		}
		if (header_int(db, "SELECT count(*) FROM sqlite_schema", &dummy,
		    err) < 0)
			return open_failed(db, created,
			    " is not a presstime database", err);
	}
	if (!(flags & DB_READONLY) &&
	    db_exec(db, "PRAGMA journal_mode = WAL", err) < 0) {
		pt_err_prefix(err, "%s: ", path);
		return open_failed(db, created, NULL, err);
	}
	/* FULL: a commit is on disk (the WAL synced) before presstime says
	 * "logged". NORMAL syncs only at checkpoints, so the last commits
	 * acknowledged before a power loss could vanish; the measured cost
	 * is in presstime(1), DURABILITY, and tests/bench/durability.sh. */
	if (db_exec(db, "PRAGMA synchronous = FULL;"
	    "PRAGMA foreign_keys = ON;", err) < 0 ||
	    db_migrate(db, err) < 0)
		return open_failed(db, created, NULL, err);
	if (!(flags & DB_MEMORY))
		db_file_check_modes(db);
	*out = db;
	return 0;
}

void
pt_db_close(struct pt_db *db)
{
	if (db == NULL)
		return;
	if (db->h != NULL)
		sqlite3_close_v2(db->h);
	free(db->path);
	free(db);
}

const char *
pt_db_path(const struct pt_db *db)
{
	return db->path;
}

int
pt_db_begin(struct pt_db *db, struct pt_err *err)
{
	return pt_db_begin_within(db, BUSY_PATIENCE_MS, err);
}

int
pt_db_begin_within(struct pt_db *db, long patience_ms, struct pt_err *err)
{
	long start = db_now_ms(), left, step = 2;
	int rc;

	/* The busy handler waits inside each attempt, and this loop covers
	 * the cases SQLite returns BUSY at once (WAL recovery, snapshot
	 * upgrades) with jittered backoff; both count against one clock, so
	 * the patience is the whole wait. */
	for (;;) {
		left = patience_ms - (db_now_ms() - start);
		db_patience(db, left < 0 ? 0 : left < READ_PATIENCE_MS ?
		    left : READ_PATIENCE_MS);
		rc = sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc == SQLITE_OK) {
			db->in_tx = 1;
			break;
		}
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) {
			rc = db_fail(db, err, "starting a transaction");
			break;
		}
		if (db_stopped(db)) {
			rc = pt_errf(err, PT_EBUSY, "database busy: gave up "
			    "waiting for another writer to finish with %s "
			    "(leaving)", db->path);
			break;
		}
		if (db_now_ms() - start >= patience_ms) {
			int secs = patience_ms % 1000 == 0;

			rc = pt_errf(err, PT_EBUSY, "database busy: another "
			    "writer held %s for over %ld %s; try again",
			    db->path, secs ? patience_ms / 1000 : patience_ms,
			    secs ? "s" : "ms");
			break;
		}
		db_sleep_ms(step + rand() % (step + 1));
		if (step < 200)
			step *= 2;
	}
	db_patience(db, READ_PATIENCE_MS);
	return rc == SQLITE_OK ? 0 : rc;
}

int
pt_db_commit(struct pt_db *db, struct pt_err *err)
{
	int rc;

	for (int tries = 0; tries < 100; tries++) {
		rc = sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL);
		if (rc == SQLITE_OK) {
			db->in_tx = 0;
			return 0;
		}
		if ((rc & 0xff) != SQLITE_BUSY || db_stopped(db))
			break;
		db_sleep_ms(50);
	}
	rc = db_fail(db, err, "committing");
	pt_db_rollback(db);
	return rc;
}

void
pt_db_rollback(struct pt_db *db)
{
	if (!sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	db->in_tx = 0;
}

int
pt_db_data_version(struct pt_db *db, long long *out, struct pt_err *err)
{
	return header_int(db, "PRAGMA data_version", out, err);
}

/* The full-text index: FTS5's own check of its index against the text it
 * stores (a command that needs the write lock; nothing is written), then
 * one row for every story, entry and answer the triggers should have
 * put there. */
static int
check_fts(struct pt_db *db, struct pt_err *err)
{
	static const char *const what[3] = { "stories", "entries", "answers" };
	sqlite3_stmt *st;
	int rc;

	/* A read-only copy cannot take the lock the command asks for: the
	 * row counts below still hold. */
	if (pt_db_begin(db, err) < 0) {
		if ((sqlite3_errcode(db->h) & 0xff) != SQLITE_READONLY)
			return err != NULL && err->code ? err->code : PT_EDB;
	} else {
		rc = sqlite3_exec(db->h, "INSERT INTO fts(fts) VALUES "
		    "('integrity-check')", NULL, NULL, NULL);
		if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_READONLY) {
			rc = pt_errf(err, PT_EDB, "full-text index check "
			    "failed: %s", sqlite3_errmsg(db->h));
			pt_db_rollback(db);
			return rc;
		}
		pt_db_rollback(db);
	}
	if (db_prepare(db, "SELECT (SELECT count(*) FROM story),"
	    " (SELECT count(*) FROM fts WHERE rowid % 4 = 0),"
	    " (SELECT count(*) FROM entry),"
	    " (SELECT count(*) FROM fts WHERE rowid % 4 = 1),"
	    " (SELECT count(*) FROM rfc WHERE answer IS NOT NULL),"
	    " (SELECT count(*) FROM fts WHERE rowid % 4 = 2)", &st, err) < 0)
		return PT_EDB;
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = db_fail(db, err, "checking the full-text index");
		sqlite3_finalize(st);
		return rc;
	}
	for (int k = 0; k < 3; k++) {
		long long have = sqlite3_column_int64(st, 2 * k);
		long long indexed = sqlite3_column_int64(st, 2 * k + 1);

		if (have != indexed) {
			rc = pt_errf(err, PT_EDB, "full-text index out of step: "
			    "%lld %s but %lld indexed (search will miss or "
			    "invent them)", have, what[k], indexed);
			sqlite3_finalize(st);
			return rc;
		}
	}
	sqlite3_finalize(st);
	return 0;
}

int
pt_db_check(struct pt_db *db, struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_prepare(db, "PRAGMA integrity_check", &st, err) < 0)
		return PT_EDB;
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW || strcmp((const char *)sqlite3_column_text(st,
	    0), "ok") != 0) {
		rc = pt_errf(err, PT_EDB, "integrity check failed: %s",
		    rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0)
		    : sqlite3_errmsg(db->h));
		sqlite3_finalize(st);
		return rc;
	}
	sqlite3_finalize(st);
	if (db_prepare(db, "PRAGMA foreign_key_check", &st, err) < 0)
		return PT_EDB;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		rc = pt_errf(err, PT_EDB, "foreign key check failed: table %s "
		    "row %lld points at a missing %s",
		    (const char *)sqlite3_column_text(st, 0),
		    (long long)sqlite3_column_int64(st, 1),
		    (const char *)sqlite3_column_text(st, 2));
		sqlite3_finalize(st);
		return rc;
	}
	sqlite3_finalize(st);
	return check_fts(db, err);
}
