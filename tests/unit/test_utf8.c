/* Unit tests for src/util/utf8.c: strict decoding, encoding and widths. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

#include <cmocka.h>

#include "presstime/utf8.h"

/* Decodes the whole of s and checks the code point and bytes used. */
static void
expect_decode(const char *s, size_t n, int32_t want_cp, int want_used)
{
	int32_t cp = 0;
	int used;

	used = utf8_decode(s, n, &cp);
	assert_int_equal(cp, want_cp);
	assert_int_equal(used, want_used);
}

static void
test_decode_valid(void **state)
{
	expect_decode("A", 1, 'A', 1);
	expect_decode("\0", 1, 0, 1);
	expect_decode("\x7f", 1, 0x7F, 1);
	expect_decode("\xc2\x80", 2, 0x80, 2);
	expect_decode("\xc3\xa9", 2, 0xE9, 2);
	expect_decode("\xdf\xbf", 2, 0x7FF, 2);
	expect_decode("\xe0\xa0\x80", 3, 0x800, 3);
	expect_decode("\xe6\x9d\xb1", 3, 0x6771, 3);
	expect_decode("\xed\x9f\xbf", 3, 0xD7FF, 3);
	expect_decode("\xee\x80\x80", 3, 0xE000, 3);
	expect_decode("\xef\xbf\xbd", 3, 0xFFFD, 3);
	expect_decode("\xef\xbf\xbf", 3, 0xFFFF, 3);
	expect_decode("\xf0\x90\x80\x80", 4, 0x10000, 4);
	expect_decode("\xf0\x9f\x99\x82", 4, 0x1F642, 4);
	expect_decode("\xf4\x8f\xbf\xbf", 4, 0x10FFFF, 4);
	/* Only the first character is read. */
	expect_decode("\xc3\xa9xyz", 5, 0xE9, 2);
}

static void
test_decode_invalid(void **state)
{
	/* Lone continuation bytes and impossible lead bytes. */
	expect_decode("\x80", 1, -1, 1);
	expect_decode("\xbf", 1, -1, 1);
	expect_decode("\xfe", 1, -1, 1);
	expect_decode("\xff", 1, -1, 1);
	expect_decode("\xf5\x80\x80\x80", 4, -1, 1);
	/* Overlong forms of '/' and of NUL (Kuhn's test 4). */
	expect_decode("\xc0\xaf", 2, -1, 1);
	expect_decode("\xc1\xbf", 2, -1, 1);
	expect_decode("\xe0\x80\xaf", 3, -1, 1);
	expect_decode("\xe0\x9f\xbf", 3, -1, 1);
	expect_decode("\xf0\x80\x80\xaf", 4, -1, 1);
	expect_decode("\xf0\x8f\xbf\xbf", 4, -1, 1);
	expect_decode("\xc0\x80", 2, -1, 1);
	/* UTF-16 surrogates (Kuhn's test 5). */
	expect_decode("\xed\xa0\x80", 3, -1, 1);
	expect_decode("\xed\xad\xbf", 3, -1, 1);
	expect_decode("\xed\xbf\xbf", 3, -1, 1);
	/* Past U+10FFFF. */
	expect_decode("\xf4\x90\x80\x80", 4, -1, 1);
	expect_decode("\xf7\xbf\xbf\xbf", 4, -1, 1);
	/* Truncated: by the buffer and by a non-continuation byte. */
	expect_decode("\xc3", 1, -1, 1);
	expect_decode("\xe2\x82", 2, -1, 1);
	expect_decode("\xf0\x9f\x99", 3, -1, 1);
	expect_decode("\xe2\x82\xac", 2, -1, 1);
	expect_decode("\xc3" "A", 2, -1, 1);
	expect_decode("\xe2\x82" "A", 3, -1, 1);
	expect_decode("\xf0\x9f\x99" "A", 4, -1, 1);
	/* Nothing to read. */
	expect_decode("", 0, -1, 0);
}

static void
test_encode_roundtrip(void **state)
{
	char buf[4];
	int32_t cp, back;
	int n;

	for (cp = 0; cp <= 0x10FFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		n = utf8_encode(cp, buf);
		assert_true(n >= 1 && n <= 4);
		assert_int_equal(n, cp < 0x80 ? 1 : cp < 0x800 ? 2 :
		    cp < 0x10000 ? 3 : 4);
		assert_int_equal(utf8_decode(buf, (size_t)n, &back), n);
		assert_int_equal(back, cp);
		assert_true(utf8_valid(buf, (size_t)n));
	}
}

static void
test_encode_unencodable(void **state)
{
	char buf[4];

	/* Whatever cannot be encoded comes out as U+FFFD. */
	assert_int_equal(utf8_encode(-1, buf), 3);
	assert_memory_equal(buf, "\xef\xbf\xbd", 3);
	assert_int_equal(utf8_encode(0xD800, buf), 3);
	assert_memory_equal(buf, "\xef\xbf\xbd", 3);
	assert_int_equal(utf8_encode(0xDFFF, buf), 3);
	assert_memory_equal(buf, "\xef\xbf\xbd", 3);
	assert_int_equal(utf8_encode(0x110000, buf), 3);
	assert_memory_equal(buf, "\xef\xbf\xbd", 3);
	assert_int_equal(utf8_encode(0x20AC, buf), 3);
	assert_memory_equal(buf, "\xe2\x82\xac", 3);
}

