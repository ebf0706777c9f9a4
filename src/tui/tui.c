/* tui_run: settings, the event loop, signals, the screen's chrome and
 * the idle poll that notices other editors' changes. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "presstime/db.h"
#include "presstime/draft.h"
#include "presstime/history.h"
#include "presstime/sanitize.h"
#include "presstime/tui.h"
#include "tui_int.h"

volatile sig_atomic_t tui_sig_term;
volatile sig_atomic_t tui_sig_winch;

static const struct view_ops *const views[V_NVIEWS] = {
	&view_queue_ops, &view_story_ops, &view_help_ops
};

static void
on_term(int sig)
{
	(void)sig;
	tui_sig_term = 1;
}

const struct view_ops *
tui_view_ops(enum tui_view v)
{
	return views[v];
}

void
tui_msg(struct tui *t, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->msg_err = err;
	t->msg_sticky = 0;
	/* Kept whole for the window over the view: the bar cuts it at
	 * its width. In a prompt the bar above it says it instead. */
	if (err && !t->in_prompt) {
		snprintf(t->note.text, sizeof t->note.text, "%s", t->msg);
		t->note.top = 0;
	}
}

void
tui_err(struct tui *t, const struct pt_err *err)
{
	tui_msg(t, 1, "%s", err->msg[0] != '\0' ? err->msg : "failed");
	/* Who got there first is never cut off. */
	if (err->code == PT_ECONFLICT)
		tui_notice(t, t->msg);
}

void
tui_msg_clear(struct tui *t)
{
	if (!t->msg_sticky)
		t->msg[0] = '\0';
}

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The next key, TK_NONE after wait_ms of quiet, TK_EOF when the script
 * ended or the terminal is gone (reads failing at once, many times in a
 * row: a hung-up tty, where waiting longer would spin). */
int
tui_getkey(struct tui *t, int wait_ms)
{
	long long start;
	wint_t wc;
	int r;

	/* Every loop waits here: the heartbeat rides along. */
	tui_presence_tick(t);
	if (t->unget != 0) {
		r = t->unget;
		t->unget = 0;
		return r;
	}
	if (t->script)
		return tui_sig_term ? TK_EOF : script_next(wait_ms);
	if (t->headless)
		return TK_EOF;
	timeout(wait_ms);
	start = now_ms();
	r = t->ascii ? tui_charset_getch(&wc) : get_wch(&wc);
	if (r == ERR) {
		if (now_ms() - start < wait_ms / 4 + 1) {
			struct timespec nap = { 0, 20 * 1000000L };

			if (++t->fast_errs > 25 || !isatty(STDIN_FILENO))
				return TK_EOF;
			nanosleep(&nap, NULL);
		} else
			t->fast_errs = 0;
		return TK_NONE;
	}
	t->fast_errs = 0;
	/* nonl(): Return arrives as CR; one Enter for every table. */
	if (r == KEY_CODE_YES)
		return wc == KEY_ENTER ? TK_ENTER : TK_FN((int)wc);
	return wc == 13 ? TK_ENTER : (int)wc;
}

/* The top bar: the newsroom, then what the view says. At 80 columns
 * what gives way first is what says least: the database's directory,
 * then the word presstime, then the view's own lesser parts (a sort, a
 * long limit's end); the newsroom's name goes only when the view's facts
 * (its name, its count) would not fit beside it. */
static void
title_bar(struct tui *t, int cols, struct pt_str *bar)
{
	const struct view_ops *v = views[t->view];
	const char *path = t->o->title != NULL ? t->o->title :
	    pt_db_path(t->d->db);
	const char *base = t->o->title == NULL && strrchr(path, '/') != NULL ?
	    strrchr(path, '/') + 1 : path;
	struct pt_str vt = PT_STR_INIT;
	char head[3][600];

	snprintf(head[0], sizeof head[0], " presstime: %s | ", path);
	snprintf(head[1], sizeof head[1], " presstime: %s | ", base);
	snprintf(head[2], sizeof head[2], " %s | ", base);
	v->title(t, -1, &vt);
	for (int i = 0; i < 3; i++) {
		int hw = sanitize_width(head[i]);

		if (i == 2) {
			/* The view makes room for the name, if it can. */
			pt_str_clear(&vt);
			v->title(t, cols - hw, &vt);
		}
		if (hw + sanitize_width(pt_str_cstr(&vt)) <= cols) {
			pt_str_add(bar, head[i]);
			pt_str_add(bar, pt_str_cstr(&vt));
			pt_str_done(&vt);
			return;
		}
	}
	pt_str_clear(&vt);
	v->title(t, cols - 1, &vt);
	pt_str_addc(bar, ' ');
	pt_str_add(bar, pt_str_cstr(&vt));
	pt_str_done(&vt);
}

