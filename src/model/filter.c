/* The filter language compiled to SQL. Every value a user typed becomes a
 * bound parameter; only fixed fragments from this file reach the SQL text. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/filter.h"
#include "presstime/ptime.h"
#include "presstime/search.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "filter_live.h"

/* due_key for a story with no deadline (see the schema). */
#define NO_DUE "9223372036854775807"

struct fc {
	struct filter *f;
	struct pt_str sql;
	struct pt_str text; /* bare words and phrases, for full text */
	size_t cap;
	time_t now;
	int cob_hour;
	int scoped; /* a term names the states: live, all, status:, slug: */
	unsigned states, prios; /* the values of this term's status:, pri: */
};

static void
add_int(struct fc *c, long long v)
{
	struct filter *f = c->f;

	if (f->nparams == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 8;
		f->params = pt_xrealloc(f->params, c->cap * sizeof *f->params);
	}
	f->params[f->nparams].type = FV_INT;
	f->params[f->nparams].i = v;
	f->params[f->nparams++].s = NULL;
}

static void
add_text(struct fc *c, const char *s, size_t n)
{
	struct filter *f = c->f;
	char *v = pt_xmalloc(n + 1);

	memcpy(v, s, n);
	v[n] = '\0';
	if (f->nparams == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 8;
		f->params = pt_xrealloc(f->params, c->cap * sizeof *f->params);
	}
	f->params[f->nparams].type = FV_TEXT;
	f->params[f->nparams].i = 0;
	f->params[f->nparams++].s = v;
}

/* Calls each(c, value, len) for every ","-separated value, between
 * "open" and "close", joined by " OR ". */
static int
any_of(struct fc *c, const char *vals, const char *term,
    int (*each)(struct fc *, const char *, size_t, const char *,
    struct pt_err *), struct pt_err *err)
{
	const char *p = vals;
	int n = 0;

	if (*vals == '\0')
		return pt_errf(err, PT_EINVAL, "filter term \"%s\" has no value",
		    term);
	pt_str_add(&c->sql, "(");
	while (*p != '\0') {
		const char *e = strchr(p, ',');
		size_t len = e != NULL ? (size_t)(e - p) : strlen(p);

		if (len == 0)
			return pt_errf(err, PT_EINVAL, "filter term \"%s\" has "
			    "an empty value", term);
		if (n++ > 0)
			pt_str_add(&c->sql, " OR ");
		if (each(c, p, len, term, err) < 0)
			return PT_EINVAL;
		p += len;
		if (*p == ',')
			p++;
	}
	pt_str_add(&c->sql, ")");
	return 0;
}

static int
v_status(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%.*s", (int)n, v);
	if (state_story_find(buf) < 0) {
		struct pt_str all = PT_STR_INIT;
		int rc;

		state_story_join(&all);
		rc = pt_errf(err, PT_EINVAL, "unknown status \"%s\" in filter "
		    "term \"%s\" (expected one of: %s)", buf, term,
		    pt_str_cstr(&all));
		pt_str_done(&all);
		return rc;
	}
	pt_str_add(&c->sql, "s.status = ?");
	add_text(c, v, n);
	c->states |= 1u << state_story_find(buf);
	return 0;
}

static int
v_desk(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	pt_str_add(&c->sql, "s.desk = ? COLLATE NOCASE");
	add_text(c, v, n);
	return 0;
}

static int
v_editor(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	if (n == 4 && memcmp(v, "none", 4) == 0) {
		pt_str_add(&c->sql, "s.editor IS NULL");
		return 0;
	}
	pt_str_add(&c->sql, "s.editor = ?");
	add_text(c, v, n);
	return 0;
}

static int
v_by(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	/* The people first (login and name indexes), then their credits:
	 * an EXISTS per story would walk the whole queue for a rare name. */
	pt_str_add(&c->sql, "s.id IN (SELECT c.story_id FROM credit c JOIN "
	    "person p ON p.id = c.person_id WHERE p.login = ? OR "
	    "p.name = ? COLLATE NOCASE)");
	add_text(c, v, n);
	add_text(c, v, n);
	return 0;
}

static int
v_pri(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%.*s", (int)n, v);
	if (story_priority_rank(buf) < 0)
		return pt_errf(err, PT_EINVAL, "unknown priority \"%s\" in "
		    "filter term \"%s\" (expected one of: flash, urgent, "
		    "routine, deferred)", buf, term);
	/* The rank, not the name: story_prio indexes the rank (but see
	 * filter_live_only). */
	pt_str_add(&c->sql, "s.prio_rank = ?");
	add_int(c, story_priority_rank(buf));
	c->prios |= 1u << story_priority_rank(buf);
	return 0;
}

