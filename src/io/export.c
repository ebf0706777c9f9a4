/*
 * Export of stories as YAML or JSON (one shape, also the import format)
 * and Markdown (export_md.c). The document:
 *
 *   presstime: 1
 *   stories:
 *     - slug: hootsuite-ice
 *       headline: "Hootsuite ..."
 *       ...the fields of shape_story, unset ones left out...
 *       credits:
 *         - { name: "Dylan Martin", login: dmartin, kind: staff, role: contributor }
 *       timeline:
 *         - id: 1            (file-local, so "amends" can point at it)
 *           at: 2026-11-26T09:14:00Z
 *           ...
 *       requests:
 *         - target: "ICE"
 *           ...
 *       history:
 *         - { from: pitched, to: assigned, at: ..., by: ..., note: "..." }
 *
 * The YAML is written by hand, not by libyaml's emitter, because the
 * output must be a pure function of the data: export, import into an
 * empty database and export again gives the same bytes. Free text is
 * always double-quoted with YAML escapes, so newlines, tabs, edge spaces,
 * "null", "yes" and control characters all read back exactly.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/history.h"
#include "presstime/io.h"
#include "presstime/json.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/record.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/utf8.h"
#include "internal.h"

#define TW_LEVELS 8

/* One tree writer for YAML and JSON, so the two formats share every
 * decision about which keys appear and in what order. */
struct tw {
	enum export_format fmt;
	struct pt_str *out;
	struct json j;          /* JSON */
	int indent[TW_LEVELS];  /* YAML: key column of each open list's items */
	int depth;
	int dash;               /* YAML: the next key opens a list item */
	int flow;               /* YAML: inside a { ... } item */
	int flow_first;
};

int
export_format_parse(const char *name, enum export_format *out,
    struct pt_err *err)
{
	static const struct {
		const char *name;
		enum export_format fmt;
	} names[] = {
		{ "yaml", EXPORT_YAML }, { "yml", EXPORT_YAML },
		{ "json", EXPORT_JSON },
		{ "md", EXPORT_MD }, { "markdown", EXPORT_MD },
		{ "ninjs", EXPORT_NINJS }, { "ics", EXPORT_ICS },
		{ "ical", EXPORT_ICS }, { "csv", EXPORT_CSV },
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(name, names[i].name) == 0) {
			*out = names[i].fmt;
			return 0;
		}
	}
	return pt_errf(err, PT_EINVAL, "unknown export format \"%s\" "
	    "(expected one of: yaml, json, md, ninjs, ics, csv)", name);
}

const char *
export_format_name(enum export_format fmt)
{
	switch (fmt) {
	case EXPORT_YAML:
		return "yaml";
	case EXPORT_JSON:
		return "json";
	case EXPORT_MD:
		return "md";
	case EXPORT_NINJS:
		return "ninjs";
	case EXPORT_ICS:
		return "ics";
	case EXPORT_CSV:
		return "csv";
	}
	return "?";
}

/*
 * A YAML double-quoted scalar. Escaped: quote, backslash, every C0 and
 * C1 control and DEL (libyaml refuses them raw), NEL, U+2028/2029 (YAML
 * line breaks), U+FEFF and U+FFFE/FFFF (refused or eaten raw). Invalid
 * UTF-8 cannot be represented in YAML at all and becomes U+FFFD.
 */
static void
yaml_quote(struct pt_str *out, const char *s)
{
	size_t n = strlen(s), i = 0;

	pt_str_addc(out, '"');
	while (i < n) {
		int32_t cp;
		int len = utf8_decode(s + i, n - i, &cp);

		switch (cp) {
		case '"':
			pt_str_add(out, "\\\"");
			break;
		case '\\':
			pt_str_add(out, "\\\\");
			break;
		case '\a':
			pt_str_add(out, "\\a");
			break;
		case '\b':
			pt_str_add(out, "\\b");
			break;
		case '\t':
			pt_str_add(out, "\\t");
			break;
		case '\n':
			pt_str_add(out, "\\n");
			break;
		case '\v':
			pt_str_add(out, "\\v");
			break;
		case '\f':
			pt_str_add(out, "\\f");
			break;
		case '\r':
			pt_str_add(out, "\\r");
			break;
		case 0x1b:
			pt_str_add(out, "\\e");
			break;
		case 0x85:
			pt_str_add(out, "\\N");
			break;
		case 0x2028:
			pt_str_add(out, "\\L");
			break;
		case 0x2029:
			pt_str_add(out, "\\P");
			break;
		case -1:
			pt_str_add(out, "\\uFFFD");
			break;
		default:
			if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
				pt_str_addf(out, "\\x%02X", (unsigned)cp);
			else if (cp == 0xfeff || cp == 0xfffe || cp == 0xffff)
				pt_str_addf(out, "\\u%04X", (unsigned)cp);
			else
				pt_str_addn(out, s + i, (size_t)len);
			break;
		}
		i += (size_t)len;
	}
	pt_str_addc(out, '"');
}

