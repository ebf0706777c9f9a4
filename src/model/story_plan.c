/* The query plan of a queue page, for the test that keeps every filter
 * term answered from an index (tests/unit/test_plan.c). */
#include "config.h"

#include <stdlib.h>

#include "presstime/ptime.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "internal.h"

int
story_explain(struct pt_db *db, sqlite3_stmt *st, struct pt_str *text,
    struct pt_err *err)
{
	struct { int id, depth; } *seen = NULL;
	size_t n = 0, cap = 0;
	int rc;

	/* Rows are (id, parent, unused, detail), parents before children. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int id = sqlite3_column_int(st, 0);
		int parent = sqlite3_column_int(st, 1), depth = 0;
		const char *detail = (const char *)sqlite3_column_text(st, 3);

		for (size_t i = 0; i < n; i++)
			if (seen[i].id == parent)
				depth = seen[i].depth + 1;
		seen = pt_grow(seen, &cap, n, sizeof *seen);
		seen[n].id = id;
		seen[n++].depth = depth;
		for (int d = 0; d < depth; d++)
			pt_str_add(text, "  ");
		pt_str_addf(text, "%s\n", detail != NULL ? detail : "");
	}
	free(seen);
	if (rc != SQLITE_DONE) {
		rc = db_fail(db, err, "explaining a queue page");
		sqlite3_finalize(st);
		return rc;
	}
	sqlite3_finalize(st);
	return 0;
}

int
story_page_plan(struct pt_db *db, const struct filter *f,
    enum story_sort sort, const struct story_cursor *cur, char **out,
    struct pt_err *err)
{
	struct pt_str text = PT_STR_INIT;
	time_t now = ptime_now();
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	if (story_page_prepare(db, "EXPLAIN QUERY PLAN ", NULL, f, sort, cur,
	    SEEK_AFTER, 40, now, &st, err) < 0)
		return PT_EDB;
	rc = story_explain(db, st, &text, err);
	/* Urgency over many stories is the late ones' sort and one walk
	 * per group (story_merge.c): each after a line "-- merge". */
	if (rc == 0 && sort == SORT_URGENCY && story_urgency_split() >= 0)
		rc = story_urgency_plan(db, f, cur, now, &text, err);
	if (rc < 0) {
		pt_str_done(&text);
		return rc;
	}
	*out = text.len > 0 ? pt_str_steal(&text) : pt_xstrdup("");
	pt_str_done(&text);
	return 0;
}
