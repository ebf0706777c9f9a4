/* presstime ls: the queue, filtered and sorted, a page at a time. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/filter.h"
#include "presstime/json.h"
#include "presstime/ptime.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "cmds.h"

#define LS_DEFAULT_LIMIT 100

static const char *
prio_mark(const char *p)
{
	switch (story_priority_rank(p)) {
	case 0:
		return "!!";
	case 1:
		return "!";
	case 3:
		return "-";
	default:
		return "";
	}
}

static void story_fields(struct json *j, const struct story *s);

/* One story as a JSON object: the queue's fields. */
void
cli_story_json(struct json *j, const struct story *s)
{
	json_obj_open(j);
	story_fields(j, s);
	json_obj_close(j);
}

/* ls --json: the queue's fields and the story's urgency score at now. */
static void
cli_story_json_urgency(struct json *j, const struct story *s, time_t now)
{
	json_obj_open(j);
	story_fields(j, s);
	json_kint(j, "urgency", story_urgency(s, now));
	json_obj_close(j);
}

static void
story_fields(struct json *j, const struct story *s)
{
	json_kstr(j, "slug", s->slug);
	json_kstr(j, "headline", s->headline);
	json_kstr(j, "dek", s->dek);
	json_kstr(j, "budget_line", s->budget_line);
	json_kstr(j, "desk", s->desk);
	json_kstr(j, "status", s->status);
	json_kstr(j, "priority", s->priority);
	json_kstr(j, "editor", s->editor);
	json_ktime(j, "deadline", s->deadline);
	json_ktime(j, "embargo", s->embargo);
	json_ktime(j, "published_at", s->published_at);
	json_key(j, "needs_update");
	json_bool(j, s->needs_update);
	json_kint(j, "rfc_open", s->rfc_open);
	json_kint(j, "rfc_total", s->rfc_total);
	json_ktime(j, "updated_at", s->updated_at);
	json_kstr(j, "updated_by", s->updated_by);
	json_kint(j, "version", s->version);
}

struct ls_out {
	struct cli_rows *rows;
	time_t now;
	long long shown;
	long long limit;  /* rows to show, -1 for all */
	int more;         /* a row matched past the limit */
	int iso;          /* --tsv: absolute times instead of countdowns */
};

static int
ls_row(const struct story *s, void *ctx)
{
	struct ls_out *o = ctx;
	struct json *j = cli_rows_json(o->rows);
	char due[32] = "", rfc[16] = "", upd[32], status[64];

	/* The page is read one row long: that row only says there is
	 * more, and stops the walk. */
	if (o->limit >= 0 && o->shown == o->limit) {
		o->more = 1;
		return 1;
	}
	o->shown++;
	if (j != NULL) {
		cli_story_json_urgency(j, s, o->now);
		return 0;
	}
	if (s->deadline != 0 && !o->iso)
		ptime_countdown(s->deadline, o->now, due, sizeof due);
	else if (s->deadline != 0)
		ptime_format_iso(s->deadline, due, sizeof due);
	if (s->rfc_total > 0)
		snprintf(rfc, sizeof rfc, "%d/%d", s->rfc_open, s->rfc_total);
	if (o->iso)
		ptime_format_iso(s->updated_at, upd, sizeof upd);
	else
		ptime_age(s->updated_at, o->now, upd, sizeof upd);
	snprintf(status, sizeof status, "%s%s", s->status,
	    s->needs_update ? " (needs update)" : "");
	cli_rows_cells(o->rows, (const char *const[]){ prio_mark(s->priority),
	    s->slug, status, s->desk, s->editor, due, rfc, upd, s->headline });
	return 0;
}

