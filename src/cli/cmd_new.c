/* presstime new: put a story on the budget. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "cmds.h"

static int
run(int argc, char **argv)
{
	const char *desk = NULL, *prio = NULL, *due = NULL, *editor = NULL,
	    *dek = NULL, *budget = NULL, *embargo = NULL, *words = NULL,
	    *art = NULL;
	const struct cli_opt opts[] = {
		{ "desk", 1, &desk }, { "priority", 1, &prio },
		{ "due", 1, &due }, { "editor", 1, &editor }, { "dek", 1, &dek },
		{ "budget", 1, &budget }, { "embargo", 1, &embargo },
		{ "words", 1, &words }, { "art", 1, &art }, { NULL, 0, NULL }
	};
	struct desk_new_story ns = { 0 };
	struct pt_err err = { 0 };
	struct desk *d;
	char *pos[2];
	int npos, rc;
	long long id;

	if ((rc = cli_parse(&cmd_new, argc, argv, opts, pos, 2, &npos)) != 0)
		return rc;
	if (npos != 2)
		return cli_usage(&cmd_new);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	ns.slug = pos[0];
	ns.headline = pos[1];
	ns.desk = desk;
	ns.priority = prio;
	ns.editor = editor;
	ns.dek = dek;
	ns.budget_line = budget;
	ns.art = art;
	if (words != NULL) {
		long long n;

		if (cli_number("--words", words, 0, 100000, &n) != 0) {
			cli_desk_close(d);
			return 2;
		}
		ns.words = (int)n;
	}
	rc = 0;
	if (due != NULL)
		rc = cli_time(d, "--due", due, &ns.deadline, &err);
	if (rc == 0 && embargo != NULL)
		rc = cli_time(d, "--embargo", embargo, &ns.embargo, &err);
	if (rc == 0)
		rc = desk_story_new(d, &ns, &id, &err);
	cli_desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	printf("created %s\n", pos[0]);
	return 0;
}

static const struct cli_optdoc cmd_new_opts[] = {
	{ "desk", "D", "the desk (section queue); default news", NULL },
	{ "priority", "P",
	    "flash, urgent, routine (default) or deferred",
	    "priority" },
	{ "due", "T", "deadline, e.g. \"cob thu\", +2h, 17:00", NULL },
	{ "editor", "LOGIN", "assigned editor", NULL },
	{ "dek", "TEXT", "the dek (subheadline)", NULL },
	{ "budget", "TEXT", "the budget line", NULL },
	{ "embargo", "T", "not to be published before T", NULL },
	{ "words", "N", "planned length in words", NULL },
	{ "art", "TEXT", "planned photo or video", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_new = {
	"new", "SLUG HEADLINE [--desk D] [--priority P] [--due T] "
	"[--editor LOGIN] [--dek TEXT] [--budget TEXT] [--embargo T] "
	"[--words N] [--art TEXT]",
	"put a new story on the budget", run,
	.opts = cmd_new_opts,
	.example =
	    "presstime new hootsuite-ice \"Hootsuite signed ICE contract\" \\\n"
	    "    --desk business --priority urgent --due \"cob thu\" --editor dmartin",
	.words = "- -",
	.writes = 1,
};
