/* Markdown export: a story as an editor would paste it into a ticket or a
 * chat: the story, its credits, timeline and requests, the corrections
 * and kill notices it carries, the end notes it would carry at press time
 * and, once it ran, every version of the end notes that ran. Text is
 * written as given except control characters (and invalid UTF-8), which
 * become U+FFFD so a story cannot smuggle terminal escapes into a file
 * someone will cat; a line that would start a heading, quote, list or
 * table is escaped so typed text stays text. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "presstime/desk.h"
#include "presstime/entry.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/record.h"
#include "presstime/sanitize.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/utf8.h"
#include "internal.h"

#define REPLACEMENT "\xef\xbf\xbd"

enum md_mode {
	MD_LINE,  /* one line: a newline becomes a space */
	MD_ITEM,  /* a list item: later lines are indented to stay inside */
	MD_BLOCK, /* a paragraph: newlines kept */
	MD_PARAS  /* lines that must stay lines: each its own paragraph */
};

/* At the start of a line, what would make a block of the text: "# ",
 * "- ", "+ ", "* ", "=" or "-" under a line (a heading), "|" (a table),
 * "1. " or "1) ". Returns how many bytes to copy before a backslash
 * (the digits of a number), or -1 when the line is plain. ('>' is
 * already written as &gt;.) */
static int
md_block_lead(const char *s, size_t n)
{
	size_t j = 0;

	if (n == 0)
		return -1;
	if (strchr("#-+*=|", s[0]) != NULL)
		return 0;
	while (j < n && s[j] >= '0' && s[j] <= '9')
		j++;
	if (j > 0 && j < n && (s[j] == '.' || s[j] == ')'))
		return (int)j;
	return -1;
}

static void
md_text(struct pt_str *out, const char *s, enum md_mode mode)
{
	size_t n = strlen(s), i = 0;
	int bol = mode == MD_BLOCK || mode == MD_PARAS;

	while (i < n) {
		int32_t cp;
		int len, lead;

		if (bol && (lead = md_block_lead(s + i, n - i)) >= 0) {
			pt_str_addn(out, s + i, (size_t)lead);
			pt_str_addc(out, '\\');
			i += (size_t)lead;
		}
		bol = 0;
		len = utf8_decode(s + i, n - i, &cp);
		if (cp == '\n') {
			bol = mode != MD_LINE;
			if (mode == MD_LINE)
				pt_str_addc(out, ' ');
			else if (mode == MD_ITEM)
				pt_str_add(out, "\n  ");
			else if (mode == MD_PARAS)
				pt_str_add(out, "\n\n");
			else
				pt_str_addc(out, '\n');
		} else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
		    sanitize_is_hidden(cp))
			pt_str_add(out, REPLACEMENT);
		else if (cp == '<')
			pt_str_add(out, "&lt;");
		else if (cp == '>')
			pt_str_add(out, "&gt;");
		else if (cp == '&')
			pt_str_add(out, "&amp;");
		else if (cp == '[' || cp == ']' || cp == '\\') {
			/* No link or image can start: "[x](javascript:...)". */
			pt_str_addc(out, '\\');
			pt_str_addc(out, (char)cp);
		}
		else
			pt_str_addn(out, s + i, (size_t)len);
		i += (size_t)len;
	}
}

/* Only these become links; anything else (javascript:, data:, file:)
 * is shown as text a reader can see but not follow. */
static int
md_url_safe(const char *u)
{
	static const char *const ok[] = { "http://", "https://", "mailto:" };

	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (strncasecmp(u, ok[i], strlen(ok[i])) == 0)
			return 1;
	return 0;
}

/* A link as an autolink, <url>, with what would end or break it
 * percent-encoded; an unsafe scheme as escaped text, marked. */
static void
md_url(struct pt_str *out, const char *u)
{
	if (!md_url_safe(u)) {
		pt_str_add(out, " (link not exported, not http(s) or mailto: ");
		md_text(out, u, MD_LINE);
		pt_str_addc(out, ')');
		return;
	}
	pt_str_add(out, " <");
	for (const unsigned char *p = (const unsigned char *)u; *p; p++)
		if (*p <= 0x20 || *p == 0x7f || *p == '<' || *p == '>' ||
		    *p == '"' || *p == '\\' || *p == '`')
			pt_str_addf(out, "%%%02X", *p);
		else
			pt_str_addc(out, (char)*p);
	pt_str_addc(out, '>');
}

static void
md_time(struct pt_str *out, time_t t)
{
	char buf[64];

	ptime_format(t, buf, sizeof buf);
	pt_str_add(out, buf);
}

