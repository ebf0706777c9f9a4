/* presstime undo: take back your own most recent change. */
#include "config.h"

#include <stdio.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/str.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	struct pt_str said = PT_STR_INIT;
	struct pt_err err = { 0 };
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_undo, argc, argv, NULL, pos, 1, &npos)) != 0)
		return rc;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	rc = desk_undo(d, npos == 1 ? pos[0] : NULL, &said, &err);
	cli_desk_close(d);
	if (rc < 0) {
		pt_str_done(&said);
		return cli_fail(&err);
	}
	cli_put(stdout, pt_str_cstr(&said));
	putchar('\n');
	pt_str_done(&said);
	return 0;
}

const struct cli_cmd cmd_undo = {
	"undo", "[SLUG]",
	"undo your own most recent change (on SLUG, or anywhere); again to "
	"reach further back", run,
	.opts = NULL,
	.example = "presstime undo hootsuite-ice",
	.words = "slug",
	.writes = 1,
};
