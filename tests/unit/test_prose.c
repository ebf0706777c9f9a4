/* Unit tests for press-time prose: lists, taglines, times, no-comment lines. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "presstime/prose.h"

/* Seconds for a UTC wall time; the tests run with TZ=UTC unless they say. */
static time_t
utc(int y, int mon, int d, int h, int min)
{
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = min;
	return timegm(&tm);
}

/* Thursday, Nov. 26, 2026, 2 p.m. UTC. */
#define NOW utc(2026, 11, 26, 14, 0)

static int
setup_utc(void **state)
{
	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

static void
expect_time(time_t t, const char *want)
{
	char buf[64];

	prose_time(t, NOW, buf, sizeof buf);
	assert_string_equal(buf, want);
}

static void
expect_list(const char *const *items, size_t n, const char *want)
{
	struct pt_str s = PT_STR_INIT;

	prose_list(&s, items, n);
	assert_string_equal(pt_str_cstr(&s), want);
	pt_str_done(&s);
}

static void
expect_no_response(const struct prose_rfc *rfcs, size_t n, const char *want)
{
	struct pt_str s = PT_STR_INIT;

	prose_no_response(&s, rfcs, n, NOW);
	assert_string_equal(pt_str_cstr(&s), want);
	pt_str_done(&s);
}

static void
test_list(void **state)
{
	static const char *const v[] = { "FCN", "Sam Anderson", "ICE", "DHS" };

	(void)state;
	expect_list(v, 0, "");
	expect_list(v, 1, "FCN");
	expect_list(v, 2, "FCN and Sam Anderson");
	expect_list(v, 3, "FCN, Sam Anderson and ICE");
	expect_list(v, 4, "FCN, Sam Anderson, ICE and DHS");
}

static void
test_list_appends(void **state)
{
	static const char *const v[] = { "A", "B" };
	struct pt_str s = PT_STR_INIT;

	(void)state;
	pt_str_add(&s, "With ");
	prose_list(&s, v, 2);
	assert_string_equal(pt_str_cstr(&s), "With A and B");
	pt_str_done(&s);
}

static void
test_tagline(void **state)
{
	static const char *const v[] = {
		"Dylan Martin", "Jane Roe", "Ana Ruiz"
	};
	struct pt_str s = PT_STR_INIT;

	(void)state;
	prose_tagline(&s, v, 0);
	assert_string_equal(pt_str_cstr(&s), "");
	prose_tagline(&s, v, 1);
	assert_string_equal(pt_str_cstr(&s),
	    "Dylan Martin contributed to this story.");
	pt_str_clear(&s);
	prose_tagline(&s, v, 2);
	assert_string_equal(pt_str_cstr(&s),
	    "Dylan Martin and Jane Roe contributed to this story.");
	pt_str_clear(&s);
	prose_tagline(&s, v, 3);
	assert_string_equal(pt_str_cstr(&s),
	    "Dylan Martin, Jane Roe and Ana Ruiz contributed to this story.");
	pt_str_done(&s);
}

static void
test_time_clock(void **state)
{
	(void)state;
	expect_time(utc(2026, 11, 26, 17, 0), "5 p.m. Thursday");
	expect_time(utc(2026, 11, 26, 9, 30), "9:30 a.m. Thursday");
	expect_time(utc(2026, 11, 26, 0, 30), "12:30 a.m. Thursday");
	expect_time(utc(2026, 11, 26, 12, 15), "12:15 p.m. Thursday");
	expect_time(utc(2026, 11, 26, 23, 59), "11:59 p.m. Thursday");
	expect_time(utc(2026, 11, 26, 1, 5), "1:05 a.m. Thursday");
	expect_time(utc(2026, 11, 26, 12, 0), "noon Thursday");
}

static void
test_time_midnight_closes_its_day(void **state)
{
	(void)state;
	/* AP: midnight belongs to the day it ends. */
	expect_time(utc(2026, 11, 27, 0, 0), "midnight Thursday");
	expect_time(utc(2026, 11, 28, 0, 0), "midnight Friday");
	expect_time(utc(2026, 12, 3, 0, 0), "midnight Wednesday");
	expect_time(utc(2026, 12, 4, 0, 0), "midnight Dec. 3");
}

static void
test_time_day_names(void **state)
{
	(void)state;
	expect_time(utc(2026, 11, 27, 12, 0), "noon Friday");
	expect_time(utc(2026, 11, 27, 9, 0), "9 a.m. Friday");
	expect_time(utc(2026, 11, 30, 17, 0), "5 p.m. Monday");
	/* Six days out is the last day name... */
	expect_time(utc(2026, 12, 2, 17, 0), "5 p.m. Wednesday");
	/* ...a week out would be this weekday again, so it is a date. */
	expect_time(utc(2026, 12, 3, 17, 0), "5 p.m. Dec. 3");
	expect_time(utc(2026, 12, 3, 9, 0), "9 a.m. Dec. 3");
}

static void
test_time_dates(void **state)
{
	(void)state;
	/* AP: the day of the week within seven days back, too (a broken
	 * promise at press time); the date beyond. */
	expect_time(utc(2026, 11, 25, 17, 0), "5 p.m. Wednesday");
	expect_time(utc(2026, 11, 20, 17, 0), "5 p.m. Friday");
	expect_time(utc(2026, 11, 19, 17, 0), "5 p.m. Nov. 19");
	expect_time(utc(2026, 9, 10, 13, 0), "1 p.m. Sept. 10");
	expect_time(utc(2026, 8, 4, 10, 0), "10 a.m. Aug. 4");
	expect_time(utc(2026, 3, 2, 10, 0), "10 a.m. March 2");
	expect_time(utc(2026, 4, 2, 10, 0), "10 a.m. April 2");
	expect_time(utc(2026, 5, 2, 10, 0), "10 a.m. May 2");
	expect_time(utc(2026, 6, 2, 10, 0), "10 a.m. June 2");
	expect_time(utc(2026, 7, 2, 10, 0), "10 a.m. July 2");
	expect_time(utc(2026, 10, 2, 10, 0), "10 a.m. Oct. 2");
	expect_time(utc(2026, 2, 2, 10, 0), "10 a.m. Feb. 2");
	expect_time(utc(2026, 1, 2, 10, 0), "10 a.m. Jan. 2");
	/* Another year shows its year, AP style. */
	expect_time(utc(2027, 1, 5, 8, 5), "8:05 a.m. Jan. 5, 2027");
}

/* Stored text says the date: a weekday would go stale by next week. */
static void
test_time_dated(void **state)
{
	char buf[64];

	(void)state;
	prose_time_dated(utc(2026, 11, 26, 17, 0), NOW, buf, sizeof buf);
	assert_string_equal(buf, "5 p.m. Nov. 26");
	prose_time_dated(utc(2026, 11, 27, 12, 0), NOW, buf, sizeof buf);
	assert_string_equal(buf, "noon Nov. 27");
	prose_time_dated(utc(2027, 1, 5, 9, 0), NOW, buf, sizeof buf);
	assert_string_equal(buf, "9 a.m. Jan. 5, 2027");
}

/* Said at once (an alert): today's time alone, other days as prose_time. */
static void
test_time_short(void **state)
{
	char buf[64];

	(void)state;
	prose_time_short(utc(2026, 11, 26, 17, 0), NOW, buf, sizeof buf);
	assert_string_equal(buf, "5 p.m.");
	prose_time_short(utc(2026, 11, 26, 13, 59), NOW, buf, sizeof buf);
	assert_string_equal(buf, "1:59 p.m.");
	/* Midnight closes the day before: not today's. */
	prose_time_short(utc(2026, 11, 26, 0, 0), NOW, buf, sizeof buf);
	assert_string_equal(buf, "midnight Wednesday");
	prose_time_short(utc(2026, 11, 25, 17, 0), NOW, buf, sizeof buf);
	assert_string_equal(buf, "5 p.m. Wednesday");
	prose_time_short(utc(2026, 12, 25, 9, 0), NOW, buf, sizeof buf);
	assert_string_equal(buf, "9 a.m. Dec. 25");
}

static void
test_time_small_buffer(void **state)
{
	char buf[6] = "xxxxx";

	(void)state;
	prose_time(utc(2026, 11, 26, 17, 0), NOW, buf, sizeof buf);
	assert_string_equal(buf, "5 p.m");
	prose_time(utc(2026, 11, 26, 17, 0), NOW, buf, 0);
	assert_string_equal(buf, "5 p.m");
}

static void
test_time_local_zone(void **state)
{
	(void)state;
	/* A POSIX rule needs no tzdata: US Eastern, 9 a.m. Thursday. */
	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	expect_time(utc(2026, 11, 27, 3, 0), "10 p.m. Thursday");
	expect_time(utc(2026, 11, 27, 5, 0), "midnight Thursday");
	expect_time(utc(2026, 11, 27, 14, 0), "9 a.m. Friday");
	/* Across the fall-back change: the 25-hour day is still "tomorrow". */
	{
		time_t sat = utc(2026, 11, 1, 3, 30); /* Sat 11:30 p.m. EDT */
		time_t sun = utc(2026, 11, 2, 4, 30); /* Sun 11:30 p.m. EST */
		char buf[64];

		prose_time(sun, sat, buf, sizeof buf);
		assert_string_equal(buf, "11:30 p.m. Sunday");
	}
	setup_utc(NULL);
}

static void
test_lapsed_generic(void **state)
{
	const struct prose_rfc one[] = {
		{ "FCN", "organization", "other", "lapsed", 0 },
	};
	const struct prose_rfc two[] = {
		{ "FCN", "organization", "in person", "lapsed", 0 },
		{ "Sam Anderson", "source", "other", "lapsed", 0 },
	};
	const struct prose_rfc in_person[] = {
		{ "FCN", "organization", "in person", "lapsed", 0 },
	};

	(void)state;
	expect_no_response(one, 1,
	    "FCN did not respond to a request for comment by press time.");
	expect_no_response(in_person, 1,
	    "FCN did not respond to a request for comment by press time.");
	expect_no_response(two, 2,
	    "FCN and Sam Anderson did not respond to requests for comment "
	    "by press time.");
}

static void
test_open_counts_as_lapsed(void **state)
{
	const struct prose_rfc r[] = {
		{ "FCN", "organization", "other", "open", 0 },
		{ "Sam Anderson", "source", "other", "lapsed", 0 },
	};

	(void)state;
	expect_no_response(r, 1,
	    "FCN did not respond to a request for comment by press time.");
	expect_no_response(r, 2,
	    "FCN and Sam Anderson did not respond to requests for comment "
	    "by press time.");
}

static void
test_lapsed_email(void **state)
{
	const struct prose_rfc r[] = {
		{ "FCN", "organization", "email", "lapsed", 0 },
		{ "Sam Anderson", "source", "email", "open", 0 },
	};

	(void)state;
	expect_no_response(r, 1,
	    "FCN did not respond to an email seeking comment by press time.");
	expect_no_response(r, 2,
	    "FCN and Sam Anderson did not respond to emails seeking comment "
	    "by press time.");
}

static void
test_lapsed_phone(void **state)
{
	const struct prose_rfc r[] = {
		{ "Sam Anderson", "source", "phone", "lapsed", 0 },
		{ "Jane Roe", "staff", "phone", "lapsed", 0 },
	};

	(void)state;
	expect_no_response(r, 1,
	    "Sam Anderson did not return a phone call seeking comment by "
	    "press time.");
	expect_no_response(r, 2,
	    "Sam Anderson and Jane Roe did not return phone calls seeking "
	    "comment by press time.");
}

static void
test_lapsed_social(void **state)
{
	const struct prose_rfc r[] = {
		{ "FCN", "organization", "social", "lapsed", 0 },
		{ "ICE", "organization", "social", "lapsed", 0 },
		{ "Sam Anderson", "source", "social", "lapsed", 0 },
	};

	(void)state;
	expect_no_response(r, 1,
	    "FCN did not respond to a message on social media seeking comment "
	    "by press time.");
	expect_no_response(r, 3,
	    "FCN, ICE and Sam Anderson did not respond to messages on social "
	    "media seeking comment by press time.");
}

static void
test_lapsed_mixed_channels(void **state)
{
	const struct prose_rfc r[] = {
		{ "FCN", "organization", "email", "lapsed", 0 },
		{ "Sam Anderson", "source", "phone", "lapsed", 0 },
	};
	const struct prose_rfc no_channel[] = {
		{ "FCN", "organization", "email", "lapsed", 0 },
		{ "ICE", "organization", NULL, "lapsed", 0 },
	};

	(void)state;
	expect_no_response(r, 2,
	    "FCN and Sam Anderson did not respond to requests for comment "
	    "by press time.");
	expect_no_response(no_channel, 2,
	    "FCN and ICE did not respond to requests for comment by press "
	    "time.");
}

static void
test_lapsed_dedupe(void **state)
{
	const struct prose_rfc same[] = {
		{ "FCN", "organization", "email", "lapsed", 0 },
		{ "FCN", "organization", "email", "lapsed", 0 },
	};
	const struct prose_rfc mixed[] = {
		{ "FCN", "organization", "email", "lapsed", 0 },
		{ "Sam Anderson", "source", "email", "lapsed", 0 },
		{ "FCN", "organization", "phone", "open", 0 },
	};

	(void)state;
	/* One target, but two emails went unanswered. */
	expect_no_response(same, 2,
	    "FCN did not respond to emails seeking comment by press time.");
	expect_no_response(mixed, 3,
	    "FCN and Sam Anderson did not respond to requests for comment "
	    "by press time.");
}

static void
test_declined(void **state)
{
	const struct prose_rfc r[] = {
		{ "Carahsoft", "organization", "email", "declined", 0 },
		{ "FCN", "organization", "phone", "declined", 0 },
		{ "Carahsoft", "organization", "phone", "declined", 0 },
	};

	(void)state;
	expect_no_response(r, 1, "Carahsoft declined to comment.");
	expect_no_response(r, 2, "Carahsoft and FCN declined to comment.");
	expect_no_response(r, 3, "Carahsoft and FCN declined to comment.");
}

static void
test_promised(void **state)
{
	const struct prose_rfc org[] = {
		{ "ICE", "organization", "email", "promised",
		    utc(2026, 11, 26, 17, 0) },
	};
	const struct prose_rfc person[] = {
		{ "Sam Anderson", "source", "phone", "promised",
		    utc(2026, 11, 27, 17, 0) },
	};
	const struct prose_rfc staff[] = {
		{ "Jane Roe", "staff", "in person", "promised",
		    utc(2026, 11, 27, 12, 0) },
	};
	const struct prose_rfc no_time[] = {
		{ "ICE", "organization", "email", "promised", 0 },
	};

	(void)state;
	expect_no_response(org, 1,
	    "ICE said it would provide a statement by 5 p.m. Thursday.");
	expect_no_response(person, 1,
	    "Sam Anderson said a statement would come by 5 p.m. Friday.");
	expect_no_response(staff, 1,
	    "Jane Roe said a statement would come by noon Friday.");
	expect_no_response(no_time, 1,
	    "ICE said it would provide a statement.");
}

static void
test_promised_several(void **state)
{
	const struct prose_rfc r[] = {
		{ "ICE", "organization", "email", "promised",
		    utc(2026, 11, 30, 17, 0) },
		{ "Sam Anderson", "source", "phone", "promised",
		    utc(2026, 12, 10, 9, 30) },
		/* A second promise from ICE extends the first. */
		{ "ICE", "organization", "phone", "promised",
		    utc(2026, 12, 1, 12, 0) },
	};

	(void)state;
	expect_no_response(r, 3,
	    "ICE said it would provide a statement by noon Tuesday. "
	    "Sam Anderson said a statement would come by 9:30 a.m. Dec. 10.");
}

static void
test_answered_skipped(void **state)
{
	const struct prose_rfc r[] = {
		{ "FCN", "organization", "email", "answered", 0 },
		{ "ICE", "organization", "email", "answered", 0 },
	};
	const struct prose_rfc junk[] = {
		{ "FCN", "organization", "email", "withdrawn", 0 },
		{ NULL, "organization", "email", "lapsed", 0 },
		{ "", "organization", "email", "lapsed", 0 },
		{ "ICE", "organization", "email", NULL, 0 },
	};

	(void)state;
	expect_no_response(r, 2, "");
	expect_no_response(r, 0, "");
	expect_no_response(NULL, 0, "");
	expect_no_response(junk, 4, "");
}

static void
test_mixed_groups_in_order(void **state)
{
	/* Input order is scrambled on purpose: the output order is fixed. */
	const struct prose_rfc r[] = {
		{ "ICE", "organization", "email", "promised",
		    utc(2026, 11, 26, 17, 0) },
		{ "Carahsoft", "organization", "phone", "declined", 0 },
		{ "Jane Roe", "source", "email", "answered", 0 },
		{ "FCN", "organization", "email", "lapsed", 0 },
		{ "Sam Anderson", "source", "email", "open", 0 },
		{ "Dana Lee", "source", "phone", "promised",
		    utc(2026, 11, 28, 0, 0) },
		{ "DHS", "organization", "email", "declined", 0 },
	};

	(void)state;
	expect_no_response(r, 7,
	    "FCN and Sam Anderson did not respond to emails seeking comment "
	    "by press time. "
	    "Carahsoft and DHS declined to comment. "
	    "ICE said it would provide a statement by 5 p.m. Thursday. "
	    "Dana Lee said a statement would come by midnight Friday.");
}

static void
test_strongest_outcome_speaks(void **state)
{
	/* Whoever answered one request did not ignore the other. */
	const struct prose_rfc r[] = {
		{ "FCN", "organization", "email", "lapsed", 0 },
		{ "FCN", "organization", "phone", "answered", 0 },
		{ "ICE", "organization", "email", "lapsed", 0 },
		{ "ICE", "organization", "phone", "declined", 0 },
		{ "Sam Anderson", "source", "email", "open", 0 },
		{ "Sam Anderson", "source", "phone", "promised",
		    utc(2026, 11, 27, 17, 0) },
		{ "Jane Roe", "source", "phone", "lapsed", 0 },
	};

	(void)state;
	expect_no_response(r, 7,
	    "Jane Roe did not return a phone call seeking comment by press "
	    "time. "
	    "ICE declined to comment. "
	    "Sam Anderson said a statement would come by 5 p.m. Friday.");
}

static void
test_sentence_starts_capitalized(void **state)
{
	const struct prose_rfc r[] = {
		{ "the agency", "organization", "other", "declined", 0 },
		{ "eBay", "organization", "email", "lapsed", 0 },
	};

	(void)state;
	expect_no_response(r, 2,
	    "EBay did not respond to an email seeking comment by press time. "
	    "The agency declined to comment.");
}

static void
test_appends_to_existing_text(void **state)
{
	const struct prose_rfc r[] = {
		{ "FCN", "organization", "other", "declined", 0 },
	};
	struct pt_str s = PT_STR_INIT;

	(void)state;
	pt_str_add(&s, "Lede.");
	prose_no_response(&s, r, 1, NOW);
	/* The caller owns the space before the first sentence. */
	assert_string_equal(pt_str_cstr(&s), "Lede.FCN declined to comment.");
	pt_str_done(&s);
}

/*
 * One test per row of the wording table (src/desk/prose.c), named after
 * the row; test_rule_table checks the table has exactly these rows, so a
 * new rule without a test fails here.
 */
static void
expect_rule(enum prose_rule_id id, const char *name)
{
	const struct prose_rule *r = prose_rule(id);

	assert_non_null(r);
	assert_string_equal(r->name, name);
}

static void
test_rule_noresp_email(void **state)
{
	const struct prose_rfc r[] = {
		{ "Carahsoft", "organization", "email", "lapsed", 0 },
	};

	(void)state;
	expect_rule(PROSE_NORESP_EMAIL, "no response, email");
	expect_no_response(r, 1, "Carahsoft did not respond to an email "
	    "seeking comment by press time.");
}

static void
test_rule_noresp_phone(void **state)
{
	const struct prose_rfc r[] = {
		{ "Dana Cole", "source", "phone", "open", 0 },
	};

	(void)state;
	expect_rule(PROSE_NORESP_PHONE, "no response, phone");
	expect_no_response(r, 1, "Dana Cole did not return a phone call "
	    "seeking comment by press time.");
}

static void
test_rule_noresp_social(void **state)
{
	const struct prose_rfc r[] = {
		{ "the employee", "source", "social", "lapsed", 0 },
	};

	(void)state;
	expect_rule(PROSE_NORESP_SOCIAL, "no response, social media");
	expect_no_response(r, 1, "The employee did not respond to a message "
	    "on social media seeking comment by press time.");
}

static void
test_rule_noresp_other(void **state)
{
	const struct prose_rfc r[] = {
		{ "FCN", "organization", "in person", "lapsed", 0 },
		{ "ICE", "organization", "email", "lapsed", 0 },
	};

	(void)state;
	expect_rule(PROSE_NORESP_OTHER, "no response, mixed or other channels");
	expect_no_response(r, 1, "FCN did not respond to a request for comment "
	    "by press time.");
	expect_no_response(r, 2, "FCN and ICE did not respond to requests for "
	    "comment by press time.");
}

static void
test_rule_declined(void **state)
{
	const struct prose_rfc r[] = {
		{ "Hootsuite", "organization", "email", "declined", 0 },
		{ "the employee", "source", "social", "declined", 0 },
	};

	(void)state;
	expect_rule(PROSE_DECLINED, "declined");
	expect_no_response(r, 2, "Hootsuite and the employee declined to "
	    "comment.");
}

/* Kind decides, never capitals: an all-capitals person is a person, a
 * lower-case organization an organization. */
static void
test_rule_promise_org(void **state)
{
	const struct prose_rfc r[] = {
		{ "the agency", "organization", "email", "promised",
		    utc(2026, 11, 26, 17, 0) },
		{ "FCN", "organization", "email", "promised", 0 },
	};

	(void)state;
	expect_rule(PROSE_PROMISE_ORG, "promise, organization");
	expect_no_response(r, 1, "The agency said it would provide a "
	    "statement by 5 p.m. Thursday.");
	expect_no_response(r + 1, 1, "FCN said it would provide a statement.");
}

static void
test_rule_promise_person(void **state)
{
	const struct prose_rfc r[] = {
		{ "JD VANCE", "source", "phone", "promised",
		    utc(2026, 12, 10, 9, 30) },
	};

	(void)state;
	expect_rule(PROSE_PROMISE_PERSON, "promise, person");
	expect_no_response(r, 1, "JD VANCE said a statement would come by "
	    "9:30 a.m. Dec. 10.");
}

static void
test_rule_broken_org(void **state)
{
	/* Due 5 p.m. Tuesday; press time 2 p.m. Thursday: broken, and so is
	 * one that lapsed at publication with its promise on it. */
	const struct prose_rfc r[] = {
		{ "ICE", "organization", "email", "promised",
		    utc(2026, 11, 24, 17, 0) },
		{ "ICE", "organization", "email", "lapsed",
		    utc(2026, 11, 24, 17, 0) },
	};

	(void)state;
	expect_rule(PROSE_BROKEN_ORG, "broken promise, organization");
	expect_no_response(r, 1, "ICE said it would provide a statement by "
	    "5 p.m. Tuesday but had not done so by press time.");
	expect_no_response(r + 1, 1, "ICE said it would provide a statement by "
	    "5 p.m. Tuesday but had not done so by press time.");
	assert_true(prose_promise_broken(&r[0], NOW));
	assert_false(prose_promise_broken(&r[0], utc(2026, 11, 24, 16, 0)));
}

static void
test_rule_broken_person(void **state)
{
	const struct prose_rfc r[] = {
		{ "Sam Anderson", "source", "phone", "promised",
		    utc(2026, 11, 26, 12, 0) },
	};

	(void)state;
	expect_rule(PROSE_BROKEN_PERSON, "broken promise, person");
	expect_no_response(r, 1, "Sam Anderson said a statement would come by "
	    "noon Thursday but none had come by press time.");
}

static void
test_rule_tagline(void **state)
{
	const char *one[] = { "Dylan Martin" };
	const char *three[] = { "Dylan Martin", "Jane Roe", "Ana Ruiz" };
	struct pt_str s = PT_STR_INIT;

	(void)state;
	expect_rule(PROSE_TAGLINE, "contributors");
	prose_tagline(&s, one, 1);
	assert_string_equal(pt_str_cstr(&s),
	    "Dylan Martin contributed to this story.");
	pt_str_clear(&s);
	prose_tagline(&s, three, 3);
	assert_string_equal(pt_str_cstr(&s),
	    "Dylan Martin, Jane Roe and Ana Ruiz contributed to this story.");
	pt_str_done(&s);
}

static void
test_rule_correction(void **state)
{
	struct pt_str s = PT_STR_INIT;

	(void)state;
	expect_rule(PROSE_CORRECTION, "correction");
	prose_correction(&s, "the contract was worth $508,832, not $580,832.");
	assert_string_equal(pt_str_cstr(&s), "This story has been corrected to "
	    "show the contract was worth $508,832, not $580,832.");
	pt_str_done(&s);
}

static void
test_rule_kill(void **state)
{
	struct pt_str s = PT_STR_INIT;

	(void)state;
	expect_rule(PROSE_KILL, "kill notice");
	prose_kill(&s, "the document it relied on was forged");
	assert_string_equal(pt_str_cstr(&s), "This story has been withdrawn: "
	    "the document it relied on was forged.");
	pt_str_done(&s);
}

static void
test_rule_noon(void **state)
{
	(void)state;
	expect_rule(PROSE_NOON, "noon");
	expect_time(utc(2026, 11, 27, 12, 0), "noon Friday");
}

static void
test_rule_midnight(void **state)
{
	(void)state;
	expect_rule(PROSE_MIDNIGHT, "midnight (closes the day it ends)");
	expect_time(utc(2026, 11, 28, 0, 0), "midnight Friday");
}

static void
test_rule_am(void **state)
{
	(void)state;
	expect_rule(PROSE_AM, "morning");
	expect_time(utc(2026, 11, 27, 9, 5), "9:05 a.m. Friday");
}

static void
test_rule_pm(void **state)
{
	(void)state;
	expect_rule(PROSE_PM, "afternoon and evening");
	expect_time(utc(2026, 11, 27, 17, 0), "5 p.m. Friday");
}

static void
test_rule_list_and(void **state)
{
	const char *three[] = { "FCN", "ICE", "Carahsoft" };

	(void)state;
	expect_rule(PROSE_LIST_AND, "lists: no serial comma");
	expect_list(three, 3, "FCN, ICE and Carahsoft");
}

#define RULE_TESTS 17

static void
test_rule_table(void **state)
{
	(void)state;
	/* Every row has words; one test above per row. */
	assert_int_equal(PROSE_NRULES, RULE_TESTS);
	for (int i = 0; i < PROSE_NRULES; i++) {
		assert_non_null(prose_rule((enum prose_rule_id)i)->name);
		assert_non_null(prose_rule((enum prose_rule_id)i)->one);
	}
	assert_null(prose_rule(PROSE_NRULES));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_list_appends),
		cmocka_unit_test(test_tagline),
		cmocka_unit_test(test_time_clock),
		cmocka_unit_test(test_time_midnight_closes_its_day),
		cmocka_unit_test(test_time_day_names),
		cmocka_unit_test(test_time_dates),
		cmocka_unit_test(test_time_dated),
		cmocka_unit_test(test_time_short),
		cmocka_unit_test(test_time_small_buffer),
		cmocka_unit_test(test_time_local_zone),
		cmocka_unit_test(test_lapsed_generic),
		cmocka_unit_test(test_open_counts_as_lapsed),
		cmocka_unit_test(test_lapsed_email),
		cmocka_unit_test(test_lapsed_phone),
		cmocka_unit_test(test_lapsed_social),
		cmocka_unit_test(test_lapsed_mixed_channels),
		cmocka_unit_test(test_lapsed_dedupe),
		cmocka_unit_test(test_declined),
		cmocka_unit_test(test_promised),
		cmocka_unit_test(test_promised_several),
		cmocka_unit_test(test_answered_skipped),
		cmocka_unit_test(test_mixed_groups_in_order),
		cmocka_unit_test(test_strongest_outcome_speaks),
		cmocka_unit_test(test_sentence_starts_capitalized),
		cmocka_unit_test(test_appends_to_existing_text),
		cmocka_unit_test(test_rule_noresp_email),
		cmocka_unit_test(test_rule_noresp_phone),
		cmocka_unit_test(test_rule_noresp_social),
		cmocka_unit_test(test_rule_noresp_other),
		cmocka_unit_test(test_rule_declined),
		cmocka_unit_test(test_rule_promise_org),
		cmocka_unit_test(test_rule_promise_person),
		cmocka_unit_test(test_rule_broken_org),
		cmocka_unit_test(test_rule_broken_person),
		cmocka_unit_test(test_rule_tagline),
		cmocka_unit_test(test_rule_correction),
		cmocka_unit_test(test_rule_kill),
		cmocka_unit_test(test_rule_noon),
		cmocka_unit_test(test_rule_midnight),
		cmocka_unit_test(test_rule_am),
		cmocka_unit_test(test_rule_pm),
		cmocka_unit_test(test_rule_list_and),
		cmocka_unit_test(test_rule_table),
	};

	return cmocka_run_group_tests(tests, setup_utc, NULL);
}
