/* End notes: the lines a story carries at press time, built from the
 * record, frozen when the story runs, and what publishing will lapse. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "desk_int.h"
#include "presstime/desk.h"
#include "presstime/person.h"
#include "presstime/prose.h"
#include "presstime/ptime.h"
#include "presstime/record.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/workflow.h"

/* The request as the sentence builder sees it (borrowed strings). */
static void
prose_of(const struct rfc *r, struct prose_rfc *p)
{
	p->target = r->target;
	p->kind = r->target_kind;
	p->channel = r->channel;
	p->state = r->state;
	p->promised_by = r->promised_by;
}

int
desk_notes_build(struct desk *d, long long story_id, time_t now,
    struct pt_str *out, struct pt_err *err)
{
	struct credit_list cl;
	struct notice_list nl;
	struct rfc_list rl;
	struct prose_rfc *pr;
	struct pt_str line = PT_STR_INIT;
	const char **names;
	size_t nn = 0;
	int rc;

	if ((rc = rfc_list_story(d->db, story_id, &rl, err)) < 0)
		return rc;
	if ((rc = credit_list_story(d->db, story_id, &cl, err)) < 0) {
		rfc_list_free(&rl);
		return rc;
	}
	if ((rc = notice_list_story(d->db, story_id, &nl, err)) < 0) {
		credit_list_free(&cl);
		rfc_list_free(&rl);
		return rc;
	}
	/* Before publication an open request reads as it will if nobody
	 * answers by press time, and a promise past due as broken. */
	pr = pt_xcalloc(rl.n + 1, sizeof *pr);
	for (size_t i = 0; i < rl.n; i++)
		prose_of(&rl.v[i], &pr[i]);
	prose_no_response(&line, pr, rl.n, now);
	if (line.len > 0)
		pt_str_addf(out, "%s\n", pt_str_cstr(&line));
	names = pt_xcalloc(cl.n + 1, sizeof *names);
	for (size_t i = 0; i < cl.n; i++)
		if (strcmp(cl.v[i].role, "contributor") == 0)
			names[nn++] = cl.v[i].person.name;
	pt_str_clear(&line);
	prose_tagline(&line, names, nn);
	if (line.len > 0)
		pt_str_addf(out, "%s\n", pt_str_cstr(&line));
	/* Corrections and the kill notice close the notes, oldest first. */
	for (size_t i = 0; i < nl.n; i++) {
		pt_str_clear(&line);
		if (strcmp(nl.v[i].kind, "kill") == 0)
			prose_kill(&line, nl.v[i].body);
		else
			prose_correction(&line, nl.v[i].body);
		pt_str_addf(out, "%s\n", pt_str_cstr(&line));
	}
	pt_str_done(&line);
	free(names);
	free(pr);
	notice_list_free(&nl);
	credit_list_free(&cl);
	rfc_list_free(&rl);
	return 0;
}

int
desk_notes_snapshot(struct desk *d, long long story_id, const char *reason,
    time_t now, struct pt_err *err)
{
	struct pt_str body = PT_STR_INIT;
	struct snapshot sn;
	int rc;

	if ((rc = desk_notes_build(d, story_id, now, &body, err)) == 0) {
		memset(&sn, 0, sizeof sn);
		sn.story_id = story_id;
		sn.taken_at = now;
		sn.taken_by = pt_xstrdup(d->login);
		sn.reason = pt_xstrdup(reason);
		sn.zone = pt_xstrdup(d->zone);
		sn.body = pt_xstrdup(pt_str_cstr(&body));
		rc = snapshot_insert(d->db, &sn, err);
		free(sn.taken_by);
		free(sn.reason);
		free(sn.zone);
		free(sn.body);
	}
	pt_str_done(&body);
	return rc;
}

/*
 * A story that has run prints the notes as they ran (the latest
 * snapshot): a rebuild would speak of today, in today's words. One that
 * ran before snapshots were kept has none, and is rebuilt as of its
 * publication.
 */
int
desk_endnotes(struct desk *d, const char *slug, struct pt_str *out,
    struct pt_err *err)
{
	struct snapshot_list sl;
	struct story *s;
	int rc;

	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return rc;
	if ((rc = snapshot_list_story(d->db, s->id, &sl, err)) == 0) {
		if (sl.n > 0)
			pt_str_add(out, sl.v[sl.n - 1].body);
		else
			rc = desk_notes_build(d, s->id,
			    workflow_is_out(s->status) && s->published_at != 0 ?
			    s->published_at : ptime_now(), out, err);
		snapshot_list_free(&sl);
	}
	story_free(s);
	return rc;
}

int
desk_endnotes_now(struct desk *d, const char *slug, struct pt_str *out,
    struct pt_err *err)
{
	struct story *s;
	int rc;

	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return rc;
	rc = desk_notes_build(d, s->id, ptime_now(), out, err);
	story_free(s);
	return rc;
}

int
desk_endnotes_history(struct desk *d, const char *slug,
    struct snapshot_list *out, struct pt_err *err)
{
	struct story *s;
	int rc;

	out->v = NULL;
	out->n = 0;
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return rc;
	rc = snapshot_list_story(d->db, s->id, out, err);
	story_free(s);
	return rc;
}

int
desk_rfc_lapses_at(const struct rfc *r, time_t now)
{
	struct prose_rfc p;

	if (state_rfc_is(r->state, RFC_OPEN))
		return 1;
	prose_of(r, &p);
	return state_rfc_is(r->state, RFC_PROMISED) &&
	    prose_promise_broken(&p, now);
}

int
desk_press_pending(struct desk *d, const char *slug, int brief,
    struct pt_str *out, int *n, struct pt_err *err)
{
	struct rfc_list rl;
	struct story *s;
	time_t now = ptime_now();
	char when[64];
	int rc;

	*n = 0;
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return rc;
	rc = rfc_list_story(d->db, s->id, &rl, err);
	story_free(s);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < rl.n; i++) {
		const struct rfc *r = &rl.v[i];

		if (!desk_rfc_lapses_at(r, now))
			continue;
		(*n)++;
		if (brief)
			pt_str_addf(out, "%s%s: %s", *n > 1 ? "; " : "",
			    r->target, state_rfc_is(r->state, RFC_OPEN) ?
			    "no response" : "broken promise");
		else if (state_rfc_is(r->state, RFC_OPEN))
			pt_str_addf(out, "%s (%s): no response by press "
			    "time\n", r->target, r->channel);
		else {
			prose_time(r->promised_by, now, when, sizeof when);
			pt_str_addf(out, "%s: promised a statement by %s, "
			    "broken\n", r->target, when);
		}
	}
	rfc_list_free(&rl);
	return 0;
}
