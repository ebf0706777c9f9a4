/* Unit tests for export: the exact YAML of a full story, the same shape
 * as valid JSON, Markdown content and sanitizing, filters, one story,
 * paging past a page of stories, and format names. */
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
#include "presstime/filter.h"
#include "presstime/history.h"
#include "presstime/io.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/str.h"

#define T(h, m) ((time_t)1795651200 + (h) * 3600 + (m) * 60) /* 2026-11-26 */
#define W(s) ((char *)(s))

static int
setup(void **state)
{
	struct desk *d;
	struct pt_err err;

	setenv("PRESSTIME_NOW", "2026-11-26T14:00:00Z", 1);
	setenv("TZ", "UTC", 1);
	tzset();
	if (desk_open(":memory:", DB_MEMORY | DB_CREATE, &d, &err) < 0) {
		fprintf(stderr, "desk_open: %s\n", err.msg);
		return -1;
	}
	*state = d;
	return 0;
}

static int
teardown(void **state)
{
	desk_close(*state);
	return 0;
}

static long long
add_story(struct desk *d, const char *slug, const char *headline,
    const char *status)
{
	struct story s;
	struct pt_err err;

	memset(&s, 0, sizeof s);
	s.slug = W(slug);
	s.headline = W(headline);
	s.status = W(status);
	s.created_at = T(9, 0);
	s.updated_at = T(10, 0);
	s.updated_by = W("dmartin");
	assert_int_equal(pt_db_begin(d->db, &err), 0);
	assert_int_equal(story_insert(d->db, &s, &err), 0);
	assert_int_equal(pt_db_commit(d->db, &err), 0);
	return s.id;
}

/* The story every format test reads: every kind of row, a correction. */
static void
add_full_story(struct desk *d)
{
	struct story s;
	struct person staff, src, org;
	struct entry e1, e2;
	struct rfc r;
	struct status_change c1, c2;
	struct pt_err err;

	memset(&s, 0, sizeof s);
	s.slug = W("hootsuite-ice");
	s.headline = W("Hootsuite's \"ICE\" deal");
	s.dek = W("Contract ends\nnext week");
	s.budget_line = W("Budget.");
	s.desk = W("business");
	s.status = W("reporting");
	s.priority = W("urgent");
	s.editor = W("dmartin");
	s.words = 900;
	s.art = W("photo: HQ");
	s.deadline = T(46, 0);
	s.created_at = T(9, 0);
	s.updated_at = T(10, 0);
	s.updated_by = W("dmartin");
	assert_int_equal(pt_db_begin(d->db, &err), 0);
	assert_int_equal(story_insert(d->db, &s, &err), 0);
	assert_int_equal(person_ensure_staff(d->db, "dmartin", "Dylan Martin",
	    &staff, &err), 0);
	assert_int_equal(person_ensure(d->db, "Jane Roe", "source", &src,
	    &err), 0);
	assert_int_equal(person_ensure(d->db, "ICE", "organization", &org,
	    &err), 0);
	assert_int_equal(credit_add(d->db, s.id, staff.id, "contributor",
	    &err), 0);
	assert_int_equal(credit_add(d->db, s.id, src.id, "research", &err), 0);
	memset(&e1, 0, sizeof e1);
	e1.story_id = s.id;
	e1.occurred_at = T(9, 14);
	e1.logged_at = T(9, 20);
	e1.logged_by = W("dmartin");
	e1.kind = W("event");
	e1.body = W("Contract filed");
	e1.source = W("SEC filing");
	e1.url = W("https://sec.example/1");
	assert_int_equal(entry_insert(d->db, &e1, &err), 0);
	memset(&e2, 0, sizeof e2);
	e2.story_id = s.id;
	e2.occurred_at = T(10, 0);
	e2.logged_at = T(10, 0);
	e2.logged_by = W("dmartin");
	e2.kind = W("correction");
	e2.body = W("Filed Nov 25, not 26");
	e2.amends = e1.id;
	assert_int_equal(entry_insert(d->db, &e2, &err), 0);
	memset(&r, 0, sizeof r);
	r.story_id = s.id;
	r.person_id = org.id;
	r.channel = W("email");
	r.asked_at = T(9, 30);
	r.asked_by = W("dmartin");
	r.due_at = T(17, 0);
	r.attempts = 2;
	r.state = W("answered");
	r.answer = W("No comment.");
	r.answered_at = T(11, 0);
	assert_int_equal(rfc_insert(d->db, &r, &err), 0);
	memset(&c1, 0, sizeof c1);
	c1.story_id = s.id;
	c1.to_state = W("pitched");
	c1.at = T(9, 0);
	c1.by = W("dmartin");
	assert_int_equal(history_insert(d->db, &c1, &err), 0);
	memset(&c2, 0, sizeof c2);
	c2.story_id = s.id;
	c2.from_state = W("pitched");
	c2.to_state = W("reporting");
	c2.at = T(9, 5);
	c2.by = W("dmartin");
	c2.note = W("go");
	assert_int_equal(history_insert(d->db, &c2, &err), 0);
	assert_int_equal(pt_db_commit(d->db, &err), 0);
	person_done(&staff);
	person_done(&src);
	person_done(&org);
}

