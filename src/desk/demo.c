/* The demo newsroom: walks the tables in demo_data.c through the same desk
 * operations an editor uses, so the demo exercises the real rules (the
 * workflow, lapsing at publication, "needs update") rather than faking
 * rows. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/person.h"
#include "presstime/states.h"
#include "presstime/str.h"
#include "demo_data.h"
#include "desk_int.h"

/* A time from the tables: NULL is "none" (0). */
static int
when(struct desk *d, const char *text, time_t *out, struct pt_err *err)
{
	*out = 0;
	if (text == NULL)
		return 0;
	return desk_parse_time(d, text, out, err);
}

/* Moves the story along walk ("assigned reporting ..."), one allowed step
 * at a time; why goes on the last move. */
static int
walk(struct desk *d, const char *slug, const char *walk_text,
    const char *why, struct pt_err *err)
{
	char step[32];
	const char *p = walk_text;
	int rc;

	while (p != NULL && *p != '\0') {
		size_t n = strcspn(p, " ");
		const char *next = p + n + strspn(p + n, " ");

		if (n == 0 || n >= sizeof step)
			return pt_errf(err, PT_EINVAL, "demo: bad walk \"%s\" "
			    "for %s", walk_text, slug);
		memcpy(step, p, n);
		step[n] = '\0';
		rc = desk_story_status(d, slug, step,
		    *next == '\0' ? why : NULL, 0, NULL, err);
		if (rc < 0)
			return rc;
		p = next;
	}
	return 0;
}

static int
add_story(struct desk *d, const struct demo_story *ds, struct pt_err *err)
{
	struct desk_new_story ns;
	int rc;

	memset(&ns, 0, sizeof ns);
	ns.slug = ds->slug;
	ns.headline = ds->headline;
	ns.dek = ds->dek;
	ns.budget_line = ds->budget;
	ns.desk = ds->desk;
	ns.priority = ds->priority;
	ns.editor = ds->editor;
	ns.art = ds->art;
	ns.words = ds->words;
	if ((rc = when(d, ds->deadline, &ns.deadline, err)) < 0 ||
	    (rc = when(d, ds->embargo, &ns.embargo, err)) < 0)
		return rc;
	return desk_story_new(d, &ns, NULL, err);
}

/* Logs the story's entries of one phase (before or after its walk).
 * ids has a slot per demo_entries row so corrections find their target. */
static int
add_entries(struct desk *d, const char *slug, int after, long long *ids,
    struct pt_err *err)
{
	for (size_t i = 0; i < demo_nentries; i++) {
		const struct demo_entry *de = &demo_entries[i];
		struct desk_entry e;
		int rc;

		if (strcmp(de->slug, slug) != 0 || de->after_walk != after)
			continue;
		memset(&e, 0, sizeof e);
		e.body = de->body;
		e.kind = de->kind;
		e.source = de->source;
		e.url = de->url;
		if ((rc = when(d, de->when, &e.occurred_at, err)) < 0)
			return rc;
		if (de->amends != NULL) {
			for (size_t k = 0; k < i; k++)
				if (demo_entries[k].tag != NULL &&
				    strcmp(demo_entries[k].tag, de->amends) == 0 &&
				    strcmp(demo_entries[k].slug, slug) == 0)
					e.amends = ids[k];
			if (e.amends == 0)
				return pt_errf(err, PT_EINVAL, "demo: %s amends "
				    "unknown entry \"%s\"", slug, de->amends);
		}
		if ((rc = desk_log(d, slug, &e, &ids[i], err)) < 0)
			return rc;
	}
	return 0;
}

static int
resolve(struct desk *d, const struct demo_rfc *dr, long long id,
    struct pt_err *err)
{
	time_t by;
	int rc;

	if (state_rfc_is(dr->state, RFC_OPEN))
		return 0;
	if ((rc = when(d, dr->promised, &by, err)) < 0)
		return rc;
	return desk_rfc_resolve(d, dr->slug, id, dr->state, dr->text, by, 0,
	    err);
}

/* Asks every request of the story, with its follow-up; resolves those
 * answered before press time. Late answers wait for after the walk. */
