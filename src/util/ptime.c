/* The clock and the time language users type ("cob thu", "+2h"). How
 * times are shown is in ptime_show.c. */
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

#define PTIME_MIN 60
#define PTIME_HOUR 3600
#define PTIME_DAY 86400
#define PTIME_WEEK (7 * PTIME_DAY)
#define PTIME_TOKENS 8
#define PTIME_QUOTE_MAX 200 /* bytes of bad input echoed in a message */
#define PTIME_DEFAULT_HOUR 9 /* "tomorrow" and a bare weekday */

enum ptime_day {
	DAY_NONE,
	DAY_TODAY,
	DAY_TOMORROW,
	DAY_WEEKDAY,
	DAY_DATE
};

enum ptime_clock {
	CLOCK_NONE,
	CLOCK_AT,  /* an explicit clock time */
	CLOCK_COB,
	CLOCK_EOD
};

/* What the words of a relative time asked for, before it is resolved
 * against now. */
struct ptime_spec {
	enum ptime_day day;
	int wday;            /* 0 = Sunday, for DAY_WEEKDAY */
	int year, mon, mday; /* for DAY_DATE; mon 1-12 */
	enum ptime_clock clock;
	int hour, min, sec;  /* for CLOCK_AT */
};

struct ptime_unit {
	const char *name;
	long long secs;
};

/* Longest names first within a unit so "min" is not read as "m" + "in". */
static const struct ptime_unit ptime_units[] = {
	{ "weeks", PTIME_WEEK }, { "week", PTIME_WEEK }, { "wks", PTIME_WEEK },
	{ "wk", PTIME_WEEK }, { "w", PTIME_WEEK },
	{ "days", PTIME_DAY }, { "day", PTIME_DAY }, { "d", PTIME_DAY },
	{ "hours", PTIME_HOUR }, { "hour", PTIME_HOUR }, { "hrs", PTIME_HOUR },
	{ "hr", PTIME_HOUR }, { "h", PTIME_HOUR },
	{ "minutes", PTIME_MIN }, { "minute", PTIME_MIN }, { "mins", PTIME_MIN },
	{ "min", PTIME_MIN }, { "m", PTIME_MIN },
	{ "seconds", 1 }, { "second", 1 }, { "secs", 1 }, { "sec", 1 },
	{ "s", 1 }
};

static const char *const ptime_wday_names[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday"
};

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\v';
}

/* ASCII only: tolower(3) would follow the locale. */
static char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Lowercased, trimmed, inner whitespace squeezed to one space. Returns -1
 * when it does not fit, which no real time does. */
int
ptime_normalize(const char *text, char *buf, size_t n)
{
	size_t o = 0;
	int gap = 0;

	for (; *text != '\0'; text++) {
		if (is_space(*text)) {
			gap = o > 0;
			continue;
		}
		if (o + (gap ? 2 : 1) >= n)
			return -1;
		if (gap)
			buf[o++] = ' ';
		gap = 0;
		buf[o++] = lower(*text);
	}
	buf[o] = '\0';
	return 0;
}

/* How much of text to quote: capped, and never ending inside a UTF-8
 * sequence. */
int
ptime_quote_len(const char *text)
{
	size_t n = strlen(text);

	if (n <= PTIME_QUOTE_MAX)
		return (int)n;
	n = PTIME_QUOTE_MAX;
	while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	return (int)n;
}

static int
bad_time(const char *text, struct pt_err *err)
{
	return pt_errf(err, PT_EINVAL, "cannot read time \"%.*s\" "
	    "(try \"tomorrow 17:00\", \"+2h\", \"cob thu\")",
	    ptime_quote_len(text), text);
}

static int
bad_duration(const char *text, struct pt_err *err)
{
	return pt_errf(err, PT_EINVAL, "cannot read duration \"%.*s\" "
	    "(try \"2h\", \"30m\", \"1h30m\")", ptime_quote_len(text), text);
}

/* Exactly ndig digits. */
static int
scan_fixed(const char **p, int ndig, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < ndig; i++) {
		if (!is_digit((*p)[i]))
			return -1;
		*v = *v * 10 + ((*p)[i] - '0');
	}
	*p += ndig;
	return 0;
}

/* One or two digits. */
static int
scan_small(const char **p, int *v)
{
	if (!is_digit(**p))
		return -1;
	*v = *(*p)++ - '0';
	if (is_digit(**p))
		*v = *v * 10 + (*(*p)++ - '0');
	return 0;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int mon)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return mon == 2 && is_leap(y) ? 29 : days[mon - 1];
}

