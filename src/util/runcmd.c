/* runcmd: a user's command run beside the program, never waited for.
 * fork gives a supervisor that forks the command, writes its stdin and
 * waits for it with a time limit; the caller only reaps the supervisor
 * (waitpid WNOHANG) when it next looks. The supervisor leaves with
 * _exit: it shares the caller's memory image (curses, the database),
 * whose exit handlers must not run twice. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "presstime/runcmd.h"
#include "presstime/str.h"

static void
nap_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* The command's side of the fork: stdin from the pipe, the rest to
 * /dev/null, then exec. Never returns. */
static void
exec_command(char **words, int in)
{
	int null = open("/dev/null", O_RDWR);

	/* A group of its own: a timeout ends what a shell started too. */
	(void)setpgid(0, 0);
	if (dup2(in, STDIN_FILENO) < 0 || null < 0 ||
	    dup2(null, STDOUT_FILENO) < 0 || dup2(null, STDERR_FILENO) < 0)
		_exit(127);
	if (in > STDERR_FILENO)
		close(in);
	if (null > STDERR_FILENO)
		close(null);
	execvp(words[0], words);
	_exit(127);
}

/* Waits for the command up to timeout_s (in 20 ms naps: the
 * supervisor has nothing else to do and lives seconds at most). */
static int
wait_command(pid_t cmd, int timeout_s)
{
	long waited = 0;
	int st;

	for (;;) {
		pid_t r = waitpid(cmd, &st, WNOHANG);

		if (r == cmd)
			return WIFEXITED(st) ? WEXITSTATUS(st) : 128 +
			    (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
		if (r < 0 && errno != EINTR)
			return 127;
		if (waited >= (long)timeout_s * 1000) {
			kill(-cmd, SIGTERM);
			nap_ms(500);
			kill(-cmd, SIGKILL);
			waitpid(cmd, &st, 0);
			return 124;
		}
		nap_ms(20);
		waited += 20;
	}
}

static void
supervise(char **words, const char *input, size_t len, int timeout_s)
{
	struct sigaction sa;
	int fds[2];
	pid_t cmd;
	size_t off = 0;

	/* The caller's handlers only set its flags: here they would hide
	 * a kill, so every signal does what it says again. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGCHLD, &sa, NULL);
	sa.sa_handler = SIG_IGN;  /* a command that reads no stdin */
	sigaction(SIGPIPE, &sa, NULL);
	(void)setsid();
	if (pipe(fds) < 0)
		_exit(127);
	if ((cmd = fork()) < 0)
		_exit(127);
	if (cmd == 0) {
		close(fds[1]);
		exec_command(words, fds[0]);
	}
	(void)setpgid(cmd, cmd);  /* whichever of the two runs first */
	close(fds[0]);
	while (off < len) {
		ssize_t w = write(fds[1], input + off, len - off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	close(fds[1]);
	_exit(wait_command(cmd, timeout_s));
}

int
runcmd_start(char *const *argv, const char *const *extra, const char *input,
    size_t len, int timeout_s, pid_t *pid, struct pt_err *err)
{
	char **words;
	size_t n = 0, k = 0;
	pid_t p;

	while (argv[n] != NULL)
		n++;
	while (extra != NULL && extra[k] != NULL)
		k++;
	if (n == 0)
		return pt_errf(err, PT_EINVAL, "no command to run");
	/* Built before the fork (the child only execs), as copies: exec
	 * takes words it may not be given const. */
	words = pt_xcalloc(n + k + 1, sizeof *words);
	for (size_t i = 0; i < n; i++)
		words[i] = pt_xstrdup(argv[i]);
	for (size_t i = 0; i < k; i++)
		words[n + i] = pt_xstrdup(extra[i]);
	p = fork();
	if (p == 0)
		supervise(words, input, len, timeout_s);
	for (size_t i = 0; i < n + k; i++)
		free(words[i]);
	free(words);
	if (p < 0)
		return pt_errf(err, PT_EIO, "cannot start %s: %s", argv[0],
		    strerror(errno));
	*pid = p;
	return 0;
}

int
runcmd_reap(pid_t pid, int *status)
{
	int st;
	pid_t r = waitpid(pid, &st, WNOHANG);

	if (r == 0)
		return 0;
	if (r < 0)
		return -1;
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : 128;
	return 1;
}
