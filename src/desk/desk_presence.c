/* Presence as the desk keeps it: this session's heartbeat, its leaving,
 * and who else is here (presence.h). Soft only: no operation ever looks
 * at presence to refuse anything. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/presence.h"
#include "desk_int.h"

enum { BEAT_S = 15, STALE_S = 60 };

void
desk_presence_timing(int *beat_s, int *stale_s)
{
	const char *env = getenv("PRESSTIME_PRESENCE");
	int b, s;

	*beat_s = BEAT_S;
	*stale_s = STALE_S;
	/* Test-only: "BEAT,STALE" in seconds, so a test sees a killed
	 * session go in seconds rather than a minute. */
	if (env != NULL && sscanf(env, "%d,%d", &b, &s) == 2 && b > 0 &&
	    s > b && s <= 3600) {
		*beat_s = b;
		*stale_s = s;
	}
}

int
desk_presence_beat(struct desk *d, long long story_id, const char *doing,
    long patience_ms, struct pt_err *err)
{
	struct presence_new p = { 0 };
	time_t now = time(NULL);
	int beat, stale, rc;

	desk_presence_timing(&beat, &stale);
	p.session = d->session;
	p.login = d->login;
	p.name = d->name;
	p.story_id = story_id;
	p.doing = doing;
	p.seen_at = now;
	if ((rc = pt_db_begin_within(d->db, patience_ms, err)) < 0)
		return rc;
	if ((rc = presence_touch(d->db, &p, err)) < 0 ||
	    (rc = presence_stale_delete(d->db, now - stale, err)) < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}

int
desk_presence_leave(struct desk *d, long patience_ms, struct pt_err *err)
{
	int rc;

	if ((rc = pt_db_begin_within(d->db, patience_ms, err)) < 0)
		return rc;
	if ((rc = presence_delete(d->db, d->session, err)) < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}

int
desk_presence_others(struct desk *d, struct presence_list *out,
    struct pt_err *err)
{
	int beat, stale;

	desk_presence_timing(&beat, &stale);
	return presence_list(d->db, d->session, time(NULL) - stale, out, err);
}
