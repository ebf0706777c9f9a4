/* Alerts: what the clock and the data say needs an editor now. A
 * deadline, a request's due time or a promised time that passed, and a
 * source that answered after publication. Computed, not stored: the
 * times passing in a window (since, now] are found through the indexes
 * the queue already has, so any number of screens can ask each second.
 * What is stored is only which user was already told (alert_claim). */
#ifndef PRESSTIME_ALERT_H
#define PRESSTIME_ALERT_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct pt_db;
struct filter;

enum alert_kind {
	ALERT_DEADLINE,  /* a live story's deadline passed */
	ALERT_REQUEST,   /* an open request's due time passed */
	ALERT_PROMISE,   /* a promised statement's time passed: broken */
	ALERT_ANSWER     /* a source answered after publication */
};

struct alert {
	enum alert_kind kind;
	long long story_id;
	char *slug;
	char *who;       /* the request's target; NULL for a deadline */
	char *detail;    /* ALERT_ANSWER: the word, "answered", "declined"
	                  * or "promised"; else NULL */
	time_t at;       /* the time that passed; the answer's time */
	long long ref;   /* the request (or, for ALERT_ANSWER, the change
	                  * row) it is about; the story for a deadline */
	/* One event, the same in every process: "deadline:12:1764630000"
	 * (a deadline moved and passed again is a new event). */
	char key[96];
};

struct alert_list {
	struct alert *v;  /* in the order of their times */
	size_t n;
};

/* The newest history row, where alert_scan's look for late answers
 * starts (what came before is old news). */
int alert_mark(struct pt_db *db, long long *mark, struct pt_err *err);
/* The alerts of stories matching f (NULL: every story): times that
 * passed in (since, now], and answers after publication recorded in the
 * history after *mark (moved past what was read). Short reads only: no
 * transaction is left open. Free out with alert_list_free. */
int alert_scan(struct pt_db *db, const struct filter *f, time_t since,
    time_t now, long long *mark, struct alert_list *out,
    struct pt_err *err);
void alert_list_free(struct alert_list *l);
/* The query plans of alert_scan's looks under f, "kind: step" a line,
 * for the test that keeps each look on an index (tests/unit/
 * test_plan.c). The caller frees *out. */
int alert_scan_plan(struct pt_db *db, const struct filter *f, char **out,
    struct pt_err *err);

/* Inside the caller's write transaction: records that login was told of
 * the event key at `at`; *first is 1 when this call did (the one window
 * of the user that runs notify_command), 0 when another had already.
 * The user's records older than a week go with it. */
int alert_claim(struct pt_db *db, const char *login, const char *key,
    time_t at, int *first, struct pt_err *err);

/* The kind's short name, "deadline", "request", "promise", "answer". */
const char *alert_kind_name(enum alert_kind k);

#endif
