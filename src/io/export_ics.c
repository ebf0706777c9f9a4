/*
 * Export as iCalendar (RFC 5545), for an editor's calendar subscribed to
 * a nightly file: each story's deadline and embargo lift as a VEVENT,
 * each request for comment with a due time as a VTODO (completed once
 * answered, declined or lapsed), and each promised statement as a
 * VEVENT at the promised time. Times are UTC ("Z"), so no VTIMEZONE is
 * needed and every calendar shows them in its own zone. UIDs are built
 * from the newsroom's name, the slug and the request number, so a
 * re-export updates the same events instead of adding copies. DTSTAMP is
 * the story's last change: the same data gives the same bytes.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "presstime/desk.h"
#include "presstime/io.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/utf8.h"
#include "internal.h"

/* RFC 5545 3.1: lines of at most 75 octets, folded with CRLF and one
 * space, never inside a UTF-8 character. line holds one unfolded line of
 * valid UTF-8 (put_text makes it so); were it not, a run of continuation
 * bytes longer than a line is cut where it falls rather than never. */
static void
put_line(struct pt_str *out, const char *line)
{
	size_t n = strlen(line), i = 0, room = 75;

	while (n - i > room) {
		size_t cut = i + room;

		while (cut > i && ((unsigned char)line[cut] & 0xC0) == 0x80)
			cut--;
		if (cut == i)
			cut = i + room;
		pt_str_addn(out, line + i, cut - i);
		pt_str_add(out, "\r\n ");
		i = cut;
		room = 74;  /* the leading space counts */
	}
	pt_str_add(out, line + i);
	pt_str_add(out, "\r\n");
}

/* NAME:VALUE with VALUE a TEXT (3.3.11): backslash, ";", "," and
 * newlines escaped; other controls dropped (TEXT forbids them); bytes
 * that are not UTF-8 (the file is UTF-8, 3.1.4) become U+FFFD. */
static void
put_text(struct pt_str *out, const char *name, const char *text)
{
	struct pt_str l = PT_STR_INIT;
	size_t n = strlen(text), i = 0;

	pt_str_addf(&l, "%s:", name);
	while (i < n) {
		int32_t cp;
		int len = utf8_decode(text + i, n - i, &cp);

		if (cp == '\\' || cp == ';' || cp == ',') {
			pt_str_addc(&l, '\\');
			pt_str_addc(&l, (char)cp);
		} else if (cp == '\n')
			pt_str_add(&l, "\\n");
		else if (cp < 0)
			pt_str_add(&l, "\xef\xbf\xbd");
		else if (cp >= 0x20 && cp != 0x7f)
			pt_str_addn(&l, text + i, (size_t)len);
		i += (size_t)len;
	}
	put_line(out, pt_str_cstr(&l));
	pt_str_done(&l);
}

/* NAME:20261126T170000Z */
static void
put_time(struct pt_str *out, const char *name, time_t t)
{
	char buf[32], line[64];
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
	snprintf(line, sizeof line, "%s:%s", name, buf);
	put_line(out, line);
}

/* Opens a component with its UID and DTSTAMP. */
static void
begin(struct pt_str *out, const char *comp, const char *newsroom,
    const struct story *s, const char *what, time_t stamp)
{
	struct pt_str uid = PT_STR_INIT;

	pt_str_addf(out, "BEGIN:%s\r\n", comp);
	pt_str_addf(&uid, "UID:%s-%s@%s.presstime", what, s->slug, newsroom);
	put_line(out, pt_str_cstr(&uid));
	pt_str_done(&uid);
	put_time(out, "DTSTAMP", stamp);
}