static char *
export(struct desk *d, const struct filter *f, const char *one,
    enum export_format fmt)
{
	struct pt_str out = PT_STR_INIT;
	struct pt_err err;
	int rc;

	pt_err_clear(&err);
	rc = export_stories(d, f, one, fmt, &out, &err);
	if (rc != 0)
		fprintf(stderr, "export: %s\n", err.msg);
	assert_int_equal(rc, 0);
	return pt_str_steal(&out);
}

static const char full_yaml[] =
    "presstime: 1\n"
    "stories:\n"
    "  - slug: hootsuite-ice\n"
    "    headline: \"Hootsuite's \\\"ICE\\\" deal\"\n"
    "    dek: \"Contract ends\\nnext week\"\n"
    "    budget_line: \"Budget.\"\n"
    "    desk: business\n"
    "    status: reporting\n"
    "    priority: urgent\n"
    "    editor: dmartin\n"
    "    words: 900\n"
    "    art: \"photo: HQ\"\n"
    "    deadline: 2026-11-27T22:00:00Z\n"
    "    needs_update: false\n"
    "    created_at: 2026-11-26T09:00:00Z\n"
    "    updated_at: 2026-11-26T10:00:00Z\n"
    "    updated_by: dmartin\n"
    "    credits:\n"
    "      - { name: \"Dylan Martin\", login: dmartin, kind: staff, role: contributor }\n"
    "      - { name: \"Jane Roe\", kind: source, role: research }\n"
    "    timeline:\n"
    "      - id: 1\n"
    "        at: 2026-11-26T09:14:00Z\n"
    "        logged_at: 2026-11-26T09:20:00Z\n"
    "        logged_by: dmartin\n"
    "        kind: event\n"
    "        body: \"Contract filed\"\n"
    "        source: \"SEC filing\"\n"
    "        url: \"https://sec.example/1\"\n"
    "      - id: 2\n"
    "        at: 2026-11-26T10:00:00Z\n"
    "        logged_at: 2026-11-26T10:00:00Z\n"
    "        logged_by: dmartin\n"
    "        kind: correction\n"
    "        body: \"Filed Nov 25, not 26\"\n"
    "        amends: 1\n"
    "    requests:\n"
    "      - target: \"ICE\"\n"
    "        kind: organization\n"
    "        channel: email\n"
    "        asked_at: 2026-11-26T09:30:00Z\n"
    "        asked_by: dmartin\n"
    "        due: 2026-11-26T17:00:00Z\n"
    "        attempts: 2\n"
    "        state: answered\n"
    "        answer: \"No comment.\"\n"
    "        answered_at: 2026-11-26T11:00:00Z\n"
    "    history:\n"
    "      - { to: pitched, at: 2026-11-26T09:00:00Z, by: dmartin }\n"
    "      - { from: pitched, to: reporting, at: 2026-11-26T09:05:00Z, by: dmartin, note: \"go\" }\n";

static void
test_yaml_full_story(void **state)
{
	struct desk *d = *state;
	char *y;

	add_full_story(d);
	y = export(d, NULL, NULL, EXPORT_YAML);
	assert_string_equal(y, full_yaml);
	free(y);
	/* One story by slug gives the same document. */
	y = export(d, NULL, "hootsuite-ice", EXPORT_YAML);
	assert_string_equal(y, full_yaml);
	free(y);
}

