/* presstime init: create a newsroom database, optionally shared by a
 * Unix group on one host. */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/ptime.h"
#include "presstime/str.h"
#include "cmds.h"

/* The directory must be setgid and group-writable so the -wal and -shm
 * files SQLite creates later belong to the group and every member can
 * open them. */
static int
share(const char *path, const char *group)
{
	char dir[PATH_MAX];
	const char *suffix[] = { "", "-wal", "-shm" };
	struct group *gr;
	gid_t gid;

	if (group == NULL)
		return cli_failf(2, "init --shared needs --group GROUP (the "
		    "newsroom's Unix group)");
	if ((gr = getgrnam(group)) == NULL)
		return cli_failf(1, "no Unix group \"%s\" on this host", group);
	gid = gr->gr_gid;
	pt_path_dir(path, dir, sizeof dir);
	if (chown(dir, (uid_t)-1, gid) < 0 || chmod(dir, 02770) < 0)
		return cli_failf(1, "cannot give %s to group %s (mode 2770): %s",
		    dir, group, strerror(errno));
	for (size_t i = 0; i < 3; i++) {
		char f[PATH_MAX + 8];

		snprintf(f, sizeof f, "%s%s", path, suffix[i]);
		if (access(f, F_OK) < 0)
			continue;
		if (chown(f, (uid_t)-1, gid) < 0 || chmod(f, 0660) < 0)
			return cli_failf(1, "cannot give %s to group %s (mode "
			    "0660): %s", f, group, strerror(errno));
	}
	printf("shared with group %s: %s is 2770, the database 0660\n", group,
	    dir);
	return 0;
}

static int
run(int argc, char **argv)
{
	const char *shared = NULL, *group = NULL, *tz = NULL;
	const struct cli_opt opts[] = {
		{ "shared", 0, &shared }, { "group", 1, &group },
		{ "tz", 1, &tz }, { NULL, 0, NULL }
	};
	char host[PTIME_ZONE_MAX];
	struct pt_err err = { 0 };
	struct desk *d;
	char def[4096], zone[PTIME_ZONE_MAX], *pos[1];
	const char *path;
	int npos, rc, set = 1;

	if ((rc = cli_parse(&cmd_init, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (group != NULL && shared == NULL)
		return cli_failf(2, "--group only makes sense with --shared");
	if (npos == 1)
		cli_set_db_path(pos[0]);
	if (shared != NULL)
		umask(007);
	/* Checked before anything is created: a typo leaves no file. */
	if (tz != NULL && ptime_zone_valid(tz, &err) < 0)
		return cli_fail(&err);
	if (cli_desk_open_flags(DB_CREATE, &d, &err) < 0)
		return cli_fail(&err);
	/* The newsroom clock: --tz, else the zone already kept (init run
	 * again on a live newsroom changes nothing), else the host's. */
	if (tz == NULL && desk_zone_is_set(d, &set, &err) == 0 && !set) {
		ptime_host_zone(host, sizeof host);
		tz = host;
	}
	if (tz != NULL && desk_zone_set(d, tz, &err) < 0) {
		desk_close(d);
		return cli_fail(&err);
	}
	snprintf(zone, sizeof zone, "%s", d->zone);
	snprintf(def, sizeof def, "%s", pt_db_path(d->db));
	path = def;
	desk_close(d);
	printf("newsroom database ready: %s (schema %d)\n", path,
	    pt_db_schema_version());
	printf("newsroom time zone: %s\n", zone);
	if (shared != NULL)
		return share(path, group);
	return 0;
}

const struct cli_cmd cmd_init = {
	"init", "[--tz ZONE] [--shared --group G] [PATH]",
	"create a newsroom database (shared: group-writable for a desk)", run
};
