/* Help from the command table: `presstime --help` lists every verb;
 * `presstime VERB --help` and `presstime help VERB` print one verb's
 * usage, options and example from its cli_cmd entry. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/paths.h"

/* Prints "  name<pad> text" with the text in column `col`, or on the next
 * line when the name is too long to leave it room. */
static void
two_columns(FILE *f, const char *name, const char *text, int col)
{
	int n = (int)strlen(name);

	fprintf(f, "  %s", name);
	if (n > col)
		fprintf(f, "\n  %*s %s\n", col, "", text);
	else
		fprintf(f, "%*s %s\n", col - n, "", text);
}

void
cli_help(FILE *f)
{
	const struct cli_cmd *const *commands = cli_commands();
	char line[512];

	fputs("usage: presstime [--db PATH] [COMMAND [ARGS]]\n\n"
	    "A terminal newsroom desk. With no command, opens the queue.\n\n"
	    "Commands:\n", f);
	for (int i = 0; commands[i] != NULL; i++) {
		/* A long usage keeps every word: its text goes below it. */
		snprintf(line, sizeof line, "%s %s", commands[i]->name,
		    commands[i]->args);
		two_columns(f, line, commands[i]->help, 44);
	}
	fputs("\nOptions:\n"
	    "  --db PATH    use this database (else $PRESSTIME_DB, config, "
	    "~/.local/share/presstime/newsroom.db)\n"
	    "  --help       show this help (COMMAND --help, help COMMAND: "
	    "that command's)\n"
	    "  --version    show the version\n\n"
	    "Exit status: 0 done, 1 error, 2 usage, 3 conflict.\n", f);
	fprintf(f, "\nFiles:\n"
	    "  system config    %s/presstime/config.yaml (then "
	    "$XDG_CONFIG_DIRS, then yours)\n"
	    "  shipped themes   %s/themes\n"
	    "\nSee presstime(1); bugs: %s\n", pt_sysconf_dir(), pt_data_dir(),
	    PACKAGE_BUGREPORT);
}

void
cli_help_cmd(FILE *f, const struct cli_cmd *cmd)
{
	const struct cli_optdoc *o;
	const char *p, *nl;
	char name[128];

	fprintf(f, "usage: presstime %s %s\n\n", cmd->name, cmd->args);
	/* The one-line help, as a sentence. */
	fprintf(f, "%c%s.\n", cmd->help[0] >= 'a' && cmd->help[0] <= 'z' ?
	    cmd->help[0] - 'a' + 'A' : cmd->help[0], cmd->help + 1);
	fputs("\nOptions:\n", f);
	for (o = cmd->opts; o != NULL && o->name != NULL; o++) {
		snprintf(name, sizeof name, "--%s%s%s", o->name,
		    o->arg != NULL ? " " : "", o->arg != NULL ? o->arg : "");
		two_columns(f, name, o->help, 18);
	}
	two_columns(f, "--help", "show this help", 18);
	if (cmd->example != NULL && cmd->example[0] != '\0') {
		fputs("\nExample:\n", f);
		for (p = cmd->example; *p != '\0'; p = nl + (*nl != '\0')) {
			nl = strchr(p, '\n');
			if (nl == NULL)
				nl = p + strlen(p);
			fprintf(f, "  %.*s\n", (int)(nl - p), p);
		}
	}
	fprintf(f, "\nSee presstime(1), COMMANDS.\n");
}
