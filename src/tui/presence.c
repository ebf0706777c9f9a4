/* Presence in the TUI: this window's heartbeat (which story is open and
 * what the open prompt is doing), and who else is here, for the queue's
 * mark and the story header. Soft only: nothing waits on it. The beat
 * rides tui_getkey, which every loop (the queue, a prompt, a question)
 * calls, so a user typing a long entry stays present. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/presence.h"
#include "tui_int.h"

/* How long a beat may wait for another writer's lock before it is
 * skipped (and tried again a second later): never long enough to feel
 * in a key. */
enum { BEAT_PATIENCE_MS = 20, RETRY_MS = 1000, READ_MS = 1000 };

static long long
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The story this window has open; 0: the queue. */
static long long
open_story(struct tui *t)
{
	const struct story *s = story_view_current(t);

	return t->view != V_QUEUE && s != NULL ? s->id : 0;
}

static const struct {
	const char *ctx, *doing;
} doings[] = {
	{ "entry", "logging an entry" },
	{ "rfc", "asking for comment" },
	{ "answer", "logging an answer" },
	{ "decline", "logging a refusal" },
	{ "promise", "logging a promise" },
	{ "notice", "writing a notice" },
	{ "status", "moving its status" },
	{ "note", "moving its status" },
	{ "credit", "crediting someone" },
	{ "command", "typing a command" },
	{ "budget", "editing the budget line" },
	{ "editor", "assigning an editor" },
	{ "deadline", "setting the deadline" },
	{ "embargo", "setting the embargo" },
	{ "priority", "setting the priority" },
	{ "text", "typing" },
};

void
tui_presence_prompt(struct tui *t, const char *ctx)
{
	enum desk_field f;
	struct pt_err err;

	t->here.doing[0] = '\0';
	if (ctx == NULL)
		return;
	if (strcmp(ctx, "headline") == 0 && open_story(t) == 0) {
		snprintf(t->here.doing, sizeof t->here.doing,
		    "starting a story");
		return;
	}
	for (size_t i = 0; i < sizeof doings / sizeof doings[0]; i++)
		if (strcmp(ctx, doings[i].ctx) == 0) {
			snprintf(t->here.doing, sizeof t->here.doing, "%s",
			    doings[i].doing);
			return;
		}
	/* Searching, limiting, sorting: looking, not doing. */
	if (desk_field_parse(ctx, &f, &err) == 0)
		snprintf(t->here.doing, sizeof t->here.doing, "editing the %s",
		    desk_field_name(f));
}

static void
read_others(struct tui *t, long long now)
{
	struct presence_list l;
	struct pt_err err;

	t->here.read_ms = now;
	t->here.dirty = 0;
	if (desk_presence_others(t->d, &l, &err) < 0)
		return;  /* keep what was read: a busy moment passes */
	presence_list_free(&t->here.others);
	t->here.others = l;
}

void
tui_presence_tick(struct tui *t)
{
	long long now = mono_ms(), story = open_story(t);
	const char *doing = t->here.doing[0] != '\0' ? t->here.doing : NULL;
	int changed;
	struct pt_err err;

	if (t->here.off)
		return;
	if (t->here.beat_s == 0)
		desk_presence_timing(&t->here.beat_s, &t->here.stale_s);
	changed = !t->here.beaten || story != t->here.story ||
	    strcmp(t->here.said, doing != NULL ? doing : "") != 0;
	if ((changed || now - t->here.beat_ms >= t->here.beat_s * 1000LL) &&
	    now >= t->here.retry_ms) {
		int rc = desk_presence_beat(t->d, story, doing,
		    BEAT_PATIENCE_MS, &err);

		if (rc == 0) {
			t->here.beaten = 1;
			t->here.beat_ms = now;
			t->here.story = story;
			snprintf(t->here.said, sizeof t->here.said, "%s",
			    doing != NULL ? doing : "");
		} else
			/* Busy: soon again. Anything else (a read-only or
			 * full disk) is no reason to try every second. */
			t->here.retry_ms = now + (rc == PT_EBUSY ? RETRY_MS :
			    t->here.beat_s * 1000LL);
	}
	if (t->here.dirty || now - t->here.read_ms >= READ_MS)
		read_others(t, now);
}

void
tui_presence_leave(struct tui *t)
{
	struct pt_err err;

	/* Leaving on a signal too, when the stop flag would give up at
	 * the first busy moment (several TUIs closing at once collide):
	 * a fifth of a second at most, then the row just ages out. */
	if (t->here.beaten) {
		pt_db_set_stop(t->d->db, NULL);
		(void)desk_presence_leave(t->d, 200, &err);
		pt_db_set_stop(t->d->db, &tui_sig_term);
	}
	presence_list_free(&t->here.others);
	t->here.beaten = 0;
}

int
tui_presence_marked(const struct tui *t, long long story_id)
{
	for (size_t i = 0; i < t->here.others.n; i++)
		if (t->here.others.v[i].story_id == story_id)
			return 1;
	return 0;
}

/* One person in the header: their login, or "you in another window". */
static void
add_name(const struct tui *t, const struct presence *p, int alone,
    struct pt_str *out)
{
	if (strcmp(p->login, t->d->login) == 0)
		pt_str_add(out, alone ? "you" : "you in another window");
	else
		pt_str_addf(out, "%.32s", p->login);
}

int
tui_presence_line(const struct tui *t, long long story_id,
    struct pt_str *out)
{
	const struct presence *who[4];
	size_t n = 0, more = 0;

	/* One name per login, the one doing something first; the user's
	 * own other windows after everyone else (two passes). */
	for (size_t j = 0; j < 2 * t->here.others.n; j++) {
		const struct presence *p = &t->here.others.v[j %
		    t->here.others.n];
		size_t k;

		if (p->story_id != story_id || (j < t->here.others.n) !=
		    (strcmp(p->login, t->d->login) != 0))
			continue;
		for (k = 0; k < n; k++)
			if (strcmp(who[k]->login, p->login) == 0)
				break;
		if (k < n) {
			if (who[k]->doing == NULL)
				who[k] = p;
		} else if (n < 4)
			who[n++] = p;
		else
			more++;
	}
	if (n == 0)
		return 0;
	if (n == 1 && strcmp(who[0]->login, t->d->login) == 0) {
		pt_str_add(out, "you have it open in another window");
		if (who[0]->doing != NULL)
			pt_str_addf(out, " (%.60s)", who[0]->doing);
		return 1;
	}
	if (n == 1) {
		add_name(t, who[0], 0, out);
		pt_str_add(out, " is here");
		if (who[0]->doing != NULL)
			pt_str_addf(out, " (%.60s)", who[0]->doing);
		return 1;
	}
	/* "tkeiser (editing the headline) and ajones are here";
	 * past three, "and N others". */
	if (n == 4) {
		more++;
		n = 3;
	}
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			pt_str_add(out, i + 1 == n && more == 0 ? " and " :
			    ", ");
		add_name(t, who[i], 0, out);
		if (who[i]->doing != NULL)
			pt_str_addf(out, " (%.60s)", who[i]->doing);
	}
	if (more > 0)
		pt_str_addf(out, " and %zu other%s", more, more > 1 ? "s" : "");
	pt_str_add(out, " are here");
	return (int)(n + more);
}
