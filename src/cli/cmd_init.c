/* presstime init: create a newsroom database, personal (0600) or shared
 * by a Unix group on one host (a setgid 2770 directory, files 0660).
 * Everything that can refuse is checked before anything is created, and
 * "ready" is printed only once the database is. */
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

/* A directory a newsroom group can share: setgid (new files take its
 * group) and group read-write-search. */
#define SHARED_DIR_BITS 02070

static int
in_group(gid_t gid)
{
	gid_t groups[NGROUPS_MAX];
	int n;

	if (geteuid() == 0 || getegid() == gid)
		return 1;
	n = getgroups(NGROUPS_MAX, groups);
	for (int i = 0; i < n; i++)
		if (groups[i] == gid)
			return 1;
	return 0;
}

/* The newsroom's group: the one named, or else the group of a setgid
 * directory someone already gave the newsroom. */
static int
shared_group(const char *dir, const char *group, gid_t *gid, char *name,
    size_t n)
{
	struct group *gr;
	struct stat ds;

	if (group != NULL) {
		if ((gr = getgrnam(group)) == NULL)
			return cli_failf(1, "no Unix group \"%s\" on this host",
			    group);
	} else {
		if (stat(dir, &ds) < 0 || !(ds.st_mode & S_ISGID))
			return cli_failf(2, "init --shared needs --group GROUP "
			    "(the newsroom's Unix group), or a directory already "
			    "given to it (an admin makes one with: install -d "
			    "-m 2770 -g GROUP %s); nothing was created", dir);
		if ((gr = getgrgid(ds.st_gid)) == NULL)
			return cli_failf(1, "%s belongs to group id %ld, which "
			    "has no name on this host; name it with --group",
			    dir, (long)ds.st_gid);
	}
	*gid = gr->gr_gid;
	snprintf(name, n, "%s", gr->gr_name);
	if (!in_group(*gid))
		return cli_failf(1, "you are not in group %s, so you could not "
		    "use a newsroom shared with it; ask an admin to add you "
		    "(then log in again)", name);
	return 0;
}

/* Makes dir's missing parents group-traversable (0750, the group's). */
static int
make_parents(const char *dir, gid_t gid)
{
	char buf[PATH_MAX], *p;

	if (snprintf(buf, sizeof buf, "%s", dir) >= (int)sizeof buf)
		return cli_failf(1, "path too long: %s", dir);
	for (p = buf + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		if (mkdir(buf, 0750) == 0) {
			if (chown(buf, (uid_t)-1, gid) < 0)
				return cli_failf(1, "cannot give %s to its group: "
				    "%s", buf, strerror(errno));
		} else if (errno != EEXIST)
			return cli_failf(1, "cannot create %s: %s", buf,
			    strerror(errno));
		*p = '/';
	}
	return 0;
}

/* Readies the database's directory: creates it setgid 2770 for the group,
 * takes one of our own over, or accepts one an admin made; never tries
 * to chmod a directory someone else owns. */
static int
shared_dir(const char *dir, gid_t gid, const char *gname)
{
	struct stat ds;

	if (stat(dir, &ds) < 0) {
		if (errno != ENOENT)
			return cli_failf(1, "cannot use %s: %s", dir,
			    strerror(errno));
		if (make_parents(dir, gid) != 0)
			return 1;
		if (mkdir(dir, 0770) < 0)
			return cli_failf(1, "cannot create %s: %s", dir,
			    strerror(errno));
		if (stat(dir, &ds) < 0)
			return cli_failf(1, "cannot use %s: %s", dir,
			    strerror(errno));
	}
	if (!S_ISDIR(ds.st_mode))
		return cli_failf(1, "%s is not a directory", dir);
	if (ds.st_gid == gid && (ds.st_mode & SHARED_DIR_BITS) ==
	    SHARED_DIR_BITS)
		return 0;
	if (ds.st_uid != geteuid() && geteuid() != 0)
		return cli_failf(1, "%s is not shared with group %s (mode %04o) "
		    "and is not yours to change; ask its owner to run: chgrp %s "
		    "'%s' && chmod 2770 '%s'", dir, gname,
		    (unsigned)(ds.st_mode & 07777), gname, dir, dir);
	if (chown(dir, (uid_t)-1, gid) < 0 || chmod(dir, 02770) < 0)
		return cli_failf(1, "cannot give %s to group %s (mode 2770): %s",
		    dir, gname, strerror(errno));
	return 0;
}

