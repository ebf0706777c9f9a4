/* Creating stories, changing their fields and moving them through the
 * workflow. Each operation is one transaction. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/db.h"
#include "desk_int.h"
#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/history.h"
#include "presstime/prose.h"
#include "presstime/record.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/workflow.h"

int
desk_fail(struct desk *d, int rc)
{
	pt_db_rollback(d->db);
	return rc;
}

int
desk_change_add(struct desk *d, long long story_id, const char *from,
    const char *to, time_t at, const char *note, struct pt_err *err)
{
	struct status_change c;
	int rc;

	memset(&c, 0, sizeof c);
	c.story_id = story_id;
	c.from_state = pt_xstrdup(from);
	c.to_state = pt_xstrdup(to);
	c.at = at;
	c.by = pt_xstrdup(d->login);
	c.note = pt_xstrdup(note);
	c.batch = d->batch;
	rc = history_insert(d->db, &c, err);
	if (rc == 0 && d->batch < 0)
		d->batch = c.change_id;
	history_change_done(&c);
	return rc;
}

int
desk_story_new(struct desk *d, const struct desk_new_story *ns,
    long long *id_out, struct pt_err *err)
{
	struct story s;
	long long id;
	time_t now;
	int rc;

	if (ns->slug == NULL || story_slug_valid(ns->slug, err) < 0)
		return ns->slug == NULL ? pt_errf(err, PT_EUSAGE,
		    "a story needs a slug") : PT_EINVAL;
	if (ns->headline == NULL || ns->headline[0] == '\0')
		return pt_errf(err, PT_EINVAL, "story \"%s\" needs a headline "
		    "(a working one is fine)", ns->slug);
	if (ns->priority != NULL && story_priority_valid(ns->priority, err) < 0)
		return PT_EINVAL;
	if (ns->words < 0)
		return pt_errf(err, PT_EINVAL, "planned length %d is negative",
		    ns->words);

	memset(&s, 0, sizeof s);
	s.slug = pt_xstrdup(ns->slug);
	s.headline = pt_xstrdup(ns->headline);
	s.dek = pt_xstrdup(ns->dek);
	s.budget_line = pt_xstrdup(ns->budget_line);
	s.desk = pt_xstrdup(ns->desk != NULL && *ns->desk ? ns->desk : "news");
	s.status = pt_xstrdup(state_story_name(STORY_PITCHED));
	s.priority = pt_xstrdup(ns->priority != NULL ? ns->priority :
	    "routine");
	s.editor = pt_xstrdup(ns->editor != NULL && *ns->editor ? ns->editor :
	    NULL);
	s.art = pt_xstrdup(ns->art);
	s.words = ns->words;
	s.deadline = ns->deadline;
	s.embargo = ns->embargo;
	s.updated_by = pt_xstrdup(d->login);

	if ((rc = pt_db_begin(d->db, err)) < 0) {
		story_done(&s);
		return rc;
	}
	/* Stamped once the lock is ours: a wait for it is not "when". */
	now = ptime_now();
	s.created_at = now;
	s.updated_at = now;
	if ((rc = story_insert(d->db, &s, err)) == 0)
		rc = desk_change_add(d, s.id, NULL, s.status, now, "created",
		    err);
	id = s.id;
	story_done(&s);
	if (rc < 0)
		return desk_fail(d, rc);
	if ((rc = pt_db_commit(d->db, err)) < 0)
		return rc;
	if (id_out != NULL)
		*id_out = id;
	return 0;
}

#define AS_FIELD_NAME(id, name) name,
static const char *const field_names[] = { DESK_FIELDS(AS_FIELD_NAME) };

const char *
desk_field_name(enum desk_field f)
{
	return (int)f >= 0 && (int)f < FIELD_NFIELDS ? field_names[f] : "?";
}

