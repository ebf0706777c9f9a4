/* Unit tests for import: export -> import -> export is byte-identical
 * even with hostile text, every refusal names its place, the caps hold,
 * and a refused file leaves the database as it was. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/history.h"
#include "presstime/io.h"
#include "presstime/person.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/str.h"

#define T(h, m) ((time_t)1795651200 + (h) * 3600 + (m) * 60) /* 2026-11-26 */
#define W(s) ((char *)(s))

static struct desk *
open_desk(void)
{
	struct desk *d;
	struct pt_err err;

	if (desk_open(":memory:", DB_MEMORY | DB_CREATE, &d, &err) < 0)
		fail_msg("desk_open: %s", err.msg);
	return d;
}

static int
setup(void **state)
{
	setenv("PRESSTIME_NOW", "2026-11-26T14:00:00Z", 1);
	setenv("TZ", "UTC", 1);
	tzset();
	*state = open_desk();
	return 0;
}

static int
teardown(void **state)
{
	desk_close(*state);
	return 0;
}

static char *
export_yaml(struct desk *d)
{
	struct pt_str out = PT_STR_INIT;
	struct pt_err err;

	if (export_stories(d, NULL, NULL, EXPORT_YAML, &out, &err) < 0)
		fail_msg("export: %s", err.msg);
	return pt_str_steal(&out);
}

static char *
export_json(struct desk *d)
{
	struct pt_str out = PT_STR_INIT;
	struct pt_err err;

	if (export_stories(d, NULL, NULL, EXPORT_JSON, &out, &err) < 0)
		fail_msg("export: %s", err.msg);
	return pt_str_steal(&out);
}

static int
import_text(struct desk *d, const char *text, struct import_stats *st,
    struct pt_err *err)
{
	pt_err_clear(err);
	return import_buf(d, "t.yaml", text, strlen(text), st, err);
}

static long long
count_stories(struct desk *d)
{
	struct pt_err err;
	long long n;

	assert_int_equal(story_count(d->db, NULL, &n, &err), 0);
	return n;
}

static size_t
count_people(struct desk *d)
{
	struct pt_err err;
	char **v;
	size_t n;

	assert_int_equal(person_names_with_prefix(d->db, "", 1000, &v, &n,
	    &err), 0);
	pt_strv_free(v, n);
	return n;
}

/* Text that breaks naive writers: every field of the story gets one. */
static const char *const hostile[] = {
	"ESC \x1b[2J\x1b]0;title\x07 and \x1b[31mred",
	"bidi \xe2\x80\xae" "desrever\xe2\x80\xac \xe2\x81\xa6iso\xe2\x81\xa9 \xd8\x9c",
	"line one\nline two\r\nline three\n\n",
	"\"quoted\" 'single' \\back\\slash\\ # not a comment: colon",
	"emoji \xf0\x9f\x93\xb0\xf0\x9f\x94\xa5\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd CJK "
	    "\xe6\x96\xb0\xe8\x81\x9e\xe9\x80\x9f\xe5\xa0\xb1",
	"  leading and trailing spaces  ",
	"\ttabs\tinside\t",
	"null", "yes", "1", "~", "", "- item", "{ flow: map }", "[a, b]",
	"controls \x01\x02\x08\x0b\x0c\x0e\x1f\x7f C1 \xc2\x80\xc2\x85\xc2\x9f",
	"separators \xe2\x80\xa8 and \xe2\x80\xa9 bom \xef\xbb\xbf nonchar "
	    "\xef\xbf\xbe \xef\xbf\xbf \xf0\x9f\xbf\xbe",
	"&anchor *alias !tag %directive @at `tick` |pipe >fold",
	"--- \n...\n",
};
#define NHOSTILE (sizeof hostile / sizeof hostile[0])

static const char *
h(size_t i)
{
	return hostile[i % NHOSTILE];
}

