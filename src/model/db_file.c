/* The database's file on disk, before and around SQLite: where it is by
 * default, whether it may be opened at all (a network filesystem, an
 * empty file, a directory this user cannot enter), creating it with the
 * right mode, and the modes a shared newsroom needs. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "presstime/db.h"
#include "presstime/str.h"
#include "internal.h"

void
pt_db_default_path(char *buf, size_t n)
{
	const char *env = getenv("PRESSTIME_DB");
	const char *data = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (env != NULL && *env != '\0')
		snprintf(buf, n, "%s", env);
	else if (data != NULL && *data == '/')
		snprintf(buf, n, "%s/presstime/newsroom.db", data);
	else
		snprintf(buf, n, "%s/.local/share/presstime/newsroom.db",
		    home != NULL ? home : ".");
}

/* WAL needs shared memory between every process using the file, which
 * only works on one host: a network filesystem silently corrupts it. */
static int
refuse_network_fs(const char *path, struct pt_err *err)
{
	static const struct {
		long magic;
		const char *name;
	} net[] = {
		{ 0x6969, "NFS" }, { 0x517B, "SMB" }, { (long)0xFF534D42, "CIFS" },
		{ (long)0xFE534D42, "SMB2" }, { 0x65735546, "FUSE" },
		{ 0x564c, "NCP" }, { 0x73757245, "Coda" }, { 0x5346414F, "AFS" },
		{ 0x013111A8, "IBRIX" }, { 0x0BD00BD0, "Lustre" },
		{ 0x47504653, "GPFS" }, { 0x01161970, "GFS2" },
	};
	char dir[4096];
	struct statfs sf;

	pt_path_dir(path, dir, sizeof dir);
	if (statfs(dir, &sf) < 0)
		return 0;
	for (size_t i = 0; i < sizeof net / sizeof net[0]; i++)
		if ((long)(unsigned int)sf.f_type == (long)(unsigned int)net[i].magic)
			return pt_errf(err, PT_EINVAL, "refusing %s: it is on a "
			    "network filesystem (%s). SQLite's WAL mode needs every "
			    "reader and writer on one host with shared memory; "
			    "keep the newsroom database on the newsroom host's "
			    "local disk", path, net[i].name);
	return 0;
}

/* A shared newsroom database (setgid, group-writable directory) whose
 * files lock the group out: say exactly what to run. */
void
db_file_check_modes(struct pt_db *db)
{
	char dir[4096];
	const char *suffix[] = { "", "-wal", "-shm" };
	struct stat ds, fs;

	pt_path_dir(db->path, dir, sizeof dir);
	if (stat(dir, &ds) < 0 || !(ds.st_mode & S_ISGID))
		return;
	for (size_t i = 0; i < 3; i++) {
		char f[4200];

		snprintf(f, sizeof f, "%s%s", db->path, suffix[i]);
		if (stat(f, &fs) < 0)
			continue;
		if ((fs.st_mode & 0060) != 0060 || fs.st_gid != ds.st_gid) {
			snprintf(db->warning, sizeof db->warning, "%.120s locks "
			    "the newsroom group out (mode %04o); run: chgrp %ld "
			    "'%.120s'* && chmod g+rw '%.120s'*", f,
			    (unsigned)(fs.st_mode & 07777), (long)ds.st_gid,
			    db->path, db->path);
			return;
		}
	}
}

const char *
pt_db_warning(const struct pt_db *db)
{
	return db->warning[0] != '\0' ? db->warning : NULL;
}

/* Creates the parent directories of path, like mkdir -p, with mode
 * (0700 for a personal database; group-traversable for a shared one). */
static int
make_parents(const char *path, mode_t mode, struct pt_err *err)
{
	char dir[4096];
	char *p;

	if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir)
		return pt_errf(err, PT_EINVAL, "path too long: %s", path);
	p = strrchr(dir, '/');
	if (p == NULL || p == dir)
		return 0;
	*p = '\0';
	for (p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, mode) < 0 && errno != EEXIST)
			return pt_errf(err, PT_EIO, "cannot create %s: %s", dir,
			    strerror(errno));
		*p = '/';
	}
	if (mkdir(dir, mode) < 0 && errno != EEXIST)
		return pt_errf(err, PT_EIO, "cannot create %s: %s", dir,
		    strerror(errno));
	return 0;
}

/* Creates the empty database file with its final mode before SQLite
 * opens it (SQLite gives the -wal and -shm files the database's mode):
 * 0600 for a personal newsroom, 0660 for a shared one or one made in a
 * setgid directory (a directory given to a newsroom group). */
static int
create_file(const char *path, int flags, int *created, struct pt_err *err)
{
	char dir[4096];
	struct stat ds;
	mode_t mode = 0600;
	int fd;

	pt_path_dir(path, dir, sizeof dir);
	if ((flags & DB_SHARED) || (stat(dir, &ds) == 0 &&
	    (ds.st_mode & S_ISGID)))
		mode = 0660;
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (fd < 0 && errno != EEXIST)
		return pt_errf(err, PT_EIO, "cannot create %s: %s", path,
		    strerror(errno));
	if (fd >= 0)
		close(fd);
	*created = fd >= 0;
	return 0;
}

