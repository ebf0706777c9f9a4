/* Press-time sentences, AP style: lists, taglines, times, no-comment lines. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "presstime/prose.h"
#include "presstime/states.h"

/* AP abbreviates the long months only. */
static const char *const months[12] = {
	"Jan.", "Feb.", "March", "April", "May", "June",
	"July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
};

static const char *const weekdays[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"
};

/*
 * Every wording rule of the press-time record, one row each: the rule's
 * name (tests/unit/test_prose.c has one test per row), the words for one
 * request, person or item, and the words for several. "{}" stands for
 * the subject (a target, a list of names) and "[]" for a time or a text.
 * The channel rows follow AP practice: a call is "returned", an email or
 * a message "responded to". A person's kind alone, never the shape of a
 * name, decides between the organization and person rows.
 */
static const struct prose_rule rules[PROSE_NRULES] = {
	[PROSE_NORESP_EMAIL] = { "no response, email",
	    "{} did not respond to an email seeking comment by press time.",
	    "{} did not respond to emails seeking comment by press time." },
	[PROSE_NORESP_PHONE] = { "no response, phone",
	    "{} did not return a phone call seeking comment by press time.",
	    "{} did not return phone calls seeking comment by press time." },
	[PROSE_NORESP_SOCIAL] = { "no response, social media",
	    "{} did not respond to a message on social media seeking comment "
	    "by press time.",
	    "{} did not respond to messages on social media seeking comment "
	    "by press time." },
	[PROSE_NORESP_OTHER] = { "no response, mixed or other channels",
	    "{} did not respond to a request for comment by press time.",
	    "{} did not respond to requests for comment by press time." },
	[PROSE_DECLINED] = { "declined",
	    "{} declined to comment.", "{} declined to comment." },
	[PROSE_PROMISE_ORG] = { "promise, organization",
	    "{} said it would provide a statement by [].",
	    "{} said it would provide a statement." },
	[PROSE_PROMISE_PERSON] = { "promise, person",
	    "{} said a statement would come by [].",
	    "{} said a statement would come." },
	[PROSE_BROKEN_ORG] = { "broken promise, organization",
	    "{} said it would provide a statement by [] but had not done so "
	    "by press time.", NULL },
	[PROSE_BROKEN_PERSON] = { "broken promise, person",
	    "{} said a statement would come by [] but none had come by press "
	    "time.", NULL },
	[PROSE_TAGLINE] = { "contributors",
	    "{} contributed to this story.", "{} contributed to this story." },
	[PROSE_CORRECTION] = { "correction",
	    "This story has been corrected to show [].", NULL },
	[PROSE_KILL] = { "kill notice",
	    "This story has been withdrawn: [].", NULL },
	[PROSE_NOON] = { "noon", "noon", NULL },
	[PROSE_MIDNIGHT] = { "midnight (closes the day it ends)", "midnight",
	    NULL },
	[PROSE_AM] = { "morning", "a.m.", NULL },
	[PROSE_PM] = { "afternoon and evening", "p.m.", NULL },
	[PROSE_LIST_AND] = { "lists: no serial comma", " and ", ", " },
};

const struct prose_rule *
prose_rule(enum prose_rule_id id)
{
	return (int)id >= 0 && id < PROSE_NRULES ? &rules[id] : NULL;
}

/*
 * Writes rule id (plural: its "several" words when it has them) with {}
 * as subject and [] as value. A subject that opens the sentence has its
 * first letter raised ("the agency" -> "The agency").
 */
static void
rule_add(struct pt_str *out, enum prose_rule_id id, int plural,
    const char *subject, const char *value)
{
	const char *start = plural && rules[id].many != NULL ?
	    rules[id].many : rules[id].one;

	for (const char *t = start; *t != '\0'; t++) {
		if (t[0] == '{' && t[1] == '}') {
			if (subject != NULL && t == start &&
			    islower((unsigned char)subject[0])) {
				pt_str_addc(out,
				    (char)toupper((unsigned char)subject[0]));
				pt_str_add(out, subject + 1);
			} else if (subject != NULL)
				pt_str_add(out, subject);
			t++;
		} else if (t[0] == '[' && t[1] == ']') {
			if (value != NULL)
				pt_str_add(out, value);
			t++;
		} else
			pt_str_addc(out, *t);
	}
}