static int
v_rfc(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	struct pt_str all = PT_STR_INIT;
	char buf[32];
	int rc;

	snprintf(buf, sizeof buf, "%.*s", (int)n, v);
	/* Overdue: an answer wanted by a time that passed, or a promise
	 * whose time passed with nothing (a broken promise is a request
	 * too). Each half from its index (rfc_open_due, rfc_promised_by):
	 * requests still waiting are few, publication lapses them. */
	if (strcmp(buf, "overdue") == 0) {
		pt_str_add(&c->sql, "s.id IN (SELECT r.story_id FROM rfc r "
		    "WHERE r.state = 'open' AND r.due_at < ? UNION ALL "
		    "SELECT r.story_id FROM rfc r WHERE r.state = 'promised' "
		    "AND r.promised_by < ?)");
		add_int(c, (long long)c->now);
		add_int(c, (long long)c->now);
		return 0;
	}
	/* Broken: a promise past due, or one that lapsed at publication
	 * with its promise on it. */
	if (strcmp(buf, "broken") == 0) {
		pt_str_add(&c->sql, "s.id IN (SELECT r.story_id FROM rfc r "
		    "WHERE r.state = 'promised' AND r.promised_by < ? UNION ALL "
		    "SELECT r.story_id FROM rfc r WHERE r.state = 'lapsed' "
		    "AND r.promised_by IS NOT NULL)");
		add_int(c, (long long)c->now);
		return 0;
	}
	if (strcmp(buf, "none") == 0) {
		pt_str_add(&c->sql, "NOT EXISTS (SELECT 1 FROM rfc r WHERE "
		    "r.story_id = s.id)");
		return 0;
	}
	/* A request still waiting (open, promised) is on a story not yet
	 * out, since publication lapses them: few, so they are found first
	 * (rfc_open_due) and their stories sorted. The final states hang
	 * off stories all through an archive: a walk of the queue in its
	 * order meets a page of them at once, where finding them all first
	 * took 1.5 s at 1,000,000 stories; each story's requests are
	 * looked up through rfc_story(story_id, state). */
	if (state_rfc_waiting(buf)) {
		pt_str_add(&c->sql, "s.id IN (SELECT r.story_id FROM rfc r "
		    "WHERE r.state = ?)");
		add_text(c, v, n);
		return 0;
	}
	if (state_rfc_find(buf) >= 0) {
		pt_str_add(&c->sql, "EXISTS (SELECT 1 FROM rfc r WHERE "
		    "r.story_id = s.id AND r.state = ?)");
		add_text(c, v, n);
		return 0;
	}
	state_rfc_join(&all);
	rc = pt_errf(err, PT_EINVAL, "unknown request state \"%s\" in filter "
	    "term \"%s\" (expected one of: %s, overdue, broken, none)", buf, term,
	    pt_str_cstr(&all));
	pt_str_done(&all);
	return rc;
}

/* due:<2h  due:>1d  due:today  due:tomorrow  due:none  due:<17:00 */
static int
v_due(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	char buf[64];
	struct pt_err sub;
	time_t t;

	snprintf(buf, sizeof buf, "%.*s", (int)n, v);
	/* Deadlines are matched through due_key (the deadline, or the
	 * largest integer for none), which story_due indexes. */
	if (strcmp(buf, "none") == 0) {
		pt_str_add(&c->sql, "(s.due_key = " NO_DUE " AND "
		    "s.deadline IS NULL)");
		return 0;
	}
	if (strcmp(buf, "today") == 0 || strcmp(buf, "tomorrow") == 0) {
		time_t day = ptime_day_start(c->now);

		if (buf[1] == 'o' && buf[2] == 'm')
			day = ptime_day_start(day + 36 * 3600);
		pt_str_add(&c->sql, "(s.due_key >= ? AND s.due_key < ?)");
		add_int(c, (long long)day);
		add_int(c, (long long)ptime_day_start(day + 36 * 3600));
		return 0;
	}
	if (buf[0] == '<' || buf[0] == '>') {
		long long secs;

		if (ptime_parse_duration(buf + 1, &secs, &sub) == 0)
			t = c->now + (time_t)secs;
		else if (ptime_parse(buf + 1, c->now, c->cob_hour, &t, &sub) < 0)
			return pt_errf(err, PT_EINVAL, "bad time \"%s\" in filter "
			    "term \"%s\" (try due:<2h, due:>1d, due:<cob, "
			    "due:today, due:none)", buf + 1, term);
		pt_str_add(&c->sql, buf[0] == '<' ? "s.due_key < ?" :
		    "(s.due_key > ? AND s.due_key < " NO_DUE ")");
		add_int(c, (long long)t);
		return 0;
	}
	return pt_errf(err, PT_EINVAL, "bad value \"%s\" in filter term \"%s\" "
	    "(try due:<2h, due:>1d, due:today, due:tomorrow, due:none)", buf,
	    term);
}