/* The chrome around a view: the top bar, the hints bar, the message
 * line; the view draws the rows between. */
void
tui_draw(struct tui *t)
{
	tui_draw_unflushed(t);
	screen_flush();
}

void
tui_draw_unflushed(struct tui *t)
{
	int lines = screen_lines(), cols = screen_cols();
	const struct view_ops *v = views[t->view];
	struct pt_str bar = PT_STR_INIT;

	screen_clear();
	t->too_small = lines < TUI_MIN_LINES || cols < TUI_MIN_COLS;
	if (t->too_small) {
		scr_putf(t, 0, 0, cols, THEME_ERROR, 0,
		    "terminal too small (need %dx%d)", TUI_MIN_COLS,
		    TUI_MIN_LINES);
		return;
	}
	title_bar(t, cols, &bar);
	scr_put(t, 0, 0, cols, THEME_TITLE, 1, pt_str_cstr(&bar));
	v->draw(t);
	pt_str_clear(&bar);
	if (t->in_prompt && t->msg[0] != '\0')
		pt_str_add(&bar, t->msg);
	else
		keys_hints(t->view, v->hints, cols, &bar);
	scr_put(t, lines - 2, 0, cols, THEME_STATUS_BAR, 1, pt_str_cstr(&bar));
	pt_str_done(&bar);
	if (!t->in_prompt)
		scr_put(t, lines - 1, 0, cols,
		    t->msg_err ? THEME_ERROR : THEME_MESSAGE, 1, t->msg);
}

/* Every view reloads what it shows (one with nothing open does nothing). */
static void
reload_views(struct tui *t)
{
	t->stale = 0;
	for (int v = 0; v < V_NVIEWS; v++)
		views[v]->reload(t);
}

void
tui_news_hold(struct tui *t)
{
	struct history_news nw = { NULL, 0, 0 };
	struct pt_err err;

	if (history_watch_news(t->d->db, &t->watch, &nw, &err) == 0) {
		/* Any story row, ours included, makes the views stale. */
		if (nw.n > 0 || nw.more)
			t->stale = 1;
		history_news_drop_session(&nw, desk_session(t->d));
		history_news_append(&t->held, &nw);
	}
	history_news_free(&nw);
}

/* After our own write: what we did is not news to us; what others did
 * while we typed (held when the prompt closed) still is, and so is what
 * they committed while our write waited for the lock, so the watch
 * reads on past both (resetting it would skip theirs) and ours is told
 * from theirs by the session: the user's other windows are others. */
void
tui_mark_own(struct tui *t)
{
	struct history_news nw = { NULL, 0, 0 };
	struct pt_err err;

	/* Read first: a commit racing the look makes the next poll look
	 * again, which finds nothing twice (the watch goes by row). */
	(void)pt_db_data_version(t->d->db, &t->data_version, &err);
	if (history_watch_news(t->d->db, &t->watch, &nw, &err) == 0) {
		history_news_drop_session(&nw, desk_session(t->d));
		history_news_append(&t->held, &nw);
	}
	history_news_free(&nw);
	if (!t->bulk) {
		tui_say_news_after_own(t, &t->held);
		history_news_free(&t->held);
	}
	reload_views(t);
}

/* Notices other writers: data_version moves when another connection
 * commits. What they did is named; the views reload their windows. */
