/* Backups: a consistent copy of the newsroom while others write,
 * placed whole or not at all, and as private as the newsroom itself. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "presstime/afile.h"
#include "presstime/db.h"
#include "internal.h"

/* SQLite writes the copy under a temporary name beside dest, which is
 * synced and linked into place only when whole: a full disk or a kill
 * leaves no DEST at all (it used to leave a 0-byte one that the next
 * backup then refused to overwrite). */
int
pt_db_backup(struct pt_db *db, const char *dest, struct pt_err *err)
{
	sqlite3 *to = NULL;
	sqlite3_backup *b;
	char *tmp;
	int rc, fd;

	if (access(dest, F_OK) == 0)
		return pt_errf(err, PT_EIO, "%s exists; refusing to overwrite "
		    "it", dest);
	if ((tmp = pt_afile_sibling(dest)) == NULL)
		return pt_errf(err, PT_EIO, "cannot create backup %s: %s", dest,
		    strerror(errno));
	/* The copy is as private as the newsroom from its first byte: its
	 * group, 0660 for a shared one, 0600 for a personal one, never
	 * readable by all. */
	if ((fd = open(tmp, O_RDONLY | O_CLOEXEC)) < 0 ||
	    pt_file_share_like(fd, db->path, 0660) < 0) {
		rc = pt_errf(err, PT_EIO, "cannot create backup %s: %s", dest,
		    strerror(errno));
		if (fd >= 0)
			close(fd);
		goto out;
	}
	close(fd);
	if (sqlite3_open_v2(tmp, &to, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK) {
		rc = pt_errf(err, PT_EIO, "cannot create backup %s: %s", dest,
		    to != NULL ? sqlite3_errmsg(to) : "out of memory");
		goto out;
	}
	b = sqlite3_backup_init(to, "main", db->h, "main");
	if (b == NULL) {
		rc = pt_errf(err, PT_EIO, "cannot back up to %s: %s", dest,
		    sqlite3_errmsg(to));
		goto out;
	}
	/* Small steps let other writers in between; a step that finds the
	 * source changed restarts, which is what keeps the copy consistent. */
	do {
		rc = sqlite3_backup_step(b, 256);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(20);
	} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		rc = pt_errf(err, PT_EIO, "backup to %s failed: %s", dest,
		    sqlite3_errmsg(to));
		goto out;
	}
	/* The copy's own journal is gone once it closes; sync it whole. */
	(void)sqlite3_exec(to, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
	if (sqlite3_close(to) != SQLITE_OK) {
		rc = pt_errf(err, PT_EIO, "backup to %s failed: %s", dest,
		    sqlite3_errmsg(to));
		goto out;
	}
	to = NULL;
	if (pt_file_sync(tmp) < 0 || pt_afile_place(tmp, dest,
	    PT_AFILE_NOCLOBBER) < 0) {
		rc = pt_errf(err, PT_EIO, "backup to %s failed: %s", dest,
		    strerror(errno));
		goto out;
	}
	free(tmp);
	return 0;
out:
	if (to != NULL)
		sqlite3_close(to);
	unlink(tmp);
	for (int i = 0; i < 2; i++) {
		char side[4200];

		snprintf(side, sizeof side, "%s%s", tmp, i ? "-wal" : "-journal");
		unlink(side);
	}
	free(tmp);
	return rc;
}
