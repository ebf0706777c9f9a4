/* The CLI's front door: global options, the verb table, help. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "presstime/afile.h"
#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/sanitize.h"
#include "cmds.h"

static const struct cli_cmd *const commands[] = {
	&cmd_open, &cmd_demo, &cmd_init, &cmd_new, &cmd_log, &cmd_status,
	&cmd_set, &cmd_credit, &cmd_rfc, &cmd_ls, &cmd_show, &cmd_endnotes,
	&cmd_history, &cmd_undo, &cmd_search, &cmd_budget, &cmd_export, &cmd_import,
	&cmd_drafts, &cmd_check, &cmd_backup, &cmd_theme, &cmd_config, &cmd_tz,
	&cmd_watch, NULL
};

const struct cli_cmd *const *
cli_commands(void)
{
	return commands;
}

const struct cli_cmd *
cli_command(const char *name)
{
	for (int k = 0; commands[k] != NULL; k++)
		if (strcmp(commands[k]->name, name) == 0)
			return commands[k];
	return NULL;
}

/* 1 when a verb's words ask for its help: --help or -h before any "--". */
static int
wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}

static void
version(FILE *f)
{
	fprintf(f, "presstime %s\n"
	    "License: MIT (see the LICENSE file); no warranty.\n"
	    "%s\n", PACKAGE_VERSION, PACKAGE_URL);
}

int
cli_usage(const struct cli_cmd *cmd)
{
	fprintf(stderr, "usage: presstime %s %s\n", cmd->name, cmd->args);
	return 2;
}

int
cli_fail(const struct pt_err *err)
{
	cli_note_fail(err->code != 0 ? err->code : PT_EDB);
	fputs("presstime: ", stderr);
	cli_put(stderr, err->msg[0] != '\0' ? err->msg : "failed");
	fputc('\n', stderr);
	return pt_err_exit_status(err->code != 0 ? err->code : PT_EDB);
}

int
cli_failf(int status, const char *fmt, ...)
{
	struct pt_err err;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err.msg, sizeof err.msg, fmt, ap);
	va_end(ap);
	fputs("presstime: ", stderr);
	cli_put(stderr, err.msg);
	fputc('\n', stderr);
	return status;
}

int
cli_finish(int status)
{
	/* Output sits in stdio's buffer until here: a full disk or a closed
	 * descriptor is only known now, and "done" would be a lie. */
	if (pt_close_stream(stdout) < 0) {
		int e = errno;

		/* The reader quit the pager before the end: nothing lost. */
		if (cli_pager_active() && e == EPIPE) {
			cli_pager_wait();
			return status;
		}
		cli_pager_wait();
		fprintf(stderr, "presstime: cannot write standard output: %s\n",
		    e != 0 ? strerror(e) : "write error");
		return status != 0 ? status : 1;
	}
	cli_pager_wait();
	return status;
}

int
cli_main(int argc, char **argv)
{
	static char outbuf[1 << 16];
	const struct cli_cmd *cmd;
	int i = 1;

	/* Into a file or a pipe, output waits in one large buffer until
	 * cli_finish: a write error then surfaces there with its errno
	 * (stdio forgets it once an early flush failed mid-output, as the
	 * help did on a full disk once it passed 4 KiB). */
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	while (i < argc && argv[i][0] == '-') {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			cli_help(stdout);
			return 0;
		}
		if (strcmp(argv[i], "--version") == 0 ||
		    strcmp(argv[i], "-V") == 0) {
			version(stdout);
			return 0;
		}
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			cli_set_db_path(argv[i + 1]);
			i += 2;
			continue;
		}
		if (strncmp(argv[i], "--db=", 5) == 0) {
			cli_set_db_path(argv[i] + 5);
			i++;
			continue;
		}
		fputs("presstime: unknown option \"", stderr);
		cli_put(stderr, argv[i]);
		fputs("\" (try: presstime --help)\n", stderr);
		return 2;
	}
	if (i >= argc) {
		char open[] = "open";

		return cmd_open.run(1, (char *[]){ open, NULL });
	}
	if ((cmd = cli_command(argv[i])) != NULL) {
		if (wants_help(argc - i, argv + i)) {
			cli_help_cmd(stdout, cmd);
			return 0;
		}
		return cmd->run(argc - i, argv + i);
	}
	if (strcmp(argv[i], "help") == 0) {
		if (i + 1 >= argc) {
			cli_help(stdout);
			return 0;
		}
		if ((cmd = cli_command(argv[i + 1])) == NULL) {
			fputs("presstime: no command \"", stderr);
			cli_put(stderr, argv[i + 1]);
			fputs("\" (try: presstime --help)\n", stderr);
			return 2;
		}
		cli_help_cmd(stdout, cmd);
		return 0;
	}
	/* Hidden: the shells' completion scripts ask the program itself, so
	 * completion follows the command table. */
	if (strcmp(argv[i], "__complete") == 0)
		return cli_complete(argc - i, argv + i);
	fputs("presstime: unknown command \"", stderr);
	cli_put(stderr, argv[i]);
	fputs("\" (try: presstime --help)\n", stderr);
	return 2;
}
