/* presstime endnotes: the lines a story carries at press time. */
#include "config.h"

#include <stdio.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/ptime.h"
#include "presstime/record.h"
#include "presstime/str.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	struct pt_err err = { 0 };
	struct pt_str out = PT_STR_INIT;
	const char *now = NULL, *hist = NULL;
	const struct cli_opt opts[] = {
		{ "now", 0, &now }, { "history", 0, &hist },
		{ NULL, 0, NULL }
	};
	struct snapshot_list sl;
	struct desk *d;
	char *pos[1], when[32];
	int npos, rc;

	if ((rc = cli_parse(&cmd_endnotes, argc, argv, opts, pos, 1,
	    &npos)) != 0)
		return rc;
	if (npos != 1)
		return cli_usage(&cmd_endnotes);
	if (now != NULL && hist != NULL)
		return cli_failf(2, "endnotes: --now or --history, not both");
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	if (hist != NULL) {
		/* Each version as it ran, headed by when and why. */
		rc = desk_endnotes_history(d, pos[0], &sl, &err);
		for (size_t i = 0; rc == 0 && i < sl.n; i++) {
			ptime_format(sl.v[i].taken_at, when, sizeof when);
			pt_str_addf(&out, "%s%s %s (%s, by %s)\n%s",
			    i > 0 ? "\n" : "", when, sl.v[i].reason,
			    sl.v[i].zone, sl.v[i].taken_by, sl.v[i].body);
		}
		if (rc == 0)
			snapshot_list_free(&sl);
	} else if (now != NULL)
		rc = desk_endnotes_now(d, pos[0], &out, &err);
	else
		rc = desk_endnotes(d, pos[0], &out, &err);
	cli_desk_close(d);
	if (rc == 0)
		cli_put_lines(stdout, pt_str_cstr(&out));
	pt_str_done(&out);
	return rc < 0 ? cli_fail(&err) : 0;
}

static const struct cli_optdoc cmd_endnotes_opts[] = {
	{ "now", NULL, "what the notes would say today, rebuilt, even for a "
	    "story that ran", NULL },
	{ "history", NULL, "every version that ran: published, writethru, "
	    "corrected, killed", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_endnotes = {
	"endnotes", "SLUG [--now | --history]",
	"print the end notes (as they ran, once published; --now: as they "
	"would read today; --history: every version that ran)", run,
	.opts = cmd_endnotes_opts,
	.example = "presstime endnotes hootsuite-ice --now",
	.words = "slug",
};