/* A story for each hostile text, with every kind of row. */
static void
fill_hostile(struct desk *d)
{
	struct pt_err err;

	assert_int_equal(pt_db_begin(d->db, &err), 0);
	for (size_t i = 0; i < NHOSTILE; i++) {
		struct story s;
		struct person p, org, staff;
		struct entry e1, e2;
		struct rfc r;
		struct status_change c;
		char slug[32], name[64];

		memset(&s, 0, sizeof s);
		snprintf(slug, sizeof slug, "hostile-%02zu", i);
		s.slug = slug;
		s.headline = W(h(i));
		s.dek = W(h(i + 1));
		s.budget_line = W(h(i + 2));
		s.desk = W(h(i + 3));
		s.status = W(i % 2 ? "held" : "reporting");
		s.held_from = i % 2 ? W("editing") : NULL;
		s.priority = W("flash");
		s.editor = W(h(i + 4));
		s.words = (int)i * 100;
		s.art = W(h(i + 5));
		s.deadline = T(20, (int)i);
		s.embargo = i % 3 ? 0 : T(30, 0);
		s.published_at = i % 4 ? 0 : T(8, 0);
		s.url = W(h(i + 6));
		s.needs_update = (int)(i % 2);
		s.created_at = T(1, 0) - 86400 * 400;  /* a year back */
		s.updated_at = T(2, (int)i);
		s.updated_by = W(h(i + 7));
		assert_int_equal(story_insert(d->db, &s, &err), 0);

		snprintf(name, sizeof name, "%s #%zu", h(i + 8), i % 3);
		assert_int_equal(person_ensure(d->db, name, "source", &p, &err),
		    0);
		assert_int_equal(person_ensure(d->db, h(i + 9), "organization",
		    &org, &err), 0);
		assert_int_equal(person_ensure_staff(d->db, "dmartin",
		    "Dylan Martin", &staff, &err), 0);
		assert_int_equal(credit_add(d->db, s.id, p.id, "byline", &err),
		    0);
		assert_int_equal(credit_add(d->db, s.id, staff.id, "editor",
		    &err), 0);

		memset(&e1, 0, sizeof e1);
		e1.story_id = s.id;
		e1.occurred_at = T(9, 0);
		e1.logged_at = T(9, 1);
		e1.logged_by = W(h(i + 10));
		e1.kind = W("statement");
		e1.body = W(h(i + 11));
		e1.source = W(h(i + 12));
		e1.url = W(h(i + 13));
		assert_int_equal(entry_insert(d->db, &e1, &err), 0);
		/* A correction logged later but dated earlier, so the file
		 * lists it before the entry it amends. */
		memset(&e2, 0, sizeof e2);
		e2.story_id = s.id;
		e2.occurred_at = T(8, 0);
		e2.logged_at = T(12, 0);
		e2.logged_by = W("dmartin");
		e2.kind = W("correction");
		e2.body = W(h(i + 14));
		e2.amends = e1.id;
		assert_int_equal(entry_insert(d->db, &e2, &err), 0);

		memset(&r, 0, sizeof r);
		r.story_id = s.id;
		r.person_id = org.id;
		r.channel = W("in person");
		r.asked_at = T(9, 30);
		r.asked_by = W(h(i + 15));
		r.due_at = T(17, 0);
		r.attempts = 3;
		r.state = W("promised");
		r.answer = W(h(i + 16));
		r.promised_by = T(18, 0);
		assert_int_equal(rfc_insert(d->db, &r, &err), 0);
		r.id = 0;
		r.person_id = p.id;
		r.channel = W("phone");
		r.state = W("lapsed");
		r.answer = NULL;
		r.promised_by = 0;
		r.lapsed_at = T(13, 0);
		r.due_at = 0;
		assert_int_equal(rfc_insert(d->db, &r, &err), 0);

		memset(&c, 0, sizeof c);
		c.story_id = s.id;
		c.to_state = W("pitched");
		c.at = T(1, 0);
		c.by = W(h(i + 17));
		c.note = W(h(i + 18));
		assert_int_equal(history_insert(d->db, &c, &err), 0);
		person_done(&p);
		person_done(&org);
		person_done(&staff);
	}
	assert_int_equal(pt_db_commit(d->db, &err), 0);
}

static void
test_round_trip_hostile(void **state)
{
	struct desk *d1 = *state, *d2 = open_desk();
	struct import_stats st;
	struct pt_err err;
	char *y1, *y2, *j1, *j2;

	fill_hostile(d1);
	y1 = export_yaml(d1);
	if (import_text(d2, y1, &st, &err) != 0)
		fail_msg("import: %s", err.msg);
	assert_int_equal(st.stories, (int)NHOSTILE);
	assert_int_equal(st.entries, 2 * (int)NHOSTILE);
	assert_int_equal(st.requests, 2 * (int)NHOSTILE);
	assert_int_equal(st.credits, 2 * (int)NHOSTILE);
	assert_int_equal(st.history, (int)NHOSTILE);
	y2 = export_yaml(d2);
	assert_string_equal(y1, y2);
	j1 = export_json(d1);
	j2 = export_json(d2);
	assert_string_equal(j1, j2);
	/* The text itself survived, not just its escaping. */
	{
		struct story *s;

		assert_int_equal(story_get(d2->db, "hostile-02", &s, &err), 0);
		assert_string_equal(s->headline, hostile[2]);
		assert_string_equal(s->dek, hostile[3]);
		assert_string_equal(s->budget_line, hostile[4]);
		assert_string_equal(s->desk, hostile[5]);
		story_free(s);
		assert_int_equal(story_get(d2->db, "hostile-10", &s, &err), 0);
		assert_string_equal(s->headline, "~");
		story_free(s);
	}
	free(y1);
	free(y2);
	free(j1);
	free(j2);
	desk_close(d2);
}