/* "slug · status · priority · desk · editor · due ...": set parts only. */
static void
md_meta(struct pt_str *out, const struct story *s)
{
	const char *parts[5] = { s->slug, s->status, s->priority, s->desk,
		s->editor };

	for (int i = 0; i < 5; i++) {
		if (parts[i] == NULL)
			continue;
		if (i > 0)
			pt_str_add(out, " \xc2\xb7 ");
		if (i == 0)
			pt_str_addc(out, '`');
		md_text(out, parts[i], MD_LINE);
		if (i == 0)
			pt_str_addc(out, '`');
	}
	if (state_story_is(s->status, STORY_HELD) && s->held_from != NULL) {
		pt_str_add(out, " (from ");
		md_text(out, s->held_from, MD_LINE);
		pt_str_addc(out, ')');
	}
	if (s->deadline != 0) {
		pt_str_add(out, " \xc2\xb7 due ");
		md_time(out, s->deadline);
	}
	if (s->embargo != 0) {
		pt_str_add(out, " \xc2\xb7 embargoed until ");
		md_time(out, s->embargo);
	}
	pt_str_addc(out, '\n');
}

/* The entry an amendment points at, for "corrects the 09:14 entry". */
static const struct entry *
md_find_entry(const struct entry_list *el, long long id)
{
	for (size_t i = 0; i < el->n; i++)
		if (el->v[i].id == id)
			return &el->v[i];
	return NULL;
}

static void
md_timeline(struct pt_str *out, const struct entry_list *el)
{
	pt_str_add(out, "\n## Timeline\n\n");
	if (el->n == 0) {
		pt_str_add(out, "_No entries._\n");
		return;
	}
	for (size_t i = 0; i < el->n; i++) {
		const struct entry *e = &el->v[i], *old;
		int corr = e->amends != 0 ||
		    strcmp(e->kind, "correction") == 0;

		pt_str_add(out, "- ");
		md_time(out, e->occurred_at);
		pt_str_add(out, " \xc2\xb7 ");
		if (corr) {
			pt_str_add(out, "**CORRECTION**");
			old = e->amends ? md_find_entry(el, e->amends) : NULL;
			if (old != NULL) {
				pt_str_add(out, " (corrects the entry of ");
				md_time(out, old->occurred_at);
				pt_str_addc(out, ')');
			}
		} else
			md_text(out, e->kind, MD_LINE);
		pt_str_add(out, " \xc2\xb7 ");
		md_text(out, e->body, MD_ITEM);
		if (e->source != NULL) {
			pt_str_add(out, " (source: ");
			md_text(out, e->source, MD_LINE);
			pt_str_addc(out, ')');
		}
		if (e->url != NULL)
			md_url(out, e->url);
		pt_str_addc(out, '\n');
	}
}

static void
md_requests(struct pt_str *out, const struct rfc_list *rl)
{
	pt_str_add(out, "\n## Requests for comment\n\n");
	if (rl->n == 0) {
		pt_str_add(out, "_None._\n");
		return;
	}
	for (size_t i = 0; i < rl->n; i++) {
		const struct rfc *r = &rl->v[i];

		pt_str_add(out, "- ");
		md_text(out, r->target, MD_LINE);
		if (r->target_kind != NULL) {
			pt_str_add(out, " (");
			md_text(out, r->target_kind, MD_LINE);
			pt_str_addc(out, ')');
		}
		pt_str_add(out, " \xc2\xb7 ");
		md_text(out, r->channel, MD_LINE);
		pt_str_add(out, " \xc2\xb7 asked ");
		md_time(out, r->asked_at);
		if (r->due_at != 0) {
			pt_str_add(out, ", due ");
			md_time(out, r->due_at);
		}
		pt_str_add(out, " \xc2\xb7 ");
		md_text(out, r->state, MD_LINE);
		if (r->promised_by != 0 &&
		    state_rfc_is(r->state, RFC_PROMISED)) {
			pt_str_add(out, " by ");
			md_time(out, r->promised_by);
		}
		if (r->answered_at != 0) {
			pt_str_add(out, " ");
			md_time(out, r->answered_at);
		}
		if (r->answer != NULL) {
			pt_str_add(out, ": \"");
			md_text(out, r->answer, MD_ITEM);
			pt_str_addc(out, '"');
		}
		pt_str_addc(out, '\n');
	}
}