static void
test_yaml_empty_and_quoting(void **state)
{
	struct desk *d = *state;
	char *y;

	y = export(d, NULL, NULL, EXPORT_YAML);
	assert_string_equal(y, "presstime: 1\nstories: []\n");
	free(y);
	/* Words that YAML would read as something else get quoted; free
	 * text always is, with YAML escapes for controls. */
	add_story(d, "a", "\x1b[2J \t\"\\ \xc2\x85\xe2\x80\xa8\xef\xbb\xbf\x7f",
	    "reporting");
	add_story(d, "b", "x", "reporting");
	{
		struct story *s;
		struct pt_err err;

		assert_int_equal(story_get(d->db, "b", &s, &err), 0);
		free(s->desk);
		s->desk = strdup("yes");
		free(s->editor);
		s->editor = strdup("D.Martin");
		assert_int_equal(pt_db_begin(d->db, &err), 0);
		assert_int_equal(story_update(d->db, s, &err), 0);
		assert_int_equal(pt_db_commit(d->db, &err), 0);
		story_free(s);
	}
	y = export(d, NULL, NULL, EXPORT_YAML);
	assert_non_null(strstr(y, "    headline: \"\\e[2J \\t\\\"\\\\ \\N\\L"
	    "\\uFEFF\\x7F\"\n"));
	assert_non_null(strstr(y, "    desk: \"yes\"\n"));
	assert_non_null(strstr(y, "    editor: \"D.Martin\"\n"));
	assert_non_null(strstr(y, "    desk: news\n"));
	free(y);
}

/* Runs python3 -c script file; -1 when python3 is missing. */
static int
python_check(const char *script, const char *text)
{
	char path[] = "/tmp/pt-export-XXXXXX", cmd[2048];
	FILE *fp;
	int fd, rc;

	if (system("python3 -c 'import json' >/dev/null 2>&1") != 0)
		return -1;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs(text, fp);
	fclose(fp);
	snprintf(cmd, sizeof cmd, "python3 -c '%s' %s", script, path);
	rc = system(cmd);
	unlink(path);
	return rc == 0 ? 0 : 1;
}

static void
test_json_same_shape(void **state)
{
	struct desk *d = *state;
	char *j;
	int rc;

	add_full_story(d);
	add_story(d, "evil", "ESC \x1b[31m \xe2\x80\xae bidi \xff bad", "held");
	j = export(d, NULL, NULL, EXPORT_JSON);
	assert_non_null(strstr(j, "{\n  \"presstime\": 1,\n  \"stories\": [\n"));
	assert_non_null(strstr(j, "\"amends\": 1"));
	assert_non_null(strstr(j, "\"needs_update\": false"));
	assert_non_null(strstr(j, "\"deadline\": \"2026-11-27T22:00:00Z\""));
	/* The bidi override is escaped: exact text back, nothing raw. */
	assert_non_null(strstr(j, "\"headline\": \"ESC \\u001b[31m "
	    "\\u202e bidi \\ufffd bad\""));
	rc = python_check("import json, sys\n"
	    "d = json.load(open(sys.argv[1], encoding=\"utf-8\"))\n"
	    "s = d[\"stories\"][1]\n"
	    "ok = d[\"presstime\"] == 1 and len(d[\"stories\"]) == 2\n"
	    "ok = ok and s[\"slug\"] == \"hootsuite-ice\"\n"
	    "ok = ok and s[\"words\"] == 900 and s[\"needs_update\"] is False\n"
	    "ok = ok and s[\"credits\"][0][\"login\"] == \"dmartin\"\n"
	    "ok = ok and s[\"timeline\"][1][\"amends\"] == 1\n"
	    "ok = ok and s[\"requests\"][0][\"attempts\"] == 2\n"
	    "ok = ok and s[\"history\"][1][\"note\"] == \"go\"\n"
	    "ok = ok and \"dek\" not in d[\"stories\"][0]\n"
	    "ok = ok and d[\"stories\"][0][\"headline\"].startswith(\"ESC \\x1b\")\n"
	    "sys.exit(0 if ok else 1)\n", j);
	free(j);
	if (rc < 0) {
		skip();
		return;
	}
	assert_int_equal(rc, 0);
}