/* The demo newsroom, built by the real desk operations, round-trips. */
static void
test_round_trip_demo(void **state)
{
	struct desk *d1 = *state, *d2 = open_desk();
	struct pt_err err;
	char *y1, *y2;

	if (desk_demo_fill(d1, &err) < 0)
		fail_msg("demo: %s", err.msg);
	y1 = export_yaml(d1);
	assert_true(count_stories(d1) > 0);
	if (import_text(d2, y1, NULL, &err) != 0)
		fail_msg("import: %s", err.msg);
	y2 = export_yaml(d2);
	assert_string_equal(y1, y2);
	free(y1);
	free(y2);
	desk_close(d2);
}

/* y with the user's login, written plain or quoted, replaced by LOGIN:
 * the defaults name whoever runs the test. */
static char *
with_login_as_word(char *y, const char *login)
{
	struct pt_str out = PT_STR_INIT;
	char plain[96], quoted[96];
	const char *p = y;

	snprintf(plain, sizeof plain, ": %s", login);
	snprintf(quoted, sizeof quoted, ": \"%s\"", login);
	while (*p != '\0') {
		size_t pl = strlen(plain), ql = strlen(quoted);

		if (strncmp(p, quoted, ql) == 0 && (p[ql] == '\n' ||
		    p[ql] == ' ')) {
			pt_str_add(&out, ": LOGIN");
			p += ql;
		} else if (strncmp(p, plain, pl) == 0 && (p[pl] == '\n' ||
		    p[pl] == ' ')) {
			pt_str_add(&out, ": LOGIN");
			p += pl;
		} else
			pt_str_addc(&out, *p++);
	}
	free(y);
	return pt_str_steal(&out);
}

static void
test_defaults_and_time_forms(void **state)
{
	struct desk *d = *state;
	struct import_stats st;
	struct pt_err err;
	char *y;

	assert_int_equal(import_text(d,
	    "presstime: 1\n"
	    "stories:\n"
	    "  - slug: brief\n"
	    "    headline: Plain headline\n"
	    "    dek: null\n"
	    "    art: \"null\"\n"
	    "    deadline: tomorrow 9am\n"
	    "    embargo: 2026-11-30 17:00\n"
	    "    timeline:\n"
	    "      - body: It happened\n"
	    "        at: +2h\n"
	    "      - body: Now\n"
	    "    requests:\n"
	    "      - target: City Hall\n"
	    "        kind: organization\n"
	    "        due: cob\n"
	    "    credits:\n"
	    "      - name: Pat Doe\n"
	    "    history:\n"
	    "      - to: pitched\n", &st, &err), 0);
	assert_int_equal(st.stories, 1);
	assert_int_equal(st.entries, 2);
	assert_int_equal(st.requests, 1);
	assert_int_equal(st.credits, 1);
	assert_int_equal(st.history, 1);
	assert_int_equal(st.people, 2);
	y = export_yaml(d);
	y = with_login_as_word(y, d->login);
	assert_string_equal(y,
	    "presstime: 1\n"
	    "stories:\n"
	    "  - slug: brief\n"
	    "    headline: \"Plain headline\"\n"
	    "    desk: news\n"
	    "    status: pitched\n"
	    "    priority: routine\n"
	    "    art: \"null\"\n"
	    "    deadline: 2026-11-27T09:00:00Z\n"
	    "    embargo: 2026-11-30T17:00:00Z\n"
	    "    needs_update: false\n"
	    "    created_at: 2026-11-26T14:00:00Z\n"
	    "    updated_at: 2026-11-26T14:00:00Z\n"
	    "    credits:\n"
	    "      - { name: \"Pat Doe\", kind: source, role: contributor }\n"
	    "    timeline:\n"
	    "      - id: 1\n"
	    "        at: 2026-11-26T14:00:00Z\n"
	    "        logged_at: 2026-11-26T14:00:00Z\n"
	    "        logged_by: LOGIN\n"
	    "        kind: event\n"
	    "        body: \"Now\"\n"
	    "      - id: 2\n"
	    "        at: 2026-11-26T16:00:00Z\n"
	    "        logged_at: 2026-11-26T14:00:00Z\n"
	    "        logged_by: LOGIN\n"
	    "        kind: event\n"
	    "        body: \"It happened\"\n"
	    "    requests:\n"
	    "      - target: \"City Hall\"\n"
	    "        kind: organization\n"
	    "        channel: email\n"
	    "        asked_at: 2026-11-26T14:00:00Z\n"
	    "        asked_by: LOGIN\n"
	    "        due: 2026-11-26T17:00:00Z\n"
	    "        attempts: 1\n"
	    "        state: open\n"
	    "    history:\n"
	    "      - { to: pitched, at: 2026-11-26T14:00:00Z, by: LOGIN }\n");
	free(y);
}