static void
test_width(void **state)
{
	/* Ordinary. */
	assert_int_equal(utf8_cp_width('a'), 1);
	assert_int_equal(utf8_cp_width(0xE9), 1);
	assert_int_equal(utf8_cp_width(0x0416), 1); /* Ж */
	assert_int_equal(utf8_cp_width(0x2014), 1); /* em dash */
	assert_int_equal(utf8_cp_width(0xFFFD), 1);
	assert_int_equal(utf8_cp_width(0x2400), 1);
	assert_int_equal(utf8_cp_width(0x303F), 1);
	assert_int_equal(utf8_cp_width(0x2E7F), 1);
	assert_int_equal(utf8_cp_width(0xFF61), 1); /* halfwidth katakana */
	/* Combining and zero width, at both ends of the ranges. */
	assert_int_equal(utf8_cp_width(0x0300), 0);
	assert_int_equal(utf8_cp_width(0x0301), 0);
	assert_int_equal(utf8_cp_width(0x036F), 0);
	assert_int_equal(utf8_cp_width(0x0370), 1);
	assert_int_equal(utf8_cp_width(0x0591), 0);
	assert_int_equal(utf8_cp_width(0x093C), 0);
	assert_int_equal(utf8_cp_width(0x1AB0), 0);
	assert_int_equal(utf8_cp_width(0x1AFF), 0);
	assert_int_equal(utf8_cp_width(0x1DC0), 0);
	assert_int_equal(utf8_cp_width(0x1DFF), 0);
	assert_int_equal(utf8_cp_width(0x200B), 0);
	assert_int_equal(utf8_cp_width(0x200C), 0);
	assert_int_equal(utf8_cp_width(0x200D), 0);
	assert_int_equal(utf8_cp_width(0x200F), 0);
	assert_int_equal(utf8_cp_width(0x2010), 1);
	assert_int_equal(utf8_cp_width(0x20D0), 0);
	assert_int_equal(utf8_cp_width(0x20FF), 0);
	assert_int_equal(utf8_cp_width(0xFE0F), 0);
	assert_int_equal(utf8_cp_width(0xFE20), 0);
	assert_int_equal(utf8_cp_width(0xFE2F), 0);
	assert_int_equal(utf8_cp_width(0xFEFF), 0);
	assert_int_equal(utf8_cp_width(0x1160), 0);
	assert_int_equal(utf8_cp_width(0xE0001), 0);
	assert_int_equal(utf8_cp_width(0xE0100), 0);
	/* Wide and fullwidth. */
	assert_int_equal(utf8_cp_width(0x1100), 2);
	assert_int_equal(utf8_cp_width(0x115F), 2);
	assert_int_equal(utf8_cp_width(0x2E80), 2);
	assert_int_equal(utf8_cp_width(0x3000), 2);
	assert_int_equal(utf8_cp_width(0x3040), 2);
	assert_int_equal(utf8_cp_width(0x6771), 2); /* 東 */
	assert_int_equal(utf8_cp_width(0xA4CF), 2);
	assert_int_equal(utf8_cp_width(0xA4D0), 1);
	assert_int_equal(utf8_cp_width(0xAC00), 2);
	assert_int_equal(utf8_cp_width(0xD7A3), 2);
	assert_int_equal(utf8_cp_width(0xD7A4), 1);
	assert_int_equal(utf8_cp_width(0xF900), 2);
	assert_int_equal(utf8_cp_width(0xFAFF), 2);
	assert_int_equal(utf8_cp_width(0xFE30), 2);
	assert_int_equal(utf8_cp_width(0xFE4F), 2);
	assert_int_equal(utf8_cp_width(0xFF01), 2);
	assert_int_equal(utf8_cp_width(0xFF60), 2);
	assert_int_equal(utf8_cp_width(0xFFE0), 2);
	assert_int_equal(utf8_cp_width(0xFFE6), 2);
	assert_int_equal(utf8_cp_width(0xFFE7), 1);
	assert_int_equal(utf8_cp_width(0x1F300), 2);
	assert_int_equal(utf8_cp_width(0x1F642), 2);
	assert_int_equal(utf8_cp_width(0x1F64F), 2);
	/* U+1F900 is no emoji: one column, as wcwidth says. */
	assert_int_equal(utf8_cp_width(0x1F910), 2);
	assert_int_equal(utf8_cp_width(0x1F9FF), 2);
	assert_int_equal(utf8_cp_width(0x20000), 2);
	assert_int_equal(utf8_cp_width(0x2A6D6), 2);
	assert_int_equal(utf8_cp_width(0x3FFFD), 2);
	assert_int_equal(utf8_cp_width(0x3FFFE), 1);
	/* Marks inside a wide block stay zero. */
	assert_int_equal(utf8_cp_width(0x302A), 0);
	assert_int_equal(utf8_cp_width(0x3099), 0);
}

