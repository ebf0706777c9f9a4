/* The desk context: which database, who is typing, and the clock. */
#include "config.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/ptime.h"
#include "presstime/str.h"

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
	rc = pt_db_open(path, flags, &d->db, err);
	if (rc < 0) {
		free(d);
		return rc;
	}
	*out = d;
	return 0;
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
