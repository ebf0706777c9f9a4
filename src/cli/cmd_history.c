/* presstime history: every change to a story, newest first. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "presstime/change.h"
#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/json.h"
#include "presstime/ptime.h"
#include "presstime/story.h"
#include "cmds.h"

/* The fields a history row can name, for --field. */
static const char *const fields[] = { "created", "status", "headline", "dek",
	"budget", "desk", "priority", "editor", "deadline", "embargo", "art",
	"words", "url", "needs-update", "credit", "request", "entry" };

static int
field_known(const char *f)
{
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (strcmp(f, fields[i]) == 0)
			return 1;
	return 0;
}

static void
print_json(struct json *j, const struct change *c)
{
	json_obj_open(j);
	json_kint(j, "id", c->id);
	json_ktime(j, "at", c->at);
	json_kstr(j, "by", c->by);
	json_kstr(j, "field", c->field);
	json_kstr(j, "old", c->old_value);
	json_kstr(j, "new", c->new_value);
	json_kstr(j, "note", c->note);
	if (c->batch != 0)
		json_kint(j, "batch", c->batch);
	if (c->undoes != 0)
		json_kint(j, "undoes", c->undoes);
	if (c->imported)
		json_kint(j, "imported", 1);
	json_obj_close(j);
}

static int
run(int argc, char **argv)
{
	const char *json = NULL, *tsv = NULL, *header = NULL, *field = NULL;
	const struct cli_opt opts[] = {
		{ "json", 0, &json }, { "tsv", 0, &tsv },
		{ "header", 0, &header }, { "field", 1, &field },
		{ NULL, 0, NULL }
	};
	static const char *const head[] = { "WHEN", "BY", "FIELD", "OLD", "NEW",
		"NOTE" };
	struct pt_err err = { 0 };
	struct change_list hl;
	struct cli_rows *rows;
	struct story *s;
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_history, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 1)
		return cli_usage(&cmd_history);
	if (field != NULL && strcmp(field, "due") == 0)
		field = "deadline";
	if (field != NULL && !field_known(field))
		return cli_failf(2, "unknown field \"%s\" (expected one of: "
		    "created, status, headline, dek, budget, desk, priority, "
		    "editor, deadline, embargo, art, words, url, needs-update, "
		    "credit, request, entry)", field);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	if ((rc = story_get(d->db, pos[0], &s, &err)) == 0) {
		rc = change_list_story(d->db, s->id, field, &hl, &err);
		story_free(s);
	}
	cli_desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	rows = cli_rows_new(json != NULL, (tsv != NULL ? CLI_TSV : 0) |
	    (header != NULL ? CLI_TSV_HEADER : 0), 6, head);
	for (size_t i = 0; i < hl.n; i++) {
		const struct change *c = &hl.v[i];
		struct json *j = cli_rows_json(rows);
		char when[32], note[600];

		if (j != NULL) {
			print_json(j, c);
			continue;
		}
		if (tsv != NULL)
			ptime_format_iso(c->at, when, sizeof when);
		else
			ptime_format(c->at, when, sizeof when);
		snprintf(note, sizeof note, "%s%s%s%s",
		    c->imported ? "[imported] " : "",
		    c->undoes != 0 ? "[undo] " : "",
		    c->batch != 0 ? "[batch] " : "",
		    c->note != NULL ? c->note : "");
		cli_rows_cells(rows, (const char *const[]){ when, c->by,
		    c->field, c->old_value != NULL ? c->old_value : "-",
		    c->new_value != NULL ? c->new_value : "-", note });
	}
	cli_pager_start();
	cli_rows_print(rows);
	cli_rows_free(rows);
	change_list_free(&hl);
	return 0;
}

static const struct cli_optdoc cmd_history_opts[] = {
	{ "json", NULL, "a JSON array (presstime-json(5))", NULL },
	{ "tsv", NULL, "tab-separated rows, times in ISO 8601 UTC", NULL },
	{ "header", NULL, "tab-separated rows start with the column names",
	    NULL },
	{ "field", "F", "only changes of one field (headline, status, credit, "
	    "request, entry, ...)", "created,status,headline,dek,budget,desk,"
	    "priority,editor,deadline,embargo,art,words,url,needs-update,"
	    "credit,request,entry,imported" },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_history = {
	"history", "SLUG [--field F] [--json|--tsv [--header]]",
	"every change to a story, newest first: who, when, old and new", run,
	.opts = cmd_history_opts,
	.example = "presstime history hootsuite-ice --field headline",
	.words = "slug",
};
