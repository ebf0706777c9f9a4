/* The edits both views offer on one story (status, editor, priority,
 * deadline, entries, requests), each a desk operation. An edit carries
 * the version the user saw; when someone got there first the user is
 * told who, keeps the text, and picks reload-and-retry or cancel. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/workflow.h"
#include "tui_int.h"

/* 1: reloaded, try again with *version; 0: the user cancelled. */
static int
conflict_retry(struct tui *t, const char *slug, const struct pt_err *err,
    long long *version)
{
	struct story *s;
	struct pt_err e2;
	char q[1200];

	snprintf(q, sizeof q, "%s \xe2\x80\x94 reload and retry? (y/n)",
	    err->msg);
	if (tui_yesno(t, q) != 1) {
		tui_msg(t, 1, "cancelled: %s (your text is in the prompt "
		    "history: Up)", err->msg);
		return 0;
	}
	if (story_get(t->d->db, slug, &s, &e2) < 0) {
		tui_err(t, &e2);
		return 0;
	}
	*version = s->version;
	story_free(s);
	tui_mark_own(t);
	return 1;
}

static void
set_field(struct tui *t, const char *slug, enum desk_field f,
    const char *value, long long version, const char *what)
{
	struct pt_err err;

	for (;;) {
		int rc = desk_story_set(t->d, slug, f, value, version, &err);

		if (rc == 0) {
			tui_msg(t, 0, "%s: %s %s", slug, what,
			    *value != '\0' ? value : "cleared");
			tui_mark_own(t);
			return;
		}
		if (rc != PT_ECONFLICT) {
			tui_err(t, &err);
			return;
		}
		if (!conflict_retry(t, slug, &err, &version))
			return;
	}
}

void
act_status_to(struct tui *t, const char *slug, long long version,
    const char *to)
{
	struct pt_err err;
	int lapsed = 0;

	for (;;) {
		int rc = desk_story_status(t->d, slug, to, NULL, version,
		    &lapsed, &err);

		if (rc == 0) {
			if (lapsed > 0)
				tui_msg(t, 0, "%s is %s (%d request%s lapsed)",
				    slug, to, lapsed, lapsed == 1 ? "" : "s");
			else
				tui_msg(t, 0, "%s is %s", slug, to);
			tui_mark_own(t);
			return;
		}
		if (rc != PT_ECONFLICT) {
			tui_err(t, &err);
			return;
		}
		if (!conflict_retry(t, slug, &err, &version))
			return;
	}
}

static void
status_menu(struct tui *t, const char *slug, long long version)
{
	const char *next[16];
	struct story *s;
	struct pt_err err;
	size_t n;
	int i;
	char label[160];

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
	if ((i = tui_choose(t, label, next, n)) >= 0)
		act_status_to(t, slug, version, next[i]);
}

static void
log_entry(struct tui *t, const char *slug, const char *body)
{
	struct desk_entry e = { 0 };
	struct pt_err err;

	e.body = body;
	if (desk_log(t->d, slug, &e, NULL, &err) < 0)
		tui_err(t, &err);
	else {
		tui_msg(t, 0, "logged on %s", slug);
		tui_mark_own(t);
	}
}

static void
add_rfc(struct tui *t, const char *slug)
{
	struct pt_str who = PT_STR_INIT, ch = PT_STR_INIT, due = PT_STR_INIT;
	struct desk_rfc r = { 0 };
	struct pt_err err;
	char label[160];

	snprintf(label, sizeof label, "ask for comment on %s: ", slug);
	t->draft_ctx = "rfc";
	t->draft_slug = slug;
	if (prompt_read(t, label, "", PH_PERSON, PC_PERSON, &who) != 1 ||
	    who.len == 0)
		goto out;
	while (who.len > 0 && who.buf[who.len - 1] == ' ')
		who.buf[--who.len] = '\0';
	if (prompt_read(t, "channel (email phone social in person other): ",
	    "email", PH_TEXT, PC_NONE, &ch) != 1)
		goto out;
	if (prompt_read(t, "answer due (cob thu, +2h; empty: none): ", "",
	    PH_TIME, PC_NONE, &due) != 1)
		goto out;
	if (due.len > 0 && desk_parse_time(t->d, pt_str_cstr(&due),
	    &r.due_at, &err) < 0) {
		tui_err(t, &err);
		goto out;
	}
	r.target = pt_str_cstr(&who);
	r.channel = ch.len > 0 ? pt_str_cstr(&ch) : NULL;
	if (desk_rfc_add(t->d, slug, &r, NULL, &err) < 0)
		tui_err(t, &err);
	else {
		tui_msg(t, 0, "asked %s for comment on %s", r.target, slug);
		tui_mark_own(t);
	}
out:
	t->draft_ctx = t->draft_slug = NULL;
	pt_str_done(&who);
	pt_str_done(&ch);
	pt_str_done(&due);
}

void
act_story(struct tui *t, enum act a, const char *slug, long long version)
{
	static const char *const prios[] = { "flash", "urgent", "routine",
	    "deferred" };
	struct pt_str line = PT_STR_INIT;
	char label[160];
	int i;

	switch (a) {
	case A_STATUS:
		status_menu(t, slug, version);
		break;
	case A_ASSIGN:
		snprintf(label, sizeof label, "editor for %s: ", slug);
		if (prompt_read(t, label, "", PH_PERSON, PC_PERSON,
		    &line) == 1) {
			while (line.len > 0 && line.buf[line.len - 1] == ' ')
				line.buf[--line.len] = '\0';
			set_field(t, slug, FIELD_EDITOR, pt_str_cstr(&line),
			    version, "editor");
		}
		break;
	case A_PRIO:
		snprintf(label, sizeof label, "priority of %s", slug);
		if ((i = tui_choose(t, label, prios, 4)) >= 0)
			set_field(t, slug, FIELD_PRIORITY, prios[i], version,
			    "priority");
		break;
	case A_DEADLINE:
		snprintf(label, sizeof label, "deadline for %s (17:00, +2h, "
		    "cob thu; empty clears): ", slug);
		if (prompt_read(t, label, "", PH_TIME, PC_NONE, &line) == 1)
			set_field(t, slug, FIELD_DEADLINE, pt_str_cstr(&line),
			    version, "deadline");
		break;
	case A_LOG:
		snprintf(label, sizeof label, "log on %s: ", slug);
		t->draft_ctx = "entry";
		t->draft_slug = slug;
		if (prompt_read(t, label, "", PH_TEXT, PC_NONE, &line) == 1 &&
		    line.len > 0)
			log_entry(t, slug, pt_str_cstr(&line));
		t->draft_ctx = t->draft_slug = NULL;
		break;
	case A_LOGED:
		if (tui_editor(t, "", &line) == 1)
			log_entry(t, slug, pt_str_cstr(&line));
		break;
	case A_RFC:
		add_rfc(t, slug);
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
