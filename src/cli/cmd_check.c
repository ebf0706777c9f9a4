/* presstime check / backup: keeping the newsroom's one file healthy. */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "cmds.h"

static int
check_run(int argc, char **argv)
{
	struct pt_err err = { 0 };
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
		printf("%s: integrity ok, foreign keys ok, full-text index "
		    "ok\n", pt_db_path(d->db));
	desk_close(d);
	return rc < 0 ? cli_fail(&err) : 0;
}

const struct cli_cmd cmd_check = {
	"check", "", "check the database (integrity, foreign keys, full-text "
	"index)",
	check_run,
	.example = "presstime check",
	.words = "",
};

static int
backup_run(int argc, char **argv)
{
	struct pt_err err = { 0 };
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_backup, argc, argv, NULL, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 1)
		return cli_usage(&cmd_backup);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	rc = pt_db_backup(d->db, pos[0], &err);
	desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	printf("backed up to %s\n", pos[0]);
	return 0;
}

const struct cli_cmd cmd_backup = {
	"backup", "DEST", "copy the database safely while others write",
	backup_run,
	.example = "presstime backup /srv/backup/newsroom-$(date +%F).db",
	.words = "file",
};
