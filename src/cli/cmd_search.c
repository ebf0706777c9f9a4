/* presstime search: full text across stories, timelines and answers. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/filter.h"
#include "presstime/json.h"
#include "presstime/ptime.h"
#include "presstime/search.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	const char *json = NULL, *tsv = NULL, *limit_s = NULL, *all = NULL,
	    *header = NULL;
	const struct cli_opt opts[] = {
		{ "json", 0, &json }, { "tsv", 0, &tsv },
		{ "limit", 1, &limit_s }, { "all", 0, &all },
		{ "header", 0, &header }, { NULL, 0, NULL }
	};
	static const char *const head[] = { "SLUG", "IN", "WHEN", "MATCH" };
	struct pt_err err = { 0 };
	struct search_hits hits;
	struct cli_rows *rows;
	struct desk *d;
	char *pos[64], *q;
	time_t now;
	int npos, rc, limit = 50;

	if ((rc = cli_parse(&cmd_search, argc, argv, opts, pos, 64, &npos)) != 0)
		return rc;
	if (npos < 1)
		return cli_usage(&cmd_search);
	if (limit_s != NULL) {
		long long n;

		if (cli_number("--limit", limit_s, 1, CLI_LIMIT_MAX, &n) != 0)
			return 2;
		limit = (int)n;
	}
	/* A person at a terminal gets the best 50; a script (piped, --json,
	 * --tsv) every hit unless it asks for fewer. */
	if (all != NULL || (limit_s == NULL &&
	    (json != NULL || tsv != NULL || !cli_stdout_tty())))
		limit = INT_MAX;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	q = filter_join(npos, pos);
	rc = search_run(d->db, q, limit, &hits, &err);
	free(q);
	if (rc < 0) {
		cli_desk_close(d);
		return cli_fail(&err);
	}
	now = ptime_now();
	rows = cli_rows_new(json != NULL, (tsv != NULL ? CLI_TSV : 0) |
	    (header != NULL ? CLI_TSV_HEADER : 0), 4, head);
	for (size_t i = 0; i < hits.n; i++) {
		const struct search_hit *h = &hits.v[i];
		struct json *j = cli_rows_json(rows);
		char when[32] = "";

		if (j != NULL) {
			json_obj_open(j);
			json_kstr(j, "slug", h->slug);
			json_kstr(j, "in", h->what);
			json_kint(j, "id", h->ref_id);
			json_ktime(j, "at", h->at);
			json_kstr(j, "snippet", h->snippet);
			json_obj_close(j);
			continue;
		}
		cli_time_cell(h->at, tsv != NULL, now, when, sizeof when);
		cli_rows_cells(rows, (const char *const[]){ h->slug, h->what,
		    when, h->snippet });
	}
	cli_rows_print(rows);
	cli_rows_free(rows);
	if (json == NULL && hits.n == 0 && cli_stdout_tty())
		printf("(no matches)\n");
	if (hits.capped)
		fprintf(stderr, "presstime: the words match more than 5,000 "
		    "items; only the newest were ranked (add words to reach "
		    "older ones)\n");
	else if (limit_s == NULL && limit != INT_MAX &&
	    hits.n == (size_t)limit)
		fprintf(stderr, "presstime: showing the best %d; use --all for "
		    "every hit\n", limit);
	search_hits_free(&hits);
	cli_desk_close(d);
	return 0;
}

static const struct cli_optdoc cmd_search_opts[] = {
	{ "json", NULL, "a JSON array of hits (presstime-json(5))", NULL },
	{ "tsv", NULL, "tab-separated rows, times in ISO 8601 UTC", NULL },
	{ "limit", "N", "at most N hits (on a terminal: 50 unless given)",
	    NULL },
	{ "all", NULL, "every hit (the default when piped or with --json "
	    "or --tsv)", NULL },
	{ "header", NULL, "tab-separated rows start with the column names",
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_search = {
	"search", "QUERY... [--limit N|--all] [--json|--tsv [--header]]",
	"full-text search of stories, timelines and answers", run,
	.opts = cmd_search_opts,
	.example = "presstime search \"no response\" ICE",
	.words = "-...",
};
