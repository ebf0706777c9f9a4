/* The configured installation directories (see presstime/paths.h). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "presstime/paths.h"

#ifndef PT_DATADIR
#define PT_DATADIR "/usr/local/share/presstime"
#endif
#ifndef PT_SYSCONFDIR
#define PT_SYSCONFDIR "/usr/local/etc"
#endif

const char *
pt_data_dir(void)
{
	const char *env = getenv("PRESSTIME_DATADIR");

	return env != NULL && env[0] != '\0' ? env : PT_DATADIR;
}

const char *
pt_sysconf_dir(void)
{
	const char *env = getenv("PRESSTIME_SYSCONFDIR");

	return env != NULL && env[0] != '\0' ? env : PT_SYSCONFDIR;
}

int
pt_state_path(const char *name, int create, char *buf, size_t n)
{
	const char *state = getenv("XDG_STATE_HOME");
	const char *home = getenv("HOME");
	char *slash;
	int len, rc = 0;

	if (state != NULL && state[0] == '/')
		len = snprintf(buf, n, "%s/presstime/%s", state, name);
	else if (home != NULL && home[0] == '/')
		len = snprintf(buf, n, "%s/.local/state/presstime/%s", home,
		    name);
	else
		return -1;
	if (len < 0 || (size_t)len >= n)
		return -1;
	if (!create)
		return 0;
	slash = strrchr(buf, '/');
	*slash = '\0';
	for (char *p = buf + 1; rc == 0; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;

		*p = '\0';
		if (mkdir(buf, 0700) < 0 && errno != EEXIST)
			rc = -1;
		*p = c;
		if (c == '\0')
			break;
	}
	*slash = '/';
	return rc;
}