void
tui_poll(struct tui *t, int force)
{
	struct pt_err err;
	long long dv;

	if (pt_db_data_version(t->d->db, &dv, &err) < 0)
		return;
	if (dv == t->data_version && !force) {
		/* Held when a prompt closed that wrote nothing. */
		tui_say_news(t, &t->held);
		history_news_free(&t->held);
		tui_alerts_poll(t);
		return;
	}
	t->data_version = dv;
	t->here.dirty = 1;  /* a heartbeat is a commit too */
	tui_news_hold(t);
	tui_say_news(t, &t->held);
	history_news_free(&t->held);
	/* A commit that touched no story (a heartbeat, an alert's claim, a
	 * draft) leaves every row as it was: reloading the views for it
	 * would re-read the queue once per beat of every editor. */
	if (t->stale || force)
		reload_views(t);
	tui_alerts_poll(t);
}

void
tui_set_view(struct tui *t, enum tui_view v)
{
	if (v == V_HELP && t->view != V_HELP)
		t->prev_view = t->view;
	t->view = v;
}

void
tui_theme(struct tui *t, const char *name)
{
	struct theme *th = NULL;
	struct pt_diag dg = PT_DIAG_INIT;

	if (theme_load_name(name, NULL, &th, &dg) < 0 || dg.n > 0) {
		tui_msg(t, 1, "%s", dg.n > 0 ? dg.msgs[0] : "bad theme");
		if (strcmp(theme_name(th), "default") == 0 &&
		    strcmp(name, "default") != 0) {
			theme_free(th);
			pt_diag_done(&dg);
			return;
		}
	} else
		tui_msg(t, 0, "theme %s", theme_name(th));
	pt_diag_done(&dg);
	if (t->theme != NULL)
		theme_free(t->theme);
	t->theme = th;
	screen_colors(t);
}

static void
load_settings(struct tui *t)
{
	struct pt_err err;

	pt_diag_init(&t->diags);
	(void)config_load(NULL, &t->cfg, &t->diags);
	t->cfg_ok = 1;
	if (theme_load_name(t->cfg.theme, NULL, &t->theme, &t->diags) < 0 &&
	    t->theme == NULL)
		t->theme = theme_new_default(&err);
	keys_init(t);
	keys_config(t);
	if (t->cfg.cob_hour > 0)
		t->d->cob_hour = t->cfg.cob_hour;
}

static void
show_diags(struct tui *t)
{
	struct pt_str m = PT_STR_INIT;

	for (size_t i = 0; i < t->diags.n; i++)
		pt_str_addf(&m, "%s%s", i > 0 ? "; " : "", t->diags.msgs[i]);
	if (m.len > 0) {
		tui_msg(t, 1, "%s", pt_str_cstr(&m));
		t->msg_sticky = 1;
	}
	pt_str_done(&m);
}

/* Puts a draft back into the kind of prompt it came from. 1 when the
 * prompt was offered again (what happens next is the user's: the draft
 * has served), 0 when there is no such prompt any more. */
static int
restore_draft(struct tui *t, const struct draft *dr)
{
	char kind[64];
	const char *arg = strchr(dr->context, ':');
	enum desk_field f;
	struct pt_str line = PT_STR_INIT;
	struct pt_err err;
	struct story *s = NULL;

	snprintf(kind, sizeof kind, "%.*s", arg != NULL ?
	    (int)(arg - dr->context) : (int)strlen(dr->context), dr->context);
	if (dr->slug != NULL && story_get(t->d->db, dr->slug, &s, NULL) == 0) {
		story_free(s);
		tui_open_story(t, dr->slug);
	} else if (dr->slug != NULL && strcmp(kind, "headline") == 0) {
		queue_new_story(t, dr->slug, dr->body);
		return 1;
	} else if (dr->slug != NULL)
		return 0;
	if (strcmp(kind, "entry") == 0 && story_view_current(t) != NULL)
		act_log_prompt(t, dr->slug, dr->body);
	else if (strcmp(kind, "rfc") == 0 && story_view_current(t) != NULL)
		act_rfc_prompt(t, dr->slug, dr->body);
	else if (strcmp(kind, "credit") == 0 && story_view_current(t) != NULL)
		act_credit(t, dr->slug, dr->body);
	else if ((strcmp(kind, "answer") == 0 || strcmp(kind, "decline") ==
	    0 || strcmp(kind, "promise") == 0) && arg != NULL &&
	    story_view_current(t) != NULL)
		story_answer_prompt(t, strtoll(arg + 1, NULL, 10), kind,
		    dr->body);
	else if (story_view_current(t) != NULL &&
	    desk_field_parse(kind, &f, &err) == 0)
		act_set_field(t, dr->slug, f, dr->body, 0);
	else if (strcmp(kind, "limit") == 0) {
		if (prompt_read(t, "limit: ", dr->body, PH_LIMIT, PC_NONE,
		    &line) == 1)
			queue_set_limit(t, pt_str_cstr(&line));
	} else if (strcmp(kind, "search") == 0) {
		if (story_view_current(t) != NULL)
			story_search_prompt(t, dr->body);
		else
			queue_search(t, dr->body);
	} else if (strcmp(kind, "sort") == 0 && story_view_current(t) == NULL) {
		queue_sort_prompt(t, dr->body);
	} else if (strcmp(kind, "command") == 0) {
		if (prompt_read(t, ":", dr->body, PH_CMD, PC_CMD, &line) == 1)
			cmdline_run(t, pt_str_cstr(&line));
	} else
		return 0;
	pt_str_done(&line);
	return 1;
}

