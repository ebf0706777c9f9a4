/* presstime drafts: text saved when a session went away. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/draft.h"
#include "presstime/ptime.h"
#include "presstime/sanitize.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	const char *show = NULL, *drop = NULL;
	const struct cli_opt opts[] = {
		{ "show", 1, &show }, { "drop", 1, &drop }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct draft_list dl;
	struct desk *d;
	char *pos[1];
	int npos, rc, found = 0;
	long long want = 0;

	if ((rc = cli_parse(&cmd_drafts, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 0)
		return cli_usage(&cmd_drafts);
	if ((show != NULL || drop != NULL) &&
	    cli_number(show != NULL ? "--show" : "--drop", show != NULL ?
	    show : drop, 1, LLONG_MAX, &want) != 0)
		return 2;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	if (desk_drafts_collect(d, &err) < 0)
		cli_warn(err.msg);
	if ((rc = draft_list_user(d->db, d->login, &dl, &err)) < 0) {
		cli_desk_close(d);
		return cli_fail(&err);
	}
	for (size_t i = 0; i < dl.n; i++) {
		struct draft *dr = &dl.v[i];
		char when[32];

		if (want != 0 && dr->id != want)
			continue;
		found = 1;
		if (show != NULL) {
			/* Exactly as typed when piped back into presstime log;
			 * on a terminal, made safe like everything drawn. */
			if (cli_stdout_tty())
				cli_put_lines(stdout, dr->body);
			else
				fputs(dr->body, stdout);
			continue;
		}
		if (drop != NULL) {
			rc = desk_draft_drop(d, dr->id, &err);
			if (rc == 0)
				printf("dropped draft %lld\n", dr->id);
			continue;
		}
		ptime_format(dr->saved_at, when, sizeof when);
		printf("%lld  %s  ", dr->id, when);
		cli_put(stdout, dr->context);
		fputs("  ", stdout);
		cli_put(stdout, dr->slug != NULL ? dr->slug : "-");
		printf("  %zu bytes: ", strlen(dr->body));
		{
			struct pt_str head = PT_STR_INIT;

			sanitize_fit(&head, dr->body, 60, 0);
			printf("%s\n", pt_str_cstr(&head));
			pt_str_done(&head);
		}
	}
	draft_list_free(&dl);
	cli_desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	if (want != 0 && !found)
		return cli_failf(1, "no draft %lld of yours", want);
	if (want == 0 && !found && cli_stdout_tty())
		printf("no unsaved drafts\n");
	return 0;
}

static const struct cli_optdoc cmd_drafts_opts[] = {
	{ "show", "N", "print draft N", NULL },
	{ "drop", "N", "discard draft N", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_drafts = {
	"drafts", "[--show N | --drop N]",
	"list text saved when a session was cut off", run,
	.opts = cmd_drafts_opts,
	.example =
	    "presstime drafts\n"
	    "presstime drafts --show 1",
	.words = "",
};
