/* Requests for comment: asking, following up, and recording outcomes. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/db.h"
#include "desk_int.h"
#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/person.h"
#include "presstime/prose.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/workflow.h"

/* A new target's kind is the user's word, never guessed: "ICE" may be a
 * person's nickname and "the agency" an organization. Known people keep
 * theirs. PT_EINVAL asking for it when the target is new. */
static int
target_kind(struct desk *d, const char *name, const char *given,
    const char **kind, struct pt_err *err)
{
	struct person p;
	struct pt_err ignore;
	int rc;

	if (given != NULL) {
		*kind = given;
		return 0;
	}
	rc = person_find(d->db, name, &p, &ignore);
	if (rc == 0) {
		*kind = NULL;
		person_done(&p);
		return 0;
	}
	if (rc != PT_ENOENT)
		return pt_errf(err, rc, "%s", ignore.msg);
	return pt_errf(err, PT_EINVAL, "\"%s\" is new to the newsroom: is "
	    "it a person or an organization? (--kind source for a person, "
	    "--kind organization, --kind staff)", name);
}

int
desk_person_known(struct desk *d, const char *name)
{
	struct person p;

	if (person_find(d->db, name, &p, NULL) != 0)
		return 0;
	person_done(&p);
	return 1;
}

/* Logs what happened to a request at `when` (0: now). */
static int
log_rfc_entry(struct desk *d, long long story_id, time_t when,
    const char *kind, const char *body, const char *source,
    struct pt_err *err)
{
	struct desk_entry de;

	memset(&de, 0, sizeof de);
	de.kind = kind;
	de.body = body;
	de.source = source;
	de.occurred_at = when;
	return desk_entry_add(d, story_id, &de, ptime_now(), NULL, err);
}

int
desk_rfc_add(struct desk *d, const char *slug, const struct desk_rfc *dr,
    long long *id_out, struct pt_err *err)
{
	const char *channel = dr->channel != NULL ? dr->channel : "email";
	struct person p;
	struct story *s;
	struct rfc r;
	char body[512], due[96] = "";
	const char *kind = NULL;
	long long id;
	int rc;

	if (dr->target == NULL || dr->target[0] == '\0')
		return pt_errf(err, PT_EINVAL, "whom was comment asked of? the "
		    "target is empty");
	if (rfc_channel_valid(channel, err) < 0)
		return PT_EINVAL;
	if (dr->kind != NULL && person_kind_valid(dr->kind, err) < 0)
		return PT_EINVAL;
	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return desk_fail(d, rc);
	memset(&p, 0, sizeof p);
	memset(&r, 0, sizeof r);
	rc = target_kind(d, dr->target, dr->kind, &kind, err);
	if (rc == 0)
		rc = person_ensure(d->db, dr->target, kind, &p, err);
	if (rc == 0) {
		r.story_id = s->id;
		r.person_id = p.id;
		r.channel = pt_xstrdup(channel);
		r.asked_at = dr->asked_at != 0 ? dr->asked_at : ptime_now();
		r.asked_by = pt_xstrdup(d->login);
		r.due_at = dr->due_at;
		r.attempts = 1;
		r.state = pt_xstrdup(state_rfc_name(RFC_OPEN));
		rc = rfc_insert(d->db, &r, err);
	}
	if (rc == 0) {
		if (dr->due_at != 0) {
			char t[48];

			prose_time_dated(dr->due_at, ptime_now(), t,
			    sizeof t);
			snprintf(due, sizeof due, ", answer wanted by %s", t);
		}
		snprintf(body, sizeof body, "Asked %s for comment by %s%s.",
		    p.name, channel, due);
		rc = log_rfc_entry(d, s->id, r.asked_at, "rfc", body, p.name,
		    err);
	}
	if (rc == 0)
		rc = desk_record_request(d, s->id, r.id, NULL,
		    state_rfc_name(RFC_OPEN), body, r.asked_at, err);
	if (rc == 0)
		rc = story_touch(d->db, s->id, ptime_now(), d->login, err);
	person_done(&p);
	id = r.id;
	rfc_done(&r);
	story_free(s);
	if (rc < 0)
		return desk_fail(d, rc);
	if ((rc = pt_db_commit(d->db, err)) < 0)
		return rc;
	if (id_out != NULL)
		*id_out = id;
	return 0;
}

/* Loads request id and checks it belongs to the story. */
static int
rfc_of_story(struct desk *d, struct story *s, long long id, struct rfc *r,
    struct pt_err *err)
{
	int rc = rfc_get(d->db, id, r, err);

	if (rc < 0)
		return rc;
	if (r->story_id != s->id) {
		rfc_done(r);
		return pt_errf(err, PT_ENOENT, "request id:%lld is not on %s "
		    "(see: presstime rfc ls %s)", id, s->slug, s->slug);
	}
	return 0;
}

int
desk_rfc_resolve(struct desk *d, const char *slug, long long id,
    const char *state, const char *text, time_t promised_by, time_t at,
    struct pt_err *err)
{
	return desk_rfc_resolve_flag(d, slug, id, state, text, promised_by,
	    at, NULL, err);
}

int
desk_rfc_resolve_flag(struct desk *d, const char *slug, long long id,
    const char *state, const char *text, time_t promised_by, time_t at,
    struct pt_str *news, struct pt_err *err)
{
	struct story *s;
	struct rfc r;
	struct pt_str body = PT_STR_INIT;
	const char *kind = "rfc";
	char *r_target = NULL, *old_state = NULL;
	time_t now, when;
	int rc, after = 0;

