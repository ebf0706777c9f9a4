/* The command-line face: a dispatch table of verbs, one file per verb. */
#ifndef PRESSTIME_CLI_H
#define PRESSTIME_CLI_H

#include <stdio.h>

#include "presstime/err.h"

struct desk;

/* One verb. run gets argv with argv[0] the verb name, and returns an exit
 * status (0 done, 1 error, 2 usage, 3 conflict). */
struct cli_cmd {
	const char *name;
	const char *args;  /* usage after the name, e.g. "SLUG STATE [--note TEXT]" */
	const char *help;  /* one line */
	int (*run)(int argc, char **argv);
};

int cli_main(int argc, char **argv);
#endif