static int
v_upd(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	char buf[64];
	long long secs;
	struct pt_err sub;

	snprintf(buf, sizeof buf, "%.*s", (int)n, v);
	if ((buf[0] != '<' && buf[0] != '>') ||
	    ptime_parse_duration(buf + 1, &secs, &sub) < 0)
		return pt_errf(err, PT_EINVAL, "bad value \"%s\" in filter term "
		    "\"%s\" (try upd:<30m or upd:>2d)", buf, term);
	/* upd:<30m = updated less than 30 minutes ago: a few stories, so
	 * SQLite is told to find them in story_updated rather than walk
	 * the queue for them. upd:>2d is most of an archive: the walk in
	 * queue order, which stops at the page, is the faster way. */
	pt_str_add(&c->sql, buf[0] == '<' ? "unlikely(s.updated_at > ?)" :
	    "s.updated_at < ?");
	add_int(c, (long long)(c->now - secs));
	return 0;
}

static int
v_needs(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	if (n != 6 || memcmp(v, "update", 6) != 0)
		return pt_errf(err, PT_EINVAL, "bad value in filter term \"%s\" "
		    "(the only one is needs:update)", term);
	pt_str_add(&c->sql, "s.needs_update = 1");
	return 0;
}

static int
v_slug(struct fc *c, const char *v, size_t n, const char *term,
    struct pt_err *err)
{
	pt_str_add(&c->sql, "s.slug = ?");
	add_text(c, v, n);
	return 0;
}

/* "overdue": a deadline passed in a state still before publication
 * (neither out nor final in states.h). Named as the states it may be
 * in, not the ones it may not: an IN list is a search of story_status
 * per state, a NOT IN a walk of every story (and most of an archive is
 * published with its deadline long past). */
#define OPEN_STATE_ROW(id, name, help, moves, flags, attrs) \
	((flags) & (WF_OUT | WF_FINAL)) ? NULL : name,

static int
overdue(struct fc *c)
{
	static const char *const open[] = {
		WORKFLOW_STATES(OPEN_STATE_ROW)
	};
	int n = 0;

	pt_str_add(&c->sql, "(s.status IN (");
	for (size_t i = 0; i < sizeof open / sizeof open[0]; i++) {
		if (open[i] == NULL)
			continue;
		pt_str_add(&c->sql, n++ > 0 ? ", ?" : "?");
		add_text(c, open[i], strlen(open[i]));
	}
	pt_str_add(&c->sql, ") AND s.due_key < ?)");
	add_int(c, (long long)c->now);
	return 0;
}

/* "live": work not finished (WF_DONE in states.h), or finished and
 * needing an update: story.live, which the schema computes from the
 * same table (migration 7), and whose partial index story_live holds
 * the live stories alone in queue order. */
static int
live(struct fc *c)
{
	pt_str_add(&c->sql, "s.live = 1");
	return 0;
}

/* What a term the text ANDs says of every match (struct filter's
 * live, needs, no_states, no_prios), for the urgency pager. */
static void
narrow(struct fc *c, int (*each)(struct fc *, const char *, size_t,
    const char *, struct pt_err *))
{
	if (each == v_status)
		c->f->no_states |= ~c->states & ((1u << STORY_NSTATES) - 1);
	else if (each == v_pri)
		c->f->no_prios |= ~c->prios & 0xfu;
	else if (each == v_needs)
		c->f->needs = 1;
}

static const struct {
	const char *key;
	int (*each)(struct fc *, const char *, size_t, const char *,
	    struct pt_err *);
} keys[] = {
	{ "status", v_status }, { "desk", v_desk }, { "editor", v_editor },
	{ "by", v_by }, { "pri", v_pri }, { "priority", v_pri },
	{ "due", v_due }, { "rfc", v_rfc }, { "upd", v_upd },
	{ "needs", v_needs }, { "slug", v_slug },
};

