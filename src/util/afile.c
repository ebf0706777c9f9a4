/* Files written whole or not at all: a temporary name in the target's
 * directory, every write, flush, sync and close checked, then a rename.
 * Exports, backups and the drafts spool all go through here, so a full
 * disk or a killed process never leaves a half file where a whole one
 * was (export --output used to leave invalid JSON over the old file). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "presstime/afile.h"
#include "presstime/str.h"

static mode_t
new_mode(const char *path)
{
	struct stat sb;
	mode_t mask = umask(0);

	umask(mask);
	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		return sb.st_mode & 07777;
	return 0666 & ~mask;
}

char *
pt_afile_sibling(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash != NULL ? slash + 1 : path;
	struct pt_str s = PT_STR_INIT;
	int fd;

	if (slash != NULL)
		pt_str_addn(&s, path, (size_t)(base - path));
	pt_str_addf(&s, ".%s.XXXXXX", base);
	if ((fd = mkstemp(s.buf)) < 0) {
		int e = errno;

		pt_str_done(&s);
		errno = e;
		return NULL;
	}
	/* mkstemp makes it 0600; the finished file gets the usual mode
	 * (pt_afile_open narrows it again for private files). */
	(void)fchmod(fd, new_mode(path));
	close(fd);
	return pt_str_steal(&s);
}

int
pt_file_sync(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	if (close(fd) < 0)
		rc = -1;
	return rc;
}

static void
sync_dir(const char *path)
{
	char dir[4096];
	int fd;

	pt_path_dir(path, dir, sizeof dir);
	/* Best effort: some filesystems refuse fsync on a directory, and
	 * the rename is already atomic there. */
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		(void)fsync(fd);
		close(fd);
	}
}

int
pt_afile_place(const char *tmp, const char *path, int flags)
{
	if (flags & PT_AFILE_NOCLOBBER) {
		if (link(tmp, path) < 0)
			return -1;
		(void)unlink(tmp);
	} else if (rename(tmp, path) < 0)
		return -1;
	sync_dir(path);
	return 0;
}

int
pt_afile_open(struct pt_afile *af, const char *path, int flags,
    struct pt_err *err)
{
	struct stat sb;
	int fd;

	memset(af, 0, sizeof *af);
	af->noclobber = (flags & PT_AFILE_NOCLOBBER) != 0;
	if (stat(path, &sb) == 0) {
		if (af->noclobber)
			return pt_errf(err, PT_EIO, "%s exists; refusing to "
			    "overwrite it", path);
		if (S_ISDIR(sb.st_mode))
			return pt_errf(err, PT_EIO, "cannot write %s: it is a "
			    "directory", path);
		if (!S_ISREG(sb.st_mode)) {
			/* A device or pipe cannot be replaced by a rename
			 * (and must not be: it is /dev/null or a reader). */
			if ((fd = open(path, O_WRONLY | O_CLOEXEC |
			    O_NOCTTY)) < 0 || (af->f = fdopen(fd, "w")) == NULL) {
				int e = errno;

				if (fd >= 0)
					close(fd);
				return pt_errf(err, PT_EIO, "cannot write %s: %s",
				    path, strerror(e));
			}
			af->path = pt_xstrdup(path);
			return 0;
		}
	}
	if ((af->tmp = pt_afile_sibling(path)) == NULL)
		return pt_errf(err, PT_EIO, "cannot write %s: %s", path,
		    strerror(errno));
	if ((fd = open(af->tmp, O_WRONLY | O_CLOEXEC)) < 0 ||
	    fchmod(fd, (flags & PT_AFILE_PRIVATE) ? 0600 : new_mode(path)) < 0 ||
	    (af->f = fdopen(fd, "w")) == NULL) {
		int e = errno;

		if (fd >= 0)
			close(fd);
		unlink(af->tmp);
		free(af->tmp);
		af->tmp = NULL;
		return pt_errf(err, PT_EIO, "cannot write %s: %s", path,
		    strerror(e));
	}
	af->path = pt_xstrdup(path);
	return 0;
}

FILE *
pt_afile_stream(struct pt_afile *af)
{
	return af->f;
}

int
pt_close_stream(FILE *f)
{
	int had_error = ferror(f) != 0;
	int flushed, closed;

	errno = 0;
	flushed = fflush(f);
	closed = fclose(f);
	if (flushed == 0 && closed == 0 && !had_error)
		return 0;
	/* A write that failed earlier left its error flag, not its errno:
	 * writing again (the flush) normally fails the same way. */
	return -1;
}

int
pt_afile_commit(struct pt_afile *af, struct pt_err *err)
{
	int rc = 0, e = 0;

	if (af->f == NULL)
		return pt_errf(err, PT_EIO, "cannot write %s", af->path);
	errno = 0;
	if (fflush(af->f) != 0 || ferror(af->f) ||
	    (af->tmp != NULL && fsync(fileno(af->f)) < 0)) {
		e = errno;
		rc = -1;
	}
	if (fclose(af->f) != 0 && rc == 0) {
		e = errno;
		rc = -1;
	}
	af->f = NULL;
	if (rc == 0 && af->tmp != NULL &&
	    pt_afile_place(af->tmp, af->path, af->noclobber) < 0) {
		e = errno;
		rc = -1;
	}
	if (rc < 0) {
		rc = pt_errf(err, PT_EIO, "cannot write %s: %s%s", af->path,
		    e != 0 ? strerror(e) : "write error",
		    e == EEXIST ? " (refusing to overwrite it)" : "");
		pt_afile_abort(af);
		return rc;
	}
	free(af->tmp);
	af->tmp = NULL;
	pt_afile_abort(af);
	return 0;
}

void
pt_afile_abort(struct pt_afile *af)
{
	if (af->f != NULL)
		fclose(af->f);
	af->f = NULL;
	if (af->tmp != NULL)
		unlink(af->tmp);
	free(af->tmp);
	free(af->path);
	af->tmp = af->path = NULL;
}

int
pt_file_write(const char *path, const void *buf, size_t n, int flags,
    struct pt_err *err)
{
	struct pt_afile af;
	int rc;

	if ((rc = pt_afile_open(&af, path, flags, err)) < 0)
		return rc;
	if (n > 0)
		(void)fwrite(buf, 1, n, af.f);
	return pt_afile_commit(&af, err);
}

/* Only bits the model grants its owner and group, never others'. */
static mode_t
like_mode(const struct stat *sb, mode_t mask)
{
	return sb->st_mode & mask & 0770;
}

int
pt_file_share_like(int fd, const char *like, mode_t mask)
{
	struct stat sb;

	if (stat(like, &sb) < 0)
		return -1;
	/* The group first (chown may clear setgid bits), best effort: a
	 * user outside the database's group keeps their own, and the mode
	 * below still keeps everyone else out. */
	(void)fchown(fd, (uid_t)-1, sb.st_gid);
	return fchmod(fd, like_mode(&sb, mask));
}

int
pt_file_write_like(const char *path, const void *buf, size_t n,
    const char *like, mode_t mask, struct pt_err *err)
{
	struct pt_afile af;
	int rc;

	if ((rc = pt_afile_open(&af, path, 0, err)) < 0)
		return rc;
	/* Written in place (a device, a pipe): its mode is not ours. */
	if (af.tmp != NULL && pt_file_share_like(fileno(af.f), like,
	    mask) < 0) {
		int e = errno;

		pt_afile_abort(&af);
		return pt_errf(err, PT_EIO, "cannot set the mode of %s: %s",
		    path, strerror(e));
	}
	if (n > 0)
		(void)fwrite(buf, 1, n, af.f);
	return pt_afile_commit(&af, err);
}
