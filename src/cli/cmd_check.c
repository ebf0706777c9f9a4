/* presstime check / backup: keeping the newsroom's one file healthy. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/ptime.h"
#include "presstime/str.h"
#include "cmds.h"

static int
check_run(int argc, char **argv)
{
	struct pt_err err = { 0 };
	struct pt_db_chain chain;
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_check, argc, argv, NULL, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 0)
		return cli_usage(&cmd_check);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	rc = pt_db_check(d->db, &err);
	if (rc == 0)
		rc = pt_db_check_chain(d->db, &chain, &err);
	if (rc == 0) {
		printf("%s: integrity ok, foreign keys ok, full-text index "
		    "ok, record chain ok\n", pt_db_path(d->db));
		/* The heads are what to keep elsewhere (a printout, an
		 * email): a later check that ends on them proves nothing
		 * before them was rewritten. */
		printf("chain: %lld timeline entries, head %s\n", chain.entries,
		    chain.entry_head);
		printf("chain: %lld history rows, head %s\n", chain.changes,
		    chain.change_head);
		printf("chain: %lld end-notes snapshots, head %s\n",
		    chain.snapshots, chain.snapshot_head);
	}
	cli_desk_close(d);
	return rc < 0 ? cli_fail(&err) : 0;
}

const struct cli_cmd cmd_check = {
	"check", "", "check the database (integrity, foreign keys, full-text "
	"index, the record's hash chain)",
	check_run,
	.example = "presstime check",
	.words = "",
};

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Keeps the keep newest presstime-*.db files in dir (their names sort
 * by time), removing the rest; returns how many went, or -1 after
 * saying why. Other files in dir are never touched. */
static int
rotate(const char *dir, long keep)
{
	struct pt_str path = PT_STR_INIT;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int removed = 0;
	DIR *dp;

	if ((dp = opendir(dir)) == NULL) {
		cli_failf(1, "cannot read %s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		size_t len = strlen(de->d_name);

		if (strncmp(de->d_name, "presstime-", 10) != 0 || len < 14 ||
		    strcmp(de->d_name + len - 3, ".db") != 0)
			continue;
		names = pt_grow(names, &cap, n, sizeof *names);
		names[n++] = pt_xstrdup(de->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof *names, name_cmp);
	for (size_t i = 0; i + (size_t)keep < n; i++) {
		pt_str_clear(&path);
		pt_str_addf(&path, "%s/%s", dir, names[i]);
		if (unlink(pt_str_cstr(&path)) == 0)
			removed++;
		else
			cli_failf(1, "cannot remove old backup %s: %s",
			    pt_str_cstr(&path), strerror(errno));
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	pt_str_done(&path);
	return removed;
}

static int
backup_run(int argc, char **argv)
{
	const char *keep_s = NULL;
	const struct cli_opt opts[] = {
		{ "keep", 1, &keep_s }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct pt_str dest = PT_STR_INIT;
	struct desk *d;
	struct stat st;
	char *pos[1], stamp[32];
	struct tm tm;
	time_t now;
	long keep = 0;
	int npos, rc, removed = 0;

	if ((rc = cli_parse(&cmd_backup, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 1)
		return cli_usage(&cmd_backup);
	if (keep_s != NULL) {
		char *end;

		keep = strtol(keep_s, &end, 10);
		if (*end != '\0' || keep <= 0 || keep > 100000)
			return cli_failf(2, "--keep: \"%s\" is not a number of "
			    "backups (1 or more)", keep_s);
		/* A directory of dated copies: presstime-<UTC time>.db. */
		if (stat(pos[0], &st) < 0 || !S_ISDIR(st.st_mode))
			return cli_failf(2, "--keep needs a directory, and %s "
			    "is not one", pos[0]);
		now = ptime_now();
		gmtime_r(&now, &tm);
		strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
		pt_str_addf(&dest, "%s/presstime-%s.db", pos[0], stamp);
	} else
		pt_str_add(&dest, pos[0]);
	if (cli_desk_open(&d, &err) < 0) {
		pt_str_done(&dest);
		return cli_fail(&err);
	}
	rc = pt_db_backup(d->db, pt_str_cstr(&dest), &err);
	cli_desk_close(d);
	if (rc < 0) {
		pt_str_done(&dest);
		return cli_fail(&err);
	}
	if (keep > 0 && (removed = rotate(pos[0], keep)) < 0) {
		pt_str_done(&dest);
		return 1;
	}
	printf("backed up to %s", pt_str_cstr(&dest));
	if (removed > 0)
		printf("; removed %d older backup%s (keeping %ld)", removed,
		    removed == 1 ? "" : "s", keep);
	putchar('\n');
	pt_str_done(&dest);
	return 0;
}

static const struct cli_optdoc cmd_backup_opts[] = {
	{ "keep", "N", "DEST is a directory: write presstime-TIME.db there "
	    "and keep the N newest", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_backup = {
	"backup", "[--keep N] DEST", "copy the database safely while others "
	"write (--keep: dated copies in a directory, the N newest kept)",
	backup_run,
	.opts = cmd_backup_opts,
	.example = "presstime backup /srv/backup/newsroom-$(date +%F).db\n"
	    "presstime backup --keep 14 /var/backups/presstime",
	.words = "file",
};
