/* pt_rank(fts): BM25 without its rarity weight, for broad searches.
 * FTS5's own bm25() first counts every document holding each phrase
 * (the IDF), a pass over the whole doclist: for a word in half of a
 * million entries that pass alone took 63 ms, however few rows were
 * then ranked. Every hit of a search holds every phrase (the words are
 * ANDed), so what tells hits apart is how often and how densely the
 * words occur, which this scores exactly as BM25 does. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* BM25's usual constants, as in FTS5's bm25(). */
#define K1 1.2
#define B 0.75

static void
pt_rank(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	sqlite3_int64 rows = 0, total = 0;
	int phrases = api->xPhraseCount(fts), insts = 0, dl = 0;
	int tf[16] = { 0 };
	double avgdl, score = 0;

	(void)argc;
	(void)argv;
	if (api->xRowCount(fts, &rows) != SQLITE_OK ||
	    api->xColumnTotalSize(fts, 0, &total) != SQLITE_OK ||
	    api->xColumnSize(fts, 0, &dl) != SQLITE_OK ||
	    api->xInstCount(fts, &insts) != SQLITE_OK) {
		sqlite3_result_error(ctx, "pt_rank: cannot read the index", -1);
		return;
	}
	avgdl = rows > 0 && total > 0 ? (double)total / (double)rows : 1.0;
	for (int i = 0; i < insts; i++) {
		int phrase, col, off;

		if (api->xInst(fts, i, &phrase, &col, &off) == SQLITE_OK &&
		    col == 0 && phrase >= 0 && phrase < 16)
			tf[phrase]++;
	}
	for (int p = 0; p < phrases && p < 16; p++)
		score += tf[p] * (K1 + 1) /
		    (tf[p] + K1 * (1 - B + B * dl / avgdl));
	/* Negative, as bm25(): smaller is better, so ORDER BY ascends. */
	sqlite3_result_double(ctx, -score);
}

int
search_rank_register(struct pt_db *db, struct pt_err *err)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st;

	if (db->fts_rank)
		return 0;
	if (db_prepare(db, "SELECT fts5(?1)", &st, err) < 0)
		return PT_EDB;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	(void)sqlite3_step(st);
	sqlite3_finalize(st);
	if (api == NULL || api->iVersion < 2 ||
	    api->xCreateFunction(api, "pt_rank", NULL, pt_rank, NULL) !=
	    SQLITE_OK)
		return pt_errf(err, PT_EDB, "this SQLite's full-text search "
		    "(FTS5) cannot take a ranking function");
	db->fts_rank = 1;
	return 0;
}
