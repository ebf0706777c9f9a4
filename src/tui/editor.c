/* $EDITOR for E: the entry written in a file, the draft kept when the
 * terminal goes away while the editor runs. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tui_int.h"

/* system(3) for the editor, but the wait keeps this window's presence
 * beating (an entry written in vi for ten minutes must not age out of
 * the others' screens): SIGINT and SIGQUIT are ignored here while the
 * editor has them, as system does; SIGHUP and SIGTERM still set the
 * flag that keeps the text. The wait status, or -1. */
static int
run_editor(struct tui *t, char *cmd)
{
	char sh[] = "sh", dash_c[] = "-c";
	char *argv[] = { sh, dash_c, cmd, NULL };
	struct sigaction ign, oint, oquit;
	struct timespec nap = { 0, 200 * 1000000L };
	pid_t pid, r;
	int st = -1;

	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	if ((pid = fork()) == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		execv("/bin/sh", argv);
		_exit(127);
	}
	while (pid > 0 && (r = waitpid(pid, &st, WNOHANG)) != pid) {
		if (r < 0 && errno != EINTR) {
			st = -1;
			break;
		}
		tui_presence_tick(t);
		nanosleep(&nap, NULL);
	}
	sigaction(SIGINT, &oint, NULL);
	sigaction(SIGQUIT, &oquit, NULL);
	return st;
}

/* Runs $VISUAL, else $EDITOR, else vi on initial; the text comes back
 * in out. 1 when there is text, 0 when empty, -1 on failure. */
int
tui_editor(struct tui *t, const char *initial, struct pt_str *out)
{
	const char *ed = getenv("VISUAL"), *tmp = getenv("TMPDIR");
	char path[4096], *cmd;
	FILE *f;
	int fd, rc;

	snprintf(path, sizeof path, "%s/presstime-entry.XXXXXX",
	    tmp != NULL && tmp[0] == '/' && strlen(tmp) < 4000 ? tmp : "/tmp");

	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || *ed == '\0')
		ed = "vi";
	if ((fd = mkstemp(path)) < 0 || (f = fdopen(fd, "w")) == NULL) {
		tui_msg(t, 1, "cannot make a temporary file: %s",
		    strerror(errno));
		return -1;
	}
	/* A line of its own, as editors write it: what the user adds
	 * starts on the next. */
	if (initial != NULL && *initial != '\0')
		fprintf(f, "%s%s", initial,
		    initial[strlen(initial) - 1] == '\n' ? "" : "\n");
	fclose(f);
	def_prog_mode();
	endwin();
	cmd = pt_xmalloc(strlen(ed) + strlen(path) + 8);
	sprintf(cmd, "%s '%s'", ed, path);
	tui_presence_prompt(t, t->draft_ctx != NULL ? t->draft_ctx : "entry");
	rc = run_editor(t, cmd);
	tui_presence_prompt(t, NULL);
	free(cmd);
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	tui_news_hold(t);
	pt_str_clear(out);
	if (rc != 0) {
		unlink(path);
		tui_msg(t, 1, "the editor \"%s\" failed; nothing logged", ed);
		return -1;
	}
	if ((f = fopen(path, "r")) == NULL) {
		tui_msg(t, 1, "the editor \"%s\" left no file at %s (%s); "
		    "nothing logged", ed, path, strerror(errno));
		return -1;
	}
	(void)pt_str_add_file(out, f, 0);
	fclose(f);
	unlink(path);
	while (out->len > 0 && (out->buf[out->len - 1] == '\n' ||
	    out->buf[out->len - 1] == ' '))
		out->buf[--out->len] = '\0';
	/* The file is gone: a write that fails keeps the text as a draft. */
	tui_typed_set(t, t->draft_ctx != NULL ? t->draft_ctx : "entry",
	    t->draft_slug, pt_str_cstr(out));
	/* The terminal went away while the editor ran: keep its text. */
	if (tui_sig_term && out->len > 0) {
		tui_save_draft(t, t->draft_ctx != NULL ? t->draft_ctx :
		    "entry", t->draft_slug, pt_str_cstr(out));
		t->quit = 1;
		return 0;
	}
	return out->len > 0 ? 1 : 0;
}
