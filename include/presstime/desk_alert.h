/* The desk's side of alerts (alert.h) and the feed (feed.h): their
 * words, and the record of which user was told of an alert, so
 * notify_command runs once per user. */
#ifndef PRESSTIME_DESK_ALERT_H
#define PRESSTIME_DESK_ALERT_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

struct alert;
struct desk;
struct feed_event;
struct pt_str;

/* The alert in the desk's words, one line, lowercase as the message
 * bar speaks: "deadline passed: hootsuite-ice (5 p.m.)", "request
 * overdue: FCN on hootsuite-ice (due 5 p.m.)", "promise broken: ICE on
 * hootsuite-ice (a statement by 5 p.m.)", "answered after publication:
 * Carahsoft on hootsuite-ice (needs an update)". Not sanitized: the
 * face that draws it does that. */
void desk_alert_text(const struct alert *a, time_t now, char *buf, size_t n);

/* Records, in one short write transaction, that this desk's user was
 * told of a; *first is 1 when no other window of the user had been. A
 * writer holding the lock longer than patience_ms makes it PT_EBUSY
 * (try again later: a screen never waits long for this). */
int desk_alert_claim(struct desk *d, const struct alert *a, long patience_ms,
    int *first, struct pt_err *err);

/* A row of the feed (feed.h) in words, appended to out: "tkeiser moved
 * hootsuite-ice from editing to copydesk", "dmartin logged on
 * hootsuite-ice: ..." (long text cut, first line only). */
void desk_feed_text(const struct feed_event *ev, struct pt_str *out);

#endif
