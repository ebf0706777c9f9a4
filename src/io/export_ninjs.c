/*
 * Export as IPTC ninjs 2.1 (News in JSON, as Superdesk's content API and
 * AP speak it): a JSON array with one ninjs object per story, valid
 * against IPTC's published schema (tests/data/ninjs-schema_2.1.json,
 * checked by tests/cli/exchange.sh). What goes where:
 *
 *   uri             urn:presstime:NEWSROOM:SLUG (NEWSROOM: the newsroom
 *                   setting "name", else "newsroom"), stable across exports
 *   slugline        the slug         headlines   [{ role main }]
 *   descriptions    the dek          ednote      the budget line
 *   version         the story's version number, as a string
 *   firstcreated, versioncreated, embargoed      ISO 8601 UTC
 *   pubstatus       usable once published, canceled when spiked or
 *                   killed, else withheld
 *   urgency         flash 1, urgent 3, routine 5, deferred 8
 *   by              the bylines;  people / organisations: credits (rel is
 *                   the role) and the targets asked for comment (rel
 *                   "asked-for-comment")
 *   bodies          the timeline and the end notes, as text/plain bodies
 *                   with roles "timeline" and "endnotes"
 *   renditions      the published URL
 *
 * ninjs allows no keys of its own, so nothing else is written.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/io.h"
#include "presstime/json.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/record.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "internal.h"

void
export_newsroom_name(struct desk *d, char *buf, size_t n)
{
	char *name = NULL;
	size_t k = 0;

	if (setting_get(d->db, "name", &name, NULL) == 0 && name != NULL)
		for (const char *p = name; *p != '\0' && k + 1 < n; p++) {
			char c = *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p;

			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
				buf[k++] = c;
			else if (k > 0 && buf[k - 1] != '-')
				buf[k++] = '-';
		}
	free(name);
	while (k > 0 && buf[k - 1] == '-')
		k--;
	buf[k] = '\0';
	if (k == 0)
		snprintf(buf, n, "newsroom");
}

static int
urgency(const char *priority)
{
	static const int by_rank[] = { 1, 3, 5, 8 };
	int r = story_priority_rank(priority);

	return r >= 0 && r < 4 ? by_rank[r] : 5;
}

static const char *
pubstatus(const char *status)
{
	if (state_story_is(status, STORY_SPIKED) ||
	    state_story_is(status, STORY_KILLED))
		return "canceled";
	if (state_story_is(status, STORY_PUBLISHED) ||
	    state_story_is(status, STORY_UPDATING) ||
	    state_story_is(status, STORY_CORRECTED))
		return "usable";
	return "withheld";
}

/* { "name": ..., "rel": ... } into the open array. */
static void
party(struct json *j, const char *name, const char *rel)
{
	json_obj_open(j);
	json_kstr(j, "name", name);
	json_kstr(j, "rel", rel);
	json_obj_close(j);
}

/* The credits and the asked targets that are (org) or are not
 * organizations, under key; nothing when there are none. */
static void
parties(struct json *j, const char *key, int org,
    const struct credit_list *cl, const struct rfc_list *rl)
{
	int open = 0;

	for (size_t i = 0; i < cl->n; i++) {
		const struct person *p = &cl->v[i].person;

		if ((p->kind != NULL && strcmp(p->kind, "organization") == 0) !=
		    org)
			continue;
		if (!open++) {
			json_key(j, key);
			json_arr_open(j);
		}
		party(j, p->name, cl->v[i].role);
	}
	for (size_t i = 0; i < rl->n; i++) {
		const struct rfc *r = &rl->v[i];
		int dup = 0;

		if ((r->target_kind != NULL &&
		    strcmp(r->target_kind, "organization") == 0) != org)
			continue;
		/* One line per target, however often they were asked. */
		for (size_t k = 0; k < i; k++)
			if (rl->v[k].person_id == r->person_id)
				dup = 1;
		if (dup)
			continue;
		if (!open++) {
			json_key(j, key);
			json_arr_open(j);
		}
		party(j, r->target, "asked-for-comment");
	}
	if (open)
		json_arr_close(j);
}

/* "A", "A and B", "A, B and C": the bylines (AP style, no serial comma). */
static void
bylines(const struct credit_list *cl, struct pt_str *by)
{
	size_t n = 0, seen = 0;

	for (size_t i = 0; i < cl->n; i++)
		if (strcmp(cl->v[i].role, "byline") == 0)
			n++;
	for (size_t i = 0; i < cl->n; i++) {
		if (strcmp(cl->v[i].role, "byline") != 0)
			continue;
		if (seen > 0)
			pt_str_add(by, seen + 1 == n ? " and " : ", ");
		pt_str_add(by, cl->v[i].person.name);
		seen++;
	}
}

/* One line per entry: "2026-11-26T09:14:00Z statement (ICE): text". */
static void
timeline_text(const struct entry_list *el, struct pt_str *t)
{
	char when[32];

	for (size_t i = 0; i < el->n; i++) {
		const struct entry *e = &el->v[i];

		ptime_format_iso(e->occurred_at, when, sizeof when);
		pt_str_addf(t, "%s%s %s", i > 0 ? "\n" : "", when, e->kind);
		if (e->source != NULL && e->source[0] != '\0')
			pt_str_addf(t, " (%s)", e->source);
		pt_str_addf(t, ": %s", e->body);
		if (e->url != NULL && e->url[0] != '\0')
			pt_str_addf(t, " <%s>", e->url);
	}
}

