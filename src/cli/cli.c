/* Temporary dispatch: replaced by the real table. */
#include "config.h"
#include <stdio.h>
#include <string.h>
#include "presstime/cli.h"
int
cli_main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		puts("presstime " PACKAGE_VERSION);
		return 0;
	}
	puts("usage: presstime [COMMAND] [ARGS]");
	return 0;
}
