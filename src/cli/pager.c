/* Long output to a terminal goes through $PAGER, as git does: show,
 * history, budget and export start it before writing; cli_finish waits
 * for it. Never when stdout is not a terminal. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/str.h"

static pid_t pager_pid;

void
cli_pager_start(void)
{
	const char *pager = getenv("PAGER");
	int fd[2];
	pid_t pid;

	if (pager_pid != 0 || !cli_stdout_tty() || cli_embedded_cols() > 0)
		return;
	if (pager == NULL)
		pager = "less";
	if (pager[0] == '\0' || strcmp(pager, "cat") == 0)
		return;
	fflush(stdout);
	if (pipe(fd) < 0)
		return;
	if ((pid = fork()) < 0) {
		close(fd[0]);
		close(fd[1]);
		return;
	}
	if (pid == 0) {
		char sh[] = "sh", dash_c[] = "-c";
		char *args[] = { sh, dash_c, pt_xstrdup(pager), NULL };

		dup2(fd[0], 0);
		close(fd[0]);
		close(fd[1]);
		/* less: quit if one screen, keep colors, leave the screen. */
		setenv("LESS", getenv("LESS") != NULL ? getenv("LESS") :
		    "FRX", 1);
		execv("/bin/sh", args);
		_exit(127);
	}
	dup2(fd[1], 1);
	close(fd[0]);
	close(fd[1]);
	/* Quitting the pager early is not an error: writes then fail with
	 * EPIPE, which cli_pager_wait forgives. */
	signal(SIGPIPE, SIG_IGN);
	pager_pid = pid;
}

int
cli_pager_active(void)
{
	return pager_pid != 0;
}

void
cli_pager_wait(void)
{
	int st;

	if (pager_pid == 0)
		return;
	close(1);
	while (waitpid(pager_pid, &st, 0) < 0 && errno == EINTR)
		;
	pager_pid = 0;
}
