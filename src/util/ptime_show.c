/* How times are shown: clock times, ISO 8601, countdowns and ages. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "presstime/ptime.h"

#define PTIME_MIN 60
#define PTIME_HOUR 3600
#define PTIME_DAY 86400
#define PTIME_WEEK (7 * PTIME_DAY)

/* English whatever the locale: the rest of the interface is English. */
static const char *const ptime_wday_abbr[7] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"
};

static const char *const ptime_mon_abbr[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec"
};


void
ptime_format(time_t t, char *buf, size_t n)
{
	struct tm tm;

	if (n == 0)
		return;
	if (localtime_r(&t, &tm) == NULL) {
		snprintf(buf, n, "?");
		return;
	}
	snprintf(buf, n, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min);
}

void
ptime_format_iso(time_t t, char *buf, size_t n)
{
	struct tm tm;

	if (n == 0)
		return;
	if (gmtime_r(&t, &tm) == NULL) {
		snprintf(buf, n, "?");
		return;
	}
	snprintf(buf, n, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

void
ptime_format_short(time_t t, time_t now, char *buf, size_t n)
{
	struct tm tm;
	long long days;

	if (n == 0)
		return;
	if (localtime_r(&t, &tm) == NULL) {
		snprintf(buf, n, "?");
		return;
	}
	/* Today through the sixth day ahead: a weekday name seven days
	 * out, or one day back, would read as a different day. Calendar
	 * days, rounded, so a daylight-saving day counts as one. */
	days = (ptime_day_start(t) - ptime_day_start(now) + PTIME_DAY / 2) /
	    PTIME_DAY;
	if (t >= ptime_day_start(now) && days <= 6)
		snprintf(buf, n, "%s %02d:%02d", ptime_wday_abbr[tm.tm_wday],
		    tm.tm_hour, tm.tm_min);
	else
		snprintf(buf, n, "%s %d %02d:%02d", ptime_mon_abbr[tm.tm_mon],
		    tm.tm_mday, tm.tm_hour, tm.tm_min);
}

/*
 * Minutes are rounded up, so "0:00" appears only at the deadline itself
 * and a deadline 30 seconds gone already reads "-0:01". Beyond a day the
 * hours still matter ahead ("2d03h") but not overdue ("-3d"). Never more
 * than 7 columns, so a queue column can be sized once.
 */
void
ptime_countdown(time_t target, time_t now, char *buf, size_t n)
{
	long long d = (long long)target - (long long)now;
	long long mins, days;
	const char *sign = d < 0 ? "-" : "";

	if (n == 0)
		return;
	if (d < 0)
		d = -d;
	mins = (d + 59) / 60;
	if (mins < 24 * 60) {
		snprintf(buf, n, "%s%lld:%02lld", sign, mins / 60, mins % 60);
		return;
	}
	days = mins / (24 * 60);
	if (days > 9999)
		snprintf(buf, n, "%s9999d+", sign);
	else if (*sign != '\0' || days > 99)
		snprintf(buf, n, "%s%lldd", sign, days);
	else
		snprintf(buf, n, "%lldd%02lldh", days, mins % (24 * 60) / 60);
}

/* Future times (another desk's clock running ahead) read as "now". Like
 * the countdown, never more than 7 columns: a time typed as "-9999948d"
 * is 1428564 weeks old and reads "99999w+". */
void
ptime_age(time_t then, time_t now, char *buf, size_t n)
{
	long long d = (long long)now - (long long)then;

	if (n == 0)
		return;
	if (d < PTIME_MIN)
		snprintf(buf, n, "now");
	else if (d < PTIME_HOUR)
		snprintf(buf, n, "%lldm", d / PTIME_MIN);
	else if (d < PTIME_DAY)
		snprintf(buf, n, "%lldh", d / PTIME_HOUR);
	else if (d < PTIME_WEEK)
		snprintf(buf, n, "%lldd", d / PTIME_DAY);
	else if (d / PTIME_WEEK > 99999)
		snprintf(buf, n, "99999w+");
	else
		snprintf(buf, n, "%lldw", d / PTIME_WEEK);
}

time_t
ptime_day_start(time_t t)
{
	struct tm tm;
	time_t start;

	if (localtime_r(&t, &tm) == NULL)
		return t;
	tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = -1;
	start = mktime(&tm);
	return start == (time_t)-1 ? t : start;
}
