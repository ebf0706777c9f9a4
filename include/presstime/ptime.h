/* Time: the clock (fixable for tests), the time language users type, and
 * the ways times are shown. Times are Unix seconds; shown in local time. */
#ifndef PRESSTIME_PTIME_H
#define PRESSTIME_PTIME_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

#define PTIME_COB_HOUR 17 /* close of business unless configured */

/* Now, or PRESSTIME_NOW when set (Unix seconds or ISO 8601). A value it
 * cannot read is reported once on stderr and the real clock is used.
 * For tests that need time to pass, PRESSTIME_NOW_FILE names a file
 * whose first line (the same forms) is read on every call and wins over
 * PRESSTIME_NOW while it can be read. */
time_t ptime_now(void);

/* Parses what a user typed for a time: ISO 8601 ("2026-11-30T17:00:00Z",
 * "2026-11-30T17:00"), "2026-11-30 17:00", "2026-11-30", "17:00", "5pm",
 * "+2h", "+30m", "+1d", "-15m", "tomorrow", "tomorrow 9:00", "today 17:00",
 * weekday names ("thu", "thu 17:00", "thursday"), "cob", "cob thu",
 * "eod", "now". Relative to now, in the local zone; cob_hour is close of
 * business. A bare clock time or weekday means the next such moment.
 * Also "5pm", "5:30 p.m.", "noon", "midnight", "+1h30m", "+1w",
 * "cob tomorrow", "eod fri", "tomorrow at 5pm"; case does not matter.
 * Without a clock time: "tomorrow" and a weekday mean 09:00, "today"
 * means 23:59:59 (as "eod"), a date means 00:00. Today's own weekday
 * means today if that time is still ahead, else next week; "cob" alone
 * is today's close of business, or tomorrow's once it has passed.
 * "+1d" is 24 hours, not the same clock time tomorrow.
 * On error: PT_EINVAL and a message quoting the text with examples. */
int ptime_parse(const char *text, time_t now, int cob_hour, time_t *out,
    struct pt_err *err);
/* The same for when something happened: a bare clock time or weekday
 * (and "cob" alone) means the last such moment, so "13:20" typed at
 * 14:00 is today's and typed at 09:00 is yesterday's. */
int ptime_parse_past(const char *text, time_t now, int cob_hour,
    time_t *out, struct pt_err *err);

/* "2h", "30m", "90s", "1d", "1w", "1h30m" (no sign) to seconds; units
 * largest first, each once. */
int ptime_parse_duration(const char *text, long long *secs,
    struct pt_err *err);

/* "2026-11-30 17:00" in local time. */
void ptime_format(time_t t, char *buf, size_t n);
/* "2026-11-30T17:00:00Z" (UTC, for export). */
void ptime_format_iso(time_t t, char *buf, size_t n);
/* "Thu 17:00" from today through six days ahead, else "Nov 30 17:00":
 * a past day never reads as a weekday, which would look like the coming
 * one. */
void ptime_format_short(time_t t, time_t now, char *buf, size_t n);
/* Deadline countdown: "0:45", "1:30", "-0:45" (overdue), "2d03h", "-3d". */
void ptime_countdown(time_t target, time_t now, char *buf, size_t n);
/* Age of a past time: "now", "5m", "3h", "2d", "5w". */
void ptime_age(time_t then, time_t now, char *buf, size_t n);
/* Midnight (local) starting the day that holds t. */
time_t ptime_day_start(time_t t);

/* The newsroom clock (ptime_zone.c). Zones are IANA names. */
#define PTIME_ZONE_MAX 64
/* 0 when zone names a zoneinfo file (or is UTC); else PT_EINVAL with a
 * message quoting it. err may be NULL. */
int ptime_zone_valid(const char *zone, struct pt_err *err);
/* The host's zone, for a newsroom that names none: $PRESSTIME_HOST_TZ
 * (tests, containers), else /etc/timezone, else the zone the
 * /etc/localtime link names, else "UTC". Never the TZ variable: that is
 * one user's session, not the newsroom. */
void ptime_host_zone(char *buf, size_t n);
/* Makes zone the process's local time (TZ and tzset) after checking it;
 * every local-time function afterwards speaks the newsroom's zone. */
int ptime_zone_apply(const char *zone, struct pt_err *err);

#endif