/* A correction listed before the entry it amends is written after it. */
static void
test_forward_amends(void **state)
{
	struct desk *d = *state;
	struct entry_list el;
	struct story *s;
	struct pt_err err;

	assert_int_equal(import_text(d,
	    "presstime: 1\n"
	    "stories:\n"
	    "  - slug: fwd\n"
	    "    headline: F\n"
	    "    timeline:\n"
	    "      - { id: 7, at: 2026-11-26T08:00:00Z, kind: correction, body: fix, amends: 9 }\n"
	    "      - { id: 9, at: 2026-11-26T09:00:00Z, body: orig, amends: 3 }\n"
	    "      - { id: 3, at: 2026-11-26T10:00:00Z, body: base }\n",
	    NULL, &err), 0);
	assert_int_equal(story_get(d->db, "fwd", &s, &err), 0);
	assert_int_equal(entry_list_story(d->db, s->id, &el, &err), 0);
	assert_int_equal(el.n, 3);
	assert_string_equal(el.v[0].body, "fix");
	assert_string_equal(el.v[1].body, "orig");
	assert_string_equal(el.v[2].body, "base");
	assert_int_equal(el.v[0].amends, el.v[1].id);
	assert_int_equal(el.v[1].amends, el.v[2].id);
	assert_int_equal(el.v[2].amends, 0);
	entry_list_free(&el);
	story_free(s);
}

static void
test_people_matching(void **state)
{
	struct desk *d = *state;
	struct import_stats st;
	struct person p;
	struct pt_err err;

	assert_int_equal(pt_db_begin(d->db, &err), 0);
	assert_int_equal(person_ensure_staff(d->db, "dmartin", "Dylan Martin",
	    &p, &err), 0);
	assert_int_equal(pt_db_commit(d->db, &err), 0);
	person_done(&p);
	assert_int_equal(import_text(d,
	    "presstime: 1\n"
	    "stories:\n"
	    "  - slug: a\n"
	    "    headline: A\n"
	    "    credits:\n"
	    "      - { name: D. Martin, login: dmartin, kind: staff }\n"
	    "      - { name: ICE, kind: organization, role: research }\n"
	    "    requests:\n"
	    "      - { target: ICE, kind: organization }\n"
	    "      - { target: ICE, kind: source }\n"
	    "  - slug: b\n"
	    "    headline: B\n"
	    "    credits:\n"
	    "      - { name: ICE, kind: organization }\n",
	    &st, &err), 0);
	/* dmartin existed; ICE the organization and ICE the source are two
	 * people, each created once. */
	assert_int_equal(st.people, 2);
	assert_int_equal(st.credits, 3);
	assert_int_equal(count_people(d), 3);
}

struct bad_case {
	const char *yaml;
	const char *msg;
};

#define HEAD "presstime: 1\nstories:\n"
#define STORY "  - slug: a\n    headline: A\n"