/* No setlocale here (the C locale): every code point still gets 0, 1
 * or 2. */
static void
test_width_total(void **state)
{
	int32_t cp;
	int w, zero = 0, two = 0;

	for (cp = 0; cp <= 0x10FFFF; cp++) {
		w = utf8_cp_width(cp);
		assert_true(w >= 0 && w <= 2);
		zero += w == 0;
		two += w == 2;
	}
	assert_true(zero > 1000);
	assert_true(two > 100000);
}

/* Samples from every kind of range where the hand table and glibc have
 * been known to differ: CJK, emoji, combining marks, zero-width, Hangul
 * jamo, symbols. */
static const int32_t samples[] = {
	0x0300, 0x036F, 0x0483, 0x0591, 0x0600, 0x061C, 0x064B, 0x070F,
	0x093C, 0x0E31, 0x1100, 0x115F, 0x1160, 0x11A8, 0x11FF, 0x1AB0,
	0x1DC0, 0x200B, 0x200D, 0x200E, 0x2060, 0x2064, 0x20D0,
	0x231A, 0x23E9, 0x2614, 0x2648, 0x26A1, 0x26FD, 0x2705, 0x2728,
	0x2E80, 0x3000, 0x302A, 0x303F, 0x3099, 0x3164, 0x4E00,
	0x6771, 0xA960, 0xAC00, 0xD7A3, 0xD7B0, 0xF900, 0xFE0F,
	0xFE30, 0xFEFF, 0xFF01, 0xFF61, 0xFFA0, 0xFFE0, 0xFFFD, 0x1B000,
	0x1F004, 0x1F0CF, 0x1F300, 0x1F3FB, 0x1F600, 0x1F642, 0x1F6CC,
	0x1F900, 0x1FA70, 0x20000, 0x2A6D6, 0x30000, 0xE0001, 0xE0100,
};

/* What ncurses would measure, wcwidth under the current locale, and
 * utf8_cp_width agree on every sample and, where the C library knows
 * a code point, on every code point past the one-column Latin block. */
static void
expect_agrees_with_wcwidth(void)
{
	int32_t cp;
	int w;

	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		w = wcwidth((wchar_t)samples[i]);
		assert_true(w >= 0);
		if (utf8_cp_width(samples[i]) != w)
			fail_msg("U+%04X: utf8 %d, wcwidth %d",
			    (unsigned)samples[i], utf8_cp_width(samples[i]), w);
	}
	for (cp = 0x300; cp <= 0x10FFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		w = wcwidth((wchar_t)cp);
		if (w >= 0 && utf8_cp_width(cp) != w)
			fail_msg("U+%04X: utf8 %d, wcwidth %d", (unsigned)cp,
			    utf8_cp_width(cp), w);
	}
}

static void
test_width_wcwidth(void **state)
{
	(void)state;
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	expect_agrees_with_wcwidth();
	/* Back in the C locale (the CLI's before it sets one): the same
	 * answers, from the module's own UTF-8 locale. */
	assert_non_null(setlocale(LC_CTYPE, "C"));
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		int want;

		assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
		want = wcwidth((wchar_t)samples[i]);
		assert_non_null(setlocale(LC_CTYPE, "C"));
		if (utf8_cp_width(samples[i]) != want)
			fail_msg("C locale, U+%04X: utf8 %d, wcwidth %d",
			    (unsigned)samples[i], utf8_cp_width(samples[i]),
			    want);
	}
}

static void
test_valid(void **state)
{
	static const char ok[] = "caf\xc3\xa9 \xe6\x9d\xb1\xe4\xba\xac "
	    "\xf0\x9f\x99\x82";

	assert_true(utf8_valid("", 0));
	assert_true(utf8_valid("plain ascii", 11));
	assert_true(utf8_valid(ok, sizeof ok - 1));
	assert_true(utf8_valid("a\0b", 3));
	assert_false(utf8_valid("\xc0\xaf", 2));
	assert_false(utf8_valid("\xed\xa0\x80", 3));
	assert_false(utf8_valid("abc\xfe", 4));
	assert_false(utf8_valid("abc\xff", 4));
	assert_false(utf8_valid("\x9b", 1));
	/* A character cut by the length is invalid even if more follows. */
	assert_false(utf8_valid(ok, 4));
	assert_true(utf8_valid(ok, 5));
	assert_false(utf8_valid(ok, 8));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_valid),
		cmocka_unit_test(test_decode_invalid),
		cmocka_unit_test(test_encode_roundtrip),
		cmocka_unit_test(test_encode_unencodable),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_width_total),
		cmocka_unit_test(test_width_wcwidth),
		cmocka_unit_test(test_valid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
