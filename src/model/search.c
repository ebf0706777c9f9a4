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
 * matches only the newest this many by index order are ranked: FTS5
 * reads them by a rowid range. */
#define SEARCH_RANK_MAX 5000
/* A rowid is id * 4 + kind, so entries, far more numerous, fill that
 * range and stories fall below it: the newest matching stories, this
 * many, are ranked with it all the same. */
#define SEARCH_STORIES 20

/* The hits best first, as rowids: the ranked window from ?3 up, and the
 * newest matching stories below it (kind 0; 3 is unused), read down from
 * ?5, the lower of ?3 and the newest story's rowid, rather than through
 * every entry above it (FTS5 takes one upper bound). */
#define SEARCH_RANK_SQL(score) \
    "SELECT rowid FROM (" \
    " SELECT rowid, " score " AS score FROM fts WHERE fts MATCH ?1" \
    "  AND rowid >= ?3" \
    " UNION ALL SELECT * FROM (SELECT rowid, " score " FROM fts" \
    "  WHERE fts MATCH ?1 AND rowid < ?5 AND rowid % 4 IN (0, 3)" \
    "  ORDER BY rowid DESC LIMIT ?4))" \
    " ORDER BY score, rowid DESC LIMIT ?2"
/* A narrow search ranks by FTS5's bm25(); a broad one (a floor) by
 * pt_rank(), the same without the rarity weight, whose pass over every
 * match cost more than the ranking itself (search_rank.c). */
static const char search_rank_sql[] = SEARCH_RANK_SQL("rank");
static const char search_broad_sql[] = SEARCH_RANK_SQL("pt_rank(fts)");

/* One hit in full; snippet() needs the MATCH, so it is read per row. */
static const char search_hit_sql[] =
    "SELECT f.story_id, s.slug, f.rowid % 4, f.rowid / 4,"
    " snippet(fts, 0, '[', ']', '...', 12),"
    " CASE f.rowid % 4 WHEN 1 THEN (SELECT occurred_at FROM entry e"
    "  WHERE e.id = f.rowid / 4) WHEN 2 THEN (SELECT answered_at FROM"
    "  rfc r WHERE r.id = f.rowid / 4) ELSE s.updated_at END"
    " FROM fts f JOIN story s ON s.id = f.story_id"
    " WHERE fts MATCH ?1 AND f.rowid = ?2";

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

/* Past the newest story's rowid: the bound for reading stories down. */
static long long
story_top(struct pt_db *db)
{
	long long top = 0;

	(void)db_int(db, "SELECT coalesce(max(id), 0) * 4 + 4 FROM story",
	    "searching", &top, NULL);
	return top;
}

/* The ranked rowids; 0, or an error. */
static int
search_rank(struct pt_db *db, const char *q, int limit, long long **ids,
    size_t *n, int *capped, struct pt_err *err)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	long long floor, top;
	int rc;

	*ids = NULL;
	*n = 0;
	*capped = 0;
	floor = search_floor(db, q);
	if (floor > 0 && search_rank_register(db, err) < 0)
		return PT_EDB;
	if (db_prepare(db, floor > 0 ? search_broad_sql : search_rank_sql,
	    &st, err) < 0)
		return PT_EDB;
	db_bind_text(st, 1, q);
	sqlite3_bind_int(st, 2, limit);
	*capped = floor > 0;
	top = floor > 0 ? story_top(db) : 0;
	sqlite3_bind_int64(st, 3, floor);
	sqlite3_bind_int(st, 4, SEARCH_STORIES);
	sqlite3_bind_int64(st, 5, top < floor ? top : floor);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*ids = pt_grow(*ids, &cap, *n, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return db_fail(db, err, "searching");
	}
	return 0;
}

int
search_run(struct pt_db *db, const char *query, int limit,
    struct search_hits *out, struct pt_err *err)
{
	static const char *const what[] = { "story", "entry", "rfc", "story" };
	sqlite3_stmt *st;
	char *q = search_fts_query(query);
	long long *ids;
	size_t n;
	int rc;

	out->v = NULL;
	out->n = 0;
	out->capped = 0;
	if (q == NULL)
		return pt_errf(err, PT_EINVAL, "nothing to search for");
	if ((rc = search_rank(db, q, limit, &ids, &n, &out->capped,
	    err)) < 0 ||
	    (rc = db_prepare(db, search_hit_sql, &st, err)) < 0) {
		free(q);
		free(ids);
		return rc;
	}
	db_bind_text(st, 1, q);
	out->v = pt_xcalloc(n > 0 ? n : 1, sizeof *out->v);
	for (size_t i = 0; i < n; i++) {
		struct search_hit *h = &out->v[out->n];

		sqlite3_bind_int64(st, 2, ids[i]);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			h->story_id = sqlite3_column_int64(st, 0);
			h->slug = db_col_dup(st, 1);
			h->what = pt_xstrdup(what[sqlite3_column_int(st, 2) &
			    3]);
			h->ref_id = sqlite3_column_int64(st, 3);
			h->snippet = db_col_dup(st, 4);
			h->at = (time_t)sqlite3_column_int64(st, 5);
			out->n++;
		} else if (rc != SQLITE_DONE)
			break;
		sqlite3_reset(st);
		rc = SQLITE_OK;
	}
	free(ids);
	free(q);
	if (rc != SQLITE_OK) {
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
