/* presstime: decides the face. No subcommand (or `open SLUG`, `demo`)
 * starts the TUI; anything else runs a CLI command. */
#include "config.h"

#include "presstime/cli.h"

int
main(int argc, char **argv)
{
	return cli_finish(cli_main(argc, argv));
}
