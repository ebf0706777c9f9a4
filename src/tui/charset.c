/* The terminal's character set. Text is UTF-8 everywhere in presstime,
 * but curses reads and draws in the locale's encoding: an SSH session
 * without LANG (or with a locale the host lacks, such as the
 * LC_CTYPE=UTF-8 a Mac sends) runs in the C locale, where curses drops
 * every non-ASCII character typed and everything after it. As Python's
 * PEP 538 does, a C or POSIX locale is switched to a UTF-8 one before
 * curses starts; on a host without any, keys are read as bytes and
 * decoded here (nothing typed is dropped) and drawing shows ASCII
 * stand-ins. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/utf8.h"
#include "tui_int.h"

static int
codeset_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 ||
	    strcmp(cs, "utf8") == 0);
}

/* The variable that names the character locale, as setlocale reads
 * them: LC_ALL, then LC_CTYPE, then LANG. NULL when none is set. */
static const char *
ctype_setting(const char **var)
{
	static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && *v != '\0') {
			*var = vars[i];
			return v;
		}
	}
	return NULL;
}

int
tui_charset_init(char *note, size_t n)
{
	/* PEP 538's choices first, then the names hosts commonly have. */
	static const char *const utf8[] = { "C.UTF-8", "C.utf8", "UTF-8",
	    "en_US.UTF-8", "en_US.utf8", "en_GB.UTF-8", "de_DE.UTF-8" };
	const char *var = NULL, *was = ctype_setting(&var);
	const char *ctype;
	int whole = setlocale(LC_ALL, "") != NULL;

	note[0] = '\0';
	/* For a terminal that cannot show UTF-8 whatever the locale says,
	 * and to test a host without a UTF-8 locale on one that has. */
	if (getenv("PRESSTIME_ASCII") != NULL &&
	    strcmp(getenv("PRESSTIME_ASCII"), "1") == 0) {
		(void)setlocale(LC_ALL, "");
		(void)setlocale(LC_CTYPE, "C");
		snprintf(note, n, "PRESSTIME_ASCII=1: showing ASCII, ? for "
		    "other characters; what you type is kept exactly");
		return 0;
	}
	/* A setting the host lacks leaves LC_CTYPE at C; the other
	 * categories still get what they can. */
	if (!whole)
		(void)setlocale(LC_CTYPE, "");
	if (codeset_is_utf8())
		return 1;
	ctype = setlocale(LC_CTYPE, NULL);
	if (ctype != NULL && strcmp(ctype, "C") != 0 &&
	    strcmp(ctype, "POSIX") != 0)
		return 1;  /* a real locale of another encoding: curses copes */
	for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++) {
		if (setlocale(LC_CTYPE, utf8[i]) == NULL)
			continue;
		if (!codeset_is_utf8())
			continue;
		/* $EDITOR and the other children read the same way. */
		setenv("LC_CTYPE", utf8[i], 1);
		if (was != NULL && !whole)
			snprintf(note, n, "locale \"%s\" (%s) is not installed "
			    "here; using %s", was, var, utf8[i]);
		else
			snprintf(note, n, "no UTF-8 locale (LC_CTYPE was %s); "
			    "using %s", ctype != NULL ? ctype : "C", utf8[i]);
		return 1;
	}
	(void)setlocale(LC_CTYPE, "C");
	snprintf(note, n, "no UTF-8 locale: showing ASCII, ? for other "
	    "characters; what you type is kept exactly");
	return 0;
}

void
tui_charset_ascii(struct pt_str *s)
{
	struct pt_str out = PT_STR_INIT;
	size_t i = 0;

	while (i < s->len) {
		int32_t cp;
		int used = utf8_decode(s->buf + i, s->len - i, &cp);

		if (used <= 0)
			break;
		if (cp >= 0 && cp < 0x80)
			pt_str_addc(&out, (char)cp);
		else
			/* One stand-in per column keeps the layout. */
			for (int w = cp < 0 ? 1 : utf8_cp_width(cp); w > 0; w--)
				pt_str_addc(&out, '?');
		i += (size_t)used;
	}
	pt_str_done(s);
	*s = out;
}

/* How many bytes a sequence with this lead byte has; 0: not a lead. */
static int
seq_len(int b)
{
	return b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 :
	    b >= 0xF0 && b <= 0xF4 ? 4 : 0;
}

int
tui_charset_getch(wint_t *wc)
{
	char buf[4];
	int32_t cp;
	int r = getch(), need;

	if (r == ERR)
		return ERR;
	if (r >= KEY_MIN) {
		*wc = (wint_t)r;
		return KEY_CODE_YES;
	}
	*wc = (wint_t)r;
	if (r < 0x80)
		return OK;
	/* The rest of a character arrives with its first byte. A byte that
	 * starts none, or a sequence cut short, is read as Latin-1 (what a
	 * terminal sending single bytes means): kept, never dropped. */
	if ((need = seq_len(r)) == 0)
		return OK;
	buf[0] = (char)r;
	for (int i = 1; i < need; i++) {
		int c;

		timeout(50);
		c = getch();
		if (c == ERR || c < 0x80 || c > 0xBF) {
			if (c != ERR)
				ungetch(c);
			/* The bytes read so far come back one by one. */
			for (int j = i - 1; j > 0; j--)
				ungetch((unsigned char)buf[j]);
			return OK;
		}
		buf[i] = (char)c;
	}
	if (utf8_decode(buf, (size_t)need, &cp) == need && cp >= 0)
		*wc = (wint_t)cp;
	return OK;
}
