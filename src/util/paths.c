/* The configured installation directories (see presstime/paths.h). */
#include "config.h"

#include <stdlib.h>

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