int
desk_field_parse(const char *name, enum desk_field *out, struct pt_err *err)
{
	struct pt_str all = PT_STR_INIT;
	int rc;

	for (int i = 0; i < FIELD_NFIELDS; i++) {
		if (strcmp(name, field_names[i]) == 0) {
			*out = (enum desk_field)i;
			return 0;
		}
	}
	if (strcmp(name, "due") == 0) {
		*out = FIELD_DEADLINE;
		return 0;
	}
	if (strcmp(name, "budget-line") == 0 || strcmp(name, "budget_line") == 0) {
		*out = FIELD_BUDGET;
		return 0;
	}
	for (int i = 0; i < FIELD_NFIELDS; i++)
		pt_str_addf(&all, "%s%s", i ? ", " : "", field_names[i]);
	rc = pt_errf(err, PT_EINVAL, "unknown field \"%s\" (expected one of: "
	    "%s)", name, pt_str_cstr(&all));
	pt_str_done(&all);
	return rc;
}

/* Replaces *slot with a copy of value, or NULL when value is empty. */
static void
set_text(char **slot, const char *value)
{
	free(*slot);
	*slot = value != NULL && value[0] != '\0' ? pt_xstrdup(value) : NULL;
}

static int
apply_field(struct desk *d, struct story *s, enum desk_field f,
    const char *value, struct pt_err *err)
{
	time_t t = 0;
	char *end;
	long words;

	switch (f) {
	case FIELD_HEADLINE:
		if (value == NULL || value[0] == '\0')
			return pt_errf(err, PT_EINVAL, "a headline cannot be "
			    "empty");
		set_text(&s->headline, value);
		return 0;
	case FIELD_DEK:
		set_text(&s->dek, value);
		return 0;
	case FIELD_BUDGET:
		set_text(&s->budget_line, value);
		return 0;
	case FIELD_DESK:
		set_text(&s->desk, value != NULL && *value ? value : "news");
		return 0;
	case FIELD_PRIORITY:
		if (story_priority_valid(value, err) < 0)
			return PT_EINVAL;
		set_text(&s->priority, value);
		return 0;
	case FIELD_EDITOR:
		set_text(&s->editor, value != NULL && value[0] == '@' ? value + 1 :
		    value);
		return 0;
	case FIELD_DEADLINE:
	case FIELD_EMBARGO:
		if (value != NULL && value[0] != '\0' &&
		    strcmp(value, "none") != 0 &&
		    desk_parse_time(d, value, &t, err) < 0)
			return PT_EINVAL;
		if (f == FIELD_DEADLINE)
			s->deadline = t;
		else
			s->embargo = t;
		return 0;
	case FIELD_ART:
		set_text(&s->art, value);
		return 0;
	case FIELD_WORDS:
		errno = 0;
		words = value != NULL && *value ? strtol(value, &end, 10) : 0;
		if (value != NULL && *value && (errno != 0 || *end != '\0' ||
		    words < 0 || words > 100000))
			return pt_errf(err, PT_EINVAL, "planned length \"%s\" is "
			    "not a number of words between 0 and 100000", value);
		s->words = (int)words;
		return 0;
	case FIELD_URL:
		set_text(&s->url, value);
		return 0;
	}
	return pt_errf(err, PT_EINVAL, "unknown field");
}

int
desk_story_set(struct desk *d, const char *slug, enum desk_field f,
    const char *value, long long expected_version, struct pt_err *err)
{
	struct story *s;
	char buf[32], *old;
	const char *now_raw;
	int rc;

	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return desk_fail(d, rc);
	old = pt_xstrdup(desk_field_raw(s, (int)f, buf, sizeof buf));
	/* An edit based on an old version must fail, not overwrite: the
	 * model's version check does that when we hand it the old number. */
	if (expected_version != 0)
		s->version = expected_version;
	rc = apply_field(d, s, f, value, err);
	if (rc == 0) {
		s->updated_at = ptime_now();
		set_text(&s->updated_by, d->login);
		rc = story_update(d->db, s, err);
	}
	if (rc == 0) {
		now_raw = desk_field_raw(s, (int)f, buf, sizeof buf);
		rc = desk_record_field(d, s, desk_field_name(f), old, now_raw,
		    s->updated_at, err);
	}
	free(old);
	story_free(s);
	if (rc < 0) {
		desk_fail(d, rc);
		/* The loser of a conflict keeps their text in the history. */
		if (rc == PT_ECONFLICT)
			desk_keep_refused(d, slug, (int)f, value,
			    err != NULL ? err->msg : NULL);
		return rc;
	}
	return pt_db_commit(d->db, err);
}

