/* The edits both views offer on one story (status, editor, priority,
 * deadline, any one-line field, entries, requests), each a desk
 * operation. An edit carries the version the user saw; when someone got
 * there first, conflict.c shows what they did and lets the user choose
 * (the text is never lost). Asking for a value and applying
 * it are separate steps, so `;` asks once and applies to every tagged
 * story. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/ptime.h"
#include "presstime/workflow.h"
#include "tui_int.h"

char *
act_field_text(const struct story *s, enum desk_field f)
{
	const char *v = NULL;
	char buf[64] = "";

	switch (f) {
	case FIELD_HEADLINE: v = s->headline; break;
	case FIELD_DEK: v = s->dek; break;
	case FIELD_BUDGET: v = s->budget_line; break;
	case FIELD_DESK: v = s->desk; break;
	case FIELD_PRIORITY: v = s->priority; break;
	case FIELD_EDITOR: v = s->editor; break;
	case FIELD_ART: v = s->art; break;
	case FIELD_URL: v = s->url; break;
	case FIELD_WORDS:
		if (s->words > 0)
			snprintf(buf, sizeof buf, "%d", s->words);
		return pt_xstrdup(buf);
	case FIELD_DEADLINE: case FIELD_EMBARGO: {
		time_t at = f == FIELD_DEADLINE ? s->deadline : s->embargo;

		if (at != 0)
			ptime_format(at, buf, sizeof buf);
		return pt_xstrdup(buf);
	}
	}
	/* Whole: a long dek is never cut to a buffer. */
	return pt_xstrdup(v != NULL ? v : "");
}

static int
set_field(struct tui *t, const char *slug, enum desk_field f,
    const char *value, long long version, const char *seen)
{
	struct pt_str mine = PT_STR_INIT;  /* a merge may replace it */
	struct pt_err err;
	int rc;

	pt_str_add(&mine, value);
	for (;;) {
		value = pt_str_cstr(&mine);
		rc = desk_story_set(t->d, slug, f, value, version, &err);
		if (rc == 0) {
			char warn[200] = "";

			if (f == FIELD_EDITOR)
				people_login_warning(t, value, warn,
				    sizeof warn);
			tui_msg(t, *warn != '\0', "%s: %s %s%s%s", slug,
			    desk_field_name(f), *value != '\0' ? value :
			    "cleared", *warn != '\0' ? " \xe2\x80\x94 " : "",
			    warn);
			tui_typed_written(t);
			tui_mark_own(t);
			break;
		}
		if (rc != PT_ECONFLICT) {
			tui_write_failed(t, slug, &err);
			break;
		}
		if (!act_conflict(t, slug, &err, (int)f, seen, &mine,
		    &version))
			break;
	}
	pt_str_done(&mine);
	return rc;
}

/*
 * Publishing asks first, always: y publishes, n or Esc writes nothing.
 * The same question names what publishing will write up as silence or
 * as a broken promise, so there is one question, not two. 1 to go on.
 */
static int
press_confirm(struct tui *t, const char *slug)
{
	struct pt_str list = PT_STR_INIT, q = PT_STR_INIT;
	struct pt_err err;
	int n = 0, yes;

	if (desk_press_pending(t->d, slug, 1, &list, &n, &err) < 0) {
		tui_err(t, &err);
		return 0;
	}
	/* The keys first: a long list is cut at the screen's edge. */
	if (n == 0)
		pt_str_addf(&q, "publish %s (y/n)? nothing lapses at press "
		    "time", slug);
	else
		pt_str_addf(&q, "publish %s (y/n)? %d lapse%s at press "
		    "time: %s", slug, n, n == 1 ? "s" : "",
		    pt_str_cstr(&list));
	yes = tui_yesno(t, pt_str_cstr(&q)) == 1;
	if (!yes)
		tui_msg(t, 0, "%s not published", slug);
	pt_str_done(&q);
	pt_str_done(&list);
	return yes;
}

