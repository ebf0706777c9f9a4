/* presstime show: one story in full. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/record.h"
#include "presstime/entry.h"
#include "presstime/io.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "presstime/workflow.h"
#include "cmds.h"

static void
field(const char *label, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	printf("%-10s ", label);
	cli_put(stdout, value);
	putchar('\n');
}

static void
time_field(const char *label, time_t t, time_t now, int countdown)
{
	char when[32], cd[16];

	if (t == 0)
		return;
	ptime_format(t, when, sizeof when);
	if (countdown) {
		ptime_countdown(t, now, cd, sizeof cd);
		printf("%-10s %s (%s)\n", label, when, cd);
	} else
		printf("%-10s %s\n", label, when);
}

static int
show_text(struct desk *d, const char *slug, struct pt_err *err)
{
	struct story *s;
	struct entry_list el;
	struct rfc_list rl;
	struct credit_list cl;
	struct notice_list nl;
	struct pt_str notes = PT_STR_INIT;
	time_t now = ptime_now();
	char when[32];
	int rc;

	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return rc;
	if ((rc = entry_list_story(d->db, s->id, &el, err)) < 0)
		goto out;
	rfc_list_story(d->db, s->id, &rl, err);
	credit_list_story(d->db, s->id, &cl, err);

	cli_put(stdout, s->headline);
	putchar('\n');
	if (s->dek != NULL) {
		cli_put(stdout, s->dek);
		putchar('\n');
	}
	putchar('\n');
	field("slug", s->slug);
	printf("%-10s %s%s\n", "status", s->status,
	    s->needs_update ? " (needs update: a source answered, declined "
	    "or promised after publication)" : "");
	if (s->held_from != NULL)
		printf("%-10s %s\n", "held from", s->held_from);
	field("priority", s->priority);
	field("desk", s->desk);
	field("editor", s->editor);
	time_field("deadline", s->deadline, now, 1);
	time_field("embargo", s->embargo, now, 0);
	time_field("published", s->published_at, now, 0);
	field("budget", s->budget_line);
	if (s->words > 0)
		printf("%-10s %d words\n", "length", s->words);
	field("art", s->art);
	field("url", s->url);
	ptime_format(s->updated_at, when, sizeof when);
	printf("%-10s %lld, updated %s by ", "version", s->version, when);
	cli_put(stdout, s->updated_by != NULL ? s->updated_by : "?");
	putchar('\n');

	printf("\nCredits\n");
	if (cl.n == 0)
		printf("  (none)\n");
	for (size_t i = 0; i < cl.n; i++) {
		printf("  %-12s ", cl.v[i].role);
		cli_put(stdout, cl.v[i].person.name);
		putchar('\n');
	}

	printf("\nTimeline\n");
	if (el.n == 0)
		printf("  (nothing logged yet)\n");
	for (size_t i = 0; i < el.n; i++) {
		struct entry *e = &el.v[i];

		ptime_format(e->occurred_at, when, sizeof when);
		printf("  %s  #%lld %-10s ", when, e->id, e->kind);
		if (e->amends != 0)
			printf("(corrects #%lld) ", e->amends);
		cli_put(stdout, e->body);
		if (e->source != NULL) {
			fputs(" [source: ", stdout);
			cli_put(stdout, e->source);
			putchar(']');
		}
		fputs(" (", stdout);
		cli_put(stdout, e->logged_by);
		/* An import's rows say who brought them, and whom the file
		 * named only as text. */
		if (e->imported_by != NULL) {
			fputs("; imported by ", stdout);
			cli_put(stdout, e->imported_by);
		}
		if (e->orig_by != NULL && strcmp(e->orig_by, e->logged_by) != 0) {
			fputs("; originally logged by ", stdout);
			cli_put(stdout, e->orig_by);
		}
		fputs(")\n", stdout);
	}

	printf("\nRequests for comment\n");
	if (rl.n == 0)
		printf("  (none)\n");
	for (size_t i = 0; i < rl.n; i++) {
		struct rfc *r = &rl.v[i];
		char asked[32];

		ptime_format(r->asked_at, asked, sizeof asked);
		/* The story's number, as `rfc answer SLUG N` takes it. */
		printf("  %d ", r->no);
		cli_put(stdout, r->target);
		printf(" by %s, asked %s: %s", r->channel, asked, r->state);
		if (state_rfc_is(r->state, RFC_PROMISED)) {
			ptime_format(r->promised_by, when, sizeof when);
			printf(" (statement by %s)", when);
		} else if (state_rfc_is(r->state, RFC_OPEN) && r->due_at != 0) {
			char cd[16];

			ptime_countdown(r->due_at, now, cd, sizeof cd);
			printf(" (due %s)", cd);
		}
		if (r->answer != NULL) {
			fputs(": \"", stdout);
			cli_put(stdout, r->answer);
			putchar('"');
		}
		putchar('\n');
	}

	/* Corrections and the kill notice, as the editor wrote them. */
	if (notice_list_story(d->db, s->id, &nl, err) == 0) {
		for (size_t i = 0; i < nl.n; i++) {
			if (i == 0)
				printf("\nNotices\n");
			ptime_format(nl.v[i].at, when, sizeof when);
			printf("  %s  %s by ", when, strcmp(nl.v[i].kind,
			    "kill") == 0 ? "Kill notice" : "Correction");
			cli_put(stdout, nl.v[i].by);
			fputs(": ", stdout);
			cli_put(stdout, nl.v[i].body);
			putchar('\n');
		}
		notice_list_free(&nl);
	}
	if (desk_endnotes(d, slug, &notes, err) == 0 && notes.len > 0) {
		printf("\nEnd notes%s\n", workflow_is_out(s->status) ?
		    " (as they ran; presstime endnotes --now for today)" :
		    " (preview: open requests read as unanswered)");
		cli_put_lines(stdout, notes.buf);
	}
	pt_str_done(&notes);
	credit_list_free(&cl);
	rfc_list_free(&rl);
	entry_list_free(&el);
out:
	story_free(s);
	return rc;
}

static int
run(int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = {
		{ "format", 1, &format }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_show, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 1)
		return cli_usage(&cmd_show);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	cli_pager_start();
	if (format == NULL || strcmp(format, "text") == 0)
		rc = show_text(d, pos[0], &err);
	else {
		enum export_format fmt;
		struct pt_str out = PT_STR_INIT;

		if (export_format_parse(format, &fmt, &err) < 0) {
			cli_desk_close(d);
			cli_fail(&err);
			return 2;
		}
		rc = export_stories(d, NULL, pos[0], fmt, &out, &err);
		if (rc == 0)
			fwrite(pt_str_cstr(&out), 1, out.len, stdout);
		pt_str_done(&out);
	}
	cli_desk_close(d);
	return rc < 0 ? cli_fail(&err) : 0;
}

static const struct cli_optdoc cmd_show_opts[] = {
	{ "format", "F",
	    "text (default), md, json or yaml",
	    "text,md,json,yaml" },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_show = {
	"show", "SLUG [--format text|md|json|yaml]", "show one story in full",
	run,
	.opts = cmd_show_opts,
	.example =
	    "presstime show hootsuite-ice\n"
	    "presstime show hootsuite-ice --format json",
	.words = "slug",
};
