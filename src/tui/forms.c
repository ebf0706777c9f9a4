/* The prompts that ask more than one thing: the entry form (its text,
 * then kind, source and time as fields Tab moves between), the note a
 * status move carries, and the new-story form. Each ends in one desk
 * operation. A value the desk cannot read reopens the form on it with
 * everything typed still there; text a failed write could not take is
 * kept as a draft (kept.c); the form, not its fields, saves the text
 * when the terminal goes away. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/entry.h"
#include "presstime/ptime.h"
#include "presstime/story.h"
#include "tui_int.h"

static void
trim(struct pt_str *s)
{
	size_t a = 0;

	while (s->len > 0 && s->buf[s->len - 1] == ' ')
		s->buf[--s->len] = '\0';
	while (a < s->len && s->buf[a] == ' ')
		a++;
	if (a > 0) {
		memmove(s->buf, s->buf + a, s->len - a + 1);
		s->len -= a;
	}
}

/* The entry form's fields, in Tab order. */
enum { EF_TEXT, EF_KIND, EF_SOURCE, EF_AT, EF_N };

struct entry_form {
	struct pt_str v[EF_N];
	int at;  /* the field being edited */
};

/* The kinds a reporter logs (rfc and status entries are the desk's). */
static const char *const kinds[] = { "event", "statement", "document",
    "note", "correction" };
#define NKINDS (sizeof kinds / sizeof kinds[0])

static void
entry_label(const char *slug, const struct entry_form *f, char *buf,
    size_t n)
{
	const char *kind = pt_str_cstr(&f->v[EF_KIND]);
	const char *src = pt_str_cstr(&f->v[EF_SOURCE]);
	const char *at = pt_str_cstr(&f->v[EF_AT]);

	switch (f->at) {
	case EF_KIND:
		/* Short enough to stay on the line at 80 columns. */
		snprintf(buf, n, "kind (event statement document note "
		    "correction): ");
		return;
	case EF_SOURCE:
		snprintf(buf, n, "source (who said or sent it; empty: none): ");
		return;
	case EF_AT:
		snprintf(buf, n, "happened at (-2h, 14:05, yesterday 9:00; "
		    "empty: now): ");
		return;
	default:
		break;
	}
	if (*kind == '\0' && *src == '\0' && *at == '\0')
		snprintf(buf, n, "log on %s: ", slug);
	else
		/* Fields set: they, not the slug, fill the line (the
		 * header names the story). */
		snprintf(buf, n, "log [%s%s%.24s%s%.16s]: ",
		    *kind != '\0' ? kind : "event", *src != '\0' ? " from " : "",
		    src, *at != '\0' ? ", at " : "", at);
}

/* Runs the form from field f->at until Enter (1), Esc (0) or the
 * terminal going away (-1); every field keeps what was typed in it.
 * Above the prompt a hint says what Tab does, unless quiet (a problem
 * is shown there); the message from before the form comes back. */
static int
entry_form_run(struct tui *t, const char *slug, struct entry_form *f,
    int quiet)
{
	static const enum prompt_hist hist[EF_N] = { PH_TEXT, PH_WORD,
	    PH_PERSON, PH_TIME };
	char *before = pt_xstrdup(t->msg);
	int before_err = t->msg_err;

	for (;;) {
		struct pt_str out = PT_STR_INIT;
		char label[256];
		int rc;

		if (!quiet)
			tui_msg(t, 0, "%s", f->at == EF_TEXT ? "Tab: kind, "
			    "source, time \xe2\x80\x94 Enter logs, Esc cancels" :
			    "Tab: next field, S-Tab: back \xe2\x80\x94 Enter "
			    "logs the entry");
		quiet = 0;
		entry_label(slug, f, label, sizeof label);
		/* The form keeps the drafts; the context names what the
		 * user is doing for others (presence). */
		t->prompt_form = PF_TABS | PF_OWN_DRAFT;
		t->draft_ctx = "entry";
		t->draft_slug = slug;
		rc = prompt_read(t, label, pt_str_cstr(&f->v[f->at]),
		    hist[f->at], PC_NONE, &out);
		t->draft_ctx = t->draft_slug = NULL;
		if (rc != 0) {
			pt_str_clear(&f->v[f->at]);
			pt_str_add(&f->v[f->at], pt_str_cstr(&out));
		}
		pt_str_done(&out);
		if (rc == 2)
			f->at = (f->at + 1) % EF_N;
		else if (rc == 3)
			f->at = (f->at + EF_N - 1) % EF_N;
		else {
			snprintf(t->msg, sizeof t->msg, "%s", before);
			t->msg_err = before_err;
			free(before);
			return rc;
		}
	}
}

/* The kind typed, or the one kind it begins ("st": statement). */
static const char *
kind_of(const char *typed)
{
	const char *hit = NULL;
	size_t n = strlen(typed);

	for (size_t i = 0; i < NKINDS; i++) {
		if (strcmp(kinds[i], typed) == 0)
			return kinds[i];
		if (n > 0 && strncmp(kinds[i], typed, n) == 0)
			hit = hit == NULL ? kinds[i] : "";
	}
	return hit != NULL && *hit != '\0' ? hit : typed;
}

