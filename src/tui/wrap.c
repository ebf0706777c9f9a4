/* Laying text out in columns of display width: word wrapping and padded
 * cells, shared by the story view's tabs, the detail pane and the end
 * notes. Text is sanitized first, so widths are those drawn. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/sanitize.h"
#include "presstime/str.h"
#include "tui_int.h"

/* Wraps text at width display columns into lines indented by indent,
 * handing each finished line to emit; the text is sanitized first so
 * widths are those drawn. */
void
tui_wrap(const char *text, int width, int indent,
    void (*emit)(void *, const char *), void *ctx)
{
	char *safe = sanitize_dup(text, SAN_NEWLINES);
	const char *p = safe;
	struct pt_str line = PT_STR_INIT;
	int lw = 0;

	if (width < 10)
		width = 10;
	pt_str_addf(&line, "%*s", indent, "");
	while (*p != '\0') {
		size_t wl = strcspn(p, " \n");
		char word[1024];
		int ww;

		/* A longer word is taken in pieces, each ending on a
		 * character boundary so none is split. */
		if (wl >= sizeof word) {
			wl = sizeof word - 1;
			while (wl > 0 && ((unsigned char)p[wl] & 0xC0) == 0x80)
				wl--;
		}
		memcpy(word, p, wl);
		word[wl] = '\0';
		ww = sanitize_width(word);
		if (lw > 0 && lw + 1 + ww > width) {
			emit(ctx, pt_str_cstr(&line));
			pt_str_clear(&line);
			pt_str_addf(&line, "%*s", indent, "");
			lw = 0;
		}
		/* A word wider than the line is cut by whole characters. */
		while (ww > width) {
			struct pt_str part = PT_STR_INIT;
			int used = sanitize_fit(&part, word, width, 0);

			pt_str_add(&line, pt_str_cstr(&part));
			emit(ctx, pt_str_cstr(&line));
			pt_str_clear(&line);
			pt_str_addf(&line, "%*s", indent, "");
			memmove(word, word + part.len, strlen(word + part.len) + 1);
			ww -= used;
			pt_str_done(&part);
		}
		if (lw > 0) {
			pt_str_addc(&line, ' ');
			lw++;
		}
		pt_str_add(&line, word);
		lw += ww;
		p += wl;
		if (*p == '\n' && lw > 0) {
			emit(ctx, pt_str_cstr(&line));
			pt_str_clear(&line);
			pt_str_addf(&line, "%*s", indent, "");
			lw = 0;
		}
		if (*p == ' ' || *p == '\n')
			p++;
	}
	if (lw > 0)
		emit(ctx, pt_str_cstr(&line));
	pt_str_done(&line);
	free(safe);
}

/* Appends text cut or padded to exactly width columns, then a space. */
void
tui_pad_cell(struct pt_str *line, const char *text, int width)
{
	int used = sanitize_fit(line, text != NULL ? text : "", width, 0);

	for (; used <= width; used++)
		pt_str_addc(line, ' ');
}