static const struct bad_case bad[] = {
	{ HEAD "  - slug: a\n    hedline: A\n",
	  "t.yaml:4:5: unknown story key \"hedline\" (did you mean "
	  "\"headline\"?)" },
	{ HEAD "  - slug: a\n    frobnicate: A\n",
	  "t.yaml:4:5: unknown story key \"frobnicate\"" },
	{ HEAD "  - slug: a\n",
	  "t.yaml:3:5: story has no \"headline\"" },
	{ HEAD "  - slug: a\n    headline: ~\n",
	  "t.yaml:4:15: headline: must not be empty" },
	{ HEAD "  - slug: Bad Slug\n    headline: A\n",
	  "t.yaml:3:11: slug \"Bad Slug\" may hold only lowercase letters, "
	  "digits and inner hyphens (like \"hootsuite-ice\")" },
	{ HEAD STORY "    status: reportin\n",
	  "t.yaml:5:13: status: unknown status \"reportin\" (expected one of: "
	  "pitched, assigned, reporting, filed, editing, copydesk, ready, "
	  "scheduled, published, updating, corrected, held, spiked, killed)" },
	{ HEAD STORY "    priority: hgih\n",
	  "t.yaml:5:15: priority: unknown priority \"hgih\" (expected one of: "
	  "flash, urgent, routine, deferred)" },
	{ HEAD STORY "    deadline: someday\n",
	  "t.yaml:5:15: deadline: cannot read time \"someday\" (try "
	  "\"tomorrow 17:00\", \"+2h\", \"cob thu\")" },
	{ HEAD STORY "    words: lots\n",
	  "t.yaml:5:12: words: \"lots\" is not a whole number from 0 to "
	  "2147483647" },
	{ HEAD STORY "    words: -5\n",
	  "t.yaml:5:12: words: \"-5\" is not a whole number from 0 to "
	  "2147483647" },
	{ HEAD STORY "    needs_update: maybe\n",
	  "t.yaml:5:19: needs_update: expected true or false, not \"maybe\"" },
	{ HEAD STORY "    headline2: [x]\n",
	  "t.yaml:5:5: unknown story key \"headline2\" (did you mean "
	  "\"headline\"?)" },
	{ HEAD STORY "    dek: [x]\n",
	  "t.yaml:5:10: dek: expected text, found a list" },
	{ HEAD STORY "  - slug: a\n    headline: again\n",
	  "t.yaml:5:11: story \"a\" already exists (given at 3:11 in this "
	  "file)" },
	{ HEAD STORY "    timeline:\n      - { kind: rumor, body: x }\n",
	  "t.yaml:6:17: kind: unknown entry kind \"rumor\" (expected one of: "
	  "event, statement, document, note, rfc, status, correction)" },
	{ HEAD STORY "    timeline:\n      - { at: now }\n",
	  "t.yaml:6:9: timeline entry has no \"body\"" },
	{ HEAD STORY "    timeline: yes\n",
	  "t.yaml:5:15: timeline: expected a list, found text" },
	{ HEAD STORY "    timeline:\n      - just text\n",
	  "t.yaml:6:9: a timeline entry must be a map (key: value), not text" },
	{ HEAD STORY "    timeline:\n      - { id: 1, body: x }\n"
	  "      - { id: 1, body: y }\n",
	  "t.yaml:7:15: id 1 is already used by the entry at line 6" },
	{ HEAD STORY "    timeline:\n      - { id: 1, body: x, amends: 4 }\n",
	  "t.yaml:6:35: amends: no entry with id 4 in this timeline" },
	{ HEAD STORY "    timeline:\n      - { id: 1, body: x, amends: 1 }\n",
	  "t.yaml:6:35: amends: an entry cannot amend itself" },
	{ HEAD STORY "    timeline:\n      - { id: 1, body: x, amends: 2 }\n"
	  "      - { id: 2, body: y, amends: 1 }\n",
	  "t.yaml:6:35: amends: entries 1 and 2 amend each other in a loop" },
	{ HEAD STORY "    timeline:\n      - { id: zero, body: x }\n",
	  "t.yaml:6:15: id: \"zero\" is not a whole number from 1 to "
	  "9223372036854775807" },
	{ HEAD STORY "    requests:\n      - { target: ICE, channel: pigeon }\n",
	  "t.yaml:6:33: channel: unknown channel \"pigeon\" (expected one of: "
	  "email, phone, social, in person, other)" },
	{ HEAD STORY "    requests:\n      - { target: ICE, state: ignored }\n",
	  "t.yaml:6:31: state: unknown request state \"ignored\" (expected "
	  "one of: open, answered, declined, promised, lapsed)" },
	{ HEAD STORY "    requests:\n      - { target: ICE, kind: alien }\n",
	  "t.yaml:6:30: kind: unknown person kind \"alien\" (expected one of: "
	  "staff, source, organization)" },
	{ HEAD STORY "    requests:\n      - { target: ICE, asked: now }\n",
	  "t.yaml:6:24: unknown request key \"asked\" (did you mean "
	  "\"asked_at\"?)" },
	{ HEAD STORY "    credits:\n      - { name: Pat, role: writer }\n",
	  "t.yaml:6:28: role: unknown role \"writer\" (expected one of: "
	  "byline, contributor, editor, photo, research)" },
	{ HEAD STORY "    history:\n      - { from: pitched }\n",
	  "t.yaml:6:9: history entry has no \"to\"" },
	{ HEAD STORY "    history:\n      - { to: sideways }\n",
	  "t.yaml:6:15: to: unknown status \"sideways\" (expected one of: "
	  "pitched, assigned, reporting, filed, editing, copydesk, ready, "
	  "scheduled, published, updating, corrected, held, spiked, killed)" },
	{ "presstime: 1\nstorys: []\n",
	  "t.yaml:2:1: unknown top-level key \"storys\" (did you mean "
	  "\"stories\"?)" },
	{ "stories: []\n",
	  "t.yaml:1:1: not a presstime export: \"presstime: 1\" is missing" },
	{ "",
	  "t.yaml:1:1: not a presstime export: \"presstime: 1\" is missing" },
	{ "presstime: 2\nstories: []\n",
	  "t.yaml:1:12: presstime: version \"2\" is not supported (this "
	  "program reads version 1)" },
	{ "presstime: 1\nstories: {}\n",
	  "t.yaml:2:10: stories: expected a list, found a map" },
	{ "- a\n- b\n",
	  "t.yaml:1:1: expected a presstime export (a map starting "
	  "\"presstime: 1\"), found a list" },
	{ HEAD STORY "    headline: twice\n",
	  "t.yaml:5:5: duplicate key \"headline\" (first given at 4:5)" },
	{ HEAD "  - slug: a\n    headline: \"bad \\q escape\"\n",
	  NULL },
	{ HEAD STORY "    dek: \"\xff\"\n", NULL },
};

