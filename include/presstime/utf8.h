/* UTF-8 decoding and terminal display width. */
#ifndef PRESSTIME_UTF8_H
#define PRESSTIME_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point from s (n bytes available). Returns the bytes
 * used (1-4). Invalid, overlong, surrogate or truncated input sets *cp to
 * -1 and returns 1, so callers advance one byte and resynchronise.
 * n == 0 sets *cp to -1 and returns 0. */
int utf8_decode(const char *s, size_t n, int32_t *cp);
/* Writes cp as UTF-8 into out (4 bytes room); returns bytes written. */
int utf8_encode(int32_t cp, char *out);
/* Columns a code point takes, as wcwidth(3) says under a UTF-8 locale
 * (what ncurses draws with); where it cannot say, our own table: 0 for
 * combining marks and zero-width characters, 2 for East Asian wide and
 * fullwidth, else 1. Always 0, 1 or 2; controls count 1 (sanitized). */
int utf8_cp_width(int32_t cp);
/* 1 when s[0..n) is entirely valid UTF-8. */
int utf8_valid(const char *s, size_t n);

#endif