/* The database and its -wal and -shm: the group's, 0660. Files someone
 * else owns are left as they are if they already are so. */
static int
share_files(const char *path, gid_t gid, const char *gname)
{
	const char *suffix[] = { "", "-wal", "-shm" };

	for (size_t i = 0; i < 3; i++) {
		char f[PATH_MAX + 8];
		struct stat fs;

		snprintf(f, sizeof f, "%s%s", path, suffix[i]);
		if (stat(f, &fs) < 0)
			continue;
		if (fs.st_gid == gid && (fs.st_mode & 0660) == 0660 &&
		    !(fs.st_mode & 0007))
			continue;
		if (chown(f, (uid_t)-1, gid) < 0 || chmod(f, 0660) < 0)
			return cli_failf(1, "cannot give %s to group %s (mode "
			    "0660): %s", f, gname, strerror(errno));
	}
	return 0;
}

static int
run(int argc, char **argv)
{
	const char *shared = NULL, *group = NULL, *tz = NULL, *admin = NULL;
	const struct cli_opt opts[] = {
		{ "shared", 0, &shared }, { "group", 1, &group },
		{ "tz", 1, &tz }, { "admin-group", 1, &admin },
		{ NULL, 0, NULL }
	};
	char host[PTIME_ZONE_MAX];
	struct pt_err err = { 0 };
	struct desk *d;
	char path[PATH_MAX], dir[PATH_MAX], gname[256], *pos[1];
	char zone[PTIME_ZONE_MAX];
	gid_t gid = 0;
	int npos, rc, set = 1;

	if ((rc = cli_parse(&cmd_init, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (group != NULL && shared == NULL)
		return cli_failf(2, "--group only makes sense with --shared");
	if (npos == 1)
		cli_set_db_path(pos[0]);
	/* Checked before anything is created: a typo leaves no file. */
	if (tz != NULL && ptime_zone_valid(tz, &err) < 0)
		return cli_fail(&err);
	cli_resolve_db_path(path, sizeof path);
	pt_path_dir(path, dir, sizeof dir);
	if (shared != NULL) {
		if ((rc = shared_group(dir, group, &gid, gname,
		    sizeof gname)) != 0 ||
		    (rc = shared_dir(dir, gid, gname)) != 0)
			return rc;
		umask(007);
	}
	if (cli_desk_open_flags(DB_CREATE | (shared != NULL ? DB_SHARED : 0),
	    &d, &err) < 0)
		return cli_fail(&err);
	/* The newsroom clock: --tz, else the zone already kept (init run
	 * again on a live newsroom changes nothing), else the host's. */
	if (tz == NULL && desk_zone_is_set(d, &set, &err) == 0 && !set) {
		ptime_host_zone(host, sizeof host);
		tz = host;
	}
	if ((tz != NULL && desk_zone_set(d, tz, &err) < 0) ||
	    (admin != NULL && desk_admin_group_set(d, admin, &err) < 0)) {
		cli_desk_close(d);
		return cli_fail(&err);
	}
	snprintf(zone, sizeof zone, "%s", d->zone);
	cli_desk_close(d);
	if (shared != NULL && (rc = share_files(path, gid, gname)) != 0)
		return rc;
	printf("newsroom database ready: %s (schema %d)\n", path,
	    pt_db_schema_version());
	printf("newsroom time zone: %s\n", zone);
	if (shared != NULL)
		printf("shared with group %s: %s is 2770, the database 0660\n",
		    gname, dir);
	return 0;
}

static const struct cli_optdoc cmd_init_opts[] = {
	{ "shared", NULL,
	    "a desk's shared file: setgid group directory, files 0660",
	    NULL },
	{ "group", "G", "the newsroom's Unix group (with --shared)", NULL },
	{ "tz", "ZONE", "the newsroom's time zone (e.g. America/Chicago)",
	    NULL },
	{ "admin-group", "G", "a group whose members may import rows under "
	    "other authors' names (besides the database's owner)", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_init = {
	"init", "[--tz ZONE] [--shared [--group G]] [--admin-group G] [PATH]",
	"create a newsroom database (personal: 0600; shared: a setgid "
	"directory of the group, files 0660)", run,
	.opts = cmd_init_opts,
	.example = "presstime init --shared --group news /srv/newsroom/newsroom.db",
	.words = "file",
};