/* y with every "slug: " made "slug: again-", so the same export can go
 * into the database it came from. */
static char *
with_new_slugs(const char *y)
{
	struct pt_str out = PT_STR_INIT;
	const char *p = y, *hit;

	while ((hit = strstr(p, "slug: ")) != NULL) {
		pt_str_addf(&out, "%.*sslug: again-", (int)(hit - p), p);
		p = hit + strlen("slug: ");
	}
	pt_str_add(&out, p);
	return pt_str_steal(&out);
}

/* The id of the one person with this login (0 if none). */
static long long
login_id(struct desk *d, const char *login)
{
	struct person p;
	struct pt_err err;
	long long id = 0;

	if (person_find_exact(d->db, NULL, NULL, login, &p, &err) == 0)
		id = p.id;
	person_done(&p);
	return id;
}

/* The id of the person with exactly this name and kind (0 if none). */
static long long
named_id(struct desk *d, const char *name, const char *kind)
{
	struct person p;
	struct pt_err err;
	long long id = 0;

	if (person_find_exact(d->db, name, kind, NULL, &p, &err) == 0)
		id = p.id;
	person_done(&p);
	return id;
}

/* Checks that story slug's credits and requests point at the right one
 * of the two Jordan Lees and the two Reuters. */
static void
check_same_names(struct desk *d, const char *slug)
{
	struct credit_list cl;
	struct rfc_list rl;
	struct story *s;
	struct pt_err err;

	assert_int_equal(story_get(d->db, slug, &s, &err), 0);
	assert_int_equal(credit_list_story(d->db, s->id, &cl, &err), 0);
	assert_int_equal(cl.n, 2);
	assert_string_equal(cl.v[0].person.kind, "staff");
	assert_string_equal(cl.v[0].person.login, "jlee");
	assert_int_equal(cl.v[0].person.id, login_id(d, "jlee"));
	assert_string_equal(cl.v[1].person.kind, "organization");
	assert_int_equal(cl.v[1].person.id,
	    named_id(d, "Reuters", "organization"));
	assert_int_equal(rfc_list_story(d->db, s->id, &rl, &err), 0);
	assert_int_equal(rl.n, 3);
	assert_string_equal(rl.v[0].target, "Jordan Lee");
	assert_string_equal(rl.v[0].target_kind, "source");
	assert_int_equal(rl.v[0].person_id, named_id(d, "Jordan Lee",
	    "source"));
	assert_true(rl.v[0].person_id != login_id(d, "jlee"));
	assert_string_equal(rl.v[1].target_kind, "source");
	assert_int_equal(rl.v[1].person_id, named_id(d, "Reuters", "source"));
	assert_string_equal(rl.v[2].target_kind, "organization");
	assert_int_equal(rl.v[2].person_id, cl.v[1].person.id);
	rfc_list_free(&rl);
	credit_list_free(&cl);
	story_free(s);
}

/* Regression: import matched people by name alone, so a source sharing
 * a name with a staff member (or an organization) was created again on
 * every import of the same export. */
static void
test_same_name_other_kind_reimport(void **state)
{
	struct desk *d = *state, *d2 = open_desk();
	struct import_stats st;
	struct pt_err err;
	char *y1, *y2, *again;

	assert_int_equal(import_text(d, HEAD
	    "  - slug: jl\n"
	    "    headline: J\n"
	    "    credits:\n"
	    "      - { name: Jordan Lee, login: jlee, kind: staff, role: byline }\n"
	    "      - { name: Reuters, kind: organization, role: research }\n"
	    "    requests:\n"
	    "      - { target: Jordan Lee, kind: source }\n"
	    "      - { target: Reuters, kind: source }\n"
	    "      - { target: Reuters, kind: organization }\n",
	    &st, &err), 0);
	assert_int_equal(st.people, 4);
	assert_int_equal(count_people(d), 4);
	check_same_names(d, "jl");

	/* The export, imported again where it came from: no one new. */
	y1 = export_yaml(d);
	again = with_new_slugs(y1);
	if (import_text(d, again, &st, &err) != 0)
		fail_msg("import: %s", err.msg);
	assert_int_equal(st.people, 0);
	assert_int_equal(count_people(d), 4);
	check_same_names(d, "again-jl");

	/* And into an empty database: the same four, the same bytes. */
	if (import_text(d2, y1, &st, &err) != 0)
		fail_msg("import: %s", err.msg);
	assert_int_equal(count_people(d2), 4);
	check_same_names(d2, "jl");
	y2 = export_yaml(d2);
	assert_string_equal(y1, y2);

	/* A login names its owner whatever name and kind come with it. */
	assert_int_equal(import_text(d, HEAD "  - slug: byline\n"
	    "    headline: B\n"
	    "    credits:\n"
	    "      - { name: J. Lee, login: jlee, kind: source }\n",
	    &st, &err), 0);
	assert_int_equal(st.people, 0);
	assert_int_equal(count_people(d), 4);
	free(y1);
	free(y2);
	free(again);
	desk_close(d2);
}