/* Who worked on it, in credit order: "- Dylan Martin (contributor)". */
static void
md_credits(struct pt_str *out, const struct credit_list *cl)
{
	if (cl->n == 0)
		return;
	pt_str_add(out, "\n## Credits\n\n");
	for (size_t i = 0; i < cl->n; i++) {
		pt_str_add(out, "- ");
		md_text(out, cl->v[i].person.name, MD_LINE);
		if (cl->v[i].role != NULL) {
			pt_str_add(out, " (");
			md_text(out, cl->v[i].role, MD_LINE);
			pt_str_addc(out, ')');
		}
		pt_str_addc(out, '\n');
	}
}

/* Corrections and kill notices, as the desk recorded them. */
static void
md_notices(struct pt_str *out, const struct notice_list *nl)
{
	if (nl->n == 0)
		return;
	pt_str_add(out, "\n## Notices\n\n");
	for (size_t i = 0; i < nl->n; i++) {
		const struct notice *no = &nl->v[i];

		pt_str_add(out, "- ");
		md_time(out, no->at);
		pt_str_add(out, " \xc2\xb7 ");
		pt_str_add(out, strcmp(no->kind, "kill") == 0 ? "**KILL**" :
		    "**CORRECTION**");
		if (no->by != NULL) {
			pt_str_add(out, " by ");
			md_text(out, no->by, MD_LINE);
		}
		pt_str_add(out, " \xc2\xb7 ");
		md_text(out, no->body, MD_ITEM);
		pt_str_addc(out, '\n');
	}
}

/* Every version of the end notes that ran, oldest first, each headed by
 * when and why, as `endnotes --history` prints them. */
static void
md_snapshots(struct pt_str *out, const struct snapshot_list *sl)
{
	if (sl->n == 0)
		return;
	pt_str_add(out, "\n## End notes as they ran\n");
	for (size_t i = 0; i < sl->n; i++) {
		const struct snapshot *sn = &sl->v[i];
		size_t len = strlen(sn->body);
		char *body = pt_xstrdup(sn->body);

		pt_str_add(out, "\n### ");
		md_time(out, sn->taken_at);
		pt_str_addc(out, ' ');
		md_text(out, sn->reason, MD_LINE);
		pt_str_add(out, " (");
		md_text(out, sn->zone != NULL ? sn->zone : "", MD_LINE);
		if (sn->taken_by != NULL) {
			pt_str_add(out, ", by ");
			md_text(out, sn->taken_by, MD_LINE);
		}
		pt_str_add(out, ")\n\n");
		while (len > 0 && body[len - 1] == '\n')
			body[--len] = '\0';
		if (len > 0)
			md_text(out, body, MD_PARAS);
		else
			pt_str_add(out, "_None._");
		pt_str_addc(out, '\n');
		free(body);
	}
}

int
export_md_story(struct desk *d, const struct story *s,
    const struct entry_list *el, const struct rfc_list *rl,
    struct pt_str *out, struct pt_err *err)
{
	struct pt_str notes = PT_STR_INIT;
	struct credit_list cl = { NULL, 0 };
	struct notice_list nl = { NULL, 0 };
	struct snapshot_list sl = { NULL, 0 };
	int rc;

	if ((rc = desk_endnotes(d, s->slug, &notes, err)) < 0 ||
	    (rc = credit_list_story(d->db, s->id, &cl, err)) < 0 ||
	    (rc = notice_list_story(d->db, s->id, &nl, err)) < 0 ||
	    (rc = snapshot_list_story(d->db, s->id, &sl, err)) < 0)
		goto out;
	pt_str_add(out, "# ");
	md_text(out, s->headline, MD_LINE);
	pt_str_add(out, "\n\n");
	if (s->dek != NULL && s->dek[0] != '\0') {
		pt_str_addc(out, '*');
		md_text(out, s->dek, MD_LINE);
		pt_str_add(out, "*\n\n");
	}
	md_meta(out, s);
	if (s->budget_line != NULL && s->budget_line[0] != '\0') {
		pt_str_addc(out, '\n');
		md_text(out, s->budget_line, MD_BLOCK);
		pt_str_addc(out, '\n');
	}
	md_credits(out, &cl);
	md_timeline(out, el);
	md_requests(out, rl);
	md_notices(out, &nl);
	pt_str_add(out, "\n## End notes\n\n");
	/* One sentence a line; Markdown would run them together. */
	while (notes.len > 0 && notes.buf[notes.len - 1] == '\n')
		notes.buf[--notes.len] = '\0';
	if (notes.len > 0) {
		md_text(out, notes.buf, MD_PARAS);
		pt_str_addc(out, '\n');
	} else
		pt_str_add(out, "_None._\n");
	md_snapshots(out, &sl);
out:
	credit_list_free(&cl);
	notice_list_free(&nl);
	snapshot_list_free(&sl);
	pt_str_done(&notes);
	return rc < 0 ? rc : 0;
}