/*
 * Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm).
 * Counting calendar days this way, rather than dividing seconds, keeps
 * "tomorrow" right across a daylight-saving change.
 */
static long
civil_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static long
tm_days(const struct tm *tm)
{
	return civil_days(tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday);
}

/*
 * AP: "midnight" closes the day it ends, so 00:00 on Friday is "midnight
 * Thursday"; the day is named from the second before.
 */
/* clock_and_day's third mode: today's times without the day. */
enum { PROSE_CLOCK_TODAY = 2 };

static void
clock_and_day(time_t t, time_t now, int dated, char *buf, size_t n)
{
	struct tm tt, day, tn;
	char clock[16], date[32];
	long ahead;
	int h;

	if (n == 0)
		return;
	if (localtime_r(&t, &tt) == NULL || localtime_r(&now, &tn) == NULL) {
		buf[0] = '\0';
		return;
	}
	day = tt;
	if (tt.tm_hour == 0 && tt.tm_min == 0) {
		time_t before = t - 1;

		snprintf(clock, sizeof clock, "%s", rules[PROSE_MIDNIGHT].one);
		if (localtime_r(&before, &day) == NULL)
			day = tt;
	} else if (tt.tm_hour == 12 && tt.tm_min == 0)
		snprintf(clock, sizeof clock, "%s", rules[PROSE_NOON].one);
	else {
		h = tt.tm_hour % 12 == 0 ? 12 : tt.tm_hour % 12;
		if (tt.tm_min == 0)
			snprintf(clock, sizeof clock, "%d %s", h,
			    rules[tt.tm_hour < 12 ? PROSE_AM : PROSE_PM].one);
		else
			snprintf(clock, sizeof clock, "%d:%02d %s", h,
			    tt.tm_min,
			    rules[tt.tm_hour < 12 ? PROSE_AM : PROSE_PM].one);
	}

	/* AP: the day of the week within seven days either side of now,
	 * the month and day beyond; the year only when it is not this one.
	 * Never "today": the words outlive the day they were written. */
	ahead = tm_days(&day) - tm_days(&tn);
	if (dated == PROSE_CLOCK_TODAY && ahead == 0) {
		snprintf(buf, n, "%s", clock);
		return;
	}
	if (dated != 1 && ahead >= -6 && ahead <= 6)
		snprintf(date, sizeof date, "%s", weekdays[day.tm_wday]);
	else if (day.tm_year == tn.tm_year)
		snprintf(date, sizeof date, "%s %d", months[day.tm_mon],
		    day.tm_mday);
	else
		snprintf(date, sizeof date, "%s %d, %d", months[day.tm_mon],
		    day.tm_mday, day.tm_year + 1900);
	snprintf(buf, n, "%s %s", clock, date);
}

void
prose_time(time_t t, time_t now, char *buf, size_t n)
{
	clock_and_day(t, now, 0, buf, n);
}

void
prose_time_short(time_t t, time_t now, char *buf, size_t n)
{
	clock_and_day(t, now, PROSE_CLOCK_TODAY, buf, n);
}

void
prose_time_dated(time_t t, time_t now, char *buf, size_t n)
{
	clock_and_day(t, now, 1, buf, n);
}

void
prose_list(struct pt_str *out, const char *const *items, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			pt_str_add(out, i == n - 1 ? rules[PROSE_LIST_AND].one :
			    rules[PROSE_LIST_AND].many);
		pt_str_add(out, items[i]);
	}
}

void
prose_tagline(struct pt_str *out, const char *const *names, size_t n)
{
	struct pt_str list = PT_STR_INIT;

	if (n == 0)
		return;
	prose_list(&list, names, n);
	rule_add(out, PROSE_TAGLINE, n > 1, pt_str_cstr(&list), NULL);
	pt_str_done(&list);
}

/* The text an editor typed, without the full stop the rule adds. */
static void
notice_add(struct pt_str *out, enum prose_rule_id id, const char *text)
{
	struct pt_str t = PT_STR_INIT;

	pt_str_add(&t, text != NULL ? text : "");
	while (t.len > 0 && (t.buf[t.len - 1] == '.' ||
	    t.buf[t.len - 1] == ' ' || t.buf[t.len - 1] == '\n'))
		t.buf[--t.len] = '\0';
	rule_add(out, id, 0, NULL, pt_str_cstr(&t));
	pt_str_done(&t);
}

