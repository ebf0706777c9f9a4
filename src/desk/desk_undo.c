/* Undo: takes back the user's own most recent change (or ; batch) by
 * writing the reverse as new history rows, never by deleting any. An
 * entry is retracted by a correction entry. Refused, naming who and
 * what, when someone else changed the same thing since. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/change.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/history.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "desk_int.h"

static const char *
shown(const char *v)
{
	return v != NULL ? v : "(empty)";
}

/* Someone else's change of the same thing after c: refuse, naming it. */
static int
refuse_if_changed_since(struct desk *d, const struct change *c,
    struct pt_err *err)
{
	struct change later;
	char when[32];
	int rc;

	if ((rc = change_last_field(d->db, c->story_id, c->field, c->ref,
	    c->id, &later, err)) < 0)
		return rc;
	if (later.id == 0 || strcmp(later.by, d->login) == 0) {
		change_done(&later);
		return 0;
	}
	ptime_format(later.at, when, sizeof when);
	rc = pt_errf(err, PT_ECONFLICT, "cannot undo your %s change on %s: "
	    "%s changed it since (to \"%s\" at %s); undoing would overwrite "
	    "their change", c->field, c->slug, later.by,
	    shown(later.new_value), when);
	change_done(&later);
	return rc;
}

static int
undo_field(struct desk *d, struct story *s, const struct change *c,
    enum desk_field f, time_t now, struct pt_err *err)
{
	struct change_new u;
	char buf[32];
	const char *cur = desk_field_raw(s, (int)f, buf, sizeof buf);
	int rc;

	if ((cur == NULL) != (c->new_value == NULL) ||
	    (cur != NULL && strcmp(cur, c->new_value) != 0))
		return pt_errf(err, PT_ECONFLICT, "cannot undo your %s change "
		    "on %s: it is now \"%s\", not the \"%s\" you set",
		    c->field, s->slug, shown(cur), shown(c->new_value));
	desk_field_restore(s, (int)f, c->old_value);
	s->updated_at = now;
	free(s->updated_by);
	s->updated_by = pt_xstrdup(d->login);
	if ((rc = story_update(d->db, s, err)) < 0)
		return rc;
	memset(&u, 0, sizeof u);
	u.story_id = s->id;
	u.at = now;
	u.field = c->field;
	u.old_value = c->new_value;
	u.new_value = c->old_value;
	u.undoes = c->id;
	return desk_record(d, &u, err);
}

static int
undo_status(struct desk *d, struct story *s, const struct change *c,
    time_t now, struct pt_err *err)
{
	struct status_change h;
	int rc;

	if (c->new_value == NULL || strcmp(s->status, c->new_value) != 0)
		return pt_errf(err, PT_ECONFLICT, "cannot undo your move of %s "
		    "to %s: it is now %s", s->slug, shown(c->new_value),
		    s->status);
	/* What ran (and its snapshot of the end notes) stays on the
	 * record: publishing, correcting and killing are moved on from,
	 * never undone. */
	if (state_story_is(c->new_value, STORY_PUBLISHED) ||
	    state_story_is(c->new_value, STORY_CORRECTED) ||
	    state_story_is(c->new_value, STORY_KILLED))
		return state_story_is(c->new_value, STORY_PUBLISHED) ?
		    pt_errf(err, PT_ESTATE, "cannot undo publishing %s: what "
		    "went out stays on the record; move it to updating, "
		    "corrected or killed instead", s->slug) :
		    pt_errf(err, PT_ESTATE, "cannot undo moving %s to %s: what "
		    "went out stays on the record; move it on instead",
		    s->slug, c->new_value);
	free(s->status);
	s->status = pt_xstrdup(c->old_value);
	free(s->held_from);
	/* Back into held: it returns to where the undone move took it. */
	s->held_from = state_story_is(c->old_value, STORY_HELD) ?
	    pt_xstrdup(c->new_value) : NULL;
	s->updated_at = now;
	free(s->updated_by);
	s->updated_by = pt_xstrdup(d->login);
	if ((rc = story_update(d->db, s, err)) < 0)
		return rc;
	memset(&h, 0, sizeof h);
	h.story_id = s->id;
	h.from_state = c->new_value;
	h.to_state = c->old_value;
	h.at = now;
	h.by = d->login;
	h.note = c->note;
	h.undoes = c->id;
	h.batch = d->batch;
	rc = history_insert(d->db, &h, err);
	if (rc == 0 && d->batch < 0)
		d->batch = h.change_id;
	return rc;
}

