/* The sentences a story carries at press time, built from data.
 * English, AP style: lists have no serial comma. Pure, no I/O. */
#ifndef PRESSTIME_PROSE_H
#define PRESSTIME_PROSE_H

#include <stddef.h>
#include <time.h>

#include "presstime/str.h"

/* One request for comment as the sentence builder sees it. */
struct prose_rfc {
	const char *target;  /* "Sam Anderson", "FCN" */
	const char *kind;    /* person kind: "staff", "source", "organization" */
	const char *channel; /* "email", "phone", "social", "in person", "other" */
	const char *state;   /* "lapsed", "declined", "promised", "answered", "open" */
	time_t promised_by;  /* for "promised" */
};

/* The wording rules, one table in prose.c (see there). */
enum prose_rule_id {
	PROSE_NORESP_EMAIL, PROSE_NORESP_PHONE, PROSE_NORESP_SOCIAL,
	PROSE_NORESP_OTHER, PROSE_DECLINED, PROSE_PROMISE_ORG,
	PROSE_PROMISE_PERSON, PROSE_BROKEN_ORG, PROSE_BROKEN_PERSON,
	PROSE_TAGLINE, PROSE_CORRECTION, PROSE_KILL, PROSE_NOON,
	PROSE_MIDNIGHT, PROSE_AM, PROSE_PM, PROSE_LIST_AND, PROSE_NRULES
};
struct prose_rule {
	const char *name;  /* what the rule is about, for tests and docs */
	const char *one;   /* the words for one ({} subject, [] time/text) */
	const char *many;  /* for several, or NULL when there is no plural */
};
/* Row id of the table; NULL out of range. Static storage. */
const struct prose_rule *prose_rule(enum prose_rule_id id);

/* A time in AP style for prose, relative to now (local zone: the
 * newsroom's): the day of the week within seven days either side
 * ("5 p.m. Thursday", "noon Friday"), the date beyond ("9:30 a.m. Nov.
 * 30", "5 p.m. Jan. 4, 2027"); midnight closes the day it ends. */
void prose_time(time_t t, time_t now, char *buf, size_t n);
/* The same without the day when t is today ("5 p.m."), for what is
 * said at once and never stored: an alert on the message bar. */
void prose_time_short(time_t t, time_t now, char *buf, size_t n);
/* The same always with the date ("5 p.m. Dec. 3"), for text that is
 * stored: a weekday goes stale, a date does not. now only decides
 * whether the year is said. */
void prose_time_dated(time_t t, time_t now, char *buf, size_t n);
/* "A", "A and B", "A, B and C". */
void prose_list(struct pt_str *out, const char *const *items, size_t n);
/* "Dylan Martin contributed to this story." Nothing for n == 0. */
void prose_tagline(struct pt_str *out, const char *const *names, size_t n);
/* "This story has been corrected to show TEXT." and "This story has been
 * withdrawn: TEXT." (a full stop the editor typed is not doubled). */
void prose_correction(struct pt_str *out, const char *text);
void prose_kill(struct pt_str *out, const char *text);
/* 1 when r is a promise whose time passed with nothing by now, or a
 * request that lapsed with a promise on it. */
int prose_promise_broken(const struct prose_rfc *r, time_t now);
/* Sentences for requests that got no answer, grouped by outcome:
 * "FCN and Sam Anderson did not respond to requests for comment by press
 * time.", "The agency declined to comment." style lines ("ICE declined to
 * comment."), "ICE said it would provide a statement by 5 p.m. Thursday."; a promise
 * whose time passed by now: "... by 5 p.m. Thursday but had not done so
 * by press time."
 * (a person: "X said a statement would come by ..."). Channel-aware
 * where all requests in a group share one channel ("did not respond to an
 * email seeking comment"). Open requests count as not responded (the
 * caller passes open ones only when previewing). Answered ones are skipped.
 * Sentences are separated by one space; nothing is written when none apply. */
void prose_no_response(struct pt_str *out, const struct prose_rfc *rfcs,
    size_t n, time_t now);

#endif
