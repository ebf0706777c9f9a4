/* presstime history: a story's moves through the workflow. */
#include "config.h"

#include <stdio.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/history.h"
#include "presstime/json.h"
#include "presstime/ptime.h"
#include "presstime/story.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	const char *json = NULL, *tsv = NULL, *header = NULL;
	const struct cli_opt opts[] = {
		{ "json", 0, &json }, { "tsv", 0, &tsv },
		{ "header", 0, &header }, { NULL, 0, NULL }
	};
	static const char *const head[] = { "WHEN", "FROM", "TO", "BY", "NOTE" };
	struct pt_err err = { 0 };
	struct status_change_list hl;
	struct cli_rows *rows;
	struct story *s;
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_history, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 1)
		return cli_usage(&cmd_history);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	if ((rc = story_get(d->db, pos[0], &s, &err)) == 0) {
		rc = history_list_story(d->db, s->id, &hl, &err);
		story_free(s);
	}
	desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	rows = cli_rows_new(json != NULL, (tsv != NULL ? CLI_TSV : 0) |
	    (header != NULL ? CLI_TSV_HEADER : 0), 5, head);
	for (size_t i = 0; i < hl.n; i++) {
		const struct status_change *c = &hl.v[i];
		struct json *j = cli_rows_json(rows);
		char when[32];

		if (j != NULL) {
			json_obj_open(j);
			json_kstr(j, "from", c->from_state);
			json_kstr(j, "to", c->to_state);
			json_ktime(j, "at", c->at);
			json_kstr(j, "by", c->by);
			json_kstr(j, "note", c->note);
			json_obj_close(j);
			continue;
		}
		if (tsv != NULL)
			ptime_format_iso(c->at, when, sizeof when);
		else
			ptime_format(c->at, when, sizeof when);
		cli_rows_cells(rows, (const char *const[]){ when,
		    c->from_state != NULL ? c->from_state : "-", c->to_state,
		    c->by, c->note });
	}
	cli_pager_start();
	cli_rows_print(rows);
	cli_rows_free(rows);
	history_list_free(&hl);
	return 0;
}

static const struct cli_optdoc cmd_history_opts[] = {
	{ "json", NULL, "a JSON array (presstime-json(5))", NULL },
	{ "tsv", NULL, "tab-separated rows, times in ISO 8601 UTC", NULL },
	{ "header", NULL, "tab-separated rows start with the column names",
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_history = {
	"history", "SLUG [--json|--tsv [--header]]",
	"who moved a story through the workflow, and when", run,
	.opts = cmd_history_opts,
	.example = "presstime history hootsuite-ice",
	.words = "slug",
};