	/* An outcome is what an open request may become. */
	if (!workflow_rfc_allowed(state_rfc_name(RFC_OPEN), state))
		return pt_errf(err, PT_EINVAL, "a request can be answered, "
		    "declined, promised or lapsed, not \"%s\"", state);
	if (state_rfc_is(state, RFC_ANSWERED) && (text == NULL || !*text))
		return pt_errf(err, PT_EINVAL, "what did they say? an answer "
		    "needs its text");
	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	/* Stamped once the lock is ours, for the request and its entry
	 * alike: a wait for it is not "when". */
	now = ptime_now();
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return desk_fail(d, rc);
	if ((rc = rfc_of_story(d, s, id, &r, err)) < 0) {
		story_free(s);
		return desk_fail(d, rc);
	}
	if (!workflow_rfc_allowed(r.state, state)) {
		rc = pt_errf(err, PT_ESTATE, "request %d to %s is already "
		    "%s; it cannot become %s", r.no, r.target, r.state, state);
		goto out;
	}
	if (at > now) {
		char t[48];

		prose_time(at, now, t, sizeof t);
		rc = pt_errf(err, PT_EINVAL, "%s is still to come; give when "
		    "it happened", t);
		goto out;
	}
	if (at != 0 && at < r.asked_at) {
		char asked[48];

		prose_time(r.asked_at, now, asked, sizeof asked);
		rc = pt_errf(err, PT_EINVAL, "request %d to %s was made %s; "
		    "its outcome cannot come before it", r.no, r.target, asked);
		goto out;
	}
	/* When it happened, for the request and its timeline entry alike;
	 * the story itself changes now. */
	when = at != 0 ? at : now;
	/* Any word from a source the published story wrote up as open,
	 * promised or silent makes the story wrong: it needs an update. A
	 * request made after publication (for the update) does not. */
	after = workflow_is_out(s->status) && s->published_at != 0 &&
	    r.asked_at <= s->published_at &&
	    !state_rfc_is(state, RFC_LAPSED);
	old_state = r.state;
	r.state = pt_xstrdup(state);
	if (state_rfc_is(state, RFC_ANSWERED)) {
		free(r.answer);
		r.answer = pt_xstrdup(text);
		r.answered_at = when;
		kind = "statement";
		pt_str_add(&body, text);
	} else if (state_rfc_is(state, RFC_DECLINED)) {
		r.answered_at = when;
		if (text != NULL && *text) {
			free(r.answer);
			r.answer = pt_xstrdup(text);
		}
		pt_str_addf(&body, "%s declined to comment.", r.target);
		if (text != NULL && *text)
			pt_str_addf(&body, " (%s)", text);
	} else if (state_rfc_is(state, RFC_PROMISED)) {
		char t[48];

		if (promised_by == 0) {
			rc = pt_errf(err, PT_EINVAL, "promised by when? give a "
			    "time like \"cob thu\" or \"+2h\"");
			goto out;
		}
		r.promised_by = promised_by;
		prose_time_dated(promised_by, now, t, sizeof t);
		pt_str_addf(&body, "%s promised a statement by %s.", r.target, t);
		if (text != NULL && *text)
			pt_str_addf(&body, " (%s)", text);
	} else {
		r.lapsed_at = when;
		pt_str_addf(&body, "No response from %s by press time.",
		    r.target);
	}
	rc = rfc_update(d->db, &r, err);
	if (rc == 0)
		rc = log_rfc_entry(d, s->id, when, kind, pt_str_cstr(&body),
		    r.target, err);
	if (rc == 0)
		r_target = pt_xstrdup(r.target);
	if (rc == 0)
		rc = desk_record_request(d, s->id, r.id, old_state, state,
		    pt_str_cstr(&body), when, err);
	if (rc == 0 && after)
		rc = desk_record_field(d, s, "needs-update", s->needs_update ?
		    "1" : NULL, "1", now, err);
	if (rc == 0 && after) {
		s->needs_update = 1;
		s->updated_at = now;
		free(s->updated_by);
		s->updated_by = pt_xstrdup(d->login);
		rc = story_update(d->db, s, err);
	} else if (rc == 0)
		rc = story_touch(d->db, s->id, now, d->login, err);
out:
	free(old_state);
	pt_str_done(&body);
	rfc_done(&r);
	story_free(s);
	if (rc < 0) {
		free(r_target);
		return desk_fail(d, rc);
	}
	if ((rc = pt_db_commit(d->db, err)) < 0) {
		free(r_target);
		return rc;
	}
	if (news != NULL && after)
		pt_str_addf(news, "%s %s after publication: %s needs an update",
		    r_target, state_rfc_is(state, RFC_PROMISED) ?
		    "promised a statement" : state, slug);
	free(r_target);
	return 0;
}

int
desk_rfc_attempt(struct desk *d, const char *slug, long long id,
    const char *note, struct pt_err *err)
{
	struct story *s;
	struct rfc r;
	char body[1024];
	int rc;

	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return desk_fail(d, rc);
	if ((rc = rfc_of_story(d, s, id, &r, err)) < 0) {
		story_free(s);
		return desk_fail(d, rc);
	}
	if (!state_rfc_waiting(r.state)) {
		rc = pt_errf(err, PT_ESTATE, "request %d to %s is %s: no "
		    "need to follow up", r.no, r.target, r.state);
		goto out;
	}
	r.attempts++;
	rc = rfc_update(d->db, &r, err);
	snprintf(body, sizeof body, "Followed up with %s by %s (attempt %d)%s%s",
	    r.target, r.channel, r.attempts, note != NULL && *note ? ": " : ".",
	    note != NULL && *note ? note : "");
	if (rc == 0)
		rc = log_rfc_entry(d, s->id, 0, "rfc", body, r.target, err);
	if (rc == 0)
		rc = story_touch(d->db, s->id, ptime_now(), d->login, err);
out:
	rfc_done(&r);
	story_free(s);
	if (rc < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}