/* A name like "reporting", "in person" or "dmartin" reads back as the
 * same text in any YAML reader when written plain; anything else (a
 * capital, punctuation, a number, null/true/yes...) is quoted. */
static int
yaml_plain_ok(const char *s)
{
	static const char *const special[] = { "null", "true", "false", "yes",
		"no", "on", "off", "y", "n" };
	size_t n = strlen(s);

	if (n == 0 || n > 64 || s[0] < 'a' || s[0] > 'z' || s[n - 1] == ' ')
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.')
			continue;
		if (c == ' ' && s[i + 1] != ' ')
			continue;
		return 0;
	}
	for (size_t i = 0; i < sizeof special / sizeof special[0]; i++)
		if (strcmp(s, special[i]) == 0)
			return 0;
	return 1;
}

static void
tw_init(struct tw *w, enum export_format fmt, struct pt_str *out)
{
	memset(w, 0, sizeof *w);
	w->fmt = fmt;
	w->out = out;
	json_init(&w->j, out, 1);
}

static void
tw_spaces(struct tw *w, int n)
{
	for (int i = 0; i < n; i++)
		pt_str_addc(w->out, ' ');
}

/* YAML: everything before a value: the indent or "- " or "{ "/", ". */
static void
tw_key(struct tw *w, const char *key)
{
	if (w->fmt == EXPORT_JSON) {
		json_key(&w->j, key);
		return;
	}
	if (w->flow) {
		pt_str_add(w->out, w->flow_first ? "{ " : ", ");
		w->flow_first = 0;
	} else if (w->dash) {
		tw_spaces(w, w->indent[w->depth] - 2);
		pt_str_add(w->out, "- ");
		w->dash = 0;
	} else
		tw_spaces(w, w->indent[w->depth]);
	pt_str_addf(w->out, "%s: ", key);
}

static void
tw_end_value(struct tw *w)
{
	if (w->fmt == EXPORT_YAML && !w->flow)
		pt_str_addc(w->out, '\n');
}

static void
tw_text(struct tw *w, const char *key, const char *s, int word)
{
	tw_key(w, key);
	if (w->fmt == EXPORT_JSON)
		json_str(&w->j, s);
	else if (word && yaml_plain_ok(s))
		pt_str_add(w->out, s);
	else
		yaml_quote(w->out, s);
	tw_end_value(w);
}

static void
tw_int(struct tw *w, const char *key, long long v)
{
	tw_key(w, key);
	if (w->fmt == EXPORT_JSON)
		json_int(&w->j, v);
	else
		pt_str_addf(w->out, "%lld", v);
	tw_end_value(w);
}

static void
tw_bool(struct tw *w, const char *key, int v)
{
	tw_key(w, key);
	if (w->fmt == EXPORT_JSON)
		json_bool(&w->j, v);
	else
		pt_str_add(w->out, v ? "true" : "false");
	tw_end_value(w);
}

static void
tw_time(struct tw *w, const char *key, time_t t)
{
	char buf[64];

	ptime_format_iso(t, buf, sizeof buf);
	tw_key(w, key);
	if (w->fmt == EXPORT_JSON)
		json_str(&w->j, buf);
	else
		pt_str_add(w->out, buf);
	tw_end_value(w);
}

/* Opens the list under key in the current item. */
static void
tw_list_open(struct tw *w, const char *key)
{
	int col;

	if (w->fmt == EXPORT_JSON) {
		json_key(&w->j, key);
		json_arr_open(&w->j);
		return;
	}
	tw_key(w, key);
	w->out->len--;          /* "key: " becomes "key:" */
	w->out->buf[w->out->len] = '\0';
	pt_str_addc(w->out, '\n');
	col = w->indent[w->depth] + 4;
	if (w->depth + 1 < TW_LEVELS)
		w->depth++;
	w->indent[w->depth] = col;
}

static void
tw_list_close(struct tw *w)
{
	if (w->fmt == EXPORT_JSON) {
		json_arr_close(&w->j);
		return;
	}
	if (w->depth > 0)
		w->depth--;
}

