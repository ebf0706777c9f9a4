/* Waiting for another writer: SQLite's busy handler, ours so that the
 * wait can end at once when the user leaves (a signal sets the face's
 * stop flag) instead of when the patience runs out. */
#include "config.h"

#include <time.h>

#include "presstime/db.h"
#include "internal.h"

long
db_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void
db_sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* sqlite3_busy_timeout's naps (short first, then 50 ms), looking at the
 * stop flag after each: a signal cuts the nap short (nanosleep is never
 * restarted) and the wait ends there. */
static int
db_busy(void *ctx, int count)
{
	static const long naps[] = { 1, 2, 5, 10, 15, 20, 25, 25, 25, 50 };
	struct pt_db *db = ctx;
	long now = db_now_ms(), left, nap;

	if (db_stopped(db))
		return 0;
	if (count == 0)
		db->busy_start = now;
	left = db->busy_ms - (now - db->busy_start);
	if (left <= 0)
		return 0;
	nap = naps[count < 10 ? count : 9];
	db_sleep_ms(nap < left ? nap : left);
	return !db_stopped(db);
}

void
db_busy_install(struct pt_db *db)
{
	sqlite3_busy_handler(db->h, db_busy, db);
}

void
db_patience(struct pt_db *db, long ms)
{
	db->busy_ms = ms;
}

int
db_stopped(const struct pt_db *db)
{
	return db->stop != NULL && *db->stop;
}

void
pt_db_set_stop(struct pt_db *db, const volatile sig_atomic_t *stop)
{
	db->stop = stop;
}