/* "YYYY-MM-DD", checked against the calendar. */
static int
scan_date(const char **p, struct ptime_spec *sp)
{
	const char *s = *p;

	if (scan_fixed(&s, 4, &sp->year) != 0 || *s++ != '-' ||
	    scan_fixed(&s, 2, &sp->mon) != 0 || *s++ != '-' ||
	    scan_fixed(&s, 2, &sp->mday) != 0)
		return -1;
	/* Years before 1970 are read, to be refused as out of range. */
	if (sp->mon < 1 || sp->mon > 12 || sp->mday < 1 ||
	    sp->mday > month_days(sp->year, sp->mon))
		return -1;
	*p = s;
	return 0;
}

/* "H:MM", "HH:MM", "HH:MM:SS", with an ignored fraction of a second as
 * some ISO 8601 writers add. */
static int
scan_clock24(const char **p, struct ptime_spec *sp)
{
	const char *s = *p;

	sp->sec = 0;
	if (scan_small(&s, &sp->hour) != 0 || *s++ != ':' ||
	    scan_fixed(&s, 2, &sp->min) != 0)
		return -1;
	if (*s == ':') {
		s++;
		if (scan_fixed(&s, 2, &sp->sec) != 0)
			return -1;
		if (*s == '.' || *s == ',') {
			if (!is_digit(s[1]))
				return -1;
			for (s++; is_digit(*s); s++)
				;
		}
	}
	if (sp->hour > 23 || sp->min > 59 || sp->sec > 59)
		return -1;
	*p = s;
	return 0;
}

/* "z", "+01:00", "-0500", "+01": the offset east of UTC in seconds. */
static int
scan_zone(const char **p, long *off)
{
	const char *s = *p;
	int sign, h, m = 0;

	if (*s == 'z') {
		*off = 0;
		*p = s + 1;
		return 0;
	}
	if (*s != '+' && *s != '-')
		return -1;
	sign = *s++ == '-' ? -1 : 1;
	if (scan_fixed(&s, 2, &h) != 0)
		return -1;
	if (*s == ':')
		s++;
	if (is_digit(*s) && scan_fixed(&s, 2, &m) != 0)
		return -1;
	if (h > 18 || m > 59)
		return -1;
	*off = sign * (h * 3600L + m * 60L);
	*p = s;
	return 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil), so UTC times need neither timegm(3) nor TZ games. */
