/* Running a verb inside the TUI: its `:` line takes every verb that
 * changes a story, with the shell's syntax, by running the verb itself
 * (the same option table, parser, checks and messages, so the two faces
 * cannot drift). The verb writes through the TUI's open desk, lent for
 * the call; what it prints to standard output and error is caught in
 * files and handed back for the message bar; standard input is
 * /dev/null, so nothing waits on the terminal curses owns. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/desk.h"

static struct desk *lent;
static int lent_cols;
static int lent_code;  /* the last cli_fail's code in a lent run */

void
cli_note_fail(int code)
{
	if (lent != NULL)
		lent_code = code;
}

int
cli_lent_code(void)
{
	return lent_code;
}

int
cli_desk_lent(struct desk **out)
{
	if (lent == NULL)
		return 0;
	*out = lent;
	return 1;
}

void
cli_desk_close(struct desk *d)
{
	if (d != lent)
		desk_close(d);
}

int
cli_embedded_cols(void)
{
	return lent != NULL ? lent_cols : 0;
}

/* The rest of f into s (f is rewound first). */
static void
slurp(FILE *f, struct pt_str *s)
{
	if (f == NULL)
		return;
	fflush(f);
	rewind(f);
	(void)pt_str_add_file(s, f, 1u << 20);
	fclose(f);
}

static int
dispatch(const struct cli_cmd *cmd, int argc, char **argv)
{
	if (strcmp(argv[0], "__complete") == 0)
		return cli_complete(argc, argv);
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			cli_help_cmd(stdout, cmd);
			return 0;
		}
	return cmd->run(argc, argv);
}

int
cli_run_lent(struct desk *d, int cols, int argc, char **argv,
    struct pt_str *out, struct pt_str *errs)
{
	const struct cli_cmd *cmd = cli_command(argv[0]);
	FILE *fo = tmpfile(), *fe = tmpfile();
	int save[3] = { -1, -1, -1 }, null = open("/dev/null", O_RDONLY);
	int rc;

	if ((cmd == NULL && strcmp(argv[0], "__complete") != 0) ||
	    fo == NULL || fe == NULL || null < 0) {
		pt_str_addf(errs, "presstime: cannot run %s here: %s\n",
		    argv[0], cmd == NULL ? "no such command" :
		    strerror(errno));
		if (fo != NULL)
			fclose(fo);
		if (fe != NULL)
			fclose(fe);
		if (null >= 0)
			close(null);
		return 1;
	}
	fflush(stdout);
	fflush(stderr);
	save[0] = dup(STDIN_FILENO);
	save[1] = dup(STDOUT_FILENO);
	save[2] = dup(STDERR_FILENO);
	dup2(null, STDIN_FILENO);
	dup2(fileno(fo), STDOUT_FILENO);
	dup2(fileno(fe), STDERR_FILENO);
	close(null);
	lent = d;
	lent_cols = cols > 0 ? cols : 80;
	lent_code = 0;
	rc = dispatch(cmd, argc, argv);
	lent = NULL;
	fflush(stdout);
	fflush(stderr);
	clearerr(stdout);
	clearerr(stdin);
	for (int i = 0; i < 3; i++)
		if (save[i] >= 0) {
			dup2(save[i], i);
			close(save[i]);
		}
	slurp(fo, out);
	slurp(fe, errs);
	return rc;
}