void
prose_correction(struct pt_str *out, const char *text)
{
	notice_add(out, PROSE_CORRECTION, text);
}

void
prose_kill(struct pt_str *out, const char *text)
{
	notice_add(out, PROSE_KILL, text);
}

/*
 * Outcomes, weakest first. When one target got several requests the
 * strongest outcome speaks for it: a source who answered by phone must
 * not be said to have ignored the email.
 */
enum outcome {
	OUT_SKIP,	/* unknown state or no target */
	OUT_LAPSED,	/* lapsed or still open */
	OUT_BROKEN,	/* promised by a time that passed before press time */
	OUT_PROMISED,
	OUT_DECLINED,	/* a refusal is a firmer answer than a promise */
	OUT_ANSWERED
};

/* A promise is broken once its time has passed with nothing, and a
 * request that lapsed with a promise on it lapsed as a broken one. */
static enum outcome
outcome_of(const struct prose_rfc *r, time_t now)
{
	if (r->target == NULL || r->target[0] == '\0' || r->state == NULL)
		return OUT_SKIP;
	if (state_rfc_is(r->state, RFC_LAPSED))
		return r->promised_by != 0 ? OUT_BROKEN : OUT_LAPSED;
	if (state_rfc_is(r->state, RFC_OPEN))
		return OUT_LAPSED;
	if (state_rfc_is(r->state, RFC_PROMISED))
		return r->promised_by != 0 && r->promised_by <= now ?
		    OUT_BROKEN : OUT_PROMISED;
	if (state_rfc_is(r->state, RFC_DECLINED))
		return OUT_DECLINED;
	if (state_rfc_is(r->state, RFC_ANSWERED))
		return OUT_ANSWERED;
	return OUT_SKIP;
}

int
prose_promise_broken(const struct prose_rfc *r, time_t now)
{
	return outcome_of(r, now) == OUT_BROKEN;
}

/* What the no-response builder works from: each request's own outcome
 * and the outcome that speaks for its target. */
struct tally {
	const struct prose_rfc *rfcs;
	size_t n;
	enum outcome *own;
	enum outcome *best;
};

static void
tally_init(struct tally *t, const struct prose_rfc *rfcs, size_t n,
    time_t now)
{
	size_t i, j;

	t->rfcs = rfcs;
	t->n = n;
	t->own = pt_xcalloc(n, sizeof *t->own);
	t->best = pt_xcalloc(n, sizeof *t->best);
	for (i = 0; i < n; i++)
		t->own[i] = outcome_of(&rfcs[i], now);
	for (i = 0; i < n; i++) {
		t->best[i] = t->own[i];
		if (t->own[i] == OUT_SKIP)
			continue;
		for (j = 0; j < n; j++) {
			if (t->own[j] > t->best[i] &&
			    strcmp(rfcs[j].target, rfcs[i].target) == 0)
				t->best[i] = t->own[j];
		}
	}
}

static void
tally_done(struct tally *t)
{
	free(t->own);
	free(t->best);
}

/* 1 when request i belongs in the group for outcome o. */
static int
in_group(const struct tally *t, size_t i, enum outcome o)
{
	return t->own[i] == o && t->best[i] == o;
}

/* 1 when request i is the first of its target in group o. */
static int
first_in_group(const struct tally *t, size_t i, enum outcome o)
{
	size_t j;

	if (!in_group(t, i, o))
		return 0;
	for (j = 0; j < i; j++) {
		if (in_group(t, j, o) &&
		    strcmp(t->rfcs[j].target, t->rfcs[i].target) == 0)
			return 0;
	}
	return 1;
}

/* One space between sentences. */
static void
sentence_gap(struct pt_str *out, int *count)
{
	if ((*count)++ > 0)
		pt_str_addc(out, ' ');
}

/*
 * "A and B" for the targets of group o, into list; returns the number of
 * targets and sets *requests to the number of requests behind them.
 */
