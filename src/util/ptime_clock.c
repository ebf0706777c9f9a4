/* The clock (fixable for tests with PRESSTIME_NOW, steppable with
 * PRESSTIME_NOW_FILE) and the range of
 * times presstime accepts. One range everywhere, checked on the UTC
 * instant: "9999-12-31 23:59" in New York is a year-10000 instant that
 * export writes and no import can read back, and "+99999999w" overflowed
 * into the same trouble. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "presstime/err.h"
#include "presstime/ptime.h"
#include "presstime/sanitize.h"
#include "ptime_int.h"

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int
ptime_check_range(const char *text, time_t t, time_t *out,
    struct pt_err *err)
{
	if (t < PTIME_FIRST || t > PTIME_LAST)
		return pt_errf(err, PT_EINVAL, "time \"%.*s\" is out of range: "
		    "presstime takes times from 1970-01-01 00:00:01 to "
		    "9999-12-31 23:59:59 UTC", ptime_quote_len(text), text);
	*out = t;
	return 0;
}

int
ptime_gap_error(const char *text, time_t moved, struct pt_err *err)
{
	const char *tz = getenv("TZ");
	char when[64];
	struct tm tm;

	if (localtime_r(&moved, &tm) == NULL)
		snprintf(when, sizeof when, "a later time");
	else
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
	return pt_errf(err, PT_EINVAL, "time \"%.*s\" does not exist in %s%s: "
	    "the clocks skip that hour when daylight saving time starts "
	    "(try \"%s\")", ptime_quote_len(text), text,
	    tz != NULL && *tz != '\0' ? "time zone " : "this time zone",
	    tz != NULL && *tz != '\0' ? tz : "", when);
}

/* Unix seconds (digits, optionally negative) or an absolute ISO time. */
static int
now_from_env(const char *env, time_t *out)
{
	char buf[PTIME_TEXT_MAX], *end;
	long long v;

	if (is_digit(env[0]) || (env[0] == '-' && is_digit(env[1]))) {
		errno = 0;
		v = strtoll(env, &end, 10);
		if (errno == 0 && *end == '\0') {
			*out = (time_t)v;
			return 0;
		}
	}
	if (ptime_normalize(env, buf, sizeof buf) != 0)
		return -1;
	return ptime_parse_iso(buf, out);
}

/* A clock a test can step: the first line of the file named by
 * PRESSTIME_NOW_FILE, read afresh on every call (so a test moves the
 * time of running programs by rewriting it). Tests only: a read per
 * call costs what no user should pay. 0: no such clock (unset, or the
 * file cannot be read or parsed: the caller falls back). */
static int
now_from_file(time_t *out)
{
	const char *path = getenv("PRESSTIME_NOW_FILE");
	char line[PTIME_TEXT_MAX];
	size_t n;
	FILE *f;

	if (path == NULL || *path == '\0' || (f = fopen(path, "r")) == NULL)
		return 0;
	if (fgets(line, sizeof line, f) == NULL)
		line[0] = '\0';
	fclose(f);
	n = strcspn(line, "\r\n");
	line[n] = '\0';
	return line[0] != '\0' && now_from_env(line, out) == 0;
}

time_t
ptime_now(void)
{
	/* Warn once per run, not once per clock read: a function-local
	 * flag rather than state every caller would have to carry. */
	static int warned;
	const char *env = getenv("PRESSTIME_NOW");
	char *shown;
	time_t t;

	if (now_from_file(&t))
		return t;
	if (env == NULL || *env == '\0')
		return time(NULL);
	if (now_from_env(env, &t) == 0)
		return t;
	if (!warned) {
		warned = 1;
		shown = sanitize_dup(env, 0);
		fprintf(stderr, "presstime: ignoring PRESSTIME_NOW \"%.*s\" "
		    "(expected Unix seconds or 2026-11-26T14:00:00Z)\n",
		    ptime_quote_len(shown), shown);
		free(shown);
	}
	return time(NULL);
}
