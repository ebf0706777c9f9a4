/* presstime status: move a story through the workflow. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/states.h"
#include "presstime/str.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	const char *note = NULL, *version = NULL, *corr = NULL, *why = NULL;
	const struct cli_opt opts[] = {
		{ "note", 1, &note }, { "version", 1, &version },
		{ "correction", 1, &corr }, { "reason", 1, &why },
		{ NULL, 0, NULL }
	};
	struct pt_str pending = PT_STR_INIT;
	int npending = 0;
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
	/* --correction and --reason name the note a correction and a
	 * kill need (their text goes into the end notes). */
	if (corr != NULL || why != NULL) {
		if (note != NULL || (corr != NULL && why != NULL))
			return cli_failf(2, "give the text once: --note, "
			    "--correction or --reason");
		note = corr != NULL ? corr : why;
	}
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	/* What publishing will lapse, read first so the user is told
	 * exactly what it did. */
	if (state_story_is(pos[1], STORY_PUBLISHED) &&
	    desk_press_pending(d, pos[0], 0, &pending, &npending, &err) < 0) {
		cli_desk_close(d);
		return cli_fail(&err);
	}
	rc = desk_story_status(d, pos[0], pos[1], note, ver, &lapsed, &err);
	cli_desk_close(d);
	if (rc < 0) {
		pt_str_done(&pending);
		return cli_fail(&err);
	}
	printf("%s is now %s\n", pos[0], pos[1]);
	if (lapsed > 0) {
		printf("%d request%s for comment lapsed at press time:\n",
		    lapsed, lapsed == 1 ? "" : "s");
		cli_put_lines(stdout, pt_str_cstr(&pending));
	}
	pt_str_done(&pending);
	return 0;
}

static const struct cli_optdoc cmd_status_opts[] = {
	{ "note", "TEXT", "why, recorded in the history; for corrected and "
	    "killed, the correction or the kill's reason", NULL },
	{ "correction", "TEXT", "what the corrected story now shows, and "
	    "what it wrongly said (the end notes say \"This story has been "
	    "corrected to show TEXT.\")", NULL },
	{ "reason", "TEXT", "why a killed story was withdrawn", NULL },
	{ "version", "N",
	    "refuse (exit 3) unless the story is still at version N",
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_status = {
	"status", "SLUG STATE [--note TEXT | --correction TEXT | --reason TEXT] "
	"[--version N]",
	"move a story through the workflow", run,
	.opts = cmd_status_opts,
	.example =
	    "presstime status hootsuite-ice editing --note \"copy in, 800 words\"",
	.words = "slug state",
	.writes = 1,
};
