/*
 * Import, pass one: reads the whole YAML document into rows and refuses
 * the first problem with its place ("file:line:col: message"), naming
 * the field and the value. Nothing is written here; the only database
 * reads check that a slug is still free.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/desk.h"
#include "presstime/ptime.h"
#include "presstime/sanitize.h"
#include "presstime/story.h"
#include "presstime/ydoc.h"
#include "internal.h"

#define QUOTE_MAX 64 /* bytes of a user's text quoted in a message */

static const char *const story_lists[] = { "credits", "timeline",
	"requests", "history", "notices", "end_notes", NULL };
static const char *const entry_specials[] = { "id", "amends", NULL };

/* Grows an array of elements of size sz to hold one more. */
static void *
grow(void *v, size_t n, size_t *cap, size_t sz)
{
	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 4;
	return pt_xrealloc(v, *cap * sz);
}

/* A row's place: the YAML node it was read from (rows keep them as
 * opaque pointers, the desk being below the YAML layer). */
static const struct ydoc_node *
node_of(const void *at)
{
	return at;
}

/* A user's text made safe and short enough to quote in a message. */
static void
quote(char *buf, size_t n, const char *text)
{
	char *s = sanitize_dup(text, 0);
	size_t len = strlen(s);

	if (len > QUOTE_MAX) {
		len = QUOTE_MAX;
		while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
			len--;
		snprintf(buf, n, "%.*s...", (int)len, s);
	} else
		snprintf(buf, n, "%s", s);
	free(s);
}

