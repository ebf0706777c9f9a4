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
	const char *json = NULL, *tsv = NULL;
	const struct cli_opt opts[] = {
		{ "json", 0, &json }, { "tsv", 0, &tsv }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct status_change_list hl;
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
	if (json != NULL) {
		struct pt_str out = PT_STR_INIT;
		struct json j;

		json_init(&j, &out, 1);
		json_arr_open(&j);
		for (size_t i = 0; i < hl.n; i++) {
			json_obj_open(&j);
			json_kstr(&j, "from", hl.v[i].from_state);
			json_kstr(&j, "to", hl.v[i].to_state);
			json_ktime(&j, "at", hl.v[i].at);
			json_kstr(&j, "by", hl.v[i].by);
			json_kstr(&j, "note", hl.v[i].note);
			json_obj_close(&j);
		}
		json_arr_close(&j);
		printf("%s\n", pt_str_cstr(&out));
		pt_str_done(&out);
	} else {
		static const char *const head[] = { "WHEN", "FROM", "TO", "BY",
			"NOTE" };
		struct cli_table *t = cli_table_new(5, tsv != NULL);

		cli_table_header(t, head);
		for (size_t i = 0; i < hl.n; i++) {
			char when[32];
			const char *cells[5];

			ptime_format(hl.v[i].at, when, sizeof when);
			cells[0] = when;
			cells[1] = hl.v[i].from_state != NULL ?
			    hl.v[i].from_state : "-";
			cells[2] = hl.v[i].to_state;
			cells[3] = hl.v[i].by;
			cells[4] = hl.v[i].note;
			cli_table_row(t, cells);
		}
		cli_table_print(t, stdout);
		cli_table_free(t);
	}
	history_list_free(&hl);
	return 0;
}

const struct cli_cmd cmd_history = {
	"history", "SLUG [--json|--tsv]",
	"who moved a story through the workflow, and when", run
};
