/* presstime search: full text across stories, timelines and answers. */
#include "config.h"

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
	const char *json = NULL, *tsv = NULL, *limit_s = NULL;
	const struct cli_opt opts[] = {
		{ "json", 0, &json }, { "tsv", 0, &tsv },
		{ "limit", 1, &limit_s }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct search_hits hits;
	struct desk *d;
	char *pos[64], *q;
	int npos, rc, limit = 50;

	if ((rc = cli_parse(&cmd_search, argc, argv, opts, pos, 64, &npos)) != 0)
		return rc;
	if (npos < 1)
		return cli_usage(&cmd_search);
	if (limit_s != NULL) {
		char *end;

		limit = (int)strtol(limit_s, &end, 10);
		if (*end != '\0' || limit <= 0)
			return cli_failf(2, "--limit: \"%s\" is not a positive "
			    "number", limit_s);
	}
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	q = filter_join(npos, pos);
	rc = search_run(d->db, q, limit, &hits, &err);
	free(q);
	if (rc < 0) {
		desk_close(d);
		return cli_fail(&err);
	}
	if (json != NULL) {
		struct pt_str out = PT_STR_INIT;
		struct json j;

		json_init(&j, &out, 1);
		json_arr_open(&j);
		for (size_t i = 0; i < hits.n; i++) {
			json_obj_open(&j);
			json_kstr(&j, "slug", hits.v[i].slug);
			json_kstr(&j, "in", hits.v[i].what);
			json_kint(&j, "id", hits.v[i].ref_id);
			json_ktime(&j, "at", hits.v[i].at);
			json_kstr(&j, "snippet", hits.v[i].snippet);
			json_obj_close(&j);
		}
		json_arr_close(&j);
		printf("%s\n", pt_str_cstr(&out));
		pt_str_done(&out);
	} else {
		static const char *const head[] = { "SLUG", "IN", "WHEN",
			"MATCH" };
		struct cli_table *t = cli_table_new(4, tsv != NULL);
		time_t now = desk_now(d);

		cli_table_header(t, head);
		for (size_t i = 0; i < hits.n; i++) {
			char when[32] = "";
			const char *cells[4];

			if (hits.v[i].at != 0)
				ptime_format_short(hits.v[i].at, now, when,
				    sizeof when);
			cells[0] = hits.v[i].slug;
			cells[1] = hits.v[i].what;
			cells[2] = when;
			cells[3] = hits.v[i].snippet;
			cli_table_row(t, cells);
		}
		cli_table_print(t, stdout);
		cli_table_free(t);
		if (hits.n == 0 && cli_stdout_tty())
			printf("(no matches)\n");
	}
	search_hits_free(&hits);
	desk_close(d);
	return 0;
}

const struct cli_cmd cmd_search = {
	"search", "QUERY... [--limit N] [--json|--tsv]",
	"full-text search of stories, timelines and answers", run
};
