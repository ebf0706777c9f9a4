/* PRESSTIME_SCRIPT: keys read from a file instead of the keyboard, so
 * tests drive the real TUI. Key names go in <> ("<Enter>", "<C-d>"),
 * anything else is typed as is; line breaks in the file are ignored so
 * a script can be split over lines (type one with <Enter>). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/err.h"
#include "presstime/str.h"
#include "tui_int.h"

static char *text;
static size_t pos, len;

int
script_open(const char *path, struct pt_err *err)
{
	struct pt_str s = PT_STR_INIT;
	char buf[4096];
	FILE *f = fopen(path, "r");
	size_t n;

	if (f == NULL)
		return pt_errf(err, PT_EIO, "cannot read script \"%s\": %s",
		    path, strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		pt_str_addn(&s, buf, n);
	fclose(f);
	len = s.len;
	text = pt_str_steal(&s);
	pos = 0;
	return 0;
}

int
script_next(void)
{
	size_t used;
	int k;

	while (pos < len && (text[pos] == '\n' || text[pos] == '\r'))
		pos++;
	if (pos >= len)
		return TK_EOF;
	k = keys_parse(text + pos, &used);
	pos += used;
	return k < 0 ? TK_NONE : k;
}

void
script_close(void)
{
	free(text);
	text = NULL;
	pos = len = 0;
}