/* Offers back what was being typed when the terminal went away: y puts
 * it back in its prompt, n keeps it for later (`presstime drafts`),
 * d discards it. */
static void
offer_drafts(struct tui *t)
{
	struct draft_list l = { NULL, 0 };
	struct pt_err err;

	/* Drafts kept in files while the database was busy come first. */
	(void)desk_drafts_collect(t->d, &err);
	if (draft_list_user(t->d->db, t->d->login, &l, &err) < 0)
		return;
	for (size_t i = 0; i < l.n && !t->quit; i++) {
		const struct draft *dr = &l.v[i];
		char q[512], when[32], kind[64];
		struct tm tm;
		int k;

		localtime_r(&dr->saved_at, &tm);
		strftime(when, sizeof when, "%H:%M", &tm);
		snprintf(kind, sizeof kind, "%.*s",
		    (int)strcspn(dr->context, ":"), dr->context);
		snprintf(q, sizeof q, "1 unsaved %s for %s from %s"
		    " \xe2\x80\x94 restore? (y/n, d discards)", kind,
		    dr->slug != NULL ? dr->slug : "the queue", when);
		k = tui_ask(t, q, "ydn");
		if (k == TK_EOF)
			break;
		if (k == 'n') {
			tui_msg(t, 0, "kept: presstime drafts lists it");
			continue;
		}
		if (k == 'd') {
			(void)desk_draft_drop(t->d, dr->id, &err);
			tui_msg(t, 0, "draft discarded");
			continue;
		}
		if (restore_draft(t, dr)) {
			/* A hangup in the restored prompt saved a new one. */
			(void)desk_draft_drop(t->d, dr->id, &err);
		} else
			tui_msg(t, 1, "cannot put the %s draft back (kept; "
			    "presstime drafts --show %lld prints it)", kind,
			    dr->id);
	}
	draft_list_free(&l);
}

static void
dispatch(struct tui *t, int k)
{
	enum act a = keys_lookup(t->view, k);
	struct pt_str line = PT_STR_INIT;
	char kn[32];

	switch (a) {
	case A_CMD:
		if (prompt_read(t, ":", "", PH_CMD, PC_CMD, &line) == 1)
			cmdline_run(t, pt_str_cstr(&line));
		break;
	case A_HELP:
		tui_set_view(t, V_HELP);
		t->help_top = 0;
		break;
	case A_REDRAW:
		clearok(curscr, TRUE);
		break;
	default:
		if (views[t->view]->key(t, a, k))
			break;
		keys_name(k, kn, sizeof kn);
		tui_msg(t, 1, "no action on %s here (? shows the keys)", kn);
		break;
	}
	pt_str_done(&line);
}