/* A -wal beside an empty file holds the database until the first
 * checkpoint: the pair is a real database. */
static int
has_wal(const char *path)
{
	char wal[4200];
	struct stat sb;

	snprintf(wal, sizeof wal, "%s-wal", path);
	return stat(wal, &sb) == 0 && sb.st_size > 0;
}

/* stat failed for a reason other than absence: usually a directory on
 * the way that this user may not enter, which is not "no database". */
static int
unreachable(const char *path, struct pt_err *err)
{
	char dir[4096];
	int e = errno;

	pt_path_dir(path, dir, sizeof dir);
	if (e == EACCES)
		return pt_errf(err, PT_EIO, "cannot reach %s: permission denied "
		    "on a directory on the way (%s or above); ask its owner "
		    "for search (x) permission, or for a newsroom group "
		    "(presstime init --shared)", path, dir);
	return pt_errf(err, PT_EIO, "cannot reach %s: %s", path, strerror(e));
}

int
db_file_prepare(const char *path, int flags, int *created,
    struct pt_err *err)
{
	struct stat sb;

	*created = 0;
	if (stat(path, &sb) < 0) {
		if (errno != ENOENT)
			return unreachable(path, err);
		if (!(flags & DB_CREATE))
			return pt_errf(err, PT_ENOENT, "no database at %s "
			    "(create one with: presstime init %s)", path, path);
		if (make_parents(path, (flags & DB_SHARED) ? 0750 : 0700,
		    err) < 0)
			return PT_EIO;
		/* Before the file exists: a refused newsroom leaves nothing. */
		if (refuse_network_fs(path, err) < 0)
			return PT_EINVAL;
		return create_file(path, flags, created, err) < 0 ? PT_EIO : 0;
	} else if (!S_ISREG(sb.st_mode))
		return pt_errf(err, PT_EINVAL, "%s is not a regular file", path);
	else if (sb.st_size == 0 && !(flags & DB_CREATE) && !has_wal(path))
		/* SQLite would take it as a new database and we would make
		 * a newsroom of it: only init (and the TUI) create. */
		return pt_errf(err, PT_EINVAL, "%s is an empty file, not a "
		    "presstime database (to make a newsroom there, run: "
		    "presstime init %s)", path, path);
	return refuse_network_fs(path, err);
}

void
db_file_remove(const char *path)
{
	const char *suffix[] = { "", "-wal", "-shm", "-journal" };

	for (size_t i = 0; i < 4; i++) {
		char f[4200];

		snprintf(f, sizeof f, "%s%s", path, suffix[i]);
		(void)unlink(f);
	}
}

/* "owner dmartin, mode 0644" for a message. */
static void
describe(const struct stat *sb, char *buf, size_t n)
{
	struct passwd *pw = getpwuid(sb->st_uid);

	if (pw != NULL)
		snprintf(buf, n, "owner %s, mode %04o", pw->pw_name,
		    (unsigned)(sb->st_mode & 07777));
	else
		snprintf(buf, n, "owner uid %ld, mode %04o", (long)sb->st_uid,
		    (unsigned)(sb->st_mode & 07777));
}

int
db_file_explain(const char *path, int sqlite_rc, struct pt_err *err)
{
	char dir[4096], shm[4200], who[160];
	struct statvfs vs;
	struct stat sb;
	int prim = sqlite_rc & 0xff;

	pt_path_dir(path, dir, sizeof dir);
	if (prim == SQLITE_FULL || (statvfs(dir, &vs) == 0 &&
	    vs.f_bavail == 0 && prim == SQLITE_IOERR))
		return pt_errf(err, PT_EIO, "%s: the disk is full (no space "
		    "left on the filesystem holding %s); free some space and "
		    "try again", path, dir);
	if (prim != SQLITE_READONLY && prim != SQLITE_CANTOPEN &&
	    prim != SQLITE_PERM && prim != SQLITE_AUTH)
		return 0;
	if (stat(path, &sb) == 0 && access(path, R_OK | W_OK) != 0) {
		describe(&sb, who, sizeof who);
		return pt_errf(err, PT_EIO, "%s is not writable for you (%s): "
		    "ask its owner to share it with you (presstime init "
		    "--shared --group GROUP %s, then add you to GROUP), or use "
		    "a newsroom of your own with --db", path, who, path);
	}
	snprintf(shm, sizeof shm, "%s-shm", path);
	if (stat(shm, &sb) == 0 && access(shm, R_OK | W_OK) != 0) {
		describe(&sb, who, sizeof who);
		return pt_errf(err, PT_EIO, "%s is left read-only for you (%s) "
		    "by another user's session: ask its owner to run "
		    "chmod 0660 '%s' (or, when no one has the newsroom open, "
		    "to remove it)", shm, who, shm);
	}
	if (access(dir, W_OK | X_OK) != 0 && stat(dir, &sb) == 0) {
		describe(&sb, who, sizeof who);
		return pt_errf(err, PT_EIO, "%s: its directory %s is not "
		    "writable for you (%s), and SQLite must make its -wal and "
		    "-shm files there: ask its owner to run presstime init "
		    "--shared --group GROUP %s", path, dir, who, path);
	}
	return 0;
}
