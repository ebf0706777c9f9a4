/* Shared by the model's files only: the open connection and small
 * statement helpers. Nothing outside src/model/ includes this. */
#ifndef PRESSTIME_MODEL_INTERNAL_H
#define PRESSTIME_MODEL_INTERNAL_H

#include <signal.h>
#include <sqlite3.h>
#include <time.h>

#include "presstime/err.h"
#include "presstime/story.h"

struct pt_str;

struct filter;

struct pt_db {
	sqlite3 *h;
	char *path;
	int in_tx;
	char warning[512]; /* something the user should fix, or "" */
	int fts_rank;      /* pt_rank() registered (search_rank.c) */
	long busy_ms;      /* how long the busy handler waits */
	long busy_start;   /* when the current wait began (ms) */
	const volatile sig_atomic_t *stop; /* set: stop waiting at once */
	char session[40];  /* stamped on the rows this connection writes */
};

/* busy.c: the clock and naps writers wait by; the busy handler (set
 * once per connection) and how long it lets one statement wait; 1 once
 * the face's stop flag is set. */
long db_now_ms(void);
void db_sleep_ms(long ms);
void db_busy_install(struct pt_db *db);
void db_patience(struct pt_db *db, long ms);
int db_stopped(const struct pt_db *db);

/* Prepares sql; on failure fills err with the database's reason. */
int db_prepare(struct pt_db *db, const char *sql, sqlite3_stmt **st,
    struct pt_err *err);
/* Error from the connection's last failure, as PT_EDB (PT_EBUSY for
 * locks, PT_EINVAL for constraint failures). */
int db_fail(struct pt_db *db, struct pt_err *err, const char *what);
/* Binds text, or NULL for a NULL or (when empty_null) empty string. */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);
/* Binds f's parameters (none when f is NULL) from ?*i on and moves *i
 * past them. */
void db_bind_filter(sqlite3_stmt *st, const struct filter *f, int *i);
/* Prepares fmt with f's WHERE ("1" when f is NULL) in place of its one
 * %s, and binds f's parameters from ?first on: the filter's text is its
 * own compiled SQL, never the user's words. */
int db_prepare_filtered(struct pt_db *db, const char *fmt,
    const struct filter *f, int first, sqlite3_stmt **st,
    struct pt_err *err);
/* Binds the connection's session (pt_db_set_session), NULL for none. */
void db_bind_session(struct pt_db *db, sqlite3_stmt *st, int i);
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

/* db_file.c: checks the file at path before SQLite opens it (creating
 * it, with its parents, for DB_CREATE; *created says whether it did);
 * 0 or a PT_E* with the reason. */
int db_file_prepare(const char *path, int flags, int *created,
    struct pt_err *err);
/* Removes path and its -wal, -shm and -journal (a newsroom we created
 * and could not finish). */
void db_file_remove(const char *path);
/* When SQLite's failure (sqlite_rc, an extended code) comes from the
 * files around it (not writable for this user, a stale -shm, a full
 * disk), fills err naming the file and the fix and returns PT_EIO;
 * else 0, leaving err alone. */
int db_file_explain(const char *path, int sqlite_rc, struct pt_err *err);
/* Sets db->warning when a shared newsroom's files lock the group out. */
void db_file_check_modes(struct pt_db *db);

/* What a story row is read as (story_read's columns, in order). */
#define STORY_COLS \
	"s.id, s.slug, s.headline, s.dek, s.budget_line, s.words, s.art," \
	" s.desk, s.status, s.held_from, s.priority, s.editor, s.deadline," \
	" s.embargo, s.published_at, s.url, s.needs_update, s.created_at," \
	" s.updated_at, s.updated_by, s.version," \
	" (SELECT count(*) FROM rfc r WHERE r.story_id = s.id" \
	"   AND r.state IN ('open', 'promised'))," \
	" (SELECT count(*) FROM rfc r WHERE r.story_id = s.id)," \
	" (SELECT min(r.due_at) FROM rfc r INDEXED BY rfc_story" \
	"   WHERE r.story_id = s.id" \
	"   AND r.state = 'open')," \
	" (SELECT min(r.promised_by) FROM rfc r INDEXED BY rfc_story" \
	"   WHERE r.story_id = s.id" \
	"   AND r.state = 'promised')"