static void
loop(struct tui *t)
{
	long long last_poll = now_ms();
	int wait = t->cfg.refresh_ms > 0 ? t->cfg.refresh_ms : 500;

	while (!t->quit && !tui_sig_term) {
		int k;

		tui_draw_unflushed(t);
		tui_note_draw(t);
		screen_flush();
		k = tui_getkey(t, wait);
		if (k == TK_EOF || tui_sig_term)
			break;
		if (k == TK_NONE || now_ms() - last_poll >= wait) {
			tui_poll(t, 0);
			last_poll = now_ms();
		}
		if (k == TK_NONE || k == TK_FN(KEY_RESIZE))
			continue;
		if (tui_note_key(t, k))
			continue;
		if (keys_lookup(t->view, k) != A_CMD)
			tui_msg_clear(t);
		/* Too small to show a view: only quit and `:` still work. */
		if (t->too_small && keys_lookup(t->view, k) != A_CMD) {
			if (k == 'q')
				break;
			continue;
		}
		dispatch(t, k);
		/* The key's last word was not an error: an error said on the
		 * way is no longer the news. */
		if (!t->msg_err)
			t->note.text[0] = '\0';
		/* q or :q with text kept as drafts: say so before leaving. */
		if (t->quit && !tui_sig_term && !tui_kept_quit_ok(t))
			t->quit = 0;
	}
}

int
tui_run(struct desk *d, const struct tui_opts *o)
{
	struct tui t;
	struct sigaction sa;
	struct pt_err err;
	const char *script = getenv("PRESSTIME_SCRIPT");
	char cs_note[256];

	memset(&t, 0, sizeof t);
	t.d = d;
	t.o = o;
	t.ascii = !tui_charset_init(cs_note, sizeof cs_note);
	if (script != NULL && *script != '\0') {
		if (script_open(script, &err) < 0) {
			fprintf(stderr, "presstime: %s\n", err.msg);
			return 1;
		}
		t.script = 1;
	}
	/* Before curses starts, so it leaves our handlers alone: the
	 * handler only sets a flag; the loop saves and leaves. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sa.sa_flags = SA_RESTART;  /* a second signal never breaks a save */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	/* In raw mode ^C is a key; SIGINT comes from kill(1), and leaves
	 * as SIGTERM does: the draft kept, the terminal restored. */
	sigaction(SIGINT, &sa, NULL);
	/* A write waiting out another writer's lock stops at a signal. */
	pt_db_set_stop(d->db, &tui_sig_term);
	load_settings(&t);
	if (screen_init(&t) < 0) {
		fprintf(stderr, "presstime: cannot start the screen "
		    "(is TERM set?)\n");
		pt_db_set_stop(d->db, NULL);
		config_done(&t.cfg);
		pt_diag_done(&t.diags);
		if (t.theme != NULL)
			theme_free(t.theme);
		script_close();
		return 1;
	}
	show_diags(&t);
	if (cs_note[0] != '\0') {
		/* Said once, before any configuration problem. */
		char rest[sizeof t.msg];

		snprintf(rest, sizeof rest, "%s", t.msg);
		tui_msg(&t, 0, "%s%s%s", cs_note, rest[0] != '\0' ? "; " :
		    "", rest);
		t.msg_err = rest[0] != '\0';
		t.msg_sticky = rest[0] != '\0';
	}
	prompt_hist_load(&t);
	story_view_init(&t);
	/* The first view in force: with no views: configured, the live
	 * one, whose limit is default_limit. */
	if (queue_init(&t) < 0)
		t.msg_sticky = 1;
	(void)pt_db_data_version(d->db, &t.data_version, &err);
	(void)history_watch_start(d->db, &t.watch, &err);
	tui_alerts_init(&t);
	if (o != NULL && o->open_slug != NULL)
		tui_open_story(&t, o->open_slug);
	offer_drafts(&t);
	loop(&t);
	tui_presence_leave(&t);
	screen_done(&t);
	tui_kept_say(&t);
	tui_kept_done(&t);
	pt_db_set_stop(d->db, NULL);
	queue_done(&t);
	story_view_free(&t);
	history_watch_done(&t.watch);
	tui_alerts_done(&t);
	history_news_free(&t.held);
	prompt_free(&t);
	config_done(&t.cfg);
	pt_diag_done(&t.diags);
	if (t.theme != NULL)
		theme_free(t.theme);
	script_close();
	return t.status;
}
