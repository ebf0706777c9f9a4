/* Counting the stories a filter matches. */
#include "config.h"

#include "presstime/filter.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "internal.h"

int
story_count(struct pt_db *db, const struct filter *f, long long *out,
    struct pt_err *err)
{
	return story_count_upto(db, f, -1, out, err);
}

int
story_count_upto(struct pt_db *db, const struct filter *f, long long cap,
    long long *out, struct pt_err *err)
{
	struct pt_str sql = PT_STR_INIT;
	sqlite3_stmt *st;
	int i = 1, rc;

	/* LIMIT -1 is no limit: the inner query stops at cap rows. */
	pt_str_addf(&sql, "SELECT count(*) FROM (SELECT 1 FROM story s WHERE "
	    "(%s) LIMIT ?)", f != NULL ? f->where : "1");
	rc = db_prepare(db, pt_str_cstr(&sql), &st, err);
	pt_str_done(&sql);
	if (rc < 0)
		return PT_EDB;
	db_bind_filter(st, f, &i);
	sqlite3_bind_int64(st, i, cap);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		rc = db_fail(db, err, "counting stories");
		sqlite3_finalize(st);
		return rc;
	}
	*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return 0;
}
