/* presstime open / presstime (no command): the TUI. */
#include "config.h"

#include <stdio.h>

#include "presstime/cli.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/story.h"
#include "presstime/tui.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	struct pt_err err = { 0 };
	struct tui_opts o = { 0 };
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_open, argc, argv, NULL, pos, 1, &npos)) != 0)
		return rc;
	/* The first run on a machine should not need a separate init. */
	if (cli_desk_open_flags(DB_CREATE, &d, &err) < 0)
		return cli_fail(&err);
	if (npos == 1) {
		struct story *s;

		if (story_get(d->db, pos[0], &s, &err) < 0) {
			cli_desk_close(d);
			return cli_fail(&err);
		}
		story_free(s);
		o.open_slug = pos[0];
	}
	rc = tui_run(d, &o);
	cli_desk_close(d);
	return rc;
}

const struct cli_cmd cmd_open = {
	"open", "[SLUG]", "open the TUI on the queue, or on a story", run,
	.example = "presstime open hootsuite-ice",
	.words = "slug",
};
