/* presstime tz: show or set the newsroom's time zone, the one clock every
 * face shows times in. */
#include "config.h"

#include <stdio.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	struct pt_err err = { 0 };
	struct desk *d;
	char *pos[1];
	int npos, rc, set = 0;

	if ((rc = cli_parse(&cmd_tz, argc, argv, NULL, pos, 1, &npos)) != 0)
		return rc;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	if (npos == 1) {
		rc = desk_zone_set(d, pos[0], &err);
		if (rc == 0)
			printf("newsroom time zone: %s\n", d->zone);
	} else {
		rc = desk_zone_is_set(d, &set, &err);
		if (rc == 0)
			printf("%s%s\n", d->zone, set ? "" :
			    " (the host's; the newsroom names none)");
	}
	cli_desk_close(d);
	return rc < 0 ? cli_fail(&err) : 0;
}

const struct cli_cmd cmd_tz = {
	"tz", "[ZONE]",
	"show or set the newsroom's time zone (every time shown uses it)", run,
	.example = "presstime tz\npresstime tz America/Chicago",
	.words = "-",
};
