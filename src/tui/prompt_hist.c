/* Prompt history kept across sessions: one private file in the user's
 * state directory, one line per entry prefixed with the prompt's kind.
 * Read once at start, written whole (pt_afile) after each new entry.
 * A missing, unreadable or damaged file only means no old history. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "presstime/afile.h"
#include "presstime/paths.h"
#include "presstime/str.h"
#include "tui_int.h"

#define HIST_CAP 500   /* entries kept per kind of prompt */
#define HIST_LINE 4096 /* longer lines are not ours: skipped */

static const char *const kinds[PH_NHIST] = { "command", "search",
    "limit", "text", "person", "time", "slug", "word" };

/* $XDG_STATE_HOME/presstime/history, else
 * ~/.local/state/presstime/history; with create, makes the folders. */
static int
hist_path(char *buf, size_t n, int create)
{
	return pt_state_path("history", create, buf, n);
}

static void
push(struct tui *t, int h, const char *text)
{
	t->hist[h] = pt_xrealloc(t->hist[h],
	    (t->nhist[h] + 1) * sizeof *t->hist[h]);
	t->hist[h][t->nhist[h]++] = pt_xstrdup(text);
}

/* Drops the oldest entries past the cap. */
static void
cap(struct tui *t, int h)
{
	size_t drop;

	if (t->nhist[h] <= HIST_CAP)
		return;
	drop = t->nhist[h] - HIST_CAP;
	for (size_t i = 0; i < drop; i++)
		free(t->hist[h][i]);
	memmove(t->hist[h], t->hist[h] + drop,
	    HIST_CAP * sizeof *t->hist[h]);
	t->nhist[h] = HIST_CAP;
}

void
prompt_hist_load(struct tui *t)
{
	char path[PATH_MAX], line[HIST_LINE + 2];
	FILE *f;

	if (hist_path(path, sizeof path, 0) < 0 ||
	    (f = fopen(path, "r")) == NULL)
		return;
	while (fgets(line, sizeof line, f) != NULL) {
		size_t n = strlen(line);
		char *sp;
		int h;

		if (n == 0 || line[n - 1] != '\n') {
			/* Too long or cut off: skip to the next line. */
			int ch;

			if (n == sizeof line - 1)
				while ((ch = fgetc(f)) != EOF && ch != '\n')
					;
			continue;
		}
		line[--n] = '\0';
		if ((sp = strchr(line, ' ')) == NULL || sp[1] == '\0')
			continue;
		*sp = '\0';
		for (h = 0; h < PH_NHIST; h++)
			if (strcmp(line, kinds[h]) == 0)
				break;
		/* Unknown kinds and control bytes mean damage: skip. */
		if (h == PH_NHIST)
			continue;
		for (char *p = sp + 1; *p != '\0'; p++)
			if ((unsigned char)*p < 32 || *p == 127)
				goto next;
		push(t, h, sp + 1);
		cap(t, h);
next:		;
	}
	fclose(f);
}

void
prompt_hist_save(struct tui *t)
{
	char path[PATH_MAX];
	struct pt_str s = PT_STR_INIT;
	struct pt_err err;

	if (hist_path(path, sizeof path, 1) < 0)
		return;
	for (int h = 0; h < PH_NHIST; h++) {
		cap(t, h);
		for (size_t i = 0; i < t->nhist[h]; i++)
			if (strchr(t->hist[h][i], '\n') == NULL)
				pt_str_addf(&s, "%s %s\n", kinds[h],
				    t->hist[h][i]);
	}
	/* Failing to remember history is not worth interrupting anyone. */
	(void)pt_file_write(path, pt_str_cstr(&s), s.len, PT_AFILE_PRIVATE,
	    &err);
	pt_str_done(&s);
}