static size_t
group_targets(const struct tally *t, enum outcome o, struct pt_str *list,
    size_t *requests)
{
	const char **names;
	size_t i, count = 0;

	*requests = 0;
	names = pt_xcalloc(t->n ? t->n : 1, sizeof *names);
	for (i = 0; i < t->n; i++) {
		if (in_group(t, i, o))
			(*requests)++;
		if (first_in_group(t, i, o))
			names[count++] = t->rfcs[i].target;
	}
	prose_list(list, names, count);
	free(names);
	return count;
}

/* The channel every request in group o went through, else NULL. */
static const char *
group_channel(const struct tally *t, enum outcome o)
{
	const char *channel = NULL;
	size_t i;

	for (i = 0; i < t->n; i++) {
		if (!in_group(t, i, o))
			continue;
		if (t->rfcs[i].channel == NULL)
			return NULL;
		if (channel == NULL)
			channel = t->rfcs[i].channel;
		else if (strcmp(channel, t->rfcs[i].channel) != 0)
			return NULL;
	}
	return channel;
}

static void
say_lapsed(struct pt_str *out, int *count, const struct tally *t)
{
	struct pt_str list = PT_STR_INIT;
	enum prose_rule_id id = PROSE_NORESP_OTHER;
	const char *channel;
	size_t requests;

	if (group_targets(t, OUT_LAPSED, &list, &requests) == 0) {
		pt_str_done(&list);
		return;
	}
	channel = group_channel(t, OUT_LAPSED);
	if (channel == NULL)
		channel = "";
	if (strcmp(channel, "email") == 0)
		id = PROSE_NORESP_EMAIL;
	else if (strcmp(channel, "phone") == 0)
		id = PROSE_NORESP_PHONE;
	else if (strcmp(channel, "social") == 0)
		id = PROSE_NORESP_SOCIAL;
	sentence_gap(out, count);
	rule_add(out, id, requests > 1, pt_str_cstr(&list), NULL);
	pt_str_done(&list);
}

static void
say_declined(struct pt_str *out, int *count, const struct tally *t)
{
	struct pt_str list = PT_STR_INIT;
	size_t requests, n;

	if ((n = group_targets(t, OUT_DECLINED, &list, &requests)) > 0) {
		sentence_gap(out, count);
		rule_add(out, PROSE_DECLINED, n > 1, pt_str_cstr(&list), NULL);
	}
	pt_str_done(&list);
}

/* The person's kind decides, never the shape of the name. */
static int
is_organization(const struct prose_rfc *r)
{
	return r->kind != NULL && strcmp(r->kind, "organization") == 0;
}

/*
 * One sentence per promising target of group o (kept or broken). A
 * target that promised twice gets the later time: a second promise is
 * usually an extension of the first.
 */
static void
say_promised(struct pt_str *out, int *count, const struct tally *t,
    enum outcome o, time_t now)
{
	const struct prose_rfc *r;
	char when[64] = "";
	time_t by;
	size_t i, j;
	int org;

	for (i = 0; i < t->n; i++) {
		if (!first_in_group(t, i, o))
			continue;
		r = &t->rfcs[i];
		by = r->promised_by;
		for (j = i + 1; j < t->n; j++) {
			if (in_group(t, j, o) &&
			    strcmp(t->rfcs[j].target, r->target) == 0 &&
			    t->rfcs[j].promised_by > by)
				by = t->rfcs[j].promised_by;
		}
		org = is_organization(r);
		sentence_gap(out, count);
		if (by != 0)
			prose_time(by, now, when, sizeof when);
		if (o == OUT_BROKEN)
			rule_add(out, org ? PROSE_BROKEN_ORG :
			    PROSE_BROKEN_PERSON, 0, r->target, when);
		else
			rule_add(out, org ? PROSE_PROMISE_ORG :
			    PROSE_PROMISE_PERSON, by == 0, r->target,
			    by != 0 ? when : NULL);
	}
}

void
prose_no_response(struct pt_str *out, const struct prose_rfc *rfcs,
    size_t n, time_t now)
{
	struct tally t;
	int count = 0;

	if (n == 0)
		return;
	tally_init(&t, rfcs, n, now);
	say_lapsed(out, &count, &t);
	say_declined(out, &count, &t);
	say_promised(out, &count, &t, OUT_BROKEN, now);
	say_promised(out, &count, &t, OUT_PROMISED, now);
	tally_done(&t);
}