/* A staff member asked for comment on an earlier story than the one he
 * is credited on: the export names his login on the request, so an empty
 * newsroom gets one Jordan Lee, not a loginless twin. */
static void
test_request_to_staff_keeps_login(void **state)
{
	struct desk *d = *state, *d2 = open_desk();
	struct import_stats st;
	struct pt_err err;
	char *y1, *y2;

	assert_int_equal(import_text(d, HEAD
	    "  - slug: asked\n"
	    "    headline: A\n"
	    "    requests:\n"
	    "      - { target: Jordan Lee, kind: staff, login: jlee }\n"
	    "  - slug: credited\n"
	    "    headline: C\n"
	    "    credits:\n"
	    "      - { name: Jordan Lee, login: jlee, kind: staff }\n",
	    &st, &err), 0);
	assert_int_equal(count_people(d), 1);
	y1 = export_yaml(d);
	assert_non_null(strstr(y1, "login: jlee"));
	if (import_text(d2, y1, &st, &err) != 0)
		fail_msg("import: %s", err.msg);
	assert_int_equal(count_people(d2), 1);
	y2 = export_yaml(d2);
	assert_string_equal(y1, y2);
	free(y1);
	free(y2);
	desk_close(d2);
}

static void
test_errors(void **state)
{
	struct desk *d = *state;
	struct pt_err err;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		int rc = import_text(d, bad[i].yaml, NULL, &err);

		if (rc != PT_EINVAL)
			fail_msg("case %zu: rc %d (%s)", i, rc, err.msg);
		if (bad[i].msg != NULL && strcmp(err.msg, bad[i].msg) != 0)
			fail_msg("case %zu:\n got: %s\nwant: %s", i, err.msg,
			    bad[i].msg);
		/* Parser errors still say where. */
		if (bad[i].msg == NULL && strncmp(err.msg, "t.yaml:", 7) != 0)
			fail_msg("case %zu: no place in \"%s\"", i, err.msg);
		assert_int_equal(count_stories(d), 0);
	}
}

static void
test_existing_slug(void **state)
{
	struct desk *d = *state;
	struct pt_err err;

	assert_int_equal(import_text(d, HEAD STORY, NULL, &err), 0);
	assert_int_equal(import_text(d, HEAD
	    "  - slug: b\n    headline: B\n"
	    "  - slug: a\n    headline: A again\n", NULL, &err), PT_EINVAL);
	assert_string_equal(err.msg, "t.yaml:5:11: story \"a\" already exists");
	assert_int_equal(count_stories(d), 1);
}

/* The third story is refused: the first two are not left behind, while
 * checking (a bad value) or while writing (a repeated credit). */
static void
test_nothing_half_imported(void **state)
{
	struct desk *d = *state;
	struct import_stats st;
	struct pt_err err;
	static const char three[] = HEAD
	    "  - slug: one\n    headline: One\n"
	    "    credits: [{ name: Ann }]\n"
	    "    timeline: [{ body: x }]\n"
	    "  - slug: two\n    headline: Two\n"
	    "    requests: [{ target: Bob }]\n"
	    "  - slug: three\n    headline: Three\n    status: gone\n";
	static const char dup_credit[] = HEAD
	    "  - slug: one\n    headline: One\n"
	    "    credits: [{ name: Ann }]\n"
	    "  - slug: two\n    headline: Two\n"
	    "  - slug: three\n    headline: Three\n"
	    "    credits:\n"
	    "      - { name: Cy }\n"
	    "      - { name: Cy }\n";

	assert_int_equal(import_text(d, three, &st, &err), PT_EINVAL);
	assert_string_equal(err.msg, "t.yaml:12:13: status: unknown status "
	    "\"gone\" (expected one of: pitched, assigned, reporting, filed, "
	    "editing, copydesk, ready, scheduled, published, updating, "
	    "corrected, held, spiked, killed)");
	assert_int_equal(st.stories, 0);
	assert_int_equal(count_stories(d), 0);
	assert_int_equal(count_people(d), 0);

	assert_int_equal(import_text(d, dup_credit, &st, &err), PT_EINVAL);
	assert_string_equal(err.msg,
	    "t.yaml:12:9: already credited as contributor");
	assert_int_equal(st.stories, 0);
	assert_int_equal(count_stories(d), 0);
	assert_int_equal(count_people(d), 0);
	/* And the database still takes a good file afterwards. */
	assert_int_equal(import_text(d, HEAD STORY, &st, &err), 0);
	assert_int_equal(count_stories(d), 1);
}

