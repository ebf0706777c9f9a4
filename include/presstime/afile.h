/* Files written whole or not at all, and a checked close of stdout. */
#ifndef PRESSTIME_AFILE_H
#define PRESSTIME_AFILE_H

#include <stddef.h>
#include <stdio.h>

#include "presstime/err.h"

/* A file being written under a temporary name in its target's directory
 * and renamed over the target only when every byte reached the disk:
 * a reader (or a crash) sees the old file or the new one, never half.
 * A target that exists and is not a regular file (a terminal, a pipe,
 * /dev/null) is written in place, with every write still checked. */
struct pt_afile {
	char *path;      /* the target */
	char *tmp;       /* the temporary name; NULL when written in place */
	FILE *f;
	int noclobber;   /* commit fails if the target appeared meanwhile */
};

/* Opens a new file for path (mode 0666 less the umask, or the mode of
 * the file it replaces). flags: PT_AFILE_NOCLOBBER refuses an existing
 * target, now and at commit. */
#define PT_AFILE_NOCLOBBER 1
/* PT_AFILE_PRIVATE: mode 0600 whatever the umask (drafts). */
#define PT_AFILE_PRIVATE 2
int pt_afile_open(struct pt_afile *af, const char *path, int flags,
    struct pt_err *err);
/* The stream to write; its errors are caught at commit. Borrowed. */
FILE *pt_afile_stream(struct pt_afile *af);
/* Flushes, syncs, closes and renames into place; on any failure removes
 * the temporary file, leaves the target as it was, and says why. */
int pt_afile_commit(struct pt_afile *af, struct pt_err *err);
/* Throws the temporary file away (safe after a failed commit too). */
void pt_afile_abort(struct pt_afile *af);

/* The whole of buf as the file path, through a pt_afile. */
int pt_file_write(const char *path, const void *buf, size_t n, int flags,
    struct pt_err *err);

/* Gives the open file fd the group of file `like` and its mode within
 * mask, never any bit for others: a copy of a shared newsroom stays
 * the newsroom's (0660 or 0640), a personal one stays 0600. 0, or -1
 * with errno set. */
#include <sys/types.h>
int pt_file_share_like(int fd, const char *like, mode_t mask);
/* pt_file_write for a copy of `like` (an export of the database): the
 * new file takes like's group and mode within mask before it appears. */
int pt_file_write_like(const char *path, const void *buf, size_t n,
    const char *like, mode_t mask, struct pt_err *err);

/* A temporary name beside path for a file something else (SQLite's
 * backup) writes: "DIR/.BASE.XXXXXX", created empty with mode 0600.
 * Returns a malloc'd name (caller unlinks and frees) or NULL, errno set. */
char *pt_afile_sibling(const char *path);
/* Moves tmp onto path once tmp is synced: rename, or with
 * PT_AFILE_NOCLOBBER a link that fails when path exists. Syncs the
 * directory. 0, or -1 with errno set. */
int pt_afile_place(const char *tmp, const char *path, int flags);

/* fsync of the file at path. 0, or -1 with errno set. */
int pt_file_sync(const char *path);

/* Flushes and closes f, reporting a failure of any earlier write too
 * (as gnulib's close_stream). 0, or -1 with errno set (0 when unknown). */
int pt_close_stream(FILE *f);

#endif