static int
run(int argc, char **argv)
{
	const char *sortname = NULL, *limit_s = NULL, *json = NULL, *tsv = NULL,
	    *all = NULL, *header = NULL;
	const struct cli_opt opts[] = {
		{ "sort", 1, &sortname }, { "limit", 1, &limit_s },
		{ "json", 0, &json }, { "tsv", 0, &tsv }, { "all", 0, &all },
		{ "header", 0, &header }, { NULL, 0, NULL }
	};
	static const char *const head[] = { "P", "SLUG", "STATUS", "DESK",
		"EDITOR", "DUE", "RFC", "UPD", "HEADLINE" };
	struct pt_err err = { 0 };
	enum story_sort sort = SORT_URGENCY;
	struct ls_out out = { 0 };
	struct filter *f = NULL;
	struct desk *d;
	char *pos[64], *ftext;
	long long limit = LS_DEFAULT_LIMIT;
	time_t now;
	int npos, rc;

	if ((rc = cli_parse(&cmd_ls, argc, argv, opts, pos, 64, &npos)) != 0)
		return rc;
	if (sortname != NULL && story_sort_parse(sortname, &sort, &err) < 0) {
		cli_fail(&err);
		return 2;
	}
	if (limit_s != NULL &&
	    cli_number("--limit", limit_s, 1, CLI_LIMIT_MAX, &limit) != 0)
		return 2;
	/* Only a person reading a terminal gets a first page by default; a
	 * script (piped, --json, --tsv) gets every row unless it asks. */
	if (all != NULL || (limit_s == NULL &&
	    (json != NULL || tsv != NULL || !cli_stdout_tty())))
		limit = -1;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	now = ptime_now();
	ftext = filter_join(npos, pos);
	rc = filter_compile_queue(ftext, now, d->cob_hour, &f, &err);
	free(ftext);
	if (rc < 0) {
		cli_desk_close(d);
		cli_fail(&err);
		return 2;
	}
	out.rows = cli_rows_new(json != NULL, (tsv != NULL ? CLI_TSV : 0) |
	    (header != NULL ? CLI_TSV_HEADER : 0), 9, head);
	out.now = now;
	out.iso = tsv != NULL;
	out.limit = limit;
	rc = story_each(d->db, f, sort, limit < 0 ? -1 : limit + 1, ls_row,
	    &out, &err);
	if (rc < 0) {
		filter_free(f);
		cli_rows_free(out.rows);
		cli_desk_close(d);
		return cli_fail(&err);
	}
	cli_rows_print(out.rows);
	/* A cut list always says so: on the terminal below it, for a
	 * script on stderr (its stdout stays rows only). It says "more",
	 * not how many: counting the rest of a million-story archive
	 * would cost more than the page, and the row read past the page
	 * already tells whether there is a rest. */
	if (out.more && json == NULL && tsv == NULL && cli_stdout_tty())
		printf("(%lld shown; more match: use --limit N or --all)\n",
		    out.shown);
	else if (out.more)
		fprintf(stderr, "presstime: more match than the %lld shown "
		    "(--limit %lld); use --all for every row\n", out.shown,
		    limit);
	cli_rows_free(out.rows);
	filter_free(f);
	cli_desk_close(d);
	return 0;
}

static const struct cli_optdoc cmd_ls_opts[] = {
	{ "sort", "KEY",
	    "urgency (default), due, priority, updated, status, slug or needs",
	    "urgency,due,priority,updated,status,slug,needs" },
	{ "limit", "N", "at most N rows (on a terminal: 100 unless given)",
	    NULL },
	{ "all", NULL, "every row (the default when piped or with --json "
	    "or --tsv)", NULL },
	{ "json", NULL, "a JSON array of stories (presstime-json(5))", NULL },
	{ "tsv", NULL, "tab-separated rows, times in ISO 8601 UTC", NULL },
	{ "header", NULL, "tab-separated rows start with the column names",
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_ls = {
	"ls", "[FILTER...] [--sort urgency|due|priority|updated|status|slug|"
	"needs] "
	"[--limit N|--all] [--json|--tsv [--header]]",
	"list the queue: live stories, most urgent first (filters: live all "
	"status: desk: @editor by: pri: due: overdue rfc: upd: words)", run,
	.opts = cmd_ls_opts,
	.example =
	    "presstime ls desk:business overdue\n"
	    "presstime ls all rfc:broken\n"
	    "presstime ls @dmartin status:editing,copydesk --sort priority",
	.words = "filter...",
};