static void
test_caps(void **state)
{
	struct desk *d = *state;
	struct pt_str deep = PT_STR_INIT;
	struct pt_err err;
	size_t big = 8 * 1024 * 1024 + 1;
	char *buf;

	/* Size: refused before parsing. */
	buf = malloc(big);
	memset(buf, ' ', big);
	memcpy(buf, HEAD, strlen(HEAD));
	assert_int_equal(import_buf(d, "big.yaml", buf, big, NULL, &err),
	    PT_EINVAL);
	assert_string_equal(err.msg, "big.yaml: 8388609 bytes is over the "
	    "8388608-byte limit for this kind of file");
	/* Exactly the limit is read (and is an empty list of stories). */
	assert_int_equal(import_buf(d, "big.yaml", buf, big - 1, NULL, &err),
	    0);
	free(buf);

	/* Depth: the root map and 63 lists are allowed, a 64th is not. */
	pt_str_add(&deep, "presstime: 1\nstories: ");
	for (int i = 0; i < 64; i++)
		pt_str_addc(&deep, '[');
	for (int i = 0; i < 64; i++)
		pt_str_addc(&deep, ']');
	pt_str_addc(&deep, '\n');
	assert_int_equal(import_text(d, deep.buf, NULL, &err), PT_EINVAL);
	assert_string_equal(err.msg, "t.yaml:2:73: nested deeper than the "
	    "limit of 64 levels");
	pt_str_clear(&deep);
	pt_str_add(&deep, "presstime: 1\nstories: ");
	for (int i = 0; i < 63; i++)
		pt_str_addc(&deep, '[');
	for (int i = 0; i < 63; i++)
		pt_str_addc(&deep, ']');
	pt_str_addc(&deep, '\n');
	assert_int_equal(import_text(d, deep.buf, NULL, &err), PT_EINVAL);
	assert_string_equal(err.msg, "t.yaml:2:11: a story must be a map "
	    "(key: value), not a list");
	pt_str_done(&deep);

	/* Anchors and aliases: refused outright, so no alias bomb can
	 * expand and a file of anchors stops at the first. */
	assert_int_equal(import_text(d, HEAD
	    "  - &s\n    slug: a\n    headline: A\n"
	    "  - *s\n", NULL, &err), PT_EINVAL);
	assert_string_equal(err.msg, "t.yaml:3:5: anchors (&name) are not "
	    "allowed");
	assert_int_equal(import_text(d, HEAD "  - *s\n", NULL, &err),
	    PT_EINVAL);
	assert_string_equal(err.msg, "t.yaml:3:5: aliases are not allowed");
	assert_int_equal(count_stories(d), 0);
}

static void
test_import_file(void **state)
{
	struct desk *d = *state;
	struct import_stats st;
	struct pt_err err;
	char path[] = "/tmp/pt-import-XXXXXX";
	char want[256];
	FILE *fp;
	int fd;

	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs(HEAD STORY "    status: nope\n", fp);
	fclose(fp);
	assert_int_equal(import_file(d, path, &st, &err), PT_EINVAL);
	snprintf(want, sizeof want, "%s:5:13: status: unknown status", path);
	assert_true(strncmp(err.msg, want, strlen(want)) == 0);
	fp = fopen(path, "w");
	fputs(HEAD STORY, fp);
	fclose(fp);
	assert_int_equal(import_file(d, path, &st, &err), 0);
	assert_int_equal(st.stories, 1);
	unlink(path);
	assert_int_equal(import_file(d, path, &st, &err), PT_ENOENT);
	snprintf(want, sizeof want, "%s: cannot open: ", path);
	assert_true(strncmp(err.msg, want, strlen(want)) == 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_round_trip_hostile, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_round_trip_demo, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_defaults_and_time_forms,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_forward_amends, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_people_matching, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_same_name_other_kind_reimport, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_request_to_staff_keeps_login, setup, teardown),
		cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_existing_slug, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_nothing_half_imported,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_caps, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_file, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
