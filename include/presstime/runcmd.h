/* Running a user's command without waiting for it: notify_command. The
 * caller gets back at once; a small supervisor process feeds the
 * command its stdin, kills it past a time limit and is reaped later. */
#ifndef PRESSTIME_RUNCMD_H
#define PRESSTIME_RUNCMD_H

#include <stddef.h>
#include <sys/types.h>

#include "presstime/err.h"

/* Starts argv (NULL-terminated; argv[0] looked up in PATH) with the
 * words of extra (NULL-terminated, may be NULL) appended, input on its
 * stdin, its stdout and stderr on /dev/null (the screen is curses'),
 * in a session of its own (no terminal to read), killed after
 * timeout_s seconds. *pid is the supervisor, for runcmd_reap. */
int runcmd_start(char *const *argv, const char *const *extra,
    const char *input, size_t len, int timeout_s, pid_t *pid,
    struct pt_err *err);
/* 1 when the supervisor pid has ended and is reaped (*status: the
 * command's exit status, 124 when it was killed for taking too long,
 * 127 when it could not be run), 0 while it runs, -1 when pid is not
 * a child of this process. Never waits. */
int runcmd_reap(pid_t pid, int *status);

#endif
