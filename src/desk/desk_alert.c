/* Alerts in the desk's words, and who has been told of them. */
#include "config.h"

#include <stdio.h>

#include "presstime/alert.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/desk_alert.h"
#include "presstime/prose.h"
#include "presstime/ptime.h"
#include "desk_int.h"

void
desk_alert_text(const struct alert *a, time_t now, char *buf, size_t n)
{
	const char *who = a->who != NULL ? a->who : "a source";
	char when[48];

	prose_time_short(a->at, now, when, sizeof when);
	switch (a->kind) {
	case ALERT_DEADLINE:
		snprintf(buf, n, "deadline passed: %s (%s)", a->slug, when);
		break;
	case ALERT_REQUEST:
		snprintf(buf, n, "request overdue: %s on %s (due %s)", who,
		    a->slug, when);
		break;
	case ALERT_PROMISE:
		snprintf(buf, n, "promise broken: %s on %s (a statement by "
		    "%s)", who, a->slug, when);
		break;
	case ALERT_ANSWER:
		snprintf(buf, n, "%s after publication: %s on %s (needs an "
		    "update)", a->detail != NULL ? a->detail : "answered", who,
		    a->slug);
		break;
	default:
		snprintf(buf, n, "alert on %s", a->slug);
		break;
	}
}

int
desk_alert_claim(struct desk *d, const struct alert *a, long patience_ms,
    int *first, struct pt_err *err)
{
	int rc;

	*first = 0;
	if ((rc = pt_db_begin_within(d->db, patience_ms, err)) < 0)
		return rc;
	rc = alert_claim(d->db, d->login, a->key, ptime_now(), first, err);
	if (rc < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}