static void
body(struct json *j, const char *role, const char *text)
{
	json_obj_open(j);
	json_kstr(j, "role", role);
	json_kstr(j, "contenttype", "text/plain");
	json_kstr(j, "value", text);
	json_obj_close(j);
}

static int
ninjs_story(struct desk *d, struct json *j, const char *newsroom,
    const struct story *s, struct pt_err *err)
{
	struct credit_list cl = { NULL, 0 };
	struct entry_list el = { NULL, 0 };
	struct rfc_list rl = { NULL, 0 };
	struct pt_str tmp = PT_STR_INIT, notes = PT_STR_INIT;
	char version[32];
	int rc;

	if ((rc = credit_list_story(d->db, s->id, &cl, err)) < 0 ||
	    (rc = entry_list_story(d->db, s->id, &el, err)) < 0 ||
	    (rc = rfc_list_story(d->db, s->id, &rl, err)) < 0 ||
	    (rc = desk_endnotes(d, s->slug, &notes, err)) < 0)
		goto out;
	json_obj_open(j);
	pt_str_addf(&tmp, "urn:presstime:%s:%s", newsroom, s->slug);
	json_kstr(j, "uri", pt_str_cstr(&tmp));
	json_kstr(j, "type", "text");
	json_kstr(j, "representationtype", "full");
	snprintf(version, sizeof version, "%lld", s->version);
	json_kstr(j, "version", version);
	json_ktime(j, "firstcreated", s->created_at);
	json_ktime(j, "versioncreated", s->updated_at);
	json_ktime(j, "embargoed", s->embargo);
	json_kstr(j, "pubstatus", pubstatus(s->status));
	json_kint(j, "urgency", urgency(s->priority));
	json_kstr(j, "ednote", s->budget_line);
	json_kstr(j, "slugline", s->slug);
	json_key(j, "headlines");
	json_arr_open(j);
	json_obj_open(j);
	json_kstr(j, "role", "main");
	json_kstr(j, "value", s->headline);
	json_obj_close(j);
	json_arr_close(j);
	if (s->dek != NULL && s->dek[0] != '\0') {
		json_key(j, "descriptions");
		json_arr_open(j);
		json_obj_open(j);
		json_kstr(j, "role", "summary");
		json_kstr(j, "value", s->dek);
		json_obj_close(j);
		json_arr_close(j);
	}
	pt_str_clear(&tmp);
	bylines(&cl, &tmp);
	if (tmp.len > 0)
		json_kstr(j, "by", pt_str_cstr(&tmp));
	parties(j, "people", 0, &cl, &rl);
	parties(j, "organisations", 1, &cl, &rl);
	if (el.n > 0 || notes.len > 0) {
		json_key(j, "bodies");
		json_arr_open(j);
		if (el.n > 0) {
			pt_str_clear(&tmp);
			timeline_text(&el, &tmp);
			body(j, "timeline", pt_str_cstr(&tmp));
		}
		/* The notes end with a newline; the body does not. */
		while (notes.len > 0 && notes.buf[notes.len - 1] == '\n')
			notes.buf[--notes.len] = '\0';
		if (notes.len > 0)
			body(j, "endnotes", pt_str_cstr(&notes));
		json_arr_close(j);
	}
	if (s->url != NULL && s->url[0] != '\0') {
		json_key(j, "renditions");
		json_arr_open(j);
		json_obj_open(j);
		json_kstr(j, "name", "published");
		json_kstr(j, "href", s->url);
		json_kstr(j, "contenttype", "text/html");
		json_obj_close(j);
		json_arr_close(j);
	}
	json_key(j, "standard");
	json_obj_open(j);
	json_kstr(j, "name", "ninjs");
	json_kstr(j, "version", "2.1");
	json_kstr(j, "schema", "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json");
	json_obj_close(j);
	json_obj_close(j);
out:
	pt_str_done(&tmp);
	pt_str_done(&notes);
	credit_list_free(&cl);
	entry_list_free(&el);
	rfc_list_free(&rl);
	return rc;
}

struct ninjs_walk {
	struct desk *d;
	struct json *j;
	const char *newsroom;
	struct pt_err *err;
};

static int
ninjs_one(const struct story *s, void *ctx)
{
	struct ninjs_walk *w = ctx;

	return ninjs_story(w->d, w->j, w->newsroom, s, w->err);
}

int
export_ninjs(struct desk *d, const struct filter *f, const char *one_slug,
    struct pt_str *out, struct pt_err *err)
{
	struct json j;
	char newsroom[64];
	int rc;

	export_newsroom_name(d, newsroom, sizeof newsroom);
	json_init(&j, out, 1);
	json_arr_open(&j);
	if (one_slug != NULL) {
		struct story *s;

		if ((rc = story_get(d->db, one_slug, &s, err)) < 0)
			return rc;
		rc = ninjs_story(d, &j, newsroom, s, err);
		story_free(s);
	} else {
		struct ninjs_walk w = { d, &j, newsroom, err };

		rc = story_each(d->db, f, SORT_SLUG, -1, ninjs_one, &w, err);
	}
	if (rc < 0)
		return rc;
	json_arr_close(&j);
	pt_str_addc(out, '\n');
	return 0;
}
