/* presstime watch: what happens in the newsroom, one line per event, as
 * it happens: who did what to which story (the history and the
 * timeline) and the alerts (alert.h), for a side terminal or a chat
 * bot. Between looks it holds nothing open: each second it reads PRAGMA
 * data_version, and only when another process committed does it read
 * the new rows, each in a short read of its own. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "presstime/alert.h"
#include "presstime/cli.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/desk_alert.h"
#include "presstime/event_json.h"
#include "presstime/feed.h"
#include "presstime/filter.h"
#include "presstime/json.h"
#include "presstime/ptime.h"
#include "presstime/str.h"
#include "cmds.h"

/* How often it looks: an alert is said within a second of its time. */
#define WATCH_POLL_MS 1000

static volatile sig_atomic_t watch_stop;

static void
on_stop(int sig)
{
	(void)sig;
	watch_stop = 1;
}

struct watch {
	struct desk *d;
	struct filter *f;
	int json;
	struct feed_mark feed;
	long long alert_mark;
	time_t since;       /* alerts are for times after this */
	long long dv;       /* data_version at the last look */
	struct pt_str line;
};

/* One event: "2026-12-01 13:05 tkeiser moved ..." or its JSON object. */
static void
emit(struct watch *w, time_t at, const char *text, const struct alert *a,
    const struct feed_event *ev)
{
	char when[32];

	pt_str_clear(&w->line);
	if (w->json) {
		struct json j;

		json_init(&j, &w->line, 0);
		if (a != NULL)
			event_json_alert(&j, a, text);
		else
			event_json_feed(&j, ev, text);
		fputs(pt_str_cstr(&w->line), stdout);
		fputc('\n', stdout);
		return;
	}
	ptime_format(at, when, sizeof when);
	pt_str_addf(&w->line, "%s  %s%s", when, a != NULL ? "alert: " : "",
	    text);
	cli_put(stdout, pt_str_cstr(&w->line));
	fputc('\n', stdout);
}

/* What was written since the last look, all of it: a burst bigger
 * than one read is read in several, one after the other. */
static int
look_feed(struct watch *w, struct pt_err *err)
{
	struct feed fd;
	struct pt_str text = PT_STR_INIT;
	int rc = 0, more = 1;

	while (more && !watch_stop) {
		if ((rc = feed_read(w->d->db, w->f, &w->feed, &fd, err)) < 0)
			break;
		for (size_t i = 0; i < fd.n; i++) {
			pt_str_clear(&text);
			desk_feed_text(&fd.v[i], &text);
			emit(w, fd.v[i].at, pt_str_cstr(&text), NULL, &fd.v[i]);
		}
		more = fd.more;
		feed_free(&fd);
	}
	pt_str_done(&text);
	return rc;
}

static int
look_alerts(struct watch *w, time_t now, struct pt_err *err)
{
	struct alert_list l;
	char text[512];
	int rc;

	rc = alert_scan(w->d->db, w->f, w->since, now, &w->alert_mark, &l,
	    err);
	if (rc < 0)
		return rc;
	w->since = now;
	for (size_t i = 0; i < l.n; i++) {
		desk_alert_text(&l.v[i], now, text, sizeof text);
		emit(w, l.v[i].at > now ? now : l.v[i].at, text, &l.v[i],
		    NULL);
	}
	alert_list_free(&l);
	return 0;
}

/* One look: the feed when someone committed, the alerts when the clock
 * moved (or someone committed a late answer). */
static int
look(struct watch *w, struct pt_err *err)
{
	time_t now = ptime_now();
	long long dv;
	int rc, changed;

	if ((rc = pt_db_data_version(w->d->db, &dv, err)) < 0)
		return rc;
	changed = dv != w->dv;
	w->dv = dv;
	if (changed && (rc = look_feed(w, err)) < 0)
		return rc;
	if ((changed || now > w->since) && (rc = look_alerts(w, now, err)) < 0)
		return rc;
	return 0;
}

/* The reader went away (a closed pipe): not an error, the end. What
 * stdio still holds goes nowhere, so the close at exit is clean. */
static int
reader_gone(void)
{
	return errno == EPIPE && freopen("/dev/null", "w", stdout) != NULL;
}

static int
watch_loop(struct watch *w)
{
	struct pt_err err = { 0 };

	while (!watch_stop) {
		struct timespec nap = { WATCH_POLL_MS / 1000,
			(WATCH_POLL_MS % 1000) * 1000000L };

		if (look(w, &err) < 0) {
			/* A busy or briefly unreadable database is the next
			 * look's; anything else ends the watch. */
			if (err.code != PT_EBUSY)
				return cli_fail(&err);
		}
		if (fflush(stdout) != 0)
			return reader_gone() ? 0 : 1;
		/* A signal cuts the nap short (no SA_RESTART). */
		(void)nanosleep(&nap, NULL);
	}
	return fflush(stdout) != 0 && !reader_gone() ? 1 : 0;
}

static int
run(int argc, char **argv)
{
	const char *json = NULL;
	const struct cli_opt opts[] = {
		{ "json", 0, &json }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct sigaction sa;
	struct watch w;
	char *pos[64], *ftext;
	int npos, rc;

	if ((rc = cli_parse(&cmd_watch, argc, argv, opts, pos, 64, &npos)) != 0)
		return rc;
	memset(&w, 0, sizeof w);
	w.json = json != NULL;
	if (cli_desk_open(&w.d, &err) < 0)
		return cli_fail(&err);
	ftext = filter_join(npos, pos);
	rc = filter_compile(ftext, ptime_now(), w.d->cob_hour, &w.f, &err);
	free(ftext);
	if (rc < 0) {
		cli_desk_close(w.d);
		cli_fail(&err);
		return 2;
	}
	/* From now on: what happened before is in history and ls. */
	w.since = ptime_now();
	if ((rc = feed_start(w.d->db, &w.feed, &err)) == 0 &&
	    (rc = alert_mark(w.d->db, &w.alert_mark, &err)) == 0)
		rc = pt_db_data_version(w.d->db, &w.dv, &err);
	if (rc < 0) {
		filter_free(w.f);
		cli_desk_close(w.d);
		return cli_fail(&err);
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = SIG_IGN;  /* a closed pipe is EPIPE on write */
	sigaction(SIGPIPE, &sa, NULL);
	rc = watch_loop(&w);
	pt_str_done(&w.line);
	filter_free(w.f);
	cli_desk_close(w.d);
	return rc;
}

static const struct cli_optdoc cmd_watch_opts[] = {
	{ "json", NULL, "one JSON object per line (presstime-json(5), "
	    "EVENTS)", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_watch = {
	"watch", "[FILTER...] [--json]",
	"print what happens as it happens: changes, entries and alerts, one "
	"line each, until interrupted", run,
	.opts = cmd_watch_opts,
	.example = "presstime watch desk:metro\n"
	    "presstime watch --json | my-chat-bot",
	.words = "filter...",
};
