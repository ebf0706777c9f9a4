/* presstime endnotes: the lines a story carries at press time. */
#include "config.h"

#include <stdio.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/str.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	struct pt_err err = { 0 };
	struct pt_str out = PT_STR_INIT;
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_endnotes, argc, argv, NULL, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 1)
		return cli_usage(&cmd_endnotes);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	rc = desk_endnotes(d, pos[0], &out, &err);
	desk_close(d);
	if (rc == 0)
		cli_put_lines(stdout, pt_str_cstr(&out));
	pt_str_done(&out);
	return rc < 0 ? cli_fail(&err) : 0;
}

const struct cli_cmd cmd_endnotes = {
	"endnotes", "SLUG",
	"print the end-of-story lines (no-response sentence, tagline)", run,
	.example = "presstime endnotes hootsuite-ice",
	.words = "slug",
};
