/* presstime status: move a story through the workflow. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	const char *note = NULL, *version = NULL;
	const struct cli_opt opts[] = {
		{ "note", 1, &note }, { "version", 1, &version },
		{ NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct desk *d;
	long long ver = 0;
	char *pos[2];
	int npos, rc, lapsed = 0;

	if ((rc = cli_parse(&cmd_status, argc, argv, opts, pos, 2, &npos)) != 0)
		return rc;
	if (npos != 2)
		return cli_usage(&cmd_status);
	if ((rc = cli_version_opt(version, &ver)) != 0)
		return rc;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	rc = desk_story_status(d, pos[0], pos[1], note, ver, &lapsed, &err);
	desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	printf("%s is now %s\n", pos[0], pos[1]);
	if (lapsed > 0)
		printf("%d open request%s for comment lapsed: no response by "
		    "press time\n", lapsed, lapsed == 1 ? "" : "s");
	return 0;
}

static const struct cli_optdoc cmd_status_opts[] = {
	{ "note", "TEXT", "why, recorded in the history", NULL },
	{ "version", "N",
	    "refuse (exit 3) unless the story is still at version N",
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_status = {
	"status", "SLUG STATE [--note TEXT] [--version N]",
	"move a story through the workflow", run,
	.opts = cmd_status_opts,
	.example =
	    "presstime status hootsuite-ice editing --note \"copy in, 800 words\"",
	.words = "slug state",
};