static int
term_compile(struct fc *c, const char *term, struct pt_err *err)
{
	const char *t = term, *colon;
	size_t mark = c->sql.len;
	int neg = 0, rc;

	if (*t == '!') {
		neg = 1;
		t++;
	}
	if (c->sql.len > 0)
		pt_str_add(&c->sql, " AND ");
	if (neg)
		pt_str_add(&c->sql, "NOT ");
	if (*t == '@')
		return any_of(c, t + 1, term, v_editor, err);
	if (strcmp(t, "overdue") == 0)
		return overdue(c);
	if (strcmp(t, "live") == 0) {
		c->scoped = 1;
		c->f->live |= !neg;
		return live(c);
	}
	if (strcmp(t, "all") == 0) {
		if (neg)
			return pt_errf(err, PT_EINVAL, "filter term \"%s\" "
			    "matches nothing (all is every story; !live is "
			    "the finished ones)", term);
		c->scoped = 1;
		pt_str_add(&c->sql, "1");
		return 0;
	}
	colon = strchr(t, ':');
	if (colon != NULL && colon > t) {
		size_t klen = (size_t)(colon - t), i;
		int word = 1;

		for (i = 0; i < klen; i++)
			if (!islower((unsigned char)t[i]))
				word = 0;
		if (word) {
			for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
				if (strlen(keys[i].key) != klen ||
				    memcmp(keys[i].key, t, klen) != 0)
					continue;
				if (keys[i].each == v_status ||
				    keys[i].each == v_slug)
					c->scoped = 1;
				c->states = c->prios = 0;
				rc = any_of(c, colon + 1, term, keys[i].each,
				    err);
				if (rc == 0 && !neg)
					narrow(c, keys[i].each);
				return rc;
			}
			return pt_errf(err, PT_EINVAL, "unknown filter key "
			    "\"%.*s\" in term \"%s\" (known: status, desk, "
			    "@EDITOR, by, pri, due, overdue, rfc, upd, needs, "
			    "slug, live, all)", (int)klen, t, term);
		}
	}
	/* A bare word: full text. Collected into one MATCH below. */
	if (neg) {
		char *q = search_fts_query(t);

		pt_str_add(&c->sql, "s.id IN (SELECT story_id FROM fts WHERE "
		    "fts MATCH ?)");
		add_text(c, q != NULL ? q : "\"\"", strlen(q != NULL ? q : "\"\""));
		free(q);
		return 0;
	}
	/* Undo the " AND " we wrote: words are gathered instead. */
	c->sql.len = mark;
	if (c->sql.buf != NULL)
		c->sql.buf[mark] = '\0';
	if (c->text.len > 0)
		pt_str_addc(&c->text, ' ');
	pt_str_addc(&c->text, '"');
	for (const char *p = t; *p != '\0'; p++) {
		if (*p == '"')
			pt_str_addc(&c->text, '"');
		pt_str_addc(&c->text, *p);
	}
	pt_str_addc(&c->text, '"');
	return 0;
}

/* The bare words, one MATCH; under `live` the way is chosen when the
 * statement starts (filter_live.c), after three bound thresholds. */
static void
words(struct fc *c)
{
	int k = filter_words_sql(&c->sql, c->f->live);

	if (c->f->live) {
		add_int(c, filter_words_live_max);
		add_int(c, filter_words_by_rowid);
		add_int(c, filter_words_by_text);
	}
	while (k-- > 0)
		add_text(c, c->text.buf, c->text.len);
}

static int
compile(const char *text, time_t now, int cob_hour, int live_default,
    struct filter **out, struct pt_err *err)
{
	struct fc c;
	const char *p = text != NULL ? text : "";
	struct pt_str term = PT_STR_INIT;
	int rc = 0;

	memset(&c, 0, sizeof c);
	c.f = pt_xcalloc(1, sizeof *c.f);
	c.f->text = pt_xstrdup(p);
	c.now = now;
	c.cob_hour = cob_hour;
	*out = NULL;
	while (*p != '\0' && rc == 0) {
		int quoted = 0;

		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		pt_str_clear(&term);
		/* A term runs to the next unquoted space; quotes group. */
		while (*p != '\0' && (quoted || !isspace((unsigned char)*p))) {
			if (*p == '"')
				quoted = !quoted;
			else
				pt_str_addc(&term, *p);
			p++;
		}
		if (quoted) {
			rc = pt_errf(err, PT_EINVAL, "unclosed quote in filter "
			    "\"%s\"", text);
			break;
		}
		rc = term_compile(&c, pt_str_cstr(&term), err);
	}
	pt_str_done(&term);
	if (rc == 0 && live_default && !c.scoped)
		c.f->live = 1;
	if (rc == 0 && c.text.len > 0) {
		if (c.sql.len > 0)
			pt_str_add(&c.sql, " AND ");
		words(&c);
	}
	pt_str_done(&c.text);
	if (rc == 0 && live_default && !c.scoped) {
		if (c.sql.len > 0)
			pt_str_add(&c.sql, " AND ");
		live(&c);
	}
	if (rc == 0 && c.f->live)
		filter_live_only(&c.sql);
	if (rc < 0) {
		pt_str_done(&c.sql);
		filter_free(c.f);
		return rc;
	}
	c.f->where = c.sql.len > 0 ? pt_str_steal(&c.sql) : pt_xstrdup("1");
	pt_str_done(&c.sql);
	*out = c.f;
	return 0;
}