static int
imp_errf(struct imp *im, const struct ydoc_node *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
imp_errf(struct imp *im, const struct ydoc_node *at, const char *fmt, ...)
{
	char msg[sizeof im->err->msg];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return pt_errf(im->err, PT_EINVAL, "%s:%d:%d: %s", im->name, at->line,
	    at->col, msg);
}

static const char *
kind_name(const struct ydoc_node *n)
{
	switch (n->kind) {
	case YDOC_SCALAR:
		return "text";
	case YDOC_MAP:
		return "a map";
	case YDOC_SEQ:
		return "a list";
	}
	return "?";
}

/* Plain ~, null or nothing: the field is unset. Quoted "null" is text. */
static int
is_null(const struct ydoc_node *n)
{
	return n->kind == YDOC_SCALAR && !n->quoted &&
	    (n->text[0] == '\0' || strcmp(n->text, "~") == 0 ||
	    strcmp(n->text, "null") == 0 || strcmp(n->text, "Null") == 0 ||
	    strcmp(n->text, "NULL") == 0);
}

/* A typo (two edits at most) or a key cut short ("asked" for
 * "asked_at") is worth suggesting. */
static void
consider(const char *key, const char *cand, const char **best, int *bestd)
{
	size_t kl = strlen(key);
	int d = pt_str_distance(key, cand, *bestd);

	if (kl >= 3 && strncmp(key, cand, kl) == 0 && d > 1)
		d = 1;

	if (d < *bestd) {
		*bestd = d;
		*best = cand;
	}
}

static int
unknown_key(struct imp *im, const struct ydoc_node *key, const char *what,
    const struct shape_field *table, const char *const *extra)
{
	const char *best = NULL;
	char q[QUOTE_MAX * 4];
	int bestd = 3;

	for (const struct shape_field *f = table; f != NULL && f->key; f++)
		consider(key->text, f->key, &best, &bestd);
	for (; extra != NULL && *extra != NULL; extra++)
		consider(key->text, *extra, &best, &bestd);
	quote(q, sizeof q, key->text);
	if (best != NULL && (size_t)bestd < strlen(key->text))
		return imp_errf(im, key, "unknown %s key \"%s\" (did you mean "
		    "\"%s\"?)", what, q, best);
	return imp_errf(im, key, "unknown %s key \"%s\"", what, q);
}

/* A whole number in [lo, hi], plain digits only. */
static int
read_int(struct imp *im, const char *key, const struct ydoc_node *v,
    long long lo, long long hi, long long *out)
{
	const char *s = v->text;
	char q[QUOTE_MAX * 4], *end;
	long long n;

	errno = 0;
	n = strtoll(s, &end, 10);
	if (v->kind != YDOC_SCALAR || s[0] < '0' || s[0] > '9' ||
	    *end != '\0' || errno != 0 || n < lo || n > hi) {
		if (v->kind != YDOC_SCALAR)
			return imp_errf(im, v, "%s: expected a number, found "
			    "%s", key, kind_name(v));
		quote(q, sizeof q, s);
		return imp_errf(im, v, "%s: \"%s\" is not a whole number "
		    "from %lld to %lld", key, q, lo, hi);
	}
	*out = n;
	return 0;
}

/* --- pass one: reading and checking ----------------------------------- */

/* Sets one field of row from a scalar. */
static int
imp_value(struct imp *im, const struct shape_field *f,
    const struct ydoc_node *v, void *row)
{
	char *base = row, *p = base + f->off;
	char q[QUOTE_MAX * 4];
	struct pt_err e;
	long long n;
	time_t t;
	int iv;

	if (v->kind != YDOC_SCALAR)
		return imp_errf(im, v, "%s: expected %s, found %s", f->key,
		    f->type == SHAPE_TIME ? "a time" :
		    f->type == SHAPE_BOOL ? "true or false" :
		    f->type == SHAPE_INT || f->type == SHAPE_COUNT ?
		    "a number" : "text", kind_name(v));
	if (is_null(v)) {
		if (f->required)
			return imp_errf(im, v, "%s: must not be empty", f->key);
		return 0;
	}
	switch (f->type) {
	case SHAPE_TEXT:
	case SHAPE_WORD:
		if (f->valid != NULL && f->valid(v->text, &e) < 0) {
			/* Validators name the value; say the field too
			 * unless the message already starts with it. */
			size_t kl = strlen(f->key);

			if (strncmp(e.msg, f->key, kl) == 0 && e.msg[kl] == ' ')
				return imp_errf(im, v, "%s", e.msg);
			return imp_errf(im, v, "%s: %s", f->key, e.msg);
		}
		memcpy(p, &v->text, sizeof v->text);
		break;
	case SHAPE_TIME:
		if (ptime_parse(v->text, im->doc.now, im->d->cob_hour, &t, &e) < 0)
			return imp_errf(im, v, "%s: %s", f->key, e.msg);
		memcpy(p, &t, sizeof t);
		break;
	case SHAPE_INT:
	case SHAPE_COUNT:
		if (read_int(im, f->key, v, 0, INT_MAX, &n) < 0)
			return PT_EINVAL;
		iv = (int)n;
		memcpy(p, &iv, sizeof iv);
		break;
	case SHAPE_BOOL:
		if (strcmp(v->text, "true") == 0)
			iv = 1;
		else if (strcmp(v->text, "false") == 0)
			iv = 0;
		else {
			quote(q, sizeof q, v->text);
			return imp_errf(im, v, "%s: expected true or false, "
			    "not \"%s\"", f->key, q);
		}
		memcpy(p, &iv, sizeof iv);
		break;
	}
	return 0;
}

/* Called for a key listed in a map's extras; row is the map's row. */
typedef int (*imp_extra_fn)(struct imp *im, const struct ydoc_node *key,
    const struct ydoc_node *val, void *row);

/* Reads map into row through table; keys in extra go to fn. */
static int
imp_map(struct imp *im, const struct ydoc_node *map, const char *what,
    const struct shape_field *table, void *row, const char *const *extra,
    imp_extra_fn fn)
{
	unsigned long seen = 0;
	int rc;

	if (map->kind != YDOC_MAP)
		return imp_errf(im, map, "a %s must be a map (key: value), "
		    "not %s", what, kind_name(map));
	for (size_t i = 0; i < map->n; i++) {
		const struct ydoc_node *k = map->items[2 * i];
		const struct ydoc_node *v = map->items[2 * i + 1];
		const struct shape_field *f;
		size_t x;

		for (f = table; f->key != NULL; f++)
			if (strcmp(f->key, k->text) == 0)
				break;
		if (f->key != NULL) {
			if ((rc = imp_value(im, f, v, row)) < 0)
				return rc;
			seen |= 1UL << (f - table);
			continue;
		}
		for (x = 0; extra != NULL && extra[x] != NULL; x++)
			if (strcmp(extra[x], k->text) == 0)
				break;
		if (extra == NULL || extra[x] == NULL)
			return unknown_key(im, k, what, table, extra);
		if ((rc = fn(im, k, v, row)) < 0)
			return rc;
	}
	for (const struct shape_field *f = table; f->key != NULL; f++)
		if (f->required && !(seen & (1UL << (f - table))))
			return imp_errf(im, map, "%s has no \"%s\"", what,
			    f->key);
	return 0;
}

static int
entry_extra(struct imp *im, const struct ydoc_node *key,
    const struct ydoc_node *val, void *row)
{
	struct desk_import_entry *ie = row;
	long long n;

	if (is_null(val))
		return 0;
	if (read_int(im, key->text, val, 1, LLONG_MAX, &n) < 0)
		return PT_EINVAL;
	if (strcmp(key->text, "id") == 0) {
		ie->local_id = n;
		ie->id_at = val;
	} else {
		ie->local_amends = n;
		ie->amends_at = val;
	}
	return 0;
}

static int
cmp_entry_id(const void *a, const void *b)
{
	const struct desk_import_entry *x = *(struct desk_import_entry *const *)a;
	const struct desk_import_entry *y = *(struct desk_import_entry *const *)b;

	if (x->local_id != y->local_id)
		return x->local_id < y->local_id ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Ids unique, every "amends" names an entry of this timeline, and no
 * chain of amendments loops (it could never be inserted). */
static int
check_timeline(struct imp *im, struct desk_import_story *is)
{
	struct desk_import_entry **byid, **hit;
	long long want;
	size_t n = is->nentries, nid = 0;
	int rc = 0;

	byid = pt_xcalloc(n, sizeof *byid);
	for (size_t i = 0; i < n; i++)
		if (is->entries[i].local_id != 0)
			byid[nid++] = &is->entries[i];
	qsort(byid, nid, sizeof *byid, cmp_entry_id);
	for (size_t i = 1; i < nid && rc == 0; i++)
		if (byid[i]->local_id == byid[i - 1]->local_id)
			rc = imp_errf(im, byid[i]->id_at, "id %lld is "
			    "already used by the entry at line %d",
			    byid[i]->local_id, node_of(byid[i - 1]->at)->line);
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct desk_import_entry *e = &is->entries[i];

		if (e->local_amends == 0)
			continue;
		want = e->local_amends;
		hit = NULL;
		for (size_t lo = 0, hi = nid; lo < hi;) {
			size_t mid = lo + (hi - lo) / 2;

			if (byid[mid]->local_id < want)
				lo = mid + 1;
			else if (byid[mid]->local_id > want)
				hi = mid;
			else {
				hit = &byid[mid];
				break;
			}
		}
		if (hit == NULL)
			rc = imp_errf(im, e->amends_at, "amends: no entry "
			    "with id %lld in this timeline", e->local_amends);
		else if (*hit == e)
			rc = imp_errf(im, e->amends_at, "amends: an entry "
			    "cannot amend itself");
		else
			e->target = (size_t)(*hit - is->entries);
	}
	/* Each entry amends at most one other: follow each chain once,
	 * marking it with the walk's number; meeting our own mark is a
	 * loop, meeting an older one is a chain already known to end. */
	for (size_t i = 0; i < n && rc == 0; i++) {
		size_t j = i;

		while (is->entries[j].mark == 0) {
			is->entries[j].mark = (int)(i + 1);
			if (is->entries[j].local_amends == 0)
				break;
			j = is->entries[j].target;
			if (is->entries[j].mark == (int)(i + 1)) {
				rc = imp_errf(im, is->entries[j].amends_at,
				    "amends: entries %lld and %lld amend each "
				    "other in a loop", is->entries[j].local_id,
				    is->entries[j].local_amends);
				break;
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		is->entries[i].mark = 0;
	free(byid);
	return rc;
}

static int
story_extra(struct imp *im, const struct ydoc_node *key,
    const struct ydoc_node *val, void *row)
{
	struct desk_import_story *is = row;
	const char *k = key->text;
	size_t cap = 0;
	int rc;

	if (is_null(val))
		return 0;
	if (val->kind != YDOC_SEQ)
		return imp_errf(im, val, "%s: expected a list, found %s", k,
		    kind_name(val));
	for (size_t i = 0; i < val->n; i++) {
		const struct ydoc_node *item = val->items[i];

		if (strcmp(k, "credits") == 0) {
			struct desk_import_credit *c;

			is->credits = grow(is->credits, is->ncredits, &cap,
			    sizeof *is->credits);
			c = &is->credits[is->ncredits++];
			memset(c, 0, sizeof *c);
			c->at = item;
			rc = imp_map(im, item, "credit", shape_credit, &c->c,
			    NULL, NULL);
		} else if (strcmp(k, "timeline") == 0) {
			struct desk_import_entry *e;

			is->entries = grow(is->entries, is->nentries, &cap,
			    sizeof *is->entries);
			e = &is->entries[is->nentries++];
			memset(e, 0, sizeof *e);
			e->at = item;
			rc = imp_map(im, item, "timeline entry", shape_entry,
			    e, entry_specials, entry_extra);
		} else if (strcmp(k, "requests") == 0) {
			struct desk_import_rfc *r;

			is->rfcs = grow(is->rfcs, is->nrfcs, &cap,
			    sizeof *is->rfcs);
			r = &is->rfcs[is->nrfcs++];
			memset(r, 0, sizeof *r);
			r->at = item;
			r->r.attempts = -1;
			rc = imp_map(im, item, "request", shape_rfc, &r->r,
			    NULL, NULL);
		} else if (strcmp(k, "notices") == 0) {
			struct desk_import_notice *no;

			is->notices = grow(is->notices, is->nnotices, &cap,
			    sizeof *is->notices);
			no = &is->notices[is->nnotices++];
			memset(no, 0, sizeof *no);
			no->at = item;
			rc = imp_map(im, item, "notice", shape_notice, &no->n,
			    NULL, NULL);
		} else if (strcmp(k, "end_notes") == 0) {
			struct desk_import_snapshot *sn;

			is->snapshots = grow(is->snapshots, is->nsnapshots,
			    &cap, sizeof *is->snapshots);
			sn = &is->snapshots[is->nsnapshots++];
			memset(sn, 0, sizeof *sn);
			sn->at = item;
			rc = imp_map(im, item, "end notes", shape_snapshot,
			    &sn->s, NULL, NULL);
		} else {
			struct desk_import_change *c;

			is->changes = grow(is->changes, is->nchanges, &cap,
			    sizeof *is->changes);
			c = &is->changes[is->nchanges++];
			memset(c, 0, sizeof *c);
			c->at = item;
			rc = imp_map(im, item, "history entry", shape_change,
			    &c->c, NULL, NULL);
		}
		if (rc < 0)
			return rc;
	}
	if (strcmp(k, "timeline") == 0)
		return check_timeline(im, is);
	return 0;
}

/* Refuses a slug given earlier in the file or already in the database. */
static int
check_slug(struct imp *im, struct desk_import_story *is)
{
	const struct ydoc_node *at = is->slug_at;
	const struct desk_import_story *first;
	long long *prev;
	char **v;
	size_t n;
	int rc, exists;

	if ((prev = strmap_get(&im->slugs, is->s.slug)) != NULL) {
		first = &im->doc.stories[*prev];
		return imp_errf(im, at, "story \"%s\" already exists (given "
		    "at %d:%d in this file)", is->s.slug,
		    node_of(first->slug_at)->line,
		    node_of(first->slug_at)->col);
	}
	rc = story_slugs_with_prefix(im->d->db, is->s.slug, 1, &v, &n,
	    im->err);
	if (rc < 0) {
		pt_err_prefix(im->err, "%s:%d:%d: ", im->name, at->line,
		    at->col);
		return rc;
	}
	exists = n > 0 && strcmp(v[0], is->s.slug) == 0;
	pt_strv_free(v, n);
	if (exists)
		return imp_errf(im, at, "story \"%s\" already exists",
		    is->s.slug);
	strmap_put(&im->slugs, is->s.slug, (long long)im->doc.nstories - 1);
	return 0;
}

static int
imp_story_read(struct imp *im, const struct ydoc_node *node)
{
	struct desk_import_story *is;
	int rc;

	im->doc.stories = grow(im->doc.stories, im->doc.nstories, &im->cap,
	    sizeof *im->doc.stories);
	is = &im->doc.stories[im->doc.nstories++];
	memset(is, 0, sizeof *is);
	is->at = node;
	if ((rc = imp_map(im, node, "story", shape_story, is, story_lists,
	    story_extra)) < 0)
		return rc;
	is->slug_at = ydoc_get(node, "slug");
	return check_slug(im, is);
}

int
import_read_doc(struct imp *im, const struct ydoc_node *root)
{
	static const char *const top[] = { "presstime", "stories", NULL };
	const struct ydoc_node *ver, *stories;
	int rc;

	if (root->kind != YDOC_MAP)
		return imp_errf(im, root, "expected a presstime export (a map "
		    "starting \"presstime: 1\"), found %s", kind_name(root));
	for (size_t i = 0; i < root->n; i++) {
		const struct ydoc_node *k = root->items[2 * i];

		if (strcmp(k->text, top[0]) != 0 &&
		    strcmp(k->text, top[1]) != 0)
			return unknown_key(im, k, "top-level", NULL, top);
	}
	if ((ver = ydoc_get(root, "presstime")) == NULL)
		return imp_errf(im, root, "not a presstime export: "
		    "\"presstime: 1\" is missing");
	if (ver->kind != YDOC_SCALAR || strcmp(ver->text, "1") != 0) {
		char q[QUOTE_MAX * 4];

		quote(q, sizeof q, ver->kind == YDOC_SCALAR ? ver->text : "");
		return imp_errf(im, ver, "presstime: version \"%s\" is not "
		    "supported (this program reads version 1)", q);
	}
	stories = ydoc_get(root, "stories");
	if (stories == NULL || is_null(stories))
		return 0;
	if (stories->kind != YDOC_SEQ)
		return imp_errf(im, stories, "stories: expected a list, found "
		    "%s", kind_name(stories));
	for (size_t i = 0; i < stories->n; i++)
		if ((rc = imp_story_read(im, stories->items[i])) < 0)
			return rc;
	return 0;
}