static long long
days_from_civil(int y, int m, int d)
{
	long long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* A local wall-clock time; mday may run past the month (mktime carries
 * it), which is how "tomorrow" and "next thu" cross months and DST.
 * PTIME_GAP (with *out the moved time) when the zone skips it. */
static int
make_local(int year, int mon, int mday, int hour, int min, int sec,
    time_t *out)
{
	struct tm tm;
	time_t t;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = year - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = mday;
	tm.tm_hour = hour;
	tm.tm_min = min;
	tm.tm_sec = sec;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	if (t == (time_t)-1)
		return -1;
	*out = t;
	/* mktime moves a clock time that does not exist (the hour skipped
	 * when DST starts) past the gap: say so rather than store it. */
	return tm.tm_hour != hour || tm.tm_min != min ? PTIME_GAP : 0;
}

/*
 * ISO 8601 and its common spelling with a space: a date, optionally a
 * clock time, optionally a zone. Without a zone the time is local. s is
 * normalized (lowercase, single spaces).
 */
int
ptime_parse_iso(const char *s, time_t *out)
{
	struct ptime_spec sp;
	long off;

	memset(&sp, 0, sizeof sp);
	if (scan_date(&s, &sp) != 0)
		return -1;
	if (*s == '\0')
		return make_local(sp.year, sp.mon, sp.mday, 0, 0, 0, out);
	if (*s != 't' && *s != ' ')
		return -1;
	s++;
	if (scan_clock24(&s, &sp) != 0)
		return -1;
	if (*s == '\0')
		return make_local(sp.year, sp.mon, sp.mday, sp.hour, sp.min,
		    sp.sec, out);
	if (*s == ' ')
		s++;
	if (scan_zone(&s, &off) != 0 || *s != '\0')
		return -1;
	*out = (time_t)(days_from_civil(sp.year, sp.mon, sp.mday) * PTIME_DAY +
	    sp.hour * 3600LL + sp.min * 60LL + sp.sec - off);
	return 0;
}

/*
 * A duration: one or more number-unit pairs, largest unit first and each
 * unit once ("1h30m", "1 h 30 m", "2 hours"). At most nine digits a
 * number, so the sum cannot overflow.
 */
static int
parse_dur(const char *s, long long *secs)
{
	long long total = 0, last = 0;
	size_t i, len;
	int parts = 0;

	for (;;) {
		long long v = 0;
		int nd = 0;

		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		for (; is_digit(*s); s++, nd++) {
			if (nd == 9)
				return -1;
			v = v * 10 + (*s - '0');
		}
		if (nd == 0)
			return -1;
		while (*s == ' ')
			s++;
		for (i = 0; i < sizeof ptime_units / sizeof ptime_units[0];
		    i++) {
			len = strlen(ptime_units[i].name);
			if (strncmp(s, ptime_units[i].name, len) == 0 &&
			    !(s[len] >= 'a' && s[len] <= 'z'))
				break;
		}
		if (i == sizeof ptime_units / sizeof ptime_units[0])
			return -1;
		if (last != 0 && ptime_units[i].secs >= last)
			return -1;
		last = ptime_units[i].secs;
		total += v * last;
		s += strlen(ptime_units[i].name);
		parts++;
	}
	if (parts == 0)
		return -1;
	*secs = total;
	return 0;
}

static int
find_wday(const char *w)
{
	int i;

	for (i = 0; i < 7; i++) {
		if (strcmp(w, ptime_wday_names[i]) == 0 ||
		    (strlen(w) == 3 && strncmp(w, ptime_wday_names[i], 3) == 0))
			return i;
	}
	/* "tues", "weds", "thur", "thurs" are common enough in notes. */
	if (strcmp(w, "tues") == 0)
		return 2;
	if (strcmp(w, "weds") == 0)
		return 3;
	if (strcmp(w, "thur") == 0 || strcmp(w, "thurs") == 0)
		return 4;
	return -1;
}

static int
is_meridiem(const char *s, int *pm)
{
	if (strcmp(s, "am") == 0 || strcmp(s, "a.m.") == 0) {
		*pm = 0;
		return 1;
	}
	if (strcmp(s, "pm") == 0 || strcmp(s, "p.m.") == 0) {
		*pm = 1;
		return 1;
	}
	return 0;
}

/*
 * A clock time word: "17:00", "9:30:15", "5pm", "5:30pm", "12am",
 * "5 p.m." (the suffix may be the next word: *used says how many words
 * were read).
 */
static int
scan_clock_word(char **tok, int ntok, struct ptime_spec *sp, int *used)
{
	const char *s = tok[0];
	int pm = 0, twelve = 0;

	*used = 1;
	sp->min = sp->sec = 0;
	if (scan_small(&s, &sp->hour) != 0)
		return -1;
	if (*s == ':') {
		s = tok[0];
		if (scan_clock24(&s, sp) != 0)
			return -1;
	}
	if (*s != '\0') {
		if (!is_meridiem(s, &pm))
			return -1;
		twelve = 1;
	} else if (ntok > 1 && is_meridiem(tok[1], &pm)) {
		twelve = 1;
		*used = 2;
	} else if (strchr(tok[0], ':') == NULL) {
		return -1; /* a bare "17" is too ambiguous to guess */
	}
	if (twelve) {
		if (sp->hour < 1 || sp->hour > 12)
			return -1;
		sp->hour = sp->hour % 12 + (pm ? 12 : 0);
	}
	sp->clock = CLOCK_AT;
	return 0;
}

/* Reads the words of a relative time: at most one day word and one
 * clock word, in either order, with an optional "at" between. */
static int
parse_words(char *s, struct ptime_spec *sp)
{
	char *tok[PTIME_TOKENS];
	int ntok = 0, i, used, wday;

	for (;;) {
		if (ntok == PTIME_TOKENS)
			return -1;
		tok[ntok++] = s;
		s = strchr(s, ' ');
		if (s == NULL)
			break;
		*s++ = '\0';
	}
	for (i = 0; i < ntok; i += used) {
		const char *w = tok[i];
		int is_day = 1;

		used = 1;
		if (strcmp(w, "at") == 0 && i + 1 < ntok)
			continue;
		if (strcmp(w, "today") == 0) {
			if (sp->day != DAY_NONE)
				return -1;
			sp->day = DAY_TODAY;
		} else if (strcmp(w, "tomorrow") == 0) {
			if (sp->day != DAY_NONE)
				return -1;
			sp->day = DAY_TOMORROW;
		} else if ((wday = find_wday(w)) >= 0) {
			if (sp->day != DAY_NONE)
				return -1;
			sp->day = DAY_WEEKDAY;
			sp->wday = wday;
		} else if (is_digit(w[0]) && strlen(w) == 10 &&
		    w[4] == '-') {
			const char *d = w;

			if (sp->day != DAY_NONE || scan_date(&d, sp) != 0 ||
			    *d != '\0')
				return -1;
			sp->day = DAY_DATE;
		} else
			is_day = 0;
		if (is_day)
			continue;
		if (sp->clock != CLOCK_NONE)
			return -1;
		if (strcmp(w, "cob") == 0)
			sp->clock = CLOCK_COB;
		else if (strcmp(w, "eod") == 0)
			sp->clock = CLOCK_EOD;
		else if (strcmp(w, "noon") == 0) {
			sp->clock = CLOCK_AT;
			sp->hour = 12;
			sp->min = sp->sec = 0;
		} else if (strcmp(w, "midnight") == 0) {
			sp->clock = CLOCK_AT;
			sp->hour = sp->min = sp->sec = 0;
		} else if (scan_clock_word(&tok[i], ntok - i, sp, &used) != 0)
			return -1;
	}
	return 0;
}

/* Turns the words into a time: see ptime.h for which day each means. */
static int
resolve(struct ptime_spec *sp, time_t now, int cob_hour, int past,
    time_t *out)
{
	struct tm nt;
	time_t t;
	int add = 0, rc;

	if (localtime_r(&now, &nt) == NULL)
		return -1;
	if (sp->clock == CLOCK_NONE) {
		sp->min = sp->sec = 0;
		switch (sp->day) {
		case DAY_TODAY:
			sp->clock = CLOCK_EOD;
			break;
		case DAY_DATE:
			sp->clock = CLOCK_AT;
			sp->hour = 0;
			break;
		default:
			sp->clock = CLOCK_AT;
			sp->hour = PTIME_DEFAULT_HOUR;
			break;
		}
	}
	if (sp->clock == CLOCK_COB) {
		sp->hour = cob_hour >= 0 && cob_hour <= 23 ? cob_hour :
		    PTIME_COB_HOUR;
		sp->min = sp->sec = 0;
	} else if (sp->clock == CLOCK_EOD) {
		sp->hour = 23;
		sp->min = sp->sec = 59;
	}
	if (sp->day == DAY_DATE)
		return make_local(sp->year, sp->mon, sp->mday, sp->hour,
		    sp->min, sp->sec, out);
	if (sp->day == DAY_TOMORROW)
		add = 1;
	else if (sp->day == DAY_WEEKDAY)
		add = past ? -((nt.tm_wday - sp->wday + 7) % 7) :
		    (sp->wday - nt.tm_wday + 7) % 7;
	if ((rc = make_local(nt.tm_year + 1900, nt.tm_mon + 1,
	    nt.tm_mday + add, sp->hour, sp->min, sp->sec, &t)) == -1)
		return -1;
	/* A bare clock time, or today's own weekday, means the next such
	 * moment (the last one, asked when something happened); "today"
	 * and "eod" say today and mean it. */
	if ((past ? t > now : t <= now) && add == 0 &&
	    ((sp->day == DAY_NONE && sp->clock != CLOCK_EOD) ||
	    sp->day == DAY_WEEKDAY)) {
		add = (sp->day == DAY_WEEKDAY ? 7 : 1) * (past ? -1 : 1);
		if ((rc = make_local(nt.tm_year + 1900, nt.tm_mon + 1,
		    nt.tm_mday + add, sp->hour, sp->min, sp->sec, &t)) == -1)
			return -1;
	}
	*out = t;
	return rc;
}

static int
parse(const char *text, time_t now, int cob_hour, int past, time_t *out,
    struct pt_err *err)
{
	struct ptime_spec sp;
	char buf[PTIME_TEXT_MAX];
	long long secs;
	time_t t;
	int rc;

	if (text == NULL)
		return bad_time("", err);
	if (ptime_normalize(text, buf, sizeof buf) != 0 || buf[0] == '\0')
		return bad_time(text, err);
	if (strcmp(buf, "now") == 0) {
		*out = now;
		return 0;
	}
	if (buf[0] == '+' || buf[0] == '-') {
		if (parse_dur(buf + 1, &secs) != 0)
			return bad_time(text, err);
		t = buf[0] == '+' ? now + (time_t)secs : now - (time_t)secs;
		return ptime_check_range(text, t, out, err);
	}
	rc = ptime_parse_iso(buf, &t);
	if (rc == -1) {
		memset(&sp, 0, sizeof sp);
		if (parse_words(buf, &sp) != 0 ||
		    (rc = resolve(&sp, now, cob_hour, past, &t)) == -1)
			return bad_time(text, err);
	}
	if (rc == PTIME_GAP)
		return ptime_gap_error(text, t, err);
	return ptime_check_range(text, t, out, err);
}

int
ptime_parse(const char *text, time_t now, int cob_hour, time_t *out,
    struct pt_err *err)
{
	return parse(text, now, cob_hour, 0, out, err);
}

int
ptime_parse_past(const char *text, time_t now, int cob_hour, time_t *out,
    struct pt_err *err)
{
	return parse(text, now, cob_hour, 1, out, err);
}

int
ptime_parse_duration(const char *text, long long *secs,
    struct pt_err *err)
{
	char buf[PTIME_TEXT_MAX];

	if (text == NULL)
		return bad_duration("", err);
	if (ptime_normalize(text, buf, sizeof buf) != 0 ||
	    parse_dur(buf, secs) != 0)
		return bad_duration(text, err);
	return 0;
}