/* A map as a list item; flow puts it on one line ({ a: 1, b: 2 }). */
static void
tw_item_open(struct tw *w, int flow)
{
	if (w->fmt == EXPORT_JSON) {
		json_obj_open(&w->j);
		return;
	}
	if (flow) {
		tw_spaces(w, w->indent[w->depth] - 2);
		pt_str_add(w->out, "- ");
		w->flow = 1;
		w->flow_first = 1;
	} else
		w->dash = 1;
}

static void
tw_item_close(struct tw *w)
{
	if (w->fmt == EXPORT_JSON) {
		json_obj_close(&w->j);
		return;
	}
	if (w->flow) {
		pt_str_add(w->out, w->flow_first ? "{}\n" : " }\n");
		w->flow = 0;
	} else if (w->dash) {
		tw_spaces(w, w->indent[w->depth] - 2);
		pt_str_add(w->out, "- {}\n");
		w->dash = 0;
	}
}

/* Writes the set fields of row in table order. */
static void
tw_fields(struct tw *w, const struct shape_field *table, const void *row)
{
	const char *base = row;

	for (const struct shape_field *f = table; f->key != NULL; f++) {
		const void *p = base + f->off;
		const char *s;
		time_t t;
		int v;

		switch (f->type) {
		case SHAPE_TEXT:
		case SHAPE_WORD:
			memcpy(&s, p, sizeof s);
			if (s != NULL)
				tw_text(w, f->key, s, f->type == SHAPE_WORD);
			break;
		case SHAPE_TIME:
			memcpy(&t, p, sizeof t);
			if (t != 0)
				tw_time(w, f->key, t);
			break;
		case SHAPE_INT:
		case SHAPE_COUNT:
			memcpy(&v, p, sizeof v);
			if (v != 0 || f->type == SHAPE_COUNT)
				tw_int(w, f->key, v);
			break;
		case SHAPE_BOOL:
			memcpy(&v, p, sizeof v);
			tw_bool(w, f->key, v != 0);
			break;
		}
	}
}

struct id_pos {
	long long id;
	size_t pos;
};

