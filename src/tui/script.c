/* PRESSTIME_SCRIPT: keys read from a file instead of the keyboard, so
 * tests drive the real TUI. Key names go in <> ("<Enter>", "<C-d>"),
 * anything else is typed as is; line breaks in the file are ignored so
 * a script can be split over lines (type one with <Enter>).
 * Two words are not keys but pauses, so a scripted TUI can sit idle like
 * an editor reading the screen: <Sleep N> waits N seconds (fractions
 * allowed) and <Idle> waits until a signal ends the session. While it
 * waits the loop sees quiet (TK_NONE) and polls as it would when idle. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "presstime/err.h"
#include "presstime/str.h"
#include "tui_int.h"

static char *text;
static size_t pos, len;
static double wake_at;  /* CLOCK_MONOTONIC seconds; -1 idle for good */
static int sleeping;

int
script_open(const char *path, struct pt_err *err)
{
	struct pt_str s = PT_STR_INIT;
	FILE *f = fopen(path, "r");

	if (f == NULL)
		return pt_errf(err, PT_EIO, "cannot read script \"%s\": %s",
		    path, strerror(errno));
	(void)pt_str_add_file(&s, f, 0);
	fclose(f);
	len = s.len;
	text = pt_str_steal(&s);
	pos = 0;
	sleeping = 0;
	return 0;
}

static double
mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* "<Sleep 2.5>" or "<Idle>" at text+pos: starts the pause, 1; else 0. */
static int
pause_word(void)
{
	const char *p = text + pos;
	char *end;
	double secs;

	if (strncmp(p, "<Idle>", 6) == 0) {
		pos += 6;
		sleeping = 1;
		wake_at = -1;
		return 1;
	}
	if (strncmp(p, "<Sleep ", 7) != 0)
		return 0;
	secs = strtod(p + 7, &end);
	if (end == p + 7 || *end != '>' || secs < 0)
		return 0;
	pos = (size_t)(end + 1 - text);
	sleeping = 1;
	wake_at = mono() + secs;
	return 1;
}

/* Naps at most wait_ms (the loop's poll period) of a pause. */
static int
pause_step(int wait_ms)
{
	double left = wake_at < 0 ? wait_ms / 1000.0 : wake_at - mono();
	struct timespec nap;

	if (wake_at >= 0 && left <= 0) {
		sleeping = 0;
		return 0;
	}
	if (left > wait_ms / 1000.0)
		left = wait_ms / 1000.0;
	nap.tv_sec = (time_t)left;
	nap.tv_nsec = (long)((left - (double)nap.tv_sec) * 1e9);
	nanosleep(&nap, NULL);  /* a signal cuts it short: fine */
	return 1;
}

int
script_next(int wait_ms)
{
	size_t used;
	int k;

	if (wait_ms <= 0)
		wait_ms = 100;
	for (;;) {
		if (sleeping) {
			if (pause_step(wait_ms))
				return TK_NONE;
			continue;
		}
		while (pos < len && (text[pos] == '\n' || text[pos] == '\r'))
			pos++;
		if (pos >= len)
			return TK_EOF;
		if (pause_word())
			continue;
		k = keys_parse(text + pos, &used);
		pos += used;
		return k < 0 ? TK_NONE : k;
	}
}

void
script_close(void)
{
	free(text);
	text = NULL;
	pos = len = 0;
	sleeping = 0;
}
