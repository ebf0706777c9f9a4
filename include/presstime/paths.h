/* Where the installed files are: the data directory (shipped themes) and
 * the system configuration directory, as configured at build time, with
 * an environment override so an uninstalled build can run. */
#ifndef PRESSTIME_PATHS_H
#define PRESSTIME_PATHS_H

#include <stddef.h>

/* $PRESSTIME_DATADIR when set and not empty, else the configured
 * $(pkgdatadir) (e.g. /usr/share/presstime). Borrowed: static or the
 * environment's storage. */
const char *pt_data_dir(void);
/* $PRESSTIME_SYSCONFDIR when set and not empty (tests, a relocated
 * install), else the configured $(sysconfdir) (e.g. /etc): where the
 * administrator's presstime/config.yaml is. Borrowed. */
const char *pt_sysconf_dir(void);

/* The user's private state: $XDG_STATE_HOME/presstime/NAME, else
 * ~/.local/state/presstime/NAME, written into buf. With create, makes
 * every folder above NAME (0700); NAME itself is the caller's. -1 when
 * neither variable is an absolute path, the path does not fit, or a
 * folder cannot be made. */
int pt_state_path(const char *name, int create, char *buf, size_t n);

#endif