/* Reads the fields into e; on a bad one, *bad names it and err says
 * what is wrong with the value. */
static int
entry_check(struct tui *t, struct entry_form *f, struct desk_entry *e,
    int *bad, struct pt_err *err)
{
	for (int i = 0; i < EF_N; i++)
		if (i != EF_TEXT)
			trim(&f->v[i]);
	memset(e, 0, sizeof *e);
	e->body = pt_str_cstr(&f->v[EF_TEXT]);
	if (f->v[EF_KIND].len > 0) {
		e->kind = kind_of(pt_str_cstr(&f->v[EF_KIND]));
		if (entry_kind_valid(e->kind, err) < 0) {
			*bad = EF_KIND;
			return PT_EINVAL;
		}
		if (e->kind != pt_str_cstr(&f->v[EF_KIND])) {
			const char *k = e->kind;

			pt_str_clear(&f->v[EF_KIND]);
			pt_str_add(&f->v[EF_KIND], k);
			e->kind = pt_str_cstr(&f->v[EF_KIND]);
		}
	}
	if (f->v[EF_SOURCE].len > 0)
		e->source = pt_str_cstr(&f->v[EF_SOURCE]);
	if (f->v[EF_AT].len > 0 && desk_parse_past_time(t->d,
	    pt_str_cstr(&f->v[EF_AT]), &e->occurred_at, err) < 0) {
		*bad = EF_AT;
		return PT_EINVAL;
	}
	return 0;
}

static void
entry_write(struct tui *t, const char *slug, const struct desk_entry *e)
{
	struct pt_err err;
	char when[32];

	if (desk_log(t->d, slug, e, NULL, &err) < 0) {
		tui_write_failed(t, slug, &err);
		return;
	}
	if (e->kind == NULL && e->source == NULL && e->occurred_at == 0)
		tui_msg(t, 0, "logged on %s", slug);
	else {
		when[0] = '\0';
		if (e->occurred_at != 0)
			ptime_format_short(e->occurred_at, ptime_now(), when,
			    sizeof when);
		tui_msg(t, 0, "logged %s %s on %s%s%s%s%s", e->kind != NULL &&
		    strchr("aeiou", e->kind[0]) ? "an" : "a", e->kind != NULL ?
		    e->kind : "event", slug, e->source != NULL ? " from " : "",
		    e->source != NULL ? e->source : "", *when != '\0' ?
		    ", dated " : "", when);
	}
	tui_typed_written(t);
	tui_mark_own(t);
}

void
act_log_prompt(struct tui *t, const char *slug, const char *initial)
{
	struct entry_form f;
	struct desk_entry e;
	struct pt_err err;
	const char *kept = tui_kept_offer(t, "entry", slug);
	int rc, bad, refused = 0;

	for (int i = 0; i < EF_N; i++)
		pt_str_init(&f.v[i]);
	f.at = EF_TEXT;
	pt_str_add(&f.v[EF_TEXT], kept != NULL ? kept : initial);
	for (;;) {
		rc = entry_form_run(t, slug, &f, refused);
		if (rc == -1)
			tui_save_draft(t, "entry", slug,
			    pt_str_cstr(&f.v[EF_TEXT]));
		if (rc == 0 && refused)
			tui_msg(t, 0, "nothing logged on %s", slug);
		if (rc != 1)
			break;
		refused = 1;
		if (f.v[EF_TEXT].len == 0) {
			if (f.v[EF_KIND].len + f.v[EF_SOURCE].len +
			    f.v[EF_AT].len == 0)
				break;  /* Enter on nothing: as Esc */
			tui_msg(t, 1, "the entry needs its text");
			f.at = EF_TEXT;
			continue;
		}
		if (entry_check(t, &f, &e, &bad, &err) < 0) {
			tui_msg(t, 1, "%s", err.msg);
			f.at = bad;
			continue;
		}
		tui_typed_set(t, "entry", slug, e.body);
		entry_write(t, slug, &e);
		break;
	}
	for (int i = 0; i < EF_N; i++)
		pt_str_done(&f.v[i]);
}

int
form_status_note(struct tui *t, const char *slug, const char *to,
    struct pt_str *text)
{
	char q[200];
	int rc;

	snprintf(q, sizeof q, "note on moving %s to %s (Enter: none): ",
	    slug, to);
	t->draft_ctx = "note";
	t->draft_slug = slug;
	rc = prompt_read(t, q, "", PH_TEXT, PC_NONE, text);
	t->draft_ctx = t->draft_slug = NULL;
	trim(text);
	if (rc != 1) {
		pt_str_clear(text);
		tui_msg(t, 0, "%s not moved", slug);
		return 0;
	}
	return 1;
}

/* The new story's fields after its slug and headline, each skippable. */
enum { NF_DESK, NF_EDITOR, NF_DUE, NF_BUDGET, NF_N };

