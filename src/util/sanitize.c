/* Display sanitizing: stored text made safe and measurable before it is drawn. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "presstime/sanitize.h"
#include "presstime/str.h"
#include "presstime/utf8.h"

#define SAN_REPLACEMENT 0xFFFD

/*
 * Bidi controls can make a line read differently from the bytes behind it
 * (the "Trojan Source" trick), and U+FEFF is invisible: all are shown as
 * U+FFFD so an editor sees that something is there.
 */
int
sanitize_is_hidden(int32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0xFEFF;
}

/*
 * Reads one character of text[0..n) and writes what to draw for it into
 * buf (up to 4 bytes). Returns the input bytes used; *blen and *cols get
 * the output's bytes and display columns. Every replacement is a
 * one-column character that passes through unchanged when sanitized
 * again, which is what makes the sanitizer idempotent.
 */
static size_t
san_next(const char *text, size_t n, int flags, char *buf, int *blen,
    int *cols)
{
	int32_t cp, show;
	int used;

	used = utf8_decode(text, n, &cp);
	show = cp;
	if (cp < 0)
		show = SAN_REPLACEMENT;
	else if (cp == '\n')
		show = (flags & SAN_NEWLINES) ? '\n' : ' ';
	else if (cp == '\t')
		show = (flags & SAN_TABS) ? '\t' : ' ';
	else if (cp < 0x20)
		show = 0x2400 + cp;
	else if (cp == 0x7F)
		show = 0x2421;
	else if (cp >= 0x80 && cp <= 0x9F)
		show = SAN_REPLACEMENT;
	else if (cp == 0x2028 || cp == 0x2029)
		show = ' ';
	else if (sanitize_is_hidden(cp))
		show = SAN_REPLACEMENT;
	*blen = utf8_encode(show, buf);
	/* A kept tab or newline counts one column; expanding or breaking
	 * is the caller's business. */
	*cols = (show == '\n' || show == '\t') ? 1 : utf8_cp_width(show);
	return (size_t)used;
}

/* Printable ASCII is most of what we draw: it is copied in runs. */
static size_t
san_ascii_run(const char *text, size_t n)
{
	size_t i = 0;

	while (i < n && text[i] >= 0x20 && text[i] < 0x7F)
		i++;
	return i;
}

void
sanitize_append(struct pt_str *out, const char *text, size_t len,
    int flags)
{
	char buf[4];
	size_t i = 0, run;
	int blen, cols;

	if (text == NULL)
		return;
	while (i < len) {
		run = san_ascii_run(text + i, len - i);
		if (run > 0) {
			pt_str_addn(out, text + i, run);
			i += run;
			continue;
		}
		i += san_next(text + i, len - i, flags, buf, &blen, &cols);
		pt_str_addn(out, buf, (size_t)blen);
	}
}

char *
sanitize_dup(const char *text, int flags)
{
	struct pt_str out = PT_STR_INIT;

	if (text != NULL)
		sanitize_append(&out, text, strlen(text), flags);
	return pt_str_steal(&out);
}

/*
 * Zero-width characters after the last one that fits still belong to it
 * (a base letter keeps its accents), so they are kept; the first
 * character with width that does not fit ends the text. One pass, so a
 * long run of combining marks costs only its length.
 */
int
sanitize_fit(struct pt_str *out, const char *text, int cols, int flags)
{
	char buf[4];
	size_t i = 0, len;
	int used = 0, blen, w;

	if (text == NULL || cols <= 0)
		return 0;
	len = strlen(text);
	while (i < len) {
		size_t step;

		step = san_next(text + i, len - i, flags, buf, &blen, &w);
		if (used + w > cols)
			break;
		pt_str_addn(out, buf, (size_t)blen);
		used += w;
		i += step;
	}
	return used;
}

int
sanitize_width(const char *text)
{
	char buf[4];
	size_t i = 0, len;
	int cols = 0, blen, w;

	if (text == NULL)
		return 0;
	len = strlen(text);
	while (i < len) {
		i += san_next(text + i, len - i, 0, buf, &blen, &w);
		cols += w;
	}
	return cols;
}