static int
add_rfcs(struct desk *d, const char *slug, long long *ids,
    struct pt_err *err)
{
	for (size_t i = 0; i < demo_nrfcs; i++) {
		const struct demo_rfc *dr = &demo_rfcs[i];
		struct desk_rfc r;
		int rc;

		if (strcmp(dr->slug, slug) != 0)
			continue;
		memset(&r, 0, sizeof r);
		r.target = dr->target;
		r.kind = dr->kind;
		r.channel = dr->channel;
		if ((rc = when(d, dr->asked, &r.asked_at, err)) < 0 ||
		    (rc = when(d, dr->due, &r.due_at, err)) < 0 ||
		    (rc = desk_rfc_add(d, slug, &r, &ids[i], err)) < 0)
			return rc;
		if (dr->followup != NULL &&
		    (rc = desk_rfc_attempt(d, slug, ids[i], dr->followup,
		    err)) < 0)
			return rc;
		if (!dr->after_walk && (rc = resolve(d, dr, ids[i], err)) < 0)
			return rc;
	}
	return 0;
}

static int
late_answers(struct desk *d, const char *slug, const long long *ids,
    struct pt_err *err)
{
	for (size_t i = 0; i < demo_nrfcs; i++) {
		int rc;

		if (strcmp(demo_rfcs[i].slug, slug) != 0 ||
		    !demo_rfcs[i].after_walk)
			continue;
		if ((rc = resolve(d, &demo_rfcs[i], ids[i], err)) < 0)
			return rc;
	}
	return 0;
}

static int
credit(struct desk *d, const char *slug, struct pt_err *err)
{
	for (size_t i = 0; i < demo_ncredits; i++) {
		int rc;

		if (strcmp(demo_credits[i].slug, slug) != 0)
			continue;
		rc = desk_credit(d, slug, demo_credits[i].name,
		    demo_credits[i].role, err);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* The newsroom's editors as staff with their logins, one transaction. */
static int
add_staff(struct desk *d, struct pt_err *err)
{
	int rc;

	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	for (size_t i = 0; i < demo_nstaff; i++) {
		struct person p;

		rc = person_ensure_staff(d->db, demo_staff[i].login,
		    demo_staff[i].name, &p, err);
		if (rc < 0)
			return desk_fail(d, rc);
		person_done(&p);
	}
	return pt_db_commit(d->db, err);
}

/*
 * One story from pitch to where the table leaves it. The order is the
 * newsroom's: the reporting (timeline, requests) happens before the story
 * moves, so publication lapses what is still open, and what happens after
 * publication (late answers, corrections) comes last.
 */
static int
fill_story(struct desk *d, const struct demo_story *ds, long long *entry_ids,
    long long *rfc_ids, struct pt_err *err)
{
	int rc;

	if ((rc = add_story(d, ds, err)) < 0 ||
	    (rc = credit(d, ds->slug, err)) < 0 ||
	    (rc = add_entries(d, ds->slug, 0, entry_ids, err)) < 0 ||
	    (rc = add_rfcs(d, ds->slug, rfc_ids, err)) < 0 ||
	    (rc = walk(d, ds->slug, ds->walk, ds->why, err)) < 0 ||
	    (rc = late_answers(d, ds->slug, rfc_ids, err)) < 0 ||
	    (rc = add_entries(d, ds->slug, 1, entry_ids, err)) < 0)
		return rc;
	if (ds->url != NULL)
		rc = desk_story_set(d, ds->slug, FIELD_URL, ds->url, 0, err);
	return rc;
}

int
desk_demo_fill(struct desk *d, struct pt_err *err)
{
	long long *entry_ids, *rfc_ids;
	int rc = 0;

	/* Row-indexed ids: a correction names its entry by the row's tag. */
	entry_ids = pt_xcalloc(demo_nentries + 1, sizeof *entry_ids);
	rfc_ids = pt_xcalloc(demo_nrfcs + 1, sizeof *rfc_ids);
	rc = add_staff(d, err);
	for (size_t i = 0; i < demo_nstories && rc == 0; i++) {
		rc = fill_story(d, &demo_stories[i], entry_ids, rfc_ids, err);
		if (rc < 0)
			pt_err_prefix(err, "demo story %s: ",
			    demo_stories[i].slug);
	}
	free(entry_ids);
	free(rfc_ids);
	return rc;
}
