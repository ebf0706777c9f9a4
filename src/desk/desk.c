/* The desk context: which database, who is typing, and the clock. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/ptime.h"
#include "presstime/record.h"
#include "presstime/str.h"
#include "desk_int.h"

/* Identity is the Unix account, never an environment variable: the audit
 * trail must say who really typed it. */
static void
desk_identify(struct desk *d)
{
	struct passwd *pw = getpwuid(getuid());

	if (pw == NULL) {
		snprintf(d->login, sizeof d->login, "uid%ld", (long)getuid());
		snprintf(d->name, sizeof d->name, "%s", d->login);
		return;
	}
	snprintf(d->login, sizeof d->login, "%s", pw->pw_name);
	if (pw->pw_gecos != NULL && pw->pw_gecos[0] != '\0' &&
	    pw->pw_gecos[0] != ',') {
		size_t n = strcspn(pw->pw_gecos, ",");

		snprintf(d->name, sizeof d->name, "%.*s", (int)n, pw->pw_gecos);
	} else
		snprintf(d->name, sizeof d->name, "%s", pw->pw_name);
}

/* 16 random bytes as hex: getrandom(2), else /dev/urandom, else the
 * pid and the clock (unique enough to tell two windows apart). */
static void
desk_new_session(struct desk *d)
{
	unsigned char b[16];
	size_t got = 0;
	ssize_t r;

	while (got < sizeof b && ((r = getrandom(b + got, sizeof b - got,
	    0)) > 0 || (r < 0 && errno == EINTR)))
		got += r > 0 ? (size_t)r : 0;
	if (got < sizeof b) {
		int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);

		got = 0;
		while (fd >= 0 && got < sizeof b && ((r = read(fd, b + got,
		    sizeof b - got)) > 0 || (r < 0 && errno == EINTR)))
			got += r > 0 ? (size_t)r : 0;
		if (fd >= 0)
			close(fd);
	}
	if (got < sizeof b) {
		struct timespec ts;
		unsigned long long v;

		clock_gettime(CLOCK_REALTIME, &ts);
		v = (unsigned long long)ts.tv_sec * 1000000000ULL +
		    (unsigned long long)ts.tv_nsec;
		for (size_t i = 0; i < sizeof b; i++)
			b[i] = (unsigned char)((i < 8 ? v >> (8 * i) :
			    (unsigned long long)getpid() >> (8 * (i - 8))) &
			    0xff);
	}
	for (size_t i = 0; i < sizeof b; i++)
		snprintf(d->session + 2 * i, 3, "%02x", b[i]);
}

const char *
desk_session(const struct desk *d)
{
	return d->session;
}

int
desk_open(const char *path, int flags, struct desk **out, struct pt_err *err)
{
	char def[4096];
	struct desk *d;
	int rc;

	*out = NULL;
	if (path == NULL) {
		pt_db_default_path(def, sizeof def);
		path = def;
	}
	d = pt_xcalloc(1, sizeof *d);
	d->cob_hour = PTIME_COB_HOUR;
	desk_identify(d);
	desk_new_session(d);
	rc = pt_db_open(path, flags, &d->db, err);
	if (rc == 0) {
		pt_db_set_session(d->db, d->session);
		rc = desk_zone_load(d, err);
	}
	if (rc < 0) {
		pt_db_close(d->db);
		free(d);
		return rc;
	}
	*out = d;
	return 0;
}

/*
 * The newsroom clock, applied once per process before anything is
 * formatted: TZ is set to the newsroom's zone and tzset(3) makes every
 * localtime_r and mktime speak it, so the user's own TZ never shows.
 * A newsroom that names no zone (made before zones were kept) uses the
 * host's. A stored zone this host lacks is an error worth fixing, but
 * must not lock the newsroom out: the host's zone is used and said.
 */
int
desk_zone_load(struct desk *d, struct pt_err *err)
{
	char *zone = NULL;
	int rc;

	if ((rc = setting_get(d->db, "tz", &zone, err)) < 0)
		return rc;
	if (zone != NULL && ptime_zone_valid(zone, NULL) == 0)
		snprintf(d->zone, sizeof d->zone, "%s", zone);
	else {
		ptime_host_zone(d->zone, sizeof d->zone);
		if (zone != NULL)
			snprintf(d->warning, sizeof d->warning, "this host has "
			    "no time zone \"%.64s\" (the newsroom's); times "
			    "are shown in %s (fix: presstime tz ZONE)", zone,
			    d->zone);
	}
	free(zone);
	return ptime_zone_apply(d->zone, err);
}

int
desk_zone_set(struct desk *d, const char *zone, struct pt_err *err)
{
	int rc;

	if (ptime_zone_valid(zone, err) < 0)
		return PT_EINVAL;
	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	if ((rc = setting_put(d->db, "tz", zone, ptime_now(), d->login,
	    err)) < 0)
		return desk_fail(d, rc);
	if ((rc = pt_db_commit(d->db, err)) < 0)
		return rc;
	snprintf(d->zone, sizeof d->zone, "%s", zone);
	return ptime_zone_apply(zone, err);
}

int
desk_zone_is_set(struct desk *d, int *set, struct pt_err *err)
{
	char *zone = NULL;
	int rc = setting_get(d->db, "tz", &zone, err);

	*set = zone != NULL;
	free(zone);
	return rc;
}

void
desk_close(struct desk *d)
{
	if (d == NULL)
		return;
	pt_db_close(d->db);
	free(d);
}

int
desk_parse_time(const struct desk *d, const char *text, time_t *out,
    struct pt_err *err)
{
	return ptime_parse(text, ptime_now(), d->cob_hour, out, err);
}

int
desk_parse_past_time(const struct desk *d, const char *text, time_t *out,
    struct pt_err *err)
{
	return ptime_parse_past(text, ptime_now(), d->cob_hour, out, err);
}
