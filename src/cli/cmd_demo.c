/* presstime demo: a throwaway newsroom full of stories, to try the desk
 * without touching a real database. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/tui.h"
#include "cmds.h"

/* Removes the database, its WAL companions and (when dir is not NULL) the
 * directory made for it. Best effort: a leftover temp file is no error. */
static void
cleanup(const char *path, const char *dir)
{
	static const char *const tails[] = { "", "-wal", "-shm", "-journal" };
	char buf[4200];

	for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		snprintf(buf, sizeof buf, "%s%s", path, tails[i]);
		(void)unlink(buf);
	}
	if (dir != NULL)
		(void)rmdir(dir);
}

/* The queue of the demo, as `presstime --db PATH ls --all` would show it;
 * returns its exit status. */
static int
print_demo(const char *path)
{
	/* argv is writable, as main's is. */
	char prog[] = "presstime", db[] = "--db", ls[] = "ls", all[] = "--all";
	char *copy = pt_xstrdup(path);
	char *argv[] = { prog, db, copy, ls, all, NULL };
	int rc;

	printf("demo newsroom: %s\n\n", path);
	fflush(stdout);
	rc = cli_main(5, argv);
	free(copy);
	fflush(stdout);
	printf("\nkept; to use it: presstime --db %s\n", path);
	return rc;
}

static int
run(int argc, char **argv)
{
	const char *keep = NULL, *print = NULL;
	const struct cli_opt opts[] = {
		{ "keep", 1, &keep }, { "print", 0, &print },
		{ NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct desk *d;
	struct stat st;
	char dir[4096], path[4200], *pos[1];
	const char *tmp, *madedir = NULL;
	int npos, rc, show;

	if ((rc = cli_parse(&cmd_demo, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 0)
		return cli_usage(&cmd_demo);
	if (keep != NULL) {
		/* The demo writes a whole newsroom: never into a file that
		 * might be someone's real one. */
		if (keep[0] == '\0')
			return cli_failf(2, "--keep: the path is empty");
		if (lstat(keep, &st) == 0 || errno != ENOENT)
			return cli_failf(1, "--keep: %s already exists; the demo "
			    "only writes a new file", keep);
		snprintf(path, sizeof path, "%s", keep);
	} else {
		tmp = getenv("TMPDIR");
		if (tmp == NULL || tmp[0] == '\0')
			tmp = "/tmp";
		snprintf(dir, sizeof dir, "%s/presstime-demo.XXXXXX", tmp);
		if (mkdtemp(dir) == NULL)
			return cli_failf(1, "cannot make a directory in %s: %s",
			    tmp, strerror(errno));
		madedir = dir;
		snprintf(path, sizeof path, "%s/newsroom.db", dir);
	}

	if (desk_open(path, DB_CREATE, &d, &err) < 0) {
		cleanup(path, madedir);
		return cli_fail(&err);
	}
	if (desk_demo_fill(d, &err) < 0) {
		cli_desk_close(d);
		cleanup(path, madedir);
		return cli_fail(&err);
	}
	/* No terminal to draw on (a pipe, a test): show the queue instead
	 * and keep the database, since its path is the only way back in. */
	show = print != NULL || !cli_stdout_tty();
	if (show) {
		cli_desk_close(d);
		return print_demo(path);
	}
	rc = tui_run(d, &(struct tui_opts){ .title = "demo newsroom" });
	cli_desk_close(d);
	if (keep == NULL)
		cleanup(path, madedir);
	return rc;
}

static const struct cli_optdoc cmd_demo_opts[] = {
	{ "keep", "PATH", "keep the demo database at PATH", "file" },
	{ "print", NULL,
	    "print the demo queue instead of opening the TUI",
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_demo = {
	"demo", "[--keep PATH] [--print]",
	"open a throwaway demo newsroom (--keep saves it)", run,
	.opts = cmd_demo_opts,
	.example =
	    "presstime demo\n"
	    "presstime demo --keep /tmp/demo.db",
	.words = "",
};
