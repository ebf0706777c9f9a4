/*
 * Export as CSV for spreadsheets (RFC 4180): a header line, then one
 * record per story; CRLF line ends; a field holding a comma, a quote, a
 * CR or an LF (or starting or ending with a space) is double-quoted with
 * its quotes doubled. Times are ISO 8601 UTC; text is the stored UTF-8.
 *
 * Text typed by people (headlines, sources, names) that starts with =,
 * +, -, @, a tab or a CR would be run as a formula by Excel or
 * LibreOffice ("CSV injection", OWASP): such a cell is written quoted
 * with a ' before its text, which spreadsheets show as text. The
 * numbers and times this file writes itself never start with one
 * (words, counts and versions are never negative), so they are left as
 * they are and stay numbers.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/desk.h"
#include "presstime/io.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/story.h"
#include "internal.h"

static const char *const columns[] = { "slug", "headline", "dek",
	"budget_line", "desk", "status", "priority", "editor", "deadline",
	"embargo", "published_at", "words", "art", "url", "byline",
	"rfc_open", "rfc_total", "created_at", "updated_at", "version", NULL };

/* Whether a spreadsheet would read a cell starting with c as a formula. */
static int
formula_lead(char c)
{
	return c != '\0' && strchr("=+-@\t\r", c) != NULL;
}

/* One field; text (typed by someone) is neutralized, our own numbers
 * and times are not. */
static void
field_as(struct pt_str *out, const char *v, int first, int text)
{
	size_t n = v != NULL ? strlen(v) : 0;
	int neuter = text && n > 0 && formula_lead(v[0]);

	if (!first)
		pt_str_addc(out, ',');
	if (n == 0)
		return;
	if (!neuter && strpbrk(v, ",\"\r\n") == NULL && v[0] != ' ' &&
	    v[n - 1] != ' ') {
		pt_str_add(out, v);
		return;
	}
	pt_str_addc(out, '"');
	if (neuter)
		pt_str_addc(out, '\'');
	for (const char *p = v; *p != '\0'; p++) {
		if (*p == '"')
			pt_str_addc(out, '"');
		pt_str_addc(out, *p);
	}
	pt_str_addc(out, '"');
}

static void
field(struct pt_str *out, const char *v, int first)
{
	field_as(out, v, first, 1);
}

static void
time_field(struct pt_str *out, time_t t)
{
	char buf[32] = "";

	if (t != 0)
		ptime_format_iso(t, buf, sizeof buf);
	field_as(out, buf, 0, 0);
}

static void
int_field(struct pt_str *out, long long v, int unset_empty)
{
	char buf[32] = "";

	if (v != 0 || !unset_empty)
		snprintf(buf, sizeof buf, "%lld", v);
	field_as(out, buf, 0, 0);
}

struct csv_walk {
	struct desk *d;
	struct pt_str *out;
	struct pt_err *err;
};

static int
csv_one(const struct story *s, void *ctx)
{
	struct csv_walk *w = ctx;
	struct pt_str *out = w->out, by = PT_STR_INIT;
	struct credit_list cl = { NULL, 0 };
	int rc;

	if ((rc = credit_list_story(w->d->db, s->id, &cl, w->err)) < 0)
		return rc;
	for (size_t i = 0; i < cl.n; i++)
		if (strcmp(cl.v[i].role, "byline") == 0)
			pt_str_addf(&by, "%s%s", by.len > 0 ? "; " : "",
			    cl.v[i].person.name);
	credit_list_free(&cl);
	field(out, s->slug, 1);
	field(out, s->headline, 0);
	field(out, s->dek, 0);
	field(out, s->budget_line, 0);
	field(out, s->desk, 0);
	field(out, s->status, 0);
	field(out, s->priority, 0);
	field(out, s->editor, 0);
	time_field(out, s->deadline);
	time_field(out, s->embargo);
	time_field(out, s->published_at);
	int_field(out, s->words, 1);
	field(out, s->art, 0);
	field(out, s->url, 0);
	field(out, pt_str_cstr(&by), 0);
	int_field(out, s->rfc_open, 0);
	int_field(out, s->rfc_total, 0);
	time_field(out, s->created_at);
	time_field(out, s->updated_at);
	int_field(out, s->version, 0);
	pt_str_add(out, "\r\n");
	pt_str_done(&by);
	return 0;
}

int
export_csv(struct desk *d, const struct filter *f, const char *one_slug,
    struct pt_str *out, struct pt_err *err)
{
	struct csv_walk w = { d, out, err };
	int rc;

	for (int i = 0; columns[i] != NULL; i++)
		field(out, columns[i], i == 0);
	pt_str_add(out, "\r\n");
	if (one_slug != NULL) {
		struct story *s;

		if ((rc = story_get(d->db, one_slug, &s, err)) < 0)
			return rc;
		rc = csv_one(s, &w);
		story_free(s);
	} else
		rc = story_each(d->db, f, SORT_SLUG, -1, csv_one, &w, err);
	return rc < 0 ? rc : 0;
}