/* The urgency score's SQL, negated (an ascending key), over the time
 * bound as ?1 (story_urgency.c). Static storage. */
const char *story_urgency_sql(void);
/* The urgency pager's groups (story_urgency.c, story_merge.c):
 * story.ugroup (migration 8, the expression story_ugroup_sql) is 0 for
 * a finished story needing nothing (it scores 0), else 1 + prio_rank *
 * 4 + needs_update * 2 + (1 when its deadline counts: it has one and
 * is before publication). */
#define UGROUPS 17
#define UBANDS_MAX 8
struct ugroup {
	int fin, prio, needs, dapp;
	int base; /* the score but the deadline's and the requests' part */
};
const char *story_ugroup_sql(void);
void story_ugroup(int g, struct ugroup *out);
/* Group g's stories without a late request, by deadline at now: those
 * with due_key in [lo, hi) (lo_open: no lower end; hi_open: no upper)
 * score score, falling strictly band by band. Returns how many bands
 * (1 when the deadline does not count). */
struct uband {
	long long lo, hi;
	int lo_open, hi_open;
	int score;
};
int story_ugroup_bands(const struct ugroup *g, time_t now, struct uband *b);
/* The lowest score of an unfinished story with a late request (an open
 * one overdue, a promise broken) when it is above every score of a story
 * without one, so those stories all come first; -1 when the weights
 * allow no such split or the deadline's points grow with the deadline
 * (then only the whole sort can order the queue). */
int story_urgency_split(void);
/* Fills s (fields owned) from a row of STORY_COLS (and the urgency
 * key after them, when the query has it). */
void story_read(sqlite3_stmt *st, struct story *s);

/* The statement story_page runs, after prefix ("", or "EXPLAIN QUERY
 * PLAN " for story_page_plan, which explains the very same text),
 * prepared and bound (story.c). */
int story_page_prepare(struct pt_db *db, const char *prefix,
    const char *from, const struct filter *f, enum story_sort sort,
    const struct story_cursor *cur, enum story_seek seek, int limit,
    time_t now, sqlite3_stmt **st, struct pt_err *err);
/* story_seek by that one statement: the whole sort (the urgency sort's
 * scores at now). from: what the statement reads ("story s" when
 * NULL; a join whose rows are stories s). */
int story_seek_sql(struct pt_db *db, const char *from,
    const struct filter *f,
    enum story_sort sort, const struct story_cursor *cur,
    enum story_seek seek, int limit, time_t now, struct story_list *out,
    struct pt_err *err);
/* 1 when story_seek should page f by urgency through the groups
 * (story_merge.c): the weights allow it and f matches at least
 * story_urgency_few stories; 0 when the whole sort is cheaper; or a
 * negative PT_E*. */
int story_urgency_indexed(struct pt_db *db, const struct filter *f,
    struct pt_err *err);
/* Below this many matches, the whole sort (tests set 0: always merge).
 * The count that decides reads up to this many rows, so it stays small. */
extern long long story_urgency_few;
/* story_seek by urgency at now, merging the groups' walks. */
int story_urgency_seek(struct pt_db *db, const struct filter *f,
    const struct story_cursor *cur, enum story_seek seek, int limit,
    time_t now, struct story_list *out, struct pt_err *err);
/* Appends the plans of the statements story_urgency_seek would run for
 * a page after cur (for story_page_plan), each after a line "-- merge
 * NAME": "late" (the late requests' sort), "group N" (a group's walk). */
int story_urgency_plan(struct pt_db *db, const struct filter *f,
    const struct story_cursor *cur, time_t now, struct pt_str *text,
    struct pt_err *err);
/* Appends the plan of st (prepared with "EXPLAIN QUERY PLAN "), one
 * row a line, indented two spaces a level; finalizes st. */
int story_explain(struct pt_db *db, sqlite3_stmt *st, struct pt_str *text,
    struct pt_err *err);

/* Registers pt_rank(fts), BM25 without the rarity weight, on this
 * connection (once). */
int search_rank_register(struct pt_db *db, struct pt_err *err);

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