/* "filed, held, spiked" for a refusal message. */
static void
allowed_list(const char *from, const char *held_from, char *buf, size_t n)
{
	const char *next[32];
	size_t k = workflow_next(from, held_from, next, 32), used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < k && i < 32; i++)
		used += (size_t)snprintf(buf + used, used < n ? n - used : 0,
		    "%s%s", i ? ", " : "", next[i]);
	if (k == 0)
		snprintf(buf, n, "none: %s is final", from);
}

/* Publishing: every request still open, and every promise whose time
 * has passed, lapses into "no response by press time", each recorded on
 * the timeline in dated words. A broken promise keeps its time, so the
 * notes say what was promised and that it was not kept. */
static int
lapse_on_publish(struct desk *d, struct story *s, time_t now, int *lapsed,
    struct pt_err *err)
{
	struct rfc_list rl;
	int rc;

	*lapsed = 0;
	if ((rc = rfc_list_story(d->db, s->id, &rl, err)) < 0)
		return rc;
	for (size_t i = 0; i < rl.n && rc == 0; i++) {
		struct rfc *r = &rl.v[i];
		struct desk_entry e;
		char body[512], when[48];

		if (!desk_rfc_lapses_at(r, now))
			continue;
		if (state_rfc_is(r->state, RFC_OPEN)) {
			prose_time_dated(r->asked_at, now, when, sizeof when);
			snprintf(body, sizeof body, "No response from %s by "
			    "press time (asked by %s at %s).", r->target,
			    r->channel, when);
		} else {
			prose_time_dated(r->promised_by, now, when,
			    sizeof when);
			snprintf(body, sizeof body, "%s had not provided the "
			    "statement promised by %s by press time.",
			    r->target, when);
		}
		rc = desk_record_request(d, s->id, r->id, r->state,
		    state_rfc_name(RFC_LAPSED), body, now, err);
		free(r->state);
		r->state = pt_xstrdup(state_rfc_name(RFC_LAPSED));
		r->lapsed_at = now;
		if (rc == 0)
			rc = rfc_update(d->db, r, err);
		memset(&e, 0, sizeof e);
		e.kind = "rfc";
		e.body = body;
		e.source = r->target;
		if (rc == 0)
			rc = desk_entry_add(d, s->id, &e, now, NULL, err);
		(*lapsed)++;
	}
	rfc_list_free(&rl);
	return rc;
}

/* A correction or kill notice, written as the editor gave it. */
static int
add_notice(struct desk *d, struct story *s, const char *kind,
    const char *text, time_t now, struct pt_err *err)
{
	struct notice n;
	int rc;

	memset(&n, 0, sizeof n);
	n.story_id = s->id;
	n.kind = pt_xstrdup(kind);
	n.body = pt_xstrdup(text);
	n.at = now;
	n.by = pt_xstrdup(d->login);
	rc = notice_insert(d->db, &n, err);
	free(n.kind);
	free(n.body);
	free(n.by);
	return rc;
}

/*
 * What running the story means for the record: publishing lapses what
 * is left open and freezes the notes; a writethru (updating back to
 * published), a correction and a kill each freeze a new snapshot beside
 * the old ones. A correction or kill needs its text (the note).
 */
static int
press_record(struct desk *d, struct story *s, const char *from,
    const char *to, const char *note, time_t now, int *lapsed,
    struct pt_err *err)
{
	int rc = 0;