static int
undo_credit(struct desk *d, struct story *s, const struct change *c,
    time_t now, struct pt_err *err)
{
	struct change_new u;
	int rc;

	if (c->new_value == NULL)
		return pt_errf(err, PT_EINVAL, "cannot undo a credit removal on "
		    "%s: credit %s again instead", s->slug, shown(c->note));
	if ((rc = credit_remove(d->db, s->id, c->ref, c->new_value, err)) < 0)
		return rc == PT_ENOENT ? pt_errf(err, PT_ECONFLICT, "cannot "
		    "undo crediting %s on %s: the credit is gone already",
		    shown(c->note), s->slug) : rc;
	if ((rc = story_touch(d->db, s->id, now, d->login, err)) < 0)
		return rc;
	memset(&u, 0, sizeof u);
	u.story_id = s->id;
	u.at = now;
	u.field = "credit";
	u.ref = c->ref;
	u.old_value = c->new_value;
	u.note = c->note;
	u.undoes = c->id;
	return desk_record(d, &u, err);
}

/* The timeline is append-only: a correction entry retracts the entry. */
static int
undo_entry(struct desk *d, struct story *s, const struct change *c,
    time_t now, struct pt_err *err)
{
	struct desk_entry e;
	struct change_new u;
	struct pt_str body = PT_STR_INIT;
	long long id;
	int rc;

	pt_str_addf(&body, "Retracted by %s (undo): \"%s\"", d->login,
	    shown(c->new_value));
	memset(&e, 0, sizeof e);
	e.kind = "correction";
	e.body = pt_str_cstr(&body);
	e.amends = c->ref;
	rc = desk_entry_add(d, s->id, &e, now, &id, err);
	if (rc == 0)
		rc = story_touch(d->db, s->id, now, d->login, err);
	if (rc == 0) {
		memset(&u, 0, sizeof u);
		u.story_id = s->id;
		u.at = now;
		u.field = "entry";
		u.ref = id;
		u.old_value = c->new_value;
		u.new_value = e.body;
		u.note = "correction";
		u.undoes = c->id;
		rc = desk_record(d, &u, err);
	}
	pt_str_done(&body);
	return rc;
}

static int
undo_one(struct desk *d, const struct change *c, time_t now,
    struct pt_err *err)
{
	enum desk_field f;
	struct story *s;
	int rc;

	if ((rc = refuse_if_changed_since(d, c, err)) < 0)
		return rc;
	if ((rc = story_get_id(d->db, c->story_id, &s, err)) < 0)
		return rc;
	if (strcmp(c->field, "status") == 0)
		rc = undo_status(d, s, c, now, err);
	else if (strcmp(c->field, "credit") == 0)
		rc = undo_credit(d, s, c, now, err);
	else if (strcmp(c->field, "entry") == 0)
		rc = undo_entry(d, s, c, now, err);
	else if (desk_field_parse(c->field, &f, NULL) == 0)
		rc = undo_field(d, s, c, f, now, err);
	else
		rc = pt_errf(err, PT_EINVAL, "cannot undo a %s change on %s "
		    "(requests and needs-update are undone by recording the "
		    "right outcome)", c->field, s->slug);
	story_free(s);
	return rc;
}

int
desk_undo(struct desk *d, const char *slug, struct pt_str *said,
    struct pt_err *err)
{
	struct change_list batch = { NULL, 0 };
	struct change last;
	struct story *s = NULL;
	time_t now;
	int rc;

	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	now = ptime_now();
	if (slug != NULL && (rc = story_get(d->db, slug, &s, err)) < 0)
		return desk_fail(d, rc);
	rc = change_last_by(d->db, d->login, s != NULL ? s->id : 0, &last,
	    err);
	story_free(s);
	if (rc < 0)
		return desk_fail(d, rc);
	if (last.id == 0) {
		change_done(&last);
		if (slug != NULL)
			return desk_fail(d, pt_errf(err, PT_ENOENT, "nothing of "
			    "yours to undo on %s", slug));
		return desk_fail(d, pt_errf(err, PT_ENOENT, "nothing of yours "
		    "to undo"));
	}
	if (last.batch != 0 &&
	    (rc = change_list_batch(d->db, last.batch, &batch, err)) < 0) {
		change_done(&last);
		return desk_fail(d, rc);
	}
	if (batch.n > 1) {
		/* Newest first, so each row finds what it set still there. */
		desk_batch_begin(d);
		for (size_t i = 0; i < batch.n && rc == 0; i++)
			rc = undo_one(d, &batch.v[i], now, err);
		desk_batch_end(d);
		if (rc == 0)
			pt_str_addf(said, "undid your ; action: %zu changes",
			    batch.n);
	} else {
		rc = undo_one(d, &last, now, err);
		if (rc == 0 && strcmp(last.field, "entry") == 0)
			pt_str_addf(said, "retracted your entry %lld on %s with "
			    "a correction entry", last.ref, last.slug);
		else if (rc == 0 && strcmp(last.field, "credit") == 0)
			pt_str_addf(said, "took back your credit of %s as %s on "
			    "%s", shown(last.note), shown(last.new_value),
			    last.slug);
		else if (rc == 0)
			pt_str_addf(said, "undid your %s change on %s (back to "
			    "\"%s\")", last.field, last.slug,
			    shown(last.old_value));
	}
	change_list_free(&batch);
	change_done(&last);
	if (rc < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}
