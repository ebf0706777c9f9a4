/* presstime theme / config: check the files a user edits by hand. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/config.h"
#include "presstime/diag.h"
#include "presstime/theme.h"
#include "cmds.h"

/* Prints every problem, one per line, and returns how many. */
static size_t
print_diags(const struct pt_diag *dg)
{
	for (size_t i = 0; i < pt_diag_count(dg); i++) {
		cli_put(stderr, pt_diag_get(dg, i));
		fputc('\n', stderr);
	}
	return pt_diag_count(dg);
}

static int
theme_run(int argc, char **argv)
{
	struct pt_diag dg = PT_DIAG_INIT;
	char *pos[2];
	int npos, rc;

	if ((rc = cli_parse(&cmd_theme, argc, argv, NULL, pos, 2, &npos)) != 0)
		return rc;
	if (npos == 1 && strcmp(pos[0], "ls") == 0) {
		struct theme_entry *list;
		size_t n = theme_list(NULL, &list);

		for (size_t i = 0; i < n; i++) {
			cli_put(stdout, list[i].name);
			fputs("\t", stdout);
			cli_put(stdout, list[i].path != NULL ? list[i].path :
			    "(built in)");
			fputc('\n', stdout);
		}
		theme_list_free(list, n);
		return 0;
	}
	if (npos == 2 && strcmp(pos[0], "check") == 0) {
		theme_check_file(pos[1], &dg);
		if (print_diags(&dg) > 0) {
			pt_diag_done(&dg);
			return 1;
		}
		fputs("theme ok: ", stdout);
		cli_put(stdout, pos[1]);
		fputc('\n', stdout);
		return 0;
	}
	return cli_usage(&cmd_theme);
}

const struct cli_cmd cmd_theme = {
	"theme", "ls | check FILE", "list themes, or check a theme file",
	theme_run,
	.example =
	    "presstime theme ls\n"
	    "presstime theme check ~/.config/presstime/themes/dusk.yaml",
	.words = "{ls,check} file",
};

static int
config_run(int argc, char **argv)
{
	struct pt_diag dg = PT_DIAG_INIT;
	struct config cfg;
	char *pos[2];
	int npos, rc;

	if ((rc = cli_parse(&cmd_config, argc, argv, NULL, pos, 2, &npos)) != 0)
		return rc;
	if (npos < 1 || strcmp(pos[0], "check") != 0)
		return cli_usage(&cmd_config);
	config_load(npos == 2 ? pos[1] : NULL, &cfg, &dg);
	if (cfg.theme != NULL && strcmp(cfg.theme, "default") != 0) {
		struct theme *t = NULL;

		theme_load_name(cfg.theme, NULL, &t, &dg);
		theme_free(t);
	}
	if (print_diags(&dg) > 0) {
		pt_diag_done(&dg);
		config_done(&cfg);
		return 1;
	}
	if (!cfg.loaded && npos == 2) {
		/* A file asked for by name that is not there is a problem,
		 * not "using defaults" (a typo in a deploy script). */
		config_done(&cfg);
		return cli_failf(1, "%s: no such file", pos[1]);
	}
	if (!cfg.loaded)
		printf("no config file at %s: using defaults\n",
		    cfg.path != NULL ? cfg.path : "(none)");
	else
		printf("config ok: %s\n", cfg.path);
	config_done(&cfg);
	return 0;
}

const struct cli_cmd cmd_config = {
	"config", "check [FILE]", "check the config file (and its theme)",
	config_run,
	.example = "presstime config check",
	.words = "{check} file",
};