	if (state_story_is(to, STORY_PUBLISHED)) {
		rc = lapse_on_publish(d, s, now, lapsed, err);
		if (rc == 0)
			rc = desk_notes_snapshot(d, s->id,
			    state_story_is(from, STORY_UPDATING) ? "writethru" :
			    "published", now, err);
	} else if (state_story_is(to, STORY_CORRECTED) ||
	    state_story_is(to, STORY_KILLED)) {
		int corr = state_story_is(to, STORY_CORRECTED);

		if (note == NULL || note[0] == '\0')
			return pt_errf(err, PT_EINVAL, corr ? "a correction "
			    "needs its text: what the story now shows, and "
			    "what it wrongly said (--note \"the contract was "
			    "worth $508,832, not $580,832\")" : "a kill needs "
			    "its reason (--note \"the document it relied on "
			    "was forged\")");
		rc = add_notice(d, s, corr ? "correction" : "kill", note, now,
		    err);
		if (rc == 0)
			rc = desk_notes_snapshot(d, s->id, corr ? "corrected" :
			    "killed", now, err);
	}
	return rc;
}

int
desk_story_status(struct desk *d, const char *slug, const char *to,
    const char *note, long long expected_version, int *lapsed_out,
    struct pt_err *err)
{
	struct story *s;
	time_t now;
	char allowed[512], *from;
	int rc, lapsed = 0;

	if (lapsed_out != NULL)
		*lapsed_out = 0;
	if (!workflow_is_state(to)) {
		size_t n;
		const struct workflow_state *st = workflow_states(&n);
		size_t used = 0;

		allowed[0] = '\0';
		for (size_t i = 0; i < n; i++)
			used += (size_t)snprintf(allowed + used,
			    sizeof allowed - used, "%s%s", i ? ", " : "",
			    st[i].name);
		return pt_errf(err, PT_EINVAL, "unknown status \"%s\" (expected "
		    "one of: %s)", to, allowed);
	}
	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	now = ptime_now();
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return desk_fail(d, rc);
	if (expected_version != 0 && expected_version != s->version) {
		s->version = expected_version;
		rc = story_update(d->db, s, err);
		story_free(s);
		return desk_fail(d, rc < 0 ? rc : PT_ECONFLICT);
	}
	if (strcmp(s->status, to) == 0) {
		rc = pt_errf(err, PT_ESTATE, "%s is already %s", slug, to);
		goto out;
	}
	if (!workflow_allowed(s->status, to, s->held_from)) {
		allowed_list(s->status, s->held_from, allowed, sizeof allowed);
		rc = pt_errf(err, PT_ESTATE, "cannot move %s from %s to %s "
		    "(allowed: %s)", slug, s->status, to, allowed);
		goto out;
	}
	if (state_story_is(to, STORY_PUBLISHED) && s->embargo > now) {
		char when[32];

		ptime_format(s->embargo, when, sizeof when);
		rc = pt_errf(err, PT_ESTATE, "cannot publish %s before its "
		    "embargo lifts at %s", slug, when);
		goto out;
	}
	from = s->status;
	s->status = pt_xstrdup(to);
	if (state_story_is(to, STORY_HELD))
		set_text(&s->held_from, from);
	else
		set_text(&s->held_from, NULL);
	if (state_story_is(to, STORY_PUBLISHED)) {
		if (s->published_at == 0)
			s->published_at = now;
		if (state_story_is(from, STORY_UPDATING))
			s->needs_update = 0;
	}
	rc = press_record(d, s, from, to, note, now, &lapsed, err);
	if (rc == 0)
		rc = desk_change_add(d, s->id, from, to, now,
		    note != NULL && *note ? note : NULL, err);
	free(from);
	if (rc == 0) {
		s->updated_at = now;
		set_text(&s->updated_by, d->login);
		rc = story_update(d->db, s, err);
	}
out:
	story_free(s);
	if (rc < 0)
		return desk_fail(d, rc);
	if ((rc = pt_db_commit(d->db, err)) < 0)
		return rc;
	if (lapsed_out != NULL)
		*lapsed_out = lapsed;
	return 0;
}

int
desk_story_clear_update(struct desk *d, const char *slug, struct pt_err *err)
{
	struct story *s;
	int rc, was;

	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return desk_fail(d, rc);
	was = s->needs_update;
	s->needs_update = 0;
	s->updated_at = ptime_now();
	set_text(&s->updated_by, d->login);
	rc = story_update(d->db, s, err);
	if (rc == 0 && was)
		rc = desk_record_field(d, s, "needs-update", "1", NULL,
		    s->updated_at, err);
	story_free(s);
	if (rc < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}
