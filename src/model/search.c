/* Full-text search through the fts table the schema's triggers keep. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/search.h"
#include "presstime/str.h"
#include "internal.h"

char *
search_fts_query(const char *words)
{
	struct pt_str q = PT_STR_INIT;
	const char *p = words;
	int terms = 0;

	/* Every word or "quoted phrase" becomes one quoted FTS5 string, so
	 * user text can never be read as FTS5 operators or column filters. */
	while (*p != '\0') {
		const char *start, *end;

		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		if (*p == '"') {
			start = ++p;
			while (*p != '\0' && *p != '"')
				p++;
			end = p;
			if (*p == '"')
				p++;
		} else {
			start = p;
			while (*p != '\0' && !isspace((unsigned char)*p))
				p++;
			end = p;
		}
		if (end == start)
			continue;
		if (terms++ > 0)
			pt_str_addc(&q, ' ');
		pt_str_addc(&q, '"');
		for (const char *c = start; c < end; c++) {
			if (*c == '"')
				pt_str_addc(&q, '"');
			pt_str_addc(&q, *c);
		}
		pt_str_addc(&q, '"');
	}
	if (terms == 0) {
		pt_str_done(&q);
		return NULL;
	}
	return pt_str_steal(&q);
}

/* Ranking scores every match before the first row comes back, which took
 * a second for a common word on a 100,000-story newsroom. Past this many
 * matches only the most recently added this many are ranked: FTS5 reads
 * them by a rowid range. */
#define SEARCH_RANK_MAX 5000

#define SEARCH_SELECT \
	"SELECT f.story_id, s.slug, f.rowid % 4, f.rowid / 4," \
	" snippet(fts, 0, '[', ']', '...', 12)," \
	" CASE f.rowid % 4 WHEN 1 THEN (SELECT occurred_at FROM entry e" \
	"  WHERE e.id = f.rowid / 4) WHEN 2 THEN (SELECT answered_at FROM" \
	"  rfc r WHERE r.id = f.rowid / 4) ELSE s.updated_at END" \
	" FROM fts f JOIN story s ON s.id = f.story_id WHERE fts MATCH ?1"

/* The rowid of the SEARCH_RANK_MAX-th newest match, or 0 when there are
 * fewer (then every match is ranked). Reading rowids newest first stops
 * there, without scoring anything. */
static long long
search_floor(struct pt_db *db, const char *q)
{
	sqlite3_stmt *st;
	long long floor = 0;

	if (db_prepare(db, "SELECT rowid FROM fts WHERE fts MATCH ?1 "
	    "ORDER BY rowid DESC LIMIT 1 OFFSET ?2", &st, NULL) < 0)
		return 0;
	db_bind_text(st, 1, q);
	sqlite3_bind_int(st, 2, SEARCH_RANK_MAX - 1);
	if (sqlite3_step(st) == SQLITE_ROW)
		floor = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return floor;
}

int
search_run(struct pt_db *db, const char *query, int limit,
    struct search_hits *out, struct pt_err *err)
{
	sqlite3_stmt *st;
	char *q = search_fts_query(query);
	size_t cap = 0;
	int rc;

	out->v = NULL;
	out->n = 0;
	if (q == NULL)
		return pt_errf(err, PT_EINVAL, "nothing to search for");
	if (db_prepare(db, SEARCH_SELECT " AND f.rowid >= ?3 "
	    "ORDER BY rank LIMIT ?2", &st, err) < 0) {
		free(q);
		return PT_EDB;
	}
	db_bind_text(st, 1, q);
	sqlite3_bind_int(st, 2, limit);
	sqlite3_bind_int64(st, 3, search_floor(db, q));
	free(q);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct search_hit *h;
		static const char *const what[] = { "story", "entry", "rfc",
			"story" };

		out->v = pt_grow(out->v, &cap, out->n, sizeof *out->v);
		h = &out->v[out->n++];
		h->story_id = sqlite3_column_int64(st, 0);
		h->slug = db_col_dup(st, 1);
		h->what = pt_xstrdup(what[sqlite3_column_int(st, 2) & 3]);
		h->ref_id = sqlite3_column_int64(st, 3);
		h->snippet = db_col_dup(st, 4);
		h->at = (time_t)sqlite3_column_int64(st, 5);
	}
	if (rc != SQLITE_DONE) {
		rc = db_fail(db, err, "searching");
		sqlite3_finalize(st);
		search_hits_free(out);
		return rc;
	}
	sqlite3_finalize(st);
	return 0;
}

void
search_hits_free(struct search_hits *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].slug);
		free(h->v[i].what);
		free(h->v[i].snippet);
	}
	free(h->v);
	h->v = NULL;
	h->n = 0;
}