/* Killing withdraws what ran: asked before its reason is typed, so a
 * slipped key costs nothing. 1 to go on. */
static int
kill_confirm(struct tui *t, const char *slug)
{
	char q[200];

	snprintf(q, sizeof q, "kill %s (y/n)? it is withdrawn, with a "
	    "notice saying why", slug);
	if (tui_yesno(t, q) == 1)
		return 1;
	tui_msg(t, 0, "%s not killed", slug);
	return 0;
}

/* 1 when slug may move to `to` now (or cannot be read: the move
 * itself then says why). */
static int
move_allowed(struct tui *t, const char *slug, const char *to)
{
	struct story *s;
	struct pt_err err;
	int ok;

	if (story_get(t->d->db, slug, &s, &err) < 0)
		return 1;
	ok = workflow_allowed(s->status, to, s->held_from);
	story_free(s);
	return ok;
}

/* A correction or a kill carries its text into the end notes. 1 with
 * text filled, 0 when the editor gave none. */
static int
notice_prompt(struct tui *t, const char *slug, const char *to,
    struct pt_str *text)
{
	char q[200];

	if (state_story_is(to, STORY_CORRECTED))
		snprintf(q, sizeof q, "%s corrected to show (what is right, "
		    "not what was wrong): ", slug);
	else
		snprintf(q, sizeof q, "kill %s because: ", slug);
	t->draft_ctx = "notice";
	t->draft_slug = slug;
	if (prompt_read(t, q, "", PH_TEXT, PC_NONE, text) != 1 ||
	    text->len == 0) {
		t->draft_ctx = t->draft_slug = NULL;
		tui_msg(t, 0, "%s not moved: %s needs its text", slug, to);
		return 0;
	}
	t->draft_ctx = t->draft_slug = NULL;
	return 1;
}

/* u: the user's own newest change to the story, taken back (a ; action
 * as a whole); a refusal names who changed it since. */
static void
undo(struct tui *t, const char *slug)
{
	struct pt_str said = PT_STR_INIT;
	struct pt_err err;

	if (desk_undo(t->d, slug, &said, &err) < 0)
		tui_err(t, &err);
	else {
		tui_msg(t, 0, "%s", pt_str_cstr(&said));
		tui_mark_own(t);
	}
	pt_str_done(&said);
}

/* Moves slug to `to`; ask_note: the menu's move, which asks for a note
 * once the state is chosen (the command line gives its own). */
static void
status_move(struct tui *t, const char *slug, long long version,
    const char *to, int ask_note)
{
	struct pt_str text = PT_STR_INIT;
	struct pt_err err;
	int lapsed = 0;

	/* Asked only for a move the workflow allows: a refused one is
	 * refused at once, with what is allowed. */
	if (move_allowed(t, slug, to)) {
		if (state_story_is(to, STORY_PUBLISHED) &&
		    !press_confirm(t, slug))
			return;
		if (state_story_is(to, STORY_KILLED) && !kill_confirm(t, slug))
			return;
		if ((state_story_is(to, STORY_CORRECTED) ||
		    state_story_is(to, STORY_KILLED)) &&
		    !notice_prompt(t, slug, to, &text)) {
			pt_str_done(&text);
			return;
		}
		if (ask_note && text.len == 0 &&
		    !form_status_note(t, slug, to, &text)) {
			pt_str_done(&text);
			return;
		}
	}
	for (;;) {
		int rc = desk_story_status(t->d, slug, to, text.len > 0 ?
		    pt_str_cstr(&text) : NULL, version, &lapsed, &err);

		if (rc == 0) {
			if (lapsed > 0)
				tui_msg(t, 0, "%s is %s (%d request%s lapsed)",
				    slug, to, lapsed, lapsed == 1 ? "" : "s");
			else
				tui_msg(t, 0, "%s is %s", slug, to);
			if (text.len > 0)
				tui_typed_written(t);
			tui_mark_own(t);
			break;
		}
		if (rc != PT_ECONFLICT) {
			if (text.len > 0)
				tui_write_failed(t, slug, &err);
			else
				tui_err(t, &err);
			break;
		}
		if (!act_conflict(t, slug, &err, -1, NULL, NULL, &version))
			break;
	}
	pt_str_done(&text);
}

