/* Text that arrives as bytes (standard input, an editor's file) made into
 * the valid UTF-8 presstime stores, or refused whole: stored as a C
 * string, a NUL used to cut the text short without a word, and UTF-16
 * from a Windows editor was stored as its first few bytes. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "presstime/text_in.h"
#include "presstime/utf8.h"

/* UTF-16 (BOM given) to UTF-8 in out; -1 with *bad set to the byte
 * offset of a unit that is no character. */
static int
from_utf16(const unsigned char *p, size_t n, int big, struct pt_str *out,
    size_t *bad)
{
	size_t i = 2;

	while (i < n) {
		uint32_t u, lo;
		char buf[4];

		if (i + 1 >= n) {
			*bad = i;
			return -1;
		}
		u = big ? (uint32_t)(p[i] << 8 | p[i + 1]) :
		    (uint32_t)(p[i + 1] << 8 | p[i]);
		if (u >= 0xdc00 && u <= 0xdfff) {
			*bad = i;
			return -1;
		}
		if (u >= 0xd800 && u <= 0xdbff) {
			if (i + 3 >= n) {
				*bad = i;
				return -1;
			}
			lo = big ? (uint32_t)(p[i + 2] << 8 | p[i + 3]) :
			    (uint32_t)(p[i + 3] << 8 | p[i + 2]);
			if (lo < 0xdc00 || lo > 0xdfff) {
				*bad = i;
				return -1;
			}
			u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
			i += 2;
		}
		if (u == 0) {
			*bad = i;
			return -1;
		}
		pt_str_addn(out, buf, (size_t)utf8_encode((int32_t)u, buf));
		i += 2;
	}
	return 0;
}

int
text_in_utf8(struct pt_str *s, const char *what, struct pt_err *err)
{
	const unsigned char *p = (const unsigned char *)s->buf;
	size_t n = s->len, nul;

	if (n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) ||
	    (p[0] == 0xfe && p[1] == 0xff))) {
		struct pt_str out = PT_STR_INIT;
		size_t bad = 0;
		int big = p[0] == 0xfe;

		if (from_utf16(p, n, big, &out, &bad) < 0) {
			pt_str_done(&out);
			return pt_errf(err, PT_EINVAL, "%s is UTF-16 (%s) with "
			    "a broken or NUL character at byte %zu; nothing "
			    "stored (save it as UTF-8)", what, big ? "big-endian"
			    : "little-endian", bad);
		}
		pt_str_done(s);
		*s = out;
		return 0;
	}
	if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
		memmove(s->buf, s->buf + 3, n - 2);
		s->len -= 3;
		n -= 3;
	}
	if (n > 0 && (nul = strlen(s->buf)) < n)
		return pt_errf(err, PT_EINVAL, "%s holds a NUL byte at byte %zu "
		    "of %zu (binary data, or UTF-16 without a byte-order "
		    "mark?); nothing stored", what, nul, n);
	if (n > 0 && !utf8_valid(s->buf, n)) {
		size_t i = 0;
		int32_t cp = 0;

		while (i < n) {
			int k = utf8_decode(s->buf + i, n - i, &cp);

			if (cp < 0)
				break;
			i += (size_t)k;
		}
		return pt_errf(err, PT_EINVAL, "%s is not valid UTF-8 (byte "
		    "0x%02x at byte %zu); nothing stored (convert it, e.g. "
		    "iconv -f latin1 -t utf-8)", what, (unsigned)p[i], i);
	}
	return 0;
}
