/* The newsroom clock: which IANA time zone every human-facing time is
 * shown in, checked against the system's zoneinfo files and applied to
 * the whole process with TZ and tzset(3). One zone for the newsroom, so
 * two editors whose SSH sessions carry different TZ values read the same
 * words; machine formats stay ISO 8601 in UTC whatever the zone. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "presstime/ptime.h"

static const char *
zoneinfo_dir(void)
{
	const char *dir = getenv("TZDIR");

	return dir != NULL && dir[0] == '/' ? dir : "/usr/share/zoneinfo";
}

/* 1 when the zone file exists and is a compiled tzfile ("TZif"). */
static int
zone_file_ok(const char *zone)
{
	char path[4096], magic[4];
	struct stat sb;
	FILE *f;
	int ok;

	snprintf(path, sizeof path, "%s/%s", zoneinfo_dir(), zone);
	if (stat(path, &sb) < 0 || !S_ISREG(sb.st_mode))
		return 0;
	if ((f = fopen(path, "rb")) == NULL)
		return 0;
	ok = fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0;
	fclose(f);
	return ok;
}

int
ptime_zone_valid(const char *zone, struct pt_err *err)
{
	size_t n = zone != NULL ? strlen(zone) : 0;

	if (n == 0)
		return pt_errf(err, PT_EINVAL, "a time zone cannot be empty "
		    "(try \"America/New_York\", \"Europe/London\", \"UTC\")");
	/* UTC needs no file: a host without tzdata still has a clock. */
	if (strcmp(zone, "UTC") == 0 || strcmp(zone, "Etc/UTC") == 0)
		return 0;
	if (n >= PTIME_ZONE_MAX || zone[0] == '/' || zone[0] == '.' ||
	    strstr(zone, "..") != NULL ||
	    strspn(zone, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789_+-/") != n || !zone_file_ok(zone))
		return pt_errf(err, PT_EINVAL, "unknown time zone \"%s\" (a "
		    "name under %s, such as \"America/New_York\", "
		    "\"Europe/London\", \"UTC\")", zone, zoneinfo_dir());
	return 0;
}

/* The zone a link such as /etc/localtime names: the path after the
 * zoneinfo directory. */
static int
zone_from_link(const char *link, char *buf, size_t n)
{
	char target[4096];
	const char *z;
	ssize_t len = readlink(link, target, sizeof target - 1);

	if (len <= 0)
		return 0;
	target[len] = '\0';
	if ((z = strstr(target, "zoneinfo/")) == NULL)
		return 0;
	snprintf(buf, n, "%s", z + strlen("zoneinfo/"));
	return 1;
}

void
ptime_host_zone(char *buf, size_t n)
{
	const char *env = getenv("PRESSTIME_HOST_TZ");
	char line[PTIME_ZONE_MAX + 2];
	FILE *f;

	if (env != NULL && ptime_zone_valid(env, NULL) == 0) {
		snprintf(buf, n, "%s", env);
		return;
	}
	if ((f = fopen("/etc/timezone", "r")) != NULL) {
		if (fgets(line, sizeof line, f) != NULL) {
			line[strcspn(line, " \t\r\n")] = '\0';
			if (ptime_zone_valid(line, NULL) == 0) {
				fclose(f);
				snprintf(buf, n, "%s", line);
				return;
			}
		}
		fclose(f);
	}
	if (zone_from_link("/etc/localtime", line, sizeof line) &&
	    ptime_zone_valid(line, NULL) == 0) {
		snprintf(buf, n, "%s", line);
		return;
	}
	snprintf(buf, n, "UTC");
}

int
ptime_zone_apply(const char *zone, struct pt_err *err)
{
	if (ptime_zone_valid(zone, err) < 0)
		return PT_EINVAL;
	if (setenv("TZ", zone, 1) < 0)
		return pt_errf(err, PT_EINVAL, "cannot set the time zone to "
		    "\"%s\"", zone);
	tzset();
	return 0;
}
