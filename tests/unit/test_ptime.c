/* Unit tests for src/util/ptime.c: the time language, the clock and formats. */
#include "config.h"

#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "presstime/err.h"
#include "presstime/ptime.h"

/* Thursday 2026-11-26 14:00:00 UTC. */
#define NOW_UTC ((time_t)1795701600)
#define HOUR 3600
#define DAY 86400

static void
set_tz(const char *tz)
{
	assert_int_equal(setenv("TZ", tz, 1), 0);
	tzset();
}

/* A local wall-clock time through libc, independent of the parser. */
static time_t
local(int y, int mon, int d, int h, int mi, int s)
{
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

static void
parse_dir_ok(int past, const char *text, time_t now, time_t want)
{
	struct pt_err err = { 0, "" };
	time_t got = 0;
	int rc;

	rc = (past ? ptime_parse_past : ptime_parse)(text, now, PTIME_COB_HOUR,
	    &got, &err);
	if (rc != 0)
		fail_msg("\"%s\": %s", text, err.msg);
	if (got != want) {
		char g[64], w[64];

		ptime_format_iso(got, g, sizeof g);
		ptime_format_iso(want, w, sizeof w);
		fail_msg("\"%s\": got %s, want %s", text, g, w);
	}
}

static void
parse_ok(const char *text, time_t now, time_t want)
{
	parse_dir_ok(0, text, now, want);
}

static void
parse_bad(const char *text)
{
	struct pt_err err = { 0, "" };
	char want[1100];
	time_t got = 12345;

	assert_int_equal(ptime_parse(text, NOW_UTC, PTIME_COB_HOUR, &got,
	    &err), PT_EINVAL);
	assert_int_equal(err.code, PT_EINVAL);
	snprintf(want, sizeof want, "cannot read time \"%s\" (try "
	    "\"tomorrow 17:00\", \"+2h\", \"cob thu\")", text);
	assert_string_equal(err.msg, want);
	assert_int_equal(got, 12345); /* *out untouched on error */
}

static int
setup_utc(void **state)
{
	set_tz("UTC");
	return 0;
}

static void
test_parse_now_and_relative(void **state)
{
	time_t n = NOW_UTC;

	parse_ok("now", n, n);
	parse_ok("NOW", n, n);
	parse_ok("  now  ", n, n);
	parse_ok("+2h", n, n + 2 * HOUR);
	parse_ok("+30m", n, n + 30 * 60);
	parse_ok("+1d", n, n + DAY);
	parse_ok("+90s", n, n + 90);
	parse_ok("+1w", n, n + 7 * DAY);
	parse_ok("-15m", n, n - 15 * 60);
	parse_ok("+1h30m", n, n + 90 * 60);
	parse_ok("+1H30M", n, n + 90 * 60);
	parse_ok("+1d2h3m4s", n, n + DAY + 2 * HOUR + 3 * 60 + 4);
	parse_ok("+1h 30m", n, n + 90 * 60);
	parse_ok("+2 hours", n, n + 2 * HOUR);
	parse_ok("+45 min", n, n + 45 * 60);
	parse_ok("-1d", n, n - DAY);
	parse_ok("+0m", n, n);
}

static void
test_parse_iso(void **state)
{
	time_t n = NOW_UTC;

	parse_ok("2026-11-30T17:00:00Z", n, (time_t)1796058000);
	parse_ok("2026-11-30t17:00:00z", n, (time_t)1796058000);
	parse_ok("2026-11-30T17:00Z", n, (time_t)1796058000);
	parse_ok("2026-11-30T17:00:00.250Z", n, (time_t)1796058000);
	parse_ok("2026-11-30T18:00:00+01:00", n, (time_t)1796058000);
	parse_ok("2026-11-30T12:00:00-0500", n, (time_t)1796058000);
	parse_ok("2026-11-30T22:30:00+05:30", n, (time_t)1796058000);
	parse_ok("2026-11-30T19:00:00+02", n, (time_t)1796058000);
	parse_ok("2026-11-30 17:00:00 +00:00", n, (time_t)1796058000);
	/* No zone: local (UTC here). */
	parse_ok("2026-11-30T17:00", n, local(2026, 11, 30, 17, 0, 0));
	parse_ok("2026-11-30T17:00:45", n, local(2026, 11, 30, 17, 0, 45));
	parse_ok("2026-11-30 17:00", n, local(2026, 11, 30, 17, 0, 0));
	parse_ok("2026-11-30 7:05", n, local(2026, 11, 30, 7, 5, 0));
	parse_ok("2026-11-30 17:00:30", n, local(2026, 11, 30, 17, 0, 30));
	parse_ok("2026-11-30", n, local(2026, 11, 30, 0, 0, 0));
	parse_ok("2028-02-29", n, local(2028, 2, 29, 0, 0, 0));
	parse_ok("2000-02-29 12:00", n, local(2000, 2, 29, 12, 0, 0));
	/* A date with the other clock words. */
	parse_ok("2026-11-30 5pm", n, local(2026, 11, 30, 17, 0, 0));
	parse_ok("cob 2026-11-30", n, local(2026, 11, 30, 17, 0, 0));
	parse_ok("eod 2026-12-01", n, local(2026, 12, 1, 23, 59, 59));
	/* The past is allowed: entries log what already happened. */
	parse_ok("2025-01-02 03:04", n, local(2025, 1, 2, 3, 4, 0));
}

static void
test_parse_clock(void **state)
{
	time_t n = NOW_UTC; /* Thu 14:00 */

	parse_ok("17:00", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("14:01", n, local(2026, 11, 26, 14, 1, 0));
	parse_ok("23:59:59", n, local(2026, 11, 26, 23, 59, 59));
	/* Past or exactly now: the next one, tomorrow. */
	parse_ok("14:00", n, local(2026, 11, 27, 14, 0, 0));
	parse_ok("09:00", n, local(2026, 11, 27, 9, 0, 0));
	parse_ok("9:00", n, local(2026, 11, 27, 9, 0, 0));
	parse_ok("0:00", n, local(2026, 11, 27, 0, 0, 0));
	parse_ok("5pm", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("5PM", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("5 pm", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("5 p.m.", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("5:30pm", n, local(2026, 11, 26, 17, 30, 0));
	parse_ok("11:15 am", n, local(2026, 11, 27, 11, 15, 0));
	parse_ok("9am", n, local(2026, 11, 27, 9, 0, 0));
	parse_ok("12am", n, local(2026, 11, 27, 0, 0, 0));
	parse_ok("12pm", n, local(2026, 11, 27, 12, 0, 0));
	parse_ok("12:30pm", n, local(2026, 11, 27, 12, 30, 0));
	parse_ok("noon", n, local(2026, 11, 27, 12, 0, 0));
	parse_ok("midnight", n, local(2026, 11, 27, 0, 0, 0));
	parse_ok("at 5pm", n, local(2026, 11, 26, 17, 0, 0));
	/* In the morning, noon is still today. */
	parse_ok("noon", n - 4 * HOUR, local(2026, 11, 26, 12, 0, 0));
	parse_ok("9am", n - 6 * HOUR, local(2026, 11, 26, 9, 0, 0));
}

static void
test_parse_days(void **state)
{
	time_t n = NOW_UTC; /* Thu 2026-11-26 14:00 */

	parse_ok("today", n, local(2026, 11, 26, 23, 59, 59));
	parse_ok("today 17:00", n, local(2026, 11, 26, 17, 0, 0));
	/* "today" says today even when the time has passed. */
	parse_ok("today 9:00", n, local(2026, 11, 26, 9, 0, 0));
	parse_ok("tomorrow", n, local(2026, 11, 27, 9, 0, 0));
	parse_ok("Tomorrow", n, local(2026, 11, 27, 9, 0, 0));
	parse_ok("tomorrow 9:00", n, local(2026, 11, 27, 9, 0, 0));
	parse_ok("tomorrow 17:00", n, local(2026, 11, 27, 17, 0, 0));
	parse_ok("tomorrow 5pm", n, local(2026, 11, 27, 17, 0, 0));
	parse_ok("tomorrow at 5:30 pm", n, local(2026, 11, 27, 17, 30, 0));
	parse_ok("  tomorrow \t 17:00 ", n, local(2026, 11, 27, 17, 0, 0));
	parse_ok("5pm tomorrow", n, local(2026, 11, 27, 17, 0, 0));
	parse_ok("tomorrow noon", n, local(2026, 11, 27, 12, 0, 0));
	/* Weekdays: the next one; today's only while the time is ahead. */
	parse_ok("fri", n, local(2026, 11, 27, 9, 0, 0));
	parse_ok("friday", n, local(2026, 11, 27, 9, 0, 0));
	parse_ok("FRIDAY 17:00", n, local(2026, 11, 27, 17, 0, 0));
	parse_ok("sat", n, local(2026, 11, 28, 9, 0, 0));
	parse_ok("sun 10:00", n, local(2026, 11, 29, 10, 0, 0));
	parse_ok("mon 10:00", n, local(2026, 11, 30, 10, 0, 0));
	parse_ok("monday", n, local(2026, 11, 30, 9, 0, 0));
	parse_ok("tue", n, local(2026, 12, 1, 9, 0, 0));
	parse_ok("tues 3pm", n, local(2026, 12, 1, 15, 0, 0));
	parse_ok("wed", n, local(2026, 12, 2, 9, 0, 0));
	parse_ok("wednesday 8am", n, local(2026, 12, 2, 8, 0, 0));
	parse_ok("thu 17:00", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("thursday 5pm", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("thu 5pm", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("thu", n, local(2026, 12, 3, 9, 0, 0));
	parse_ok("thursday", n, local(2026, 12, 3, 9, 0, 0));
	parse_ok("thu 9am", n, local(2026, 12, 3, 9, 0, 0));
	parse_ok("thu 14:00", n, local(2026, 12, 3, 14, 0, 0));
	parse_ok("thurs 14:01", n, local(2026, 11, 26, 14, 1, 0));
	parse_ok("17:00 fri", n, local(2026, 11, 27, 17, 0, 0));
	parse_ok("fri at 17:00", n, local(2026, 11, 27, 17, 0, 0));
	/* Across a month and a year. */
	parse_ok("tomorrow", local(2026, 12, 31, 20, 0, 0),
	    local(2027, 1, 1, 9, 0, 0));
	parse_ok("mon", local(2026, 12, 31, 20, 0, 0),
	    local(2027, 1, 4, 9, 0, 0));
	parse_ok("23:00", local(2026, 12, 31, 23, 30, 0),
	    local(2027, 1, 1, 23, 0, 0));
}

static void
test_parse_cob_eod(void **state)
{
	struct pt_err err;
	time_t n = NOW_UTC, got;

	parse_ok("cob", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("COB", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("cob thu", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("cob fri", n, local(2026, 11, 27, 17, 0, 0));
	parse_ok("cob wed", n, local(2026, 12, 2, 17, 0, 0));
	parse_ok("cob tomorrow", n, local(2026, 11, 27, 17, 0, 0));
	parse_ok("cob today", n, local(2026, 11, 26, 17, 0, 0));
	parse_ok("thu cob", n, local(2026, 11, 26, 17, 0, 0));
	/* After close of business: tomorrow's, and next week's Thursday. */
	parse_ok("cob", local(2026, 11, 26, 18, 0, 0),
	    local(2026, 11, 27, 17, 0, 0));
	parse_ok("cob", local(2026, 11, 26, 17, 0, 0),
	    local(2026, 11, 27, 17, 0, 0));
	parse_ok("cob thu", local(2026, 11, 26, 18, 0, 0),
	    local(2026, 12, 3, 17, 0, 0));
	parse_ok("eod", n, local(2026, 11, 26, 23, 59, 59));
	parse_ok("eod", local(2026, 11, 26, 23, 59, 0),
	    local(2026, 11, 26, 23, 59, 59));
	parse_ok("eod fri", n, local(2026, 11, 27, 23, 59, 59));
	parse_ok("eod thu", n, local(2026, 11, 26, 23, 59, 59));
	parse_ok("eod tomorrow", n, local(2026, 11, 27, 23, 59, 59));

	/* A configured close of business, and a nonsense one. */
	assert_int_equal(ptime_parse("cob", n, 18, &got, &err), 0);
	assert_int_equal(got, local(2026, 11, 26, 18, 0, 0));
	assert_int_equal(ptime_parse("cob fri", n, 15, &got, &err), 0);
	assert_int_equal(got, local(2026, 11, 27, 15, 0, 0));
	assert_int_equal(ptime_parse("cob", n, 12, &got, &err), 0);
	assert_int_equal(got, local(2026, 11, 27, 12, 0, 0));
	assert_int_equal(ptime_parse("cob", n, 99, &got, &err), 0);
	assert_int_equal(got, local(2026, 11, 26, PTIME_COB_HOUR, 0, 0));
}

static void
test_parse_errors(void **state)
{
	struct pt_err err = { 0, "" };
	char longtext[300];
	time_t got;

	parse_bad("tomorow 5pm");
	parse_bad("");
	parse_bad("   ");
	parse_bad("soon");
	parse_bad("25:00");
	parse_bad("24:00");
	parse_bad("17:60");
	parse_bad("17:5");
	parse_bad("17");
	parse_bad("13pm");
	parse_bad("0am");
	parse_bad("5xm");
	parse_bad("pm");
	parse_bad("+");
	parse_bad("+2");
	parse_bad("+2x");
	parse_bad("+h");
	parse_bad("+30m1h");
	parse_bad("+1h1h");
	parse_bad("+1234567890s");
	parse_bad("++2h");
	parse_bad("thu fri");
	parse_bad("5pm 6pm");
	parse_bad("today tomorrow");
	parse_bad("cob eod");
	parse_bad("cob 5pm");
	parse_bad("now now");
	parse_bad("at");
	parse_bad("5pm at");
	parse_bad("2026-13-01");
	parse_bad("2026-11-31");
	parse_bad("2026-02-29");
	parse_bad("2026-11-30T25:00");
	parse_bad("2026-11-30T17:00:00+25:00");
	parse_bad("2026-11-30T17:00:00Q");
	parse_bad("2026-11-30X17:00");
	parse_bad("26-11-30");
	parse_bad("2026/11/30");
	parse_bad("thursdayy");
	parse_bad("tomorrow\x1b[31m");
	/* Quoted as given: case and spacing kept. */
	parse_bad("  Tomorow  5PM ");

	memset(longtext, 'x', sizeof longtext - 1);
	longtext[sizeof longtext - 1] = '\0';
	assert_int_equal(ptime_parse(longtext, NOW_UTC, 17, &got, &err),
	    PT_EINVAL);
	assert_non_null(strstr(err.msg, "cannot read time \"xxxx"));
	assert_non_null(strstr(err.msg, "(try \"tomorrow 17:00\""));

	/* No error struct, no crash. */
	assert_int_equal(ptime_parse("tomorow", NOW_UTC, 17, &got, NULL),
	    PT_EINVAL);
	assert_int_equal(ptime_parse(NULL, NOW_UTC, 17, &got, &err),
	    PT_EINVAL);
}

static void
duration_ok(const char *text, long long want)
{
	struct pt_err err = { 0, "" };
	long long got = -1;

	if (ptime_parse_duration(text, &got, &err) != 0)
		fail_msg("\"%s\": %s", text, err.msg);
	assert_int_equal(got, want);
}

static void
duration_bad(const char *text)
{
	struct pt_err err = { 0, "" };
	char want[256];
	long long got = 7;

	assert_int_equal(ptime_parse_duration(text, &got, &err), PT_EINVAL);
	snprintf(want, sizeof want, "cannot read duration \"%s\" (try "
	    "\"2h\", \"30m\", \"1h30m\")", text);
	assert_string_equal(err.msg, want);
	assert_int_equal(got, 7);
}

static void
test_duration(void **state)
{
	struct pt_err err;
	long long got;

	duration_ok("2h", 2 * HOUR);
	duration_ok("30m", 1800);
	duration_ok("1d", DAY);
	duration_ok("90s", 90);
	duration_ok("1w", 7 * DAY);
	duration_ok("1h30m", 5400);
	duration_ok("1H30M", 5400);
	duration_ok("1h 30m", 5400);
	duration_ok(" 2h ", 2 * HOUR);
	duration_ok("2 hours", 2 * HOUR);
	duration_ok("1 day", DAY);
	duration_ok("3 weeks", 21 * DAY);
	duration_ok("10 min", 600);
	duration_ok("0s", 0);
	duration_ok("1w2d3h4m5s", 7 * DAY + 2 * DAY + 3 * HOUR + 245);
	duration_ok("999999999s", 999999999LL);
	duration_bad("");
	duration_bad("h");
	duration_bad("2");
	duration_bad("-2h");
	duration_bad("+2h");
	duration_bad("2x");
	duration_bad("2hx");
	duration_bad("30m1h");
	duration_bad("1h1h");
	duration_bad("1234567890s");
	duration_bad("1.5h");
	duration_bad("2 hoursly");
	assert_int_equal(ptime_parse_duration(NULL, &got, &err), PT_EINVAL);
}

/* text is refused with a message holding want; *out stays as it was. */
static void
parse_refused(const char *text, time_t now, const char *want)
{
	struct pt_err err = { 0, "" };
	time_t got = 12345;

	if (ptime_parse(text, now, PTIME_COB_HOUR, &got, &err) != PT_EINVAL)
		fail_msg("\"%s\" was accepted", text);
	if (strstr(err.msg, want) == NULL)
		fail_msg("\"%s\": message \"%s\" lacks \"%s\"", text, err.msg,
		    want);
	assert_int_equal(got, 12345);
}

/* One range, on the UTC instant, whatever the spelling: every accepted
 * time has a four-digit year in UTC, so export's ISO times import. */
static void
test_range(void **state)
{
	const char *range = "is out of range: presstime takes times from "
	    "1970-01-01 00:00:01 to 9999-12-31 23:59:59 UTC";
	char buf[64];
	time_t t;

	(void)state;
	set_tz("America/New_York");
	parse_refused("-990999d", NOW_UTC, "time \"-990999d\" " );
	parse_refused("-990999d", NOW_UTC, range);
	parse_refused("+99999999w", NOW_UTC, range);
	parse_refused("9999-12-31 23:59", NOW_UTC, range);
	parse_refused("1969-12-31T23:59:59Z", NOW_UTC, range);
	parse_refused("1970-01-01T00:00:00Z", NOW_UTC, range);
	parse_refused("1969-12-31 19:00", NOW_UTC, range); /* the epoch, NY */
	parse_ok("9999-12-31T23:59:59Z", NOW_UTC, (time_t)253402300799LL);
	parse_ok("9999-12-31 18:59:59", NOW_UTC, (time_t)253402300799LL);
	parse_ok("1970-01-01T00:00:01Z", NOW_UTC, 1);
	/* The edges round-trip through the export format. */
	ptime_format_iso((time_t)253402300799LL, buf, sizeof buf);
	assert_string_equal(buf, "9999-12-31T23:59:59Z");
	assert_int_equal(ptime_parse(buf, NOW_UTC, PTIME_COB_HOUR, &t, NULL),
	    0);
	assert_int_equal(t, (time_t)253402300799LL);
	set_tz("UTC");
	parse_refused("+99999999w", NOW_UTC, "\"+99999999w\"");
	parse_ok("+9999w", NOW_UTC, NOW_UTC + 9999LL * 7 * DAY);
}

/* 2027-03-14 in New York: 02:00 EST jumps to 03:00 EDT. */
static void
test_dst_gap(void **state)
{
	(void)state;
	set_tz("America/New_York");
	parse_refused("2027-03-14 02:30", NOW_UTC, "time \"2027-03-14 02:30\" "
	    "does not exist in time zone America/New_York: the clocks skip "
	    "that hour when daylight saving time starts (try "
	    "\"2027-03-14 03:30\")");
	parse_refused("2027-03-14T02:00", NOW_UTC, "does not exist");
	/* Typed the evening before: "tomorrow 2:30" is in the gap too. */
	parse_refused("tomorrow 2:30", local(2027, 3, 13, 20, 0, 0),
	    "does not exist");
	parse_ok("2027-03-14 01:59", NOW_UTC, local(2027, 3, 14, 1, 59, 0));
	parse_ok("2027-03-14 03:00", NOW_UTC, local(2027, 3, 14, 3, 0, 0));
	/* A zone given explicitly has no gap. */
	parse_ok("2027-03-14T02:30:00Z", NOW_UTC, (time_t)1804991400);
	/* No DST, no gap. */
	set_tz("UTC");
	parse_ok("2027-03-14 02:30", NOW_UTC, (time_t)1804991400);
}

static void
test_format(void **state)
{
	char buf[64];

	ptime_format(NOW_UTC, buf, sizeof buf);
	assert_string_equal(buf, "2026-11-26 14:00");
	ptime_format((time_t)1796058000, buf, sizeof buf);
	assert_string_equal(buf, "2026-11-30 17:00");
	ptime_format_iso(NOW_UTC, buf, sizeof buf);
	assert_string_equal(buf, "2026-11-26T14:00:00Z");
	ptime_format_iso(NOW_UTC + 59, buf, sizeof buf);
	assert_string_equal(buf, "2026-11-26T14:00:59Z");
	ptime_format_iso(0, buf, sizeof buf);
	assert_string_equal(buf, "1970-01-01T00:00:00Z");
	/* Short buffers are cut and terminated; zero is left alone. */
	ptime_format(NOW_UTC, buf, 5);
	assert_string_equal(buf, "2026");
	buf[0] = 'Z';
	ptime_format_iso(NOW_UTC, buf, 0);
	ptime_countdown(NOW_UTC, NOW_UTC, buf, 0);
	ptime_age(NOW_UTC, NOW_UTC, buf, 0);
	ptime_format_short(NOW_UTC, NOW_UTC, buf, 0);
	assert_int_equal(buf[0], 'Z');
}

static void
test_format_short(void **state)
{
	char buf[32];
	time_t n = NOW_UTC;

	ptime_format_short(n + 3 * HOUR, n, buf, sizeof buf);
	assert_string_equal(buf, "Thu 17:00");
	ptime_format_short(n + 4 * DAY, n, buf, sizeof buf);
	assert_string_equal(buf, "Mon 14:00");
	ptime_format_short(n + 6 * DAY + 9 * HOUR, n, buf, sizeof buf);
	assert_string_equal(buf, "Wed 23:00");
	/* Next Thursday is not "Thu": that reads as today. */
	ptime_format_short(n + 6 * DAY + 23 * HOUR, n, buf, sizeof buf);
	assert_string_equal(buf, "Dec 3 13:00");
	/* Nor a past day: "Tue" two days back reads as the coming one. */
	ptime_format_short(n - 2 * DAY, n, buf, sizeof buf);
	assert_string_equal(buf, "Nov 24 14:00");
	ptime_format_short(n - 3 * HOUR, n, buf, sizeof buf);
	assert_string_equal(buf, "Thu 11:00");
	ptime_format_short(n + 7 * DAY, n, buf, sizeof buf);
	assert_string_equal(buf, "Dec 3 14:00");
	ptime_format_short(n + 10 * DAY + 3 * HOUR, n, buf, sizeof buf);
	assert_string_equal(buf, "Dec 6 17:00");
	ptime_format_short(n - 8 * DAY, n, buf, sizeof buf);
	assert_string_equal(buf, "Nov 18 14:00");
}

static void
countdown_is(time_t delta, const char *want)
{
	char buf[16];

	ptime_countdown(NOW_UTC + delta, NOW_UTC, buf, sizeof buf);
	assert_string_equal(buf, want);
}

static void
test_countdown(void **state)
{
	char buf[16];
	long long d;

	countdown_is(45 * 60, "0:45");
	countdown_is(90 * 60, "1:30");
	countdown_is(-45 * 60, "-0:45");
	countdown_is(0, "0:00");
	countdown_is(30, "0:01");
	countdown_is(-30, "-0:01");
	countdown_is(44 * 60 + 30, "0:45");
	countdown_is(23 * HOUR + 59 * 60, "23:59");
	countdown_is(-(23 * HOUR + 59 * 60), "-23:59");
	countdown_is(-20 * HOUR, "-20:00");
	countdown_is(DAY, "1d00h");
	countdown_is(2 * DAY + 3 * HOUR, "2d03h");
	countdown_is(2 * DAY + 3 * HOUR + 59 * 60, "2d03h");
	countdown_is(-(3 * DAY + 5 * HOUR), "-3d");
	countdown_is(-DAY, "-1d");
	countdown_is(99 * DAY + 23 * HOUR, "99d23h");
	countdown_is(150 * (time_t)DAY, "150d");
	countdown_is(-150 * (time_t)DAY, "-150d");
	countdown_is(100000 * (time_t)DAY, "9999d+");
	countdown_is(-100000 * (time_t)DAY, "-9999d+");
	/* Never wider than seven columns, anywhere. */
	for (d = -20000LL * DAY; d <= 20000LL * DAY; d += 3607) {
		ptime_countdown(NOW_UTC + (time_t)d, NOW_UTC, buf, sizeof buf);
		assert_true(strlen(buf) <= 7);
		assert_true(strlen(buf) >= 3);
	}
}

static void
age_is(time_t ago, const char *want)
{
	char buf[16];

	ptime_age(NOW_UTC - ago, NOW_UTC, buf, sizeof buf);
	assert_string_equal(buf, want);
}

static void
test_age(void **state)
{
	age_is(0, "now");
	age_is(30, "now");
	age_is(59, "now");
	age_is(-600, "now"); /* a clock running ahead */
	age_is(60, "1m");
	age_is(5 * 60, "5m");
	age_is(59 * 60 + 59, "59m");
	age_is(HOUR, "1h");
	age_is(3 * HOUR + 59 * 60, "3h");
	age_is(DAY, "1d");
	age_is(2 * DAY, "2d");
	age_is(6 * DAY + 23 * HOUR, "6d");
	age_is(7 * DAY, "1w");
	age_is(35 * DAY, "5w");
}

/* fuzz_time: "-9999948d" parsed to a time 27,000 years back and its age
 * read "1428564w", wider than the queue's 7-column age field. Such a
 * time is now refused as out of range, but one read from an older
 * database must still fit. */
static void
test_age_of_ancient_time_fits_seven_columns(void **state)
{
	struct pt_err err;
	char buf[16];
	time_t t;

	age_is(99999 * 7 * (time_t)DAY, "99999w");
	age_is(100000 * 7 * (time_t)DAY, "99999w+");
	assert_int_equal(ptime_parse("-9999948d", NOW_UTC, 17, &t, &err),
	    PT_EINVAL);
	t = NOW_UTC - 9999948LL * DAY;
	ptime_age(t, NOW_UTC, buf, sizeof buf);
	assert_string_equal(buf, "99999w+");
	for (long long d = 0; d < 30000LL * 366 * DAY; d += 7919LL * DAY + 3) {
		ptime_age(NOW_UTC - (time_t)d, NOW_UTC, buf, sizeof buf);
		assert_true(strlen(buf) <= 7);
	}
}

static void
test_day_start_utc(void **state)
{
	assert_int_equal(ptime_day_start(NOW_UTC), NOW_UTC - 14 * HOUR);
	assert_int_equal(ptime_day_start(NOW_UTC - 14 * HOUR),
	    NOW_UTC - 14 * HOUR);
	assert_int_equal(ptime_day_start(NOW_UTC + 10 * HOUR - 1),
	    NOW_UTC - 14 * HOUR);
	assert_int_equal(ptime_day_start(NOW_UTC + 10 * HOUR),
	    NOW_UTC + 10 * HOUR);
}

/* New York: EST in November, and the March change to EDT. */
static void
test_new_york(void **state)
{
	struct pt_err err;
	char buf[64];
	time_t n = (time_t)1795719600; /* Thu 2026-11-26 14:00 EST */
	time_t sat = (time_t)1772902800; /* Sat 2026-03-07 12:00 EST */
	time_t got;

	set_tz("America/New_York");
	ptime_format(n, buf, sizeof buf);
	assert_string_equal(buf, "2026-11-26 14:00");
	ptime_format_iso(n, buf, sizeof buf);
	assert_string_equal(buf, "2026-11-26T19:00:00Z");
	ptime_format_short(n + 3 * HOUR, n, buf, sizeof buf);
	assert_string_equal(buf, "Thu 17:00");

	parse_ok("17:00", n, n + 3 * HOUR);
	parse_ok("5pm", n, n + 3 * HOUR);
	parse_ok("cob", n, n + 3 * HOUR);
	parse_ok("tomorrow 9:00", n, n + 19 * HOUR);
	parse_ok("tomorrow", n, n + 19 * HOUR);
	parse_ok("thu", n, n + 7 * DAY - 5 * HOUR);
	parse_ok("eod", n, n + 10 * HOUR - 1);
	parse_ok("today", n, n + 10 * HOUR - 1);
	parse_ok("2026-11-26 14:00", n, n);
	parse_ok("2026-11-26T14:00", n, n);
	parse_ok("2026-11-26T19:00:00Z", n, n);
	parse_ok("2026-11-26T14:00:00-05:00", n, n);
	parse_ok("2026-11-26", n, n - 14 * HOUR);
	parse_ok("+2h", n, n + 2 * HOUR);
	assert_int_equal(ptime_day_start(n), n - 14 * HOUR);

	/* Sunday 2026-03-08 has 23 hours: "tomorrow 12:00" is 23 hours
	 * on, "+1d" is 24. */
	parse_ok("tomorrow 12:00", sat, (time_t)1772985600);
	parse_ok("sun 12:00", sat, (time_t)1772985600);
	parse_ok("12:00", sat + HOUR, (time_t)1772985600);
	parse_ok("+1d", sat, sat + DAY);
	parse_ok("2026-03-08 12:00", sat, (time_t)1772985600);
	parse_ok("2026-03-08", sat, (time_t)1772946000);
	ptime_format((time_t)1772985600, buf, sizeof buf);
	assert_string_equal(buf, "2026-03-08 12:00");
	assert_int_equal(ptime_day_start((time_t)1772985600),
	    (time_t)1772946000);
	/* The day the clocks go back is 25 hours long. */
	assert_int_equal(ptime_day_start(local(2026, 11, 1, 23, 0, 0)),
	    local(2026, 11, 1, 0, 0, 0));
	assert_int_equal(local(2026, 11, 2, 0, 0, 0) -
	    local(2026, 11, 1, 0, 0, 0), 25 * HOUR);
	assert_int_equal(ptime_parse("mon 0:00", local(2026, 10, 31, 12, 0,
	    0), 17, &got, &err), 0);
	assert_int_equal(got, local(2026, 11, 2, 0, 0, 0));

	set_tz("UTC");
}

/* A half-hour zone, to catch code that assumes whole hours. */
static void
test_kolkata(void **state)
{
	char buf[64];

	set_tz("Asia/Kolkata");
	ptime_format(NOW_UTC, buf, sizeof buf);
	assert_string_equal(buf, "2026-11-26 19:30");
	parse_ok("20:00", NOW_UTC, NOW_UTC + 30 * 60);
	parse_ok("2026-11-26 19:30", NOW_UTC, NOW_UTC);
	assert_int_equal(ptime_day_start(NOW_UTC),
	    NOW_UTC - 19 * HOUR - 30 * 60);
	set_tz("UTC");
}

/* Runs ptime_now with PRESSTIME_NOW set to value, stderr captured into
 * err_out. */
static time_t
now_with(const char *value, char *err_out, size_t n)
{
	FILE *tmp;
	time_t t;
	size_t got;
	int saved;

	assert_int_equal(setenv("PRESSTIME_NOW", value, 1), 0);
	tmp = tmpfile();
	assert_non_null(tmp);
	fflush(stderr);
	saved = dup(STDERR_FILENO);
	assert_true(saved >= 0);
	assert_true(dup2(fileno(tmp), STDERR_FILENO) >= 0);
	t = ptime_now();
	fflush(stderr);
	assert_true(dup2(saved, STDERR_FILENO) >= 0);
	close(saved);
	rewind(tmp);
	got = fread(err_out, 1, n - 1, tmp);
	err_out[got] = '\0';
	fclose(tmp);
	return t;
}

static void
test_now(void **state)
{
	char err[512];
	time_t before, t;

	assert_int_equal(now_with("1795701600", err, sizeof err), NOW_UTC);
	assert_string_equal(err, "");
	assert_int_equal(now_with("2026-11-26T14:00:00Z", err, sizeof err),
	    NOW_UTC);
	assert_int_equal(now_with("2026-11-26T15:00:00+01:00", err,
	    sizeof err), NOW_UTC);
	assert_int_equal(now_with("2026-11-26 14:00", err, sizeof err),
	    NOW_UTC);
	assert_int_equal(now_with("0", err, sizeof err), 0);
	assert_string_equal(err, "");

	/* A bad value: one warning, then the real clock. */
	before = time(NULL);
	t = now_with("next tuesday", err, sizeof err);
	assert_true(t >= before && t <= time(NULL));
	assert_non_null(strstr(err, "PRESSTIME_NOW"));
	assert_non_null(strstr(err, "next tuesday"));
	assert_non_null(strchr(err, '\n'));
	assert_ptr_equal(strchr(err, '\n'), err + strlen(err) - 1);
	t = now_with("+2h", err, sizeof err);
	assert_true(t >= before && t <= time(NULL));
	assert_string_equal(err, ""); /* only once */

	assert_int_equal(unsetenv("PRESSTIME_NOW"), 0);
	before = time(NULL);
	t = ptime_now();
	assert_true(t >= before && t <= time(NULL));
	assert_int_equal(setenv("PRESSTIME_NOW", "", 1), 0);
	t = ptime_now();
	assert_true(t >= before && t <= time(NULL));
	assert_int_equal(unsetenv("PRESSTIME_NOW"), 0);
}

/* When something happened, a bare clock time or weekday is the last such
 * moment; explicit days, dates and offsets mean what they say. */
static void
test_parse_past(void **state)
{
	(void)state;
	set_tz("UTC");
	parse_dir_ok(1, "13:20", NOW_UTC, NOW_UTC - 40 * 60);
	parse_dir_ok(1, "14:00", NOW_UTC, NOW_UTC);
	parse_dir_ok(1, "15:00", NOW_UTC, NOW_UTC - DAY + HOUR);
	parse_dir_ok(1, "9am", NOW_UTC, NOW_UTC - 5 * HOUR);
	parse_dir_ok(1, "thu 10:00", NOW_UTC, NOW_UTC - 4 * HOUR);
	parse_dir_ok(1, "thu 15:00", NOW_UTC, NOW_UTC - 7 * DAY + HOUR);
	parse_dir_ok(1, "mon", NOW_UTC, local(2026, 11, 23, 9, 0, 0));
	parse_dir_ok(1, "fri 17:00", NOW_UTC, local(2026, 11, 20, 17, 0, 0));
	parse_dir_ok(1, "cob", NOW_UTC, local(2026, 11, 25, 17, 0, 0));
	parse_dir_ok(1, "-2h", NOW_UTC, NOW_UTC - 2 * HOUR);
	parse_dir_ok(1, "tomorrow 9:00", NOW_UTC, local(2026, 11, 27, 9, 0, 0));
	parse_dir_ok(1, "2026-11-20 08:00", NOW_UTC,
	    local(2026, 11, 20, 8, 0, 0));
	/* Across a DST change the last 09:00 is still 09:00 local. */
	set_tz("America/New_York");
	parse_dir_ok(1, "9:00", local(2026, 11, 1, 8, 0, 0),
	    local(2026, 10, 31, 9, 0, 0));
	set_tz("UTC");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_now_and_relative),
		cmocka_unit_test(test_parse_iso),
		cmocka_unit_test(test_parse_clock),
		cmocka_unit_test(test_parse_past),
		cmocka_unit_test(test_parse_days),
		cmocka_unit_test(test_parse_cob_eod),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_duration),
		cmocka_unit_test(test_range),
		cmocka_unit_test(test_dst_gap),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_format_short),
		cmocka_unit_test(test_countdown),
		cmocka_unit_test(test_age),
		cmocka_unit_test(test_age_of_ancient_time_fits_seven_columns),
		cmocka_unit_test(test_day_start_utc),
		cmocka_unit_test(test_new_york),
		cmocka_unit_test(test_kolkata),
		cmocka_unit_test(test_now),
	};

	return cmocka_run_group_tests(tests, setup_utc, NULL);
}
