/* presstime set: change one field of a story. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	const char *version = NULL;
	const struct cli_opt opts[] = {
		{ "version", 1, &version }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	enum desk_field f;
	struct desk *d;
	long long ver = 0;
	char *pos[3];
	int npos, rc;

	if ((rc = cli_parse(&cmd_set, argc, argv, opts, pos, 3, &npos)) != 0)
		return rc;
	if (npos != 3)
		return cli_usage(&cmd_set);
	/* Not a field one types a value into: the desk decides when a story
	 * needs an update; an editor only says it has been done. */
	if (strcmp(pos[1], "needs-update") == 0) {
		if (strcmp(pos[2], "no") != 0)
			return cli_failf(2, "needs-update can only be set to "
			    "\"no\" (an answer after publication sets it)");
		if (cli_desk_open(&d, &err) < 0)
			return cli_fail(&err);
		rc = desk_story_clear_update(d, pos[0], &err);
		cli_desk_close(d);
		if (rc < 0)
			return cli_fail(&err);
		printf("%s no longer needs an update\n", pos[0]);
		return 0;
	}
	if (desk_field_parse(pos[1], &f, &err) < 0) {
		cli_fail(&err);
		return 2;
	}
	if ((rc = cli_version_opt(version, &ver)) != 0)
		return rc;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	rc = desk_story_set(d, pos[0], f, pos[2], ver, &err);
	cli_desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	printf("set %s of %s\n", pos[1], pos[0]);
	return 0;
}

static const struct cli_optdoc cmd_set_opts[] = {
	{ "version", "N",
	    "refuse (exit 3) unless the story is still at version N",
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_set = {
	"set", "SLUG FIELD VALUE [--version N]",
	"change headline, dek, budget, desk, priority, editor, deadline, "
	"embargo, art, words or url (\"\" clears); needs-update no", run,
	.opts = cmd_set_opts,
	.example =
	    "presstime set hootsuite-ice due \"tomorrow 9:00\"\n"
	    "presstime set hootsuite-ice embargo \"\"",
	.words = "slug field -",
	.writes = 1,
};
