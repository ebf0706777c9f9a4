/* The filter under `live`: the live stories are few however big the
 * archive, so the terms that would otherwise walk an archive's worth of
 * index for them are written to start from story_live instead. Only
 * fixed fragments are written here; the values are bound by filter.c. */
#include "config.h"

#include <string.h>

#include "presstime/filter.h"
#include "presstime/str.h"
#include "filter_live.h"

/* The bare words, one MATCH over each text (a story, an entry, an
 * answer) of a story. Over every story the match list is the way in:
 * its stories, found first. Under `live` the page is a walk of the live
 * stories (story_live) in queue order, and a common word's list is most
 * of an archive, whose story_id column costs a read per match (65 ms for
 * 36,699 matches at 1,000,000 stories, 7 s for "contract") to keep the
 * few live ones. So the words choose a way when the statement starts,
 * from the live stories and the matches, each counted from its index
 * and only as far as the choice needs (filter_words_* in filter.h):
 * - the list, as over every story: a word rarer than three times the
 *   live stories, or a desk that never closes anything (200,000 live
 *   stories; the walk below took 0.9 s there for a rare word);
 * - each live story's texts found by rowid (id * 4 + kind, the fts
 *   triggers in schema.c) among the match list's rowids alone, an
 *   index walk built once: 4 us a live story against 1.6 us a match;
 * - each live text looked up in the index by its rowid, 100 us a live
 *   story walked and nothing per match: a word over 1,000 times as
 *   common as the live stories (the walk stops at the page). */
long long filter_words_live_max = 10000;
long long filter_words_by_rowid = 3;
long long filter_words_by_text = 1000;

int
filter_words_sql(struct pt_str *sql, int live)
{
	/* A live story's texts by rowid, "d.r". */
	static const char *const texts = "(SELECT s.id * 4 AS r UNION ALL "
	    "SELECT e.id * 4 + 1 FROM entry e WHERE e.story_id = s.id "
	    "UNION ALL SELECT q.id * 4 + 2 FROM rfc q WHERE q.story_id = "
	    "s.id) d";

	if (!live) {
		pt_str_add(sql, "s.id IN (SELECT story_id FROM fts WHERE "
		    "fts MATCH ?)");
		return 1;
	}
	pt_str_addf(sql, "CASE (WITH t(most, by_rowid, by_text) AS "
	    "(SELECT ?, ?, ?), l(n) AS (SELECT count(*) FROM (SELECT 1 "
	    "FROM story WHERE live = 1 LIMIT (SELECT most FROM t))), "
	    "m(k) AS (SELECT count(*) FROM (SELECT 1 FROM fts WHERE "
	    "fts MATCH ? LIMIT (SELECT CASE WHEN n >= most THEN 0 ELSE "
	    "by_text * n + 1 END FROM t, l))) SELECT CASE WHEN n >= "
	    "most OR k <= by_rowid * n THEN 0 WHEN k <= by_text * n "
	    "THEN 1 ELSE 2 END FROM t, l, m) "
	    "WHEN 1 THEN EXISTS (SELECT 1 FROM %s WHERE d.r IN (SELECT "
	    "rowid FROM fts WHERE fts MATCH ?)) "
	    "WHEN 2 THEN EXISTS (SELECT 1 FROM %s CROSS JOIN fts WHERE "
	    "fts.rowid = d.r AND fts MATCH ?) "
	    "ELSE s.id IN (SELECT story_id FROM fts WHERE fts MATCH ?) END",
	    texts, texts);
	return 4;
}

/* Under `live`, pri: must not choose story_prio: it holds a priority's
 * stories through the whole archive, and SQLite takes it for the due
 * order it gives, then walks every flash story for the live ones (25 ms
 * at 1,000,000). A "+" keeps the term off its index, so the live
 * stories come from story_live and the rank is checked on each. Only
 * fixed fragments are in the text (every value is a "?"), so the
 * search cannot meet anything typed. */
void
filter_live_only(struct pt_str *sql)
{
	static const char term[] = "s.prio_rank = ?";
	struct pt_str out = PT_STR_INIT;
	const char *p = pt_str_cstr(sql), *hit;

	if (strstr(p, term) == NULL)
		return;
	while ((hit = strstr(p, term)) != NULL) {
		pt_str_addf(&out, "%.*s+%s", (int)(hit - p), p, term);
		p = hit + sizeof term - 1;
	}
	pt_str_add(&out, p);
	pt_str_done(sql);
	*sql = out;
}
