/* Alerts on the screen: each poll asks the data what passed since the
 * last (alert.h) for the stories this screen shows (the queue's limit
 * and the open story), says it on the message bar, rings the bell when
 * the user asked for one, and runs notify_command once per user: the
 * first window to record the event in the database runs it, without
 * waiting for it (runcmd.h), reaping it on a later poll. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/alert.h"
#include "presstime/db.h"
#include "presstime/desk_alert.h"
#include "presstime/event_json.h"
#include "presstime/filter.h"
#include "presstime/json.h"
#include "presstime/ptime.h"
#include "presstime/runcmd.h"
#include "presstime/story.h"
#include "tui_int.h"

/* A command slower than this is killed: a hung notifier must not
 * collect processes all shift. */
#define NOTIFY_TIMEOUT_S 10
/* Claims that met a busy database wait for the next poll, this many at
 * most (past that the newest are dropped: the message bar said them). */
#define PENDING_MAX 64

struct tui_alerts {
	time_t since;            /* alerts are for times after this */
	long long mark;          /* late answers after this history row */
	long long dv;            /* data_version at the last look */
	struct alert pending[PENDING_MAX];  /* to claim (owned copies) */
	size_t npending;
	pid_t *kids;             /* notify supervisors not yet reaped */
	size_t nkids, capkids;
};

void
tui_alerts_init(struct tui *t)
{
	struct pt_err err;

	t->al = pt_xcalloc(1, sizeof *t->al);
	/* What passed before this screen opened is the queue's countdowns'
	 * to show, not news. */
	t->al->since = ptime_now();
	(void)alert_mark(t->d->db, &t->al->mark, &err);
	t->al->dv = t->data_version;
}

static void
alert_copy(struct alert *dst, const struct alert *src)
{
	*dst = *src;
	dst->slug = pt_xstrdup(src->slug);
	dst->who = pt_xstrdup(src->who);
	dst->detail = pt_xstrdup(src->detail);
}

static void
alert_done(struct alert *a)
{
	free(a->slug);
	free(a->who);
	free(a->detail);
	memset(a, 0, sizeof *a);
}

static void
reap(struct tui_alerts *al)
{
	size_t k = 0;
	int st;

	for (size_t i = 0; i < al->nkids; i++)
		if (runcmd_reap(al->kids[i], &st) == 0)
			al->kids[k++] = al->kids[i];
	al->nkids = k;
}

/* Runs notify_command for a: TEXT KIND SLUG TIME as arguments, the
 * event as one JSON object on stdin. */
static void
notify(struct tui *t, const struct alert *a, const char *text)
{
	struct tui_alerts *al = t->al;
	struct pt_str js = PT_STR_INIT;
	struct json j;
	struct pt_err err;
	char when[32];
	const char *extra[5];
	pid_t pid;

	json_init(&j, &js, 0);
	event_json_alert(&j, a, text);
	pt_str_add(&js, "\n");
	ptime_format_iso(a->at, when, sizeof when);
	extra[0] = text;
	extra[1] = alert_kind_name(a->kind);
	extra[2] = a->slug;
	extra[3] = when;
	extra[4] = NULL;
	if (runcmd_start(t->cfg.notify_argv, extra, pt_str_cstr(&js), js.len,
	    NOTIFY_TIMEOUT_S, &pid, &err) == 0) {
		al->kids = pt_grow(al->kids, &al->capkids, al->nkids,
		    sizeof *al->kids);
		al->kids[al->nkids++] = pid;
	} else
		tui_msg(t, 1, "notify_command: %s", err.msg);
	pt_str_done(&js);
}

/* Claims a for this user; 1 to run the command here, 0 when another
 * window did, -1 when the database was busy (kept for the next poll). */
static int
claim(struct tui *t, const struct alert *a)
{
	struct pt_err err;
	int first;

	if (desk_alert_claim(t->d, a, 200, &first, &err) == 0)
		return first;
	return -1;
}

static void
deliver(struct tui *t, const struct alert *a, time_t now)
{
	struct tui_alerts *al = t->al;
	char text[512];
	int r;

	if (t->cfg.notify_argv == NULL)
		return;
	r = claim(t, a);
	if (r < 0 && al->npending < PENDING_MAX) {
		alert_copy(&al->pending[al->npending++], a);
		return;
	}
	if (r == 1) {
		desk_alert_text(a, now, text, sizeof text);
		notify(t, a, text);
	}
}

static void
retry_pending(struct tui *t, time_t now)
{
	struct tui_alerts *al = t->al;
	size_t n = al->npending;
	struct alert again[PENDING_MAX];

	memcpy(again, al->pending, n * sizeof *again);
	al->npending = 0;
	for (size_t i = 0; i < n; i++) {
		deliver(t, &again[i], now);
		alert_done(&again[i]);
	}
}

/* 1 when this screen shows a's story: the open one, or one inside the
 * queue's limit. */
static int
shown(struct tui *t, const struct alert *a)
{
	const struct story *open = story_view_current(t);
	const struct filter *qf = queue_filter(t);
	struct filter *one;
	struct pt_err err;
	long long n = 0;

	if (open != NULL && open->id == a->story_id)
		return 1;
	if (qf == NULL)
		return 1;
	one = filter_among(qf, &a->story_id, 1);
	if (story_count(t->d->db, one, &n, &err) < 0)
		n = 1;  /* cannot tell: better said than missed */
	filter_free(one);
	return n > 0;
}

void
tui_alerts_poll(struct tui *t)
{
	struct tui_alerts *al = t->al;
	struct alert_list l = { NULL, 0 };
	struct pt_err err;
	const struct story *open = story_view_current(t);
	const struct alert *say = NULL;
	char text[512];
	size_t nsay = 0;
	time_t now;

	if (al == NULL)
		return;
	reap(al);
	now = ptime_now();
	if (al->npending > 0)
		retry_pending(t, now);
	/* Nothing passes while the clock stands and nobody writes. */
	if (now <= al->since && t->data_version == al->dv)
		return;
	if (alert_scan(t->d->db, NULL, al->since, now, &al->mark, &l,
	    &err) < 0)
		return;  /* the next poll looks again at the same window */
	al->since = now > al->since ? now : al->since;
	al->dv = t->data_version;
	for (size_t i = 0; i < l.n; i++) {
		const struct alert *a = &l.v[i];

		if (!shown(t, a))
			continue;
		nsay++;
		/* The open story's first, else the newest. */
		if (say == NULL || open == NULL || open->id != say->story_id)
			say = a;
		deliver(t, a, now);
	}
	if (say != NULL) {
		desk_alert_text(say, now, text, sizeof text);
		if (nsay > 1)
			tui_msg(t, 1, "%s (and %zu more alert%s)", text,
			    nsay - 1, nsay > 2 ? "s" : "");
		else
			tui_msg(t, 1, "%s", text);
		if (t->cfg.alert_bell)
			beep();
	}
	alert_list_free(&l);
}

void
tui_alerts_done(struct tui *t)
{
	struct tui_alerts *al = t->al;

	if (al == NULL)
		return;
	reap(al);
	/* Commands still running finish on their own (their supervisor
	 * outlives us and is reparented); nothing waits for them. */
	for (size_t i = 0; i < al->npending; i++)
		alert_done(&al->pending[i]);
	free(al->kids);
	free(al);
	t->al = NULL;
}