int
filter_compile(const char *text, time_t now, int cob_hour,
    struct filter **out, struct pt_err *err)
{
	return compile(text, now, cob_hour, 0, out, err);
}

int
filter_compile_queue(const char *text, time_t now, int cob_hour,
    struct filter **out, struct pt_err *err)
{
	return compile(text, now, cob_hour, 1, out, err);
}

/* f says of its matches all that a and b (either may be NULL) say. */
static void
narrow_as(struct filter *f, const struct filter *a, const struct filter *b)
{
	const struct filter *both[2] = { a, b };

	for (size_t k = 0; k < 2; k++) {
		if (both[k] == NULL)
			continue;
		f->live |= both[k]->live;
		f->needs |= both[k]->needs;
		f->no_states |= both[k]->no_states;
		f->no_prios |= both[k]->no_prios;
	}
}

struct filter *
filter_among(const struct filter *f, const long long *ids, size_t n)
{
	struct fc c;

	memset(&c, 0, sizeof c);
	c.f = pt_xcalloc(1, sizeof *c.f);
	c.f->text = pt_xstrdup(f != NULL ? f->text : "");
	pt_str_addf(&c.sql, "(%s) AND s.id IN (", f != NULL ? f->where : "1");
	for (size_t i = 0; f != NULL && i < f->nparams; i++) {
		if (f->params[i].type == FV_INT)
			add_int(&c, f->params[i].i);
		else
			add_text(&c, f->params[i].s, strlen(f->params[i].s));
	}
	for (size_t i = 0; i < n; i++) {
		pt_str_add(&c.sql, i > 0 ? ", ?" : "?");
		add_int(&c, ids[i]);
	}
	pt_str_add(&c.sql, ")");
	if (f != NULL)
		narrow_as(c.f, f, NULL);
	c.f->where = pt_str_steal(&c.sql);
	pt_str_done(&c.sql);
	return c.f;
}

struct filter *
filter_and(const struct filter *a, const struct filter *b)
{
	const struct filter *both[2] = { a, b };
	struct fc c;

	memset(&c, 0, sizeof c);
	c.f = pt_xcalloc(1, sizeof *c.f);
	c.f->text = pt_xstrdup(b != NULL ? b->text : a != NULL ? a->text :
	    "");
	pt_str_addf(&c.sql, "(%s) AND (%s)", a != NULL ? a->where : "1",
	    b != NULL ? b->where : "1");
	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; both[k] != NULL && i < both[k]->nparams;
		    i++) {
			const struct filter_param *p = &both[k]->params[i];

			if (p->type == FV_INT)
				add_int(&c, p->i);
			else
				add_text(&c, p->s, strlen(p->s));
		}
	narrow_as(c.f, a, b);
	c.f->where = pt_str_steal(&c.sql);
	pt_str_done(&c.sql);
	return c.f;
}

const char *
filter_key(size_t i)
{
	return i < sizeof keys / sizeof keys[0] ? keys[i].key : NULL;
}

char *
filter_join(int argc, char **argv)
{
	struct pt_str s = PT_STR_INIT;

	for (int i = 0; i < argc; i++) {
		if (i > 0)
			pt_str_addc(&s, ' ');
		if (strchr(argv[i], ' ') != NULL && strchr(argv[i], '"') == NULL)
			pt_str_addf(&s, "\"%s\"", argv[i]);
		else
			pt_str_add(&s, argv[i]);
	}
	return pt_str_steal(&s);
}

void
filter_free(struct filter *f)
{
	if (f == NULL)
		return;
	for (size_t i = 0; i < f->nparams; i++)
		free(f->params[i].s);
	free(f->params);
	free(f->where);
	free(f->text);
	free(f);
}