static const struct {
	const char *label;
	enum prompt_hist h;
	enum prompt_comp c;
} nf[NF_N] = {
	{ "desk (empty: news): ", PH_WORD, PC_NONE },
	{ "editor login (Tab completes staff; empty: none): ", PH_PERSON,
	    PC_STAFF },
	{ "deadline (17:00, +2h, cob thu; empty: none): ", PH_TIME, PC_NONE },
	{ "budget line (empty: none): ", PH_TEXT, PC_NONE },
};

/* Asks the optional fields in turn into v; a deadline the desk cannot
 * read is asked again with the text kept. 1 done, 0 cancelled, -1 the
 * terminal went away. */
static int
new_story_fields(struct tui *t, const char *slug, struct pt_str *v,
    time_t *due)
{
	struct pt_err err;

	for (int i = 0; i < NF_N; ) {
		char label[200];
		int rc;

		snprintf(label, sizeof label, "%s: %s", slug, nf[i].label);
		t->prompt_form = PF_OWN_DRAFT;
		rc = prompt_read(t, label, pt_str_cstr(&v[i]), nf[i].h, nf[i].c,
		    &v[i]);
		if (rc != 1)
			return rc;
		trim(&v[i]);
		if (i == NF_EDITOR && v[i].len > 0 && v[i].buf[0] == '@') {
			memmove(v[i].buf, v[i].buf + 1, v[i].len);
			v[i].len--;
		}
		if (i == NF_DUE && v[i].len > 0 && desk_parse_time(t->d,
		    pt_str_cstr(&v[i]), due, &err) < 0) {
			tui_msg(t, 1, "deadline: %s (Esc cancels)", err.msg);
			continue;
		}
		i++;
	}
	return 1;
}

void
queue_new_story(struct tui *t, const char *slug0, const char *headline)
{
	struct pt_str slug = PT_STR_INIT, head = PT_STR_INIT, v[NF_N];
	struct desk_new_story ns = { 0 };
	struct pt_err err;
	char warn[200];
	int rc;

	for (int i = 0; i < NF_N; i++)
		pt_str_init(&v[i]);
	if (slug0 != NULL)
		pt_str_add(&slug, slug0);
	/* A slug the desk would refuse is asked again, as typed. */
	while (slug0 == NULL) {
		if (prompt_read(t, "new story slug: ", pt_str_cstr(&slug),
		    PH_SLUG, PC_NONE, &slug) != 1 || slug.len == 0)
			goto out;
		trim(&slug);
		if (story_slug_valid(pt_str_cstr(&slug), &err) == 0)
			break;
		tui_msg(t, 1, "%s (Esc cancels)", err.msg);
	}
	t->draft_ctx = "headline";
	t->draft_slug = pt_str_cstr(&slug);
	if (prompt_read(t, "headline: ", headline, PH_TEXT, PC_NONE,
	    &head) != 1 || head.len == 0)
		goto out;
	rc = new_story_fields(t, pt_str_cstr(&slug), v, &ns.deadline);
	if (rc == -1)
		tui_save_draft(t, "headline", pt_str_cstr(&slug),
		    pt_str_cstr(&head));
	if (rc != 1) {
		if (rc == 0)
			tui_msg(t, 0, "no new story (the headline is in the "
			    "prompt history: Up)");
		goto out;
	}
	ns.slug = pt_str_cstr(&slug);
	ns.headline = pt_str_cstr(&head);
	ns.desk = v[NF_DESK].len > 0 ? pt_str_cstr(&v[NF_DESK]) : NULL;
	ns.editor = v[NF_EDITOR].len > 0 ? pt_str_cstr(&v[NF_EDITOR]) : NULL;
	ns.budget_line = v[NF_BUDGET].len > 0 ? pt_str_cstr(&v[NF_BUDGET]) :
	    NULL;
	tui_typed_set(t, "headline", ns.slug, ns.headline);
	if (desk_story_new(t->d, &ns, NULL, &err) < 0)
		tui_write_failed(t, ns.slug, &err);
	else {
		people_login_warning(t, ns.editor, warn, sizeof warn);
		tui_msg(t, *warn != '\0', "new story %s%s%s", ns.slug,
		    *warn != '\0' ? " \xe2\x80\x94 " : "", warn);
		tui_typed_written(t);
		tui_mark_own(t);
		/* The cursor goes to the new story, the next key's target;
		 * one the limit hides cannot have it, and that is said. */
		if (!queue_show(t, ns.slug)) {
			char said[sizeof t->msg];

			snprintf(said, sizeof said, "%s", t->msg);
			tui_msg(t, t->msg_err, "%s (the limit hides it: l "
			    "widens it)", said);
		}
	}
out:
	t->draft_ctx = t->draft_slug = NULL;
	pt_str_done(&slug);
	pt_str_done(&head);
	for (int i = 0; i < NF_N; i++)
		pt_str_done(&v[i]);
}
