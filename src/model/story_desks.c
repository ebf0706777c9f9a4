/* The desks a newsroom has, for the queue's built-in views: a skip
 * along story_desk, one search per desk, never a walk of every story. */
#include "config.h"

#include <stdlib.h>

#include "presstime/story.h"
#include "presstime/str.h"
#include "internal.h"

int
story_desks(struct pt_db *db, int max, char ***out, size_t *n,
    struct pt_err *err)
{
	sqlite3_stmt *st;
	int rc;

	*out = pt_xcalloc((size_t)max + 1, sizeof **out);
	*n = 0;
	if (db_prepare(db, "WITH RECURSIVE d(desk) AS (SELECT min(desk "
	    "COLLATE NOCASE) FROM story UNION ALL SELECT (SELECT min(s.desk "
	    "COLLATE NOCASE) FROM story s WHERE s.desk > d.desk COLLATE "
	    "NOCASE) FROM d WHERE d.desk IS NOT NULL) SELECT desk FROM d "
	    "WHERE desk IS NOT NULL LIMIT ?1", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_int(st, 1, max);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		(*out)[(*n)++] = db_col_dup(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err, "listing desks");
	return 0;
}