static int
ics_story(struct desk *d, struct pt_str *out, const char *newsroom,
    const struct story *s, struct pt_err *err)
{
	struct rfc_list rl = { NULL, 0 };
	struct pt_str t = PT_STR_INIT;
	char what[64];
	int rc;

	if ((rc = rfc_list_story(d->db, s->id, &rl, err)) < 0)
		return rc;
	if (s->deadline != 0) {
		begin(out, "VEVENT", newsroom, s, "deadline", s->updated_at);
		put_time(out, "DTSTART", s->deadline);
		pt_str_addf(&t, "Deadline: %s (%s)", s->headline, s->slug);
		put_text(out, "SUMMARY", pt_str_cstr(&t));
		if (s->budget_line != NULL)
			put_text(out, "DESCRIPTION", s->budget_line);
		put_text(out, "CATEGORIES", "deadline");
		pt_str_add(out, "END:VEVENT\r\n");
	}
	if (s->embargo != 0) {
		begin(out, "VEVENT", newsroom, s, "embargo", s->updated_at);
		put_time(out, "DTSTART", s->embargo);
		pt_str_clear(&t);
		pt_str_addf(&t, "Embargo lifts: %s (%s)", s->headline, s->slug);
		put_text(out, "SUMMARY", pt_str_cstr(&t));
		put_text(out, "CATEGORIES", "embargo");
		pt_str_add(out, "END:VEVENT\r\n");
	}
	for (size_t i = 0; i < rl.n; i++) {
		const struct rfc *r = &rl.v[i];
		int done = !state_rfc_waiting(r->state);

		if (r->due_at != 0) {
			snprintf(what, sizeof what, "rfc%lld", r->id);
			begin(out, "VTODO", newsroom, s, what, s->updated_at);
			put_time(out, "DUE", r->due_at);
			pt_str_clear(&t);
			pt_str_addf(&t, "Comment from %s due (%s)", r->target,
			    s->slug);
			put_text(out, "SUMMARY", pt_str_cstr(&t));
			pt_str_clear(&t);
			pt_str_addf(&t, "Asked by %s via %s; now %s.",
			    r->asked_by, r->channel, r->state);
			put_text(out, "DESCRIPTION", pt_str_cstr(&t));
			pt_str_addf(out, "STATUS:%s\r\n", done ? "COMPLETED" :
			    "NEEDS-ACTION");
			put_text(out, "CATEGORIES", "request for comment");
			pt_str_add(out, "END:VTODO\r\n");
		}
		if (r->promised_by != 0 &&
		    state_rfc_is(r->state, RFC_PROMISED)) {
			snprintf(what, sizeof what, "promise%lld", r->id);
			begin(out, "VEVENT", newsroom, s, what, s->updated_at);
			put_time(out, "DTSTART", r->promised_by);
			pt_str_clear(&t);
			pt_str_addf(&t, "%s promised a statement (%s)",
			    r->target, s->slug);
			put_text(out, "SUMMARY", pt_str_cstr(&t));
			put_text(out, "CATEGORIES", "promised statement");
			pt_str_add(out, "END:VEVENT\r\n");
		}
	}
	pt_str_done(&t);
	rfc_list_free(&rl);
	return 0;
}

struct ics_walk {
	struct desk *d;
	struct pt_str *out;
	const char *newsroom;
	struct pt_err *err;
};

static int
ics_one(const struct story *s, void *ctx)
{
	struct ics_walk *w = ctx;

	return ics_story(w->d, w->out, w->newsroom, s, w->err);
}

int
export_ics(struct desk *d, const struct filter *f, const char *one_slug,
    struct pt_str *out, struct pt_err *err)
{
	char newsroom[64];
	int rc;

	export_newsroom_name(d, newsroom, sizeof newsroom);
	pt_str_add(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
	put_line(out, "PRODID:-//presstime//presstime " PACKAGE_VERSION "//EN");
	pt_str_add(out, "CALSCALE:GREGORIAN\r\n");
	if (one_slug != NULL) {
		struct story *s;

		if ((rc = story_get(d->db, one_slug, &s, err)) < 0)
			return rc;
		rc = ics_story(d, out, newsroom, s, err);
		story_free(s);
	} else {
		struct ics_walk w = { d, out, newsroom, err };

		rc = story_each(d->db, f, SORT_SLUG, -1, ics_one, &w, err);
	}
	if (rc < 0)
		return rc;
	pt_str_add(out, "END:VCALENDAR\r\n");
	return 0;
}