void
act_status_to(struct tui *t, const char *slug, long long version,
    const char *to)
{
	status_move(t, slug, version, to, 0);
}

static void
status_menu(struct tui *t, const char *slug, long long version)
{
	const char *next[16];
	struct story *s;
	struct pt_err err;
	size_t n;
	int i;
	char label[160], keys[17];

	if (story_get(t->d->db, slug, &s, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	n = workflow_next(s->status, s->held_from, next, 16);
	snprintf(label, sizeof label, "move %s from %s", slug, s->status);
	if (version == 0)
		version = s->version;
	story_free(s);
	if (n == 0) {
		tui_msg(t, 1, "%s cannot move on from here", slug);
		return;
	}
	if (n > 16)
		n = 16;
	/* Each state keeps its own key, from the states table: what is
	 * not reachable from here is left out, never renumbering the
	 * rest. */
	for (size_t j = 0; j < n; j++)
		keys[j] = (char)keys_state_key(state_story_find(next[j]));
	keys[n] = '\0';
	tui_presence_prompt(t, "status");
	i = tui_choose_keys(t, label, next, keys, n);
	tui_presence_prompt(t, NULL);
	if (i >= 0)
		status_move(t, slug, version, next[i], 1);
}

static int
log_entry(struct tui *t, const char *slug, const char *body)
{
	struct desk_entry e = { 0 };
	struct pt_err err;

	e.body = body;
	if (desk_log(t->d, slug, &e, NULL, &err) < 0) {
		tui_write_failed(t, slug, &err);
		return err.code;
	}
	tui_msg(t, 0, "logged on %s", slug);
	tui_typed_written(t);
	tui_mark_own(t);
	return 0;
}

static void
trim(struct pt_str *s)
{
	while (s->len > 0 && s->buf[s->len - 1] == ' ')
		s->buf[--s->len] = '\0';
}

/* What a request needs: who, by which channel, answered by when. */
struct request_typed {
	struct pt_str who, ch, due, kind;
};

static int
ask_request(struct tui *t, const char *slug, const char *what,
    const char *initial, struct request_typed *r)
{
	char label[160];
	int rc;

	snprintf(label, sizeof label, "ask for comment on %s: ", what);
	t->draft_ctx = "rfc";
	t->draft_slug = slug;
	rc = prompt_read(t, label, initial, PH_PERSON, PC_PERSON, &r->who);
	t->draft_ctx = t->draft_slug = NULL;
	if (rc != 1 || r->who.len == 0)
		return 0;
	trim(&r->who);
	/* The end notes word a person and an organization differently,
	 * so a new target's kind is asked, never guessed from its name. */
	if (!desk_person_known(t->d, pt_str_cstr(&r->who))) {
		char q[200];

		snprintf(q, sizeof q, "%.100s is new: a person or an "
		    "organization? (person organization staff): ",
		    pt_str_cstr(&r->who));
		if (prompt_read(t, q, "", PH_TEXT, PC_NONE, &r->kind) != 1 ||
		    r->kind.len == 0)
			return 0;
		trim(&r->kind);
	}
	if (prompt_read(t, "channel (email phone social in person other): ",
	    "email", PH_TEXT, PC_NONE, &r->ch) != 1)
		return 0;
	return prompt_read(t, "answer due (cob thu, +2h; empty: none): ", "",
	    PH_TIME, PC_NONE, &r->due) == 1;
}

static int
request_apply(struct tui *t, const char *slug, struct request_typed *a)
{
	struct desk_rfc r = { 0 };
	struct pt_err err;

	if (a->due.len > 0 && desk_parse_time(t->d, pt_str_cstr(&a->due),
	    &r.due_at, &err) < 0) {
		tui_write_failed(t, slug, &err);
		return err.code;
	}
	r.target = pt_str_cstr(&a->who);
	r.channel = a->ch.len > 0 ? pt_str_cstr(&a->ch) : NULL;
	if (a->kind.len > 0) {
		const char *k = pt_str_cstr(&a->kind);

		/* "person" is what a reporter says; the model says source. */
		r.kind = strcmp(k, "person") == 0 || strcmp(k, "p") == 0 ?
		    "source" : strcmp(k, "o") == 0 ? "organization" : k;
	}
	if (desk_rfc_add(t->d, slug, &r, NULL, &err) < 0) {
		tui_write_failed(t, slug, &err);
		return err.code;
	}
	tui_msg(t, 0, "asked %s for comment on %s", r.target, slug);
	tui_typed_written(t);
	tui_mark_own(t);
	return 0;
}

static void
request_typed_done(struct request_typed *r)
{
	pt_str_done(&r->who);
	pt_str_done(&r->ch);
	pt_str_done(&r->due);
	pt_str_done(&r->kind);
}

void
act_rfc_prompt(struct tui *t, const char *slug, const char *initial)
{
	struct request_typed r = { PT_STR_INIT, PT_STR_INIT, PT_STR_INIT,
		PT_STR_INIT };

	if (ask_request(t, slug, slug, initial, &r))
		(void)request_apply(t, slug, &r);
	request_typed_done(&r);
}

static enum prompt_hist
field_hist(enum desk_field f)
{
	return f == FIELD_EDITOR ? PH_PERSON : f == FIELD_DEADLINE ||
	    f == FIELD_EMBARGO ? PH_TIME : PH_TEXT;
}

void
act_set_field(struct tui *t, const char *slug, enum desk_field f,
    const char *initial, long long version)
{
	struct pt_str line = PT_STR_INIT;
	struct story *s;
	struct pt_err err;
	char label[200], *seen;
	int rc;

	if (story_get(t->d->db, slug, &s, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	/* The version the user saw is the one the prompt opens on. */
	if (version == 0)
		version = s->version;
	seen = act_field_text(s, f);
	story_free(s);
	snprintf(label, sizeof label, f == FIELD_DEADLINE || f ==
	    FIELD_EMBARGO ? "%s for %s (17:00, +2h, cob thu; empty clears): "
	    : "%s of %s: ", desk_field_name(f), slug);
	t->draft_ctx = desk_field_name(f);
	t->draft_slug = slug;
	rc = prompt_read(t, label, initial != NULL ? initial :
	    f == FIELD_DEADLINE ? "" : seen,
	    field_hist(f), f == FIELD_EDITOR ? PC_STAFF : PC_NONE, &line);
	t->draft_ctx = t->draft_slug = NULL;
	if (rc == 1) {
		if (f == FIELD_EDITOR)
			trim(&line);
		(void)set_field(t, slug, f, pt_str_cstr(&line), version,
		    seen);
	}
	free(seen);
	pt_str_done(&line);
}

void
act_apply_field(struct tui *t, const char *slug, enum desk_field f,
    const char *value, long long version)
{
	(void)set_field(t, slug, f, value, version, NULL);
}

static const char *const prios[] = { "flash", "urgent", "routine",
    "deferred" };

int
act_ask(struct tui *t, enum act a, const char *what, struct pt_str *out)
{
	char label[200];
	int i, rc;

	pt_str_clear(out);
	switch (a) {
	case A_ASSIGN:
		snprintf(label, sizeof label, "editor for %s: ", what);
		t->draft_ctx = "editor";
		rc = prompt_read(t, label, "", PH_PERSON, PC_STAFF, out);
		t->draft_ctx = NULL;
		trim(out);
		return rc == 1;
	case A_DEADLINE:
		snprintf(label, sizeof label, "deadline for %s (17:00, +2h, "
		    "cob thu; empty clears): ", what);
		t->draft_ctx = "deadline";
		rc = prompt_read(t, label, "", PH_TIME, PC_NONE, out);
		t->draft_ctx = NULL;
		return rc == 1;
	case A_PRIO:
		snprintf(label, sizeof label, "priority of %s", what);
		if ((i = tui_choose(t, label, prios, 4)) < 0)
			return 0;
		pt_str_add(out, prios[i]);
		return 1;
	case A_LOG:
		snprintf(label, sizeof label, "log on %s: ", what);
		t->draft_ctx = "entry";
		rc = prompt_read(t, label, "", PH_TEXT, PC_NONE, out);
		t->draft_ctx = NULL;
		return rc == 1 && out->len > 0;
	case A_LOGED: {
		/* An entry a write could not take comes back in the file. */
		const char *kept = tui_kept_offer(t, "entry", t->draft_slug);

		t->draft_ctx = "entry";
		rc = tui_editor(t, kept != NULL ? kept : "", out);
		t->draft_ctx = NULL;
		return rc == 1;
	}
	default:
		return 0;
	}
}

int
act_apply(struct tui *t, enum act a, const char *slug, long long version,
    const char *value)
{
	switch (a) {
	case A_ASSIGN:
		return set_field(t, slug, FIELD_EDITOR, value, version, NULL);
	case A_DEADLINE:
		return set_field(t, slug, FIELD_DEADLINE, value, version, NULL);
	case A_PRIO:
		return set_field(t, slug, FIELD_PRIORITY, value, version, NULL);
	case A_LOG: case A_LOGED:
		return log_entry(t, slug, value);
	default:
		return PT_EINVAL;
	}
}

int
act_rfc_tagged(struct tui *t, char **slugs, size_t n)
{
	struct request_typed r = { PT_STR_INIT, PT_STR_INIT, PT_STR_INIT,
		PT_STR_INIT };
	char what[64];
	int ok = 0;

	snprintf(what, sizeof what, "%zu tagged", n);
	if (ask_request(t, NULL, what, "", &r))
		for (size_t i = 0; i < n; i++)
			ok += request_apply(t, slugs[i], &r) == 0;
	request_typed_done(&r);
	return ok;
}

void
act_story(struct tui *t, enum act a, const char *slug, long long version)
{
	struct pt_str line = PT_STR_INIT;

	switch (a) {
	case A_STATUS:
		status_menu(t, slug, version);
		break;
	case A_ASSIGN:
		act_set_field(t, slug, FIELD_EDITOR, "", version);
		break;
	case A_DEADLINE:
		act_set_field(t, slug, FIELD_DEADLINE, "", version);
		break;
	case A_EMBARGO:
		/* The embargo in force is shown: clearing it is C-u. */
		act_set_field(t, slug, FIELD_EMBARGO, NULL, version);
		break;
	case A_CREDIT:
		act_credit(t, slug, "");
		break;
	case A_LOG:
		act_log_prompt(t, slug, "");
		break;
	case A_RFC:
		act_rfc_prompt(t, slug, "");
		break;
	case A_UNDO:
		undo(t, slug);
		break;
	case A_PRIO: case A_LOGED:
		t->draft_slug = slug;  /* $EDITOR text saved if we hang up */
		if (act_ask(t, a, slug, &line))
			(void)act_apply(t, a, slug, version, pt_str_cstr(&line));
		t->draft_slug = NULL;
		break;
	default: {
		const struct action *ac;
		size_t n;

		ac = keys_actions(&n);
		for (size_t k = 0; k < n; k++)
			if (ac[k].id == a)
				tui_msg(t, 1, "%s does not apply here",
				    ac[k].name);
		break;
	}
	}
	pt_str_done(&line);
}