static int
id_pos_cmp(const void *a, const void *b)
{
	const struct id_pos *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

/* The timeline with ids renumbered 1..n in timeline order. */
static void
tw_timeline(struct tw *w, const struct entry_list *el)
{
	struct id_pos *map, key, *hit;

	map = pt_xcalloc(el->n, sizeof *map);
	for (size_t i = 0; i < el->n; i++) {
		map[i].id = el->v[i].id;
		map[i].pos = i;
	}
	qsort(map, el->n, sizeof *map, id_pos_cmp);
	tw_list_open(w, "timeline");
	for (size_t i = 0; i < el->n; i++) {
		const struct entry *e = &el->v[i];

		tw_item_open(w, 0);
		tw_int(w, "id", (long long)i + 1);
		tw_fields(w, shape_entry, e);
		/* An amended entry of another story cannot be named in
		 * this file; the link is dropped rather than made up. */
		key.id = e->amends;
		hit = e->amends != 0 ? bsearch(&key, map, el->n, sizeof *map,
		    id_pos_cmp) : NULL;
		if (hit != NULL)
			tw_int(w, "amends", (long long)hit->pos + 1);
		tw_item_close(w);
	}
	tw_list_close(w);
	free(map);
}

static int
export_story(struct desk *d, struct tw *w, const struct story *s,
    struct pt_err *err)
{
	struct credit_list cl = { NULL, 0 };
	struct entry_list el = { NULL, 0 };
	struct rfc_list rl = { NULL, 0 };
	struct status_change_list hl = { NULL, 0 };
	struct notice_list nl = { NULL, 0 };
	struct snapshot_list sl = { NULL, 0 };
	int rc;

	if ((rc = entry_list_story(d->db, s->id, &el, err)) < 0 ||
	    (rc = rfc_list_story(d->db, s->id, &rl, err)) < 0)
		goto out;
	if (w->fmt == EXPORT_MD) {
		rc = export_md_story(d, s, &el, &rl, w->out, err);
		goto out;
	}
	if ((rc = credit_list_story(d->db, s->id, &cl, err)) < 0 ||
	    (rc = history_list_story(d->db, s->id, &hl, err)) < 0 ||
	    (rc = notice_list_story(d->db, s->id, &nl, err)) < 0 ||
	    (rc = snapshot_list_story(d->db, s->id, &sl, err)) < 0)
		goto out;
	tw_item_open(w, 0);
	tw_fields(w, shape_story, s);
	if (cl.n > 0) {
		tw_list_open(w, "credits");
		for (size_t i = 0; i < cl.n; i++) {
			tw_item_open(w, 1);
			tw_fields(w, shape_credit, &cl.v[i]);
			tw_item_close(w);
		}
		tw_list_close(w);
	}
	if (el.n > 0)
		tw_timeline(w, &el);
	if (rl.n > 0) {
		tw_list_open(w, "requests");
		for (size_t i = 0; i < rl.n; i++) {
			tw_item_open(w, 0);
			tw_fields(w, shape_rfc, &rl.v[i]);
			tw_item_close(w);
		}
		tw_list_close(w);
	}
	if (hl.n > 0) {
		tw_list_open(w, "history");
		for (size_t i = 0; i < hl.n; i++) {
			tw_item_open(w, 1);
			tw_fields(w, shape_change, &hl.v[i]);
			tw_item_close(w);
		}
		tw_list_close(w);
	}
	/* Corrections and kills, and the end notes as each version ran. */
	if (nl.n > 0) {
		tw_list_open(w, "notices");
		for (size_t i = 0; i < nl.n; i++) {
			tw_item_open(w, 0);
			tw_fields(w, shape_notice, &nl.v[i]);
			tw_item_close(w);
		}
		tw_list_close(w);
	}
	if (sl.n > 0) {
		tw_list_open(w, "end_notes");
		for (size_t i = 0; i < sl.n; i++) {
			tw_item_open(w, 0);
			tw_fields(w, shape_snapshot, &sl.v[i]);
			tw_item_close(w);
		}
		tw_list_close(w);
	}
	tw_item_close(w);
out:
	notice_list_free(&nl);
	snapshot_list_free(&sl);
	credit_list_free(&cl);
	entry_list_free(&el);
	rfc_list_free(&rl);
	history_list_free(&hl);
	return rc;
}

/* What goes before a story; count says how many came before it. */
static void
export_before(struct tw *w, int count)
{
	switch (w->fmt) {
	case EXPORT_YAML:
		if (count == 0) {
			pt_str_add(w->out, "stories:\n");
			w->indent[0] = 0;
			w->depth = 1;
			w->indent[1] = 4;
		}
		break;
	case EXPORT_JSON:
		break;
	case EXPORT_MD:
		if (count > 0)
			pt_str_add(w->out, "\n---\n\n");
		break;
	default:
		break;
	}
}

/* The walk over a filter's stories, one export_story each. */
struct export_walk {
	struct desk *d;
	struct tw *w;
	int count;
	struct pt_err *err;
};

static int
export_one(const struct story *s, void *ctx)
{
	struct export_walk *ew = ctx;

	export_before(ew->w, ew->count++);
	return export_story(ew->d, ew->w, s, ew->err);
}

int
export_stories(struct desk *d, const struct filter *f, const char *one_slug,
    enum export_format fmt, struct pt_str *out, struct pt_err *err)
{
	struct tw w;
	int count = 0, rc = 0;

	/* The exchange formats have files of their own. */
	if (fmt == EXPORT_NINJS)
		return export_ninjs(d, f, one_slug, out, err);
	if (fmt == EXPORT_ICS)
		return export_ics(d, f, one_slug, out, err);
	if (fmt == EXPORT_CSV)
		return export_csv(d, f, one_slug, out, err);
	tw_init(&w, fmt, out);
	if (fmt == EXPORT_YAML)
		pt_str_add(out, "presstime: 1\n");
	else if (fmt == EXPORT_JSON) {
		json_obj_open(&w.j);
		json_kint(&w.j, "presstime", 1);
		json_key(&w.j, "stories");
		json_arr_open(&w.j);
	}
	if (one_slug != NULL) {
		struct story *s;

		if ((rc = story_get(d->db, one_slug, &s, err)) < 0)
			return rc;
		export_before(&w, count++);
		rc = export_story(d, &w, s, err);
		story_free(s);
	} else {
		struct export_walk ew = { d, &w, 0, err };

		rc = story_each(d->db, f, SORT_SLUG, -1, export_one, &ew, err);
		count = ew.count;
	}
	if (rc < 0)
		return rc;
	if (fmt == EXPORT_YAML && count == 0)
		pt_str_add(out, "stories: []\n");
	else if (fmt == EXPORT_JSON) {
		json_arr_close(&w.j);
		json_obj_close(&w.j);
		pt_str_addc(out, '\n');
	}
	return 0;
}
