/* presstime credit: credit a person on a story, or take a credit back. */
#include "config.h"

#include <stdio.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	const char *role = NULL, *remove = NULL;
	const struct cli_opt opts[] = { { "role", 1, &role },
		{ "remove", 0, &remove }, { NULL, 0, NULL } };
	struct pt_err err = { 0 };
	struct desk *d;
	char *pos[2];
	int npos, rc;

	if ((rc = cli_parse(&cmd_credit, argc, argv, opts, pos, 2, &npos)) != 0)
		return rc;
	if (npos != 2)
		return cli_usage(&cmd_credit);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	rc = remove != NULL ? desk_uncredit(d, pos[0], pos[1], role, &err) :
	    desk_credit(d, pos[0], pos[1], role, &err);
	cli_desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	fputs(remove != NULL ? "took back the credit of " : "credited ",
	    stdout);
	cli_put(stdout, pos[1]);
	printf(" as %s on %s\n", role != NULL ? role : "contributor", pos[0]);
	return 0;
}

static const struct cli_optdoc cmd_credit_opts[] = {
	{ "role", "R",
	    "byline, contributor (default), editor, photo or research",
	    "byline,contributor,editor,photo,research" },
	{ "remove", NULL, "take the credit in that role back", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_credit = {
	"credit", "SLUG NAME [--role byline|contributor|editor|photo|research] "
	"[--remove]",
	"credit a person on a story", run,
	.opts = cmd_credit_opts,
	.example = "presstime credit hootsuite-ice \"Dylan Martin\"",
	.words = "slug person",
	.writes = 1,
};