static void
test_json_empty(void **state)
{
	char *j = export(*state, NULL, NULL, EXPORT_JSON);

	assert_string_equal(j, "{\n  \"presstime\": 1,\n  \"stories\": []\n}\n");
	free(j);
}

static void
test_markdown(void **state)
{
	struct desk *d = *state;
	struct pt_str notes = PT_STR_INIT;
	struct pt_err err;
	char *m, *line, *save;

	add_full_story(d);
	m = export(d, NULL, NULL, EXPORT_MD);
	assert_non_null(strstr(m, "# Hootsuite's \"ICE\" deal\n\n"));
	assert_true(strncmp(m, "# Hootsuite", 11) == 0);
	assert_non_null(strstr(m, "\n*Contract ends next week*\n"));
	assert_non_null(strstr(m, "\n`hootsuite-ice` \xc2\xb7 reporting "
	    "\xc2\xb7 urgent \xc2\xb7 business \xc2\xb7 dmartin \xc2\xb7 due "
	    "2026-11-27 22:00\n"));
	assert_non_null(strstr(m, "\nBudget.\n"));
	assert_non_null(strstr(m, "\n## Timeline\n\n- 2026-11-26 09:14 \xc2\xb7 "
	    "event \xc2\xb7 Contract filed (source: SEC filing) "
	    "<https://sec.example/1>\n"));
	assert_non_null(strstr(m, "\n- 2026-11-26 10:00 \xc2\xb7 **CORRECTION** "
	    "(corrects the entry of 2026-11-26 09:14) \xc2\xb7 Filed Nov 25, "
	    "not 26\n"));
	assert_non_null(strstr(m, "\n## Requests for comment\n\n- ICE "
	    "(organization) \xc2\xb7 email \xc2\xb7 asked 2026-11-26 09:30, due "
	    "2026-11-26 17:00 \xc2\xb7 answered 2026-11-26 11:00: "
	    "\"No comment.\"\n"));
	assert_non_null(strstr(m, "\n## End notes\n\n"));
	/* Every end-note line the desk writes is there, after the heading. */
	assert_int_equal(desk_endnotes(d, "hootsuite-ice", &notes, &err), 0);
	assert_true(notes.len > 0);
	assert_non_null(strstr(notes.buf, "Dylan Martin"));
	for (line = strtok_r(notes.buf, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		assert_true(strstr(m, line) > strstr(m, "## End notes"));
	pt_str_done(&notes);
	free(m);
}

static void
test_markdown_sanitizes(void **state)
{
	struct desk *d = *state;
	struct entry e;
	struct pt_err err;
	long long id;
	char *m;

	id = add_story(d, "evil", "Evil\x1b[2J title\nsecond", "reporting");
	add_story(d, "zz-second", "Second", "pitched");
	memset(&e, 0, sizeof e);
	e.story_id = id;
	e.occurred_at = T(9, 0);
	e.logged_at = T(9, 0);
	e.logged_by = W("dmartin");
	e.kind = W("note");
	e.body = W("bell\a tab\t line one\nline two \xc2\x9b" "31m \xff");
	assert_int_equal(pt_db_begin(d->db, &err), 0);
	assert_int_equal(entry_insert(d->db, &e, &err), 0);
	assert_int_equal(pt_db_commit(d->db, &err), 0);
	m = export(d, NULL, NULL, EXPORT_MD);
	/* The bracket is escaped too: it could start a link. */
	assert_non_null(strstr(m, "# Evil\xef\xbf\xbd\\[2J title second\n"));
	assert_non_null(strstr(m, "note \xc2\xb7 bell\xef\xbf\xbd tab"
	    "\xef\xbf\xbd line one\n  line two \xef\xbf\xbd" "31m "
	    "\xef\xbf\xbd\n"));
	assert_null(strchr(m, '\x1b'));
	assert_null(strchr(m, '\a'));
	assert_non_null(strstr(m, "_None._"));
	/* Stories are separated by a rule, in slug order. */
	assert_non_null(strstr(m, "\n---\n\n# Second\n"));
	free(m);
}

static void
test_filter_and_one(void **state)
{
	struct desk *d = *state;
	struct pt_str out = PT_STR_INIT;
	struct filter *f;
	struct pt_err err;
	char *y;

	add_story(d, "alpha", "A", "reporting");
	add_story(d, "beta", "B", "pitched");
	add_story(d, "gamma", "C", "reporting");
	assert_int_equal(filter_compile("status:reporting", ptime_now(), 17,
	    &f, &err), 0);
	y = export(d, f, NULL, EXPORT_YAML);
	assert_non_null(strstr(y, "  - slug: alpha\n"));
	assert_null(strstr(y, "  - slug: beta\n"));
	assert_non_null(strstr(y, "  - slug: gamma\n"));
	assert_true(strstr(y, "slug: alpha") < strstr(y, "slug: gamma"));
	free(y);
	/* one_slug wins over the filter. */
	y = export(d, f, "beta", EXPORT_YAML);
	assert_non_null(strstr(y, "  - slug: beta\n"));
	assert_null(strstr(y, "slug: alpha"));
	free(y);
	filter_free(f);
	assert_int_equal(export_stories(d, NULL, "bta", EXPORT_YAML, &out,
	    &err), PT_ENOENT);
	assert_string_equal(err.msg, "no story \"bta\" (did you mean "
	    "\"beta\"?)");
	pt_str_done(&out);
}

/* More stories than a page: every one once, in slug order. */
static void
test_paging(void **state)
{
	struct desk *d = *state;
	char slug[32], *y, *p, prev[32] = "";
	int n = 0;

	for (int i = 0; i < 150; i++) {
		snprintf(slug, sizeof slug, "s-%03d", (i * 37) % 150);
		add_story(d, slug, "x", "pitched");
	}
	y = export(d, NULL, NULL, EXPORT_YAML);
	for (p = y; (p = strstr(p, "  - slug: ")) != NULL; p += 10) {
		char cur[32];

		assert_int_equal(sscanf(p + 10, "%31[a-z0-9-]", cur), 1);
		assert_true(strcmp(prev, cur) < 0);
		snprintf(prev, sizeof prev, "%s", cur);
		n++;
	}
	assert_int_equal(n, 150);
	free(y);
}

static void
test_format_parse(void **state)
{
	enum export_format f;
	struct pt_err err;

	(void)state;
	assert_int_equal(export_format_parse("md", &f, &err), 0);
	assert_int_equal(f, EXPORT_MD);
	assert_int_equal(export_format_parse("markdown", &f, &err), 0);
	assert_int_equal(f, EXPORT_MD);
	assert_int_equal(export_format_parse("json", &f, &err), 0);
	assert_int_equal(f, EXPORT_JSON);
	assert_int_equal(export_format_parse("yml", &f, &err), 0);
	assert_int_equal(f, EXPORT_YAML);
	assert_int_equal(export_format_parse("yaml", &f, &err), 0);
	assert_int_equal(f, EXPORT_YAML);
	assert_string_equal(export_format_name(EXPORT_JSON), "json");
	assert_int_equal(export_format_parse("ninjs", &f, &err), 0);
	assert_int_equal(f, EXPORT_NINJS);
	assert_int_equal(export_format_parse("ics", &f, &err), 0);
	assert_int_equal(f, EXPORT_ICS);
	assert_int_equal(export_format_parse("csv", &f, &err), 0);
	assert_int_equal(f, EXPORT_CSV);
	assert_string_equal(export_format_name(EXPORT_NINJS), "ninjs");
	assert_int_equal(export_format_parse("xls", &f, &err), PT_EINVAL);
	assert_string_equal(err.msg, "unknown export format \"xls\" (expected "
	    "one of: yaml, json, md, ninjs, ics, csv)");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_yaml_full_story, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_yaml_empty_and_quoting,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_json_same_shape, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_json_empty, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_markdown, setup, teardown),
		cmocka_unit_test_setup_teardown(test_markdown_sanitizes, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_filter_and_one, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_paging, setup, teardown),
		cmocka_unit_test(test_format_parse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
