/* Unit tests for src/util/sanitize.c: nothing dangerous reaches the terminal. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "presstime/sanitize.h"
#include "presstime/str.h"
#include "presstime/utf8.h"

#define FFFD "\xef\xbf\xbd"
#define PIC_NUL "\xe2\x90\x80"
#define PIC_BEL "\xe2\x90\x87"
#define PIC_CR "\xe2\x90\x8d"
#define PIC_ESC "\xe2\x90\x9b"
#define PIC_US "\xe2\x90\x9f"
#define PIC_DEL "\xe2\x90\xa1"

/* Nothing below U+0020 but the kept '\n'/'\t', no DEL, no C1. */
static void
assert_safe(const char *s, size_t n, int flags)
{
	size_t i = 0;
	int32_t cp;

	assert_true(utf8_valid(s, n));
	while (i < n) {
		i += (size_t)utf8_decode(s + i, n - i, &cp);
		if (cp == '\n')
			assert_true(flags & SAN_NEWLINES);
		else if (cp == '\t')
			assert_true(flags & SAN_TABS);
		else
			assert_true(cp >= 0x20);
		assert_false(cp >= 0x7F && cp <= 0x9F);
		assert_false(cp >= 0x202A && cp <= 0x202E);
		assert_false(cp >= 0x2066 && cp <= 0x2069);
		assert_false(cp == 0x200E || cp == 0x200F || cp == 0x061C ||
		    cp == 0xFEFF || cp == 0x2028 || cp == 0x2029);
	}
}

/* Sanitizes in[0..len), compares, and checks the output is safe and
 * comes back unchanged when sanitized again. */
static void
check(const char *in, size_t len, int flags, const char *want)
{
	struct pt_str out = PT_STR_INIT, again = PT_STR_INIT;

	sanitize_append(&out, in, len, flags);
	assert_string_equal(pt_str_cstr(&out), want);
	assert_int_equal(out.len, strlen(want));
	assert_safe(pt_str_cstr(&out), out.len, flags);
	sanitize_append(&again, pt_str_cstr(&out), out.len, flags);
	assert_string_equal(pt_str_cstr(&again), pt_str_cstr(&out));
	pt_str_done(&out);
	pt_str_done(&again);
}

#define CHECK(in, flags, want) check((in), sizeof(in) - 1, (flags), (want))

static void
test_plain_text_unchanged(void **state)
{
	CHECK("", 0, "");
	CHECK("Hootsuite and ICE: what the contract says", 0,
	    "Hootsuite and ICE: what the contract says");
	CHECK("caf\xc3\xa9 \xe2\x80\x94 \xe6\x9d\xb1\xe4\xba\xac "
	    "\xf0\x9f\x99\x82 e\xcc\x81", 0,
	    "caf\xc3\xa9 \xe2\x80\x94 \xe6\x9d\xb1\xe4\xba\xac "
	    "\xf0\x9f\x99\x82 e\xcc\x81");
	/* ZWJ emoji sequences are not bidi controls: kept. */
	CHECK("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb", 0,
	    "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb");
}

static void
test_c0_controls(void **state)
{
	char in[2], want[4];
	int c;

	for (c = 0; c < 0x20; c++) {
		if (c == '\n' || c == '\t')
			continue;
		in[0] = (char)c;
		utf8_encode(0x2400 + c, want);
		want[3] = '\0';
		check(in, 1, 0, want);
		check(in, 1, SAN_NEWLINES | SAN_TABS, want);
	}
	CHECK("a\0b", 0, "a" PIC_NUL "b");
	CHECK("ding\a", 0, "ding" PIC_BEL);
	CHECK("line\r\n", 0, "line" PIC_CR " ");
	CHECK("\x1f", 0, PIC_US);
	CHECK("\x7f", 0, PIC_DEL);
	CHECK("x\x7fy", 0, "x" PIC_DEL "y");
}

static void
test_newlines_and_tabs(void **state)
{
	CHECK("a\nb\tc", 0, "a b c");
	CHECK("a\nb\tc", SAN_NEWLINES, "a\nb c");
	CHECK("a\nb\tc", SAN_TABS, "a b\tc");
	CHECK("a\nb\tc", SAN_NEWLINES | SAN_TABS, "a\nb\tc");
	/* Unicode line and paragraph separators are spaces, always. */
	CHECK("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", 0, "a b c");
	CHECK("a\xe2\x80\xa8" "b", SAN_NEWLINES, "a b");
}

static void
test_escape_sequences(void **state)
{
	/* CSI colour. */
	CHECK("\x1b[31mred\x1b[0m", 0, PIC_ESC "[31mred" PIC_ESC "[0m");
	/* Clear screen and move the cursor. */
	CHECK("\x1b[2J\x1b[H", 0, PIC_ESC "[2J" PIC_ESC "[H");
	/* OSC 52 clipboard write, BEL terminated. */
	CHECK("\x1b]52;c;aGVsbG8=\x07", 0,
	    PIC_ESC "]52;c;aGVsbG8=" PIC_BEL);
	/* OSC 52 with the ST terminator ESC \. */
	CHECK("\x1b]52;c;aGVsbG8=\x1b\\", 0,
	    PIC_ESC "]52;c;aGVsbG8=" PIC_ESC "\\");
	/* OSC 8 hyperlink with an 8-bit ST. */
	CHECK("\x1b]8;;http://x\x9c" "t", 0, PIC_ESC "]8;;http://x" FFFD "t");
	/* Title change. */
	CHECK("\x1b]0;pwned\x07", 0, PIC_ESC "]0;pwned" PIC_BEL);
}

static void
test_c1_controls(void **state)
{
	char in[3], want[] = FFFD;
	int c;

	/* Raw 8-bit CSI is invalid UTF-8; encoded U+009B is a C1 control:
	 * both are U+FFFD, one for the one character. */
	CHECK("\x9b" "31m", 0, FFFD "31m");
	CHECK("\xc2\x9b" "31m", 0, FFFD "31m");
	CHECK("\xc2\x85", 0, FFFD);
	for (c = 0x80; c <= 0x9F; c++) {
		in[0] = (char)c;
		check(in, 1, 0, want);
		utf8_encode(c, in);
		check(in, 2, 0, want);
	}
	/* U+00A0 and up are fine. */
	CHECK("\xc2\xa0", 0, "\xc2\xa0");
}

static void
test_bidi_and_bom(void **state)
{
	CHECK("abc\xe2\x80\xae" "fed", 0, "abc" FFFD "fed");       /* RLO */
	CHECK("a\xe2\x81\xa7" "b\xe2\x81\xa9", 0, "a" FFFD "b" FFFD); /* RLI, PDI */
	CHECK("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad", 0,
	    FFFD FFFD FFFD FFFD);
	CHECK("\xe2\x81\xa6\xe2\x81\xa8", 0, FFFD FFFD);
	CHECK("\xe2\x80\x8e\xe2\x80\x8f", 0, FFFD FFFD);        /* LRM, RLM */
	CHECK("\xd8\x9c", 0, FFFD);                               /* ALM */
	CHECK("\xef\xbb\xbfheadline", 0, FFFD "headline");       /* BOM */
	/* Neighbours of the ranges are left alone. */
	CHECK("\xe2\x80\xa9\xe2\x80\xaf\xe2\x81\xa5\xe2\x81\xaa", 0,
	    " \xe2\x80\xaf\xe2\x81\xa5\xe2\x81\xaa");
}

static void
test_invalid_utf8(void **state)
{
	/* One U+FFFD per bad byte. */
	CHECK("\xc0\xaf", 0, FFFD FFFD);
	CHECK("\xe0\x80\xaf", 0, FFFD FFFD FFFD);
	CHECK("\xf0\x80\x80\xaf", 0, FFFD FFFD FFFD FFFD);
	CHECK("\xed\xa0\x80", 0, FFFD FFFD FFFD);
	CHECK("\xed\xbf\xbf", 0, FFFD FFFD FFFD);
	CHECK("\xf4\x90\x80\x80", 0, FFFD FFFD FFFD FFFD);
	CHECK("\xfe", 0, FFFD);
	CHECK("\xff", 0, FFFD);
	CHECK("\xfe\xfe\xff\xff", 0, FFFD FFFD FFFD FFFD);
	CHECK("\x80", 0, FFFD);
	/* Truncated sequences, at the end and before ASCII. */
	CHECK("abc\xe2\x82", 0, "abc" FFFD FFFD);
	CHECK("\xf0\x9f\x99", 0, FFFD FFFD FFFD);
	CHECK("\xc3" "x", 0, FFFD "x");
	CHECK("\xe2\x82" "x\xc3\xa9", 0, FFFD FFFD "x\xc3\xa9");
}

static void
test_length_is_honoured(void **state)
{
	struct pt_str out = PT_STR_INIT;

	/* Only len bytes are read: a character cut by len is invalid. */
	sanitize_append(&out, "ab\xc3\xa9", 3, 0);
	assert_string_equal(pt_str_cstr(&out), "ab" FFFD);
	pt_str_clear(&out);
	sanitize_append(&out, "abc", 0, 0);
	assert_string_equal(pt_str_cstr(&out), "");
	/* Appends to what is there. */
	pt_str_add(&out, "> ");
	sanitize_append(&out, "\x1b", 1, 0);
	assert_string_equal(pt_str_cstr(&out), "> " PIC_ESC);
	pt_str_done(&out);
}

static void
test_dup(void **state)
{
	char *s;

	s = sanitize_dup(NULL, 0);
	assert_non_null(s);
	assert_string_equal(s, "");
	free(s);
	s = sanitize_dup("\x1b[1mbold\x1b[0m\n", 0);
	assert_string_equal(s, PIC_ESC "[1mbold" PIC_ESC "[0m ");
	free(s);
	s = sanitize_dup("one\ntwo", SAN_NEWLINES);
	assert_string_equal(s, "one\ntwo");
	free(s);
}

/* Every byte value in every position: output valid, safe, idempotent. */
static void
test_all_bytes_idempotent(void **state)
{
	char in[4];
	unsigned a, b;

	for (a = 0; a < 256; a++) {
		for (b = 0; b < 256; b += 3) {
			struct pt_str out = PT_STR_INIT;
			struct pt_str again = PT_STR_INIT;

			in[0] = (char)a;
			in[1] = (char)b;
			in[2] = (char)(0x80 | (a & 0x3F));
			in[3] = (char)(0x80 | (b & 0x3F));
			sanitize_append(&out, in, 4, 0);
			assert_safe(pt_str_cstr(&out), out.len, 0);
			sanitize_append(&again, pt_str_cstr(&out), out.len, 0);
			assert_string_equal(pt_str_cstr(&again),
			    pt_str_cstr(&out));
			pt_str_done(&out);
			pt_str_done(&again);
		}
	}
}

/* Fits text into cols and checks both the text and the columns. */
static void
check_fit(const char *in, int cols, int flags, const char *want,
    int want_cols)
{
	struct pt_str out = PT_STR_INIT;
	int used;

	used = sanitize_fit(&out, in, cols, flags);
	assert_string_equal(pt_str_cstr(&out), want);
	assert_int_equal(used, want_cols);
	assert_true(used <= (cols > 0 ? cols : 0));
	assert_true(utf8_valid(pt_str_cstr(&out), out.len));
	assert_int_equal(sanitize_width(pt_str_cstr(&out)), used);
	pt_str_done(&out);
}

static void
test_fit(void **state)
{
	check_fit("headline", 4, 0, "head", 4);
	check_fit("headline", 8, 0, "headline", 8);
	check_fit("headline", 20, 0, "headline", 8);
	check_fit("headline", 0, 0, "", 0);
	check_fit("headline", -3, 0, "", 0);
	check_fit(NULL, 5, 0, "", 0);
	check_fit("", 5, 0, "", 0);
	/* Placeholders take their one column. */
	check_fit("\x1b[31mX", 3, 0, PIC_ESC "[3", 3);
	check_fit("\xff\xfe" "ab", 3, 0, FFFD FFFD "a", 3);
	check_fit("a\nb", 3, 0, "a b", 3);
}

static void
test_fit_wide(void **state)
{
	/* 東京 is four columns; a wide character that would straddle the
	 * edge is left out, never cut. */
	check_fit("\xe6\x9d\xb1\xe4\xba\xac", 4, 0,
	    "\xe6\x9d\xb1\xe4\xba\xac", 4);
	check_fit("\xe6\x9d\xb1\xe4\xba\xac", 3, 0, "\xe6\x9d\xb1", 2);
	check_fit("\xe6\x9d\xb1\xe4\xba\xac", 1, 0, "", 0);
	check_fit("a\xe6\x9d\xb1\xe4\xba\xac", 2, 0, "a", 1);
	check_fit("a\xe6\x9d\xb1\xe4\xba\xac", 3, 0, "a\xe6\x9d\xb1", 3);
	check_fit("a\xe6\x9d\xb1" "b", 3, 0, "a\xe6\x9d\xb1", 3);
	check_fit("ab\xe6\x9d\xb1" "c", 3, 0, "ab", 2);
	/* Nothing after the first character that does not fit. */
	check_fit("\xe6\x9d\xb1" "ab", 1, 0, "", 0);
	/* Emoji and fullwidth forms. */
	check_fit("\xf0\x9f\x99\x82\xf0\x9f\x99\x82", 3, 0,
	    "\xf0\x9f\x99\x82", 2);
	check_fit("\xef\xbc\xa1\xef\xbc\xa2", 3, 0, "\xef\xbc\xa1", 2);
	/* Hangul syllables. */
	check_fit("\xea\xb0\x80\xea\xb0\x80\xea\xb0\x80", 5, 0,
	    "\xea\xb0\x80\xea\xb0\x80", 4);
}

static void
test_fit_combining(void **state)
{
	/* Accents stay with their letter, at the edge too. */
	check_fit("e\xcc\x81" "a", 1, 0, "e\xcc\x81", 1);
	check_fit("e\xcc\x81\xcc\xa3" "ab", 2, 0, "e\xcc\x81\xcc\xa3" "a", 2);
	check_fit("\xe6\x9d\xb1\xe2\x83\x9d" "x", 2, 0,
	    "\xe6\x9d\xb1\xe2\x83\x9d", 2);
	/* ZWJ and variation selectors are zero width. */
	check_fit("a\xe2\x80\x8d" "b", 2, 0, "a\xe2\x80\x8d" "b", 2);
	check_fit("\xe2\x9d\xa4\xef\xb8\x8f" "b", 1, 0,
	    "\xe2\x9d\xa4\xef\xb8\x8f", 1);
}

static void
test_many_combining_marks(void **state)
{
	enum { MARKS = 10000, BIG = 200000 };
	struct pt_str in = PT_STR_INIT, out = PT_STR_INIT;
	clock_t start;
	char *s;
	int i;

	pt_str_addc(&in, 'a');
	for (i = 0; i < MARKS; i++)
		pt_str_add(&in, "\xcc\x81");
	pt_str_addc(&in, 'b');
	assert_int_equal(sanitize_width(pt_str_cstr(&in)), 2);
	assert_int_equal(sanitize_fit(&out, pt_str_cstr(&in), 1, 0), 1);
	assert_int_equal(out.len, 1 + 2 * MARKS);
	assert_int_equal(sanitize_width(pt_str_cstr(&out)), 1);
	pt_str_clear(&out);
	assert_int_equal(sanitize_fit(&out, pt_str_cstr(&in), 80, 0), 2);
	assert_int_equal(out.len, in.len);
	s = sanitize_dup(pt_str_cstr(&in), 0);
	assert_string_equal(s, pt_str_cstr(&in));
	free(s);

	/* Twenty times as many must still be quick: a pass that went back
	 * over the marks for each one would take minutes here. */
	pt_str_clear(&in);
	for (i = 0; i < BIG; i++)
		pt_str_add(&in, "\xcc\x81");
	start = clock();
	pt_str_clear(&out);
	assert_int_equal(sanitize_fit(&out, pt_str_cstr(&in), 10, 0), 0);
	assert_int_equal(sanitize_width(pt_str_cstr(&in)), 0);
	s = sanitize_dup(pt_str_cstr(&in), 0);
	free(s);
	assert_true(clock() - start < 2 * CLOCKS_PER_SEC);
	pt_str_done(&in);
	pt_str_done(&out);
}

static void
test_width_of_text(void **state)
{
	assert_int_equal(sanitize_width(NULL), 0);
	assert_int_equal(sanitize_width(""), 0);
	assert_int_equal(sanitize_width("slug"), 4);
	assert_int_equal(sanitize_width("\xe6\x9d\xb1\xe4\xba\xac"), 4);
	assert_int_equal(sanitize_width("e\xcc\x81"), 1);
	assert_int_equal(sanitize_width("\x1b[31m"), 5);
	assert_int_equal(sanitize_width("a\tb\nc"), 5);
	assert_int_equal(sanitize_width("\xf0\x9f\x99\x82"), 2);
	assert_int_equal(sanitize_width("\xe2\x80\xae"), 1);
	assert_int_equal(sanitize_width("\xed\xa0\x80"), 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_text_unchanged),
		cmocka_unit_test(test_c0_controls),
		cmocka_unit_test(test_newlines_and_tabs),
		cmocka_unit_test(test_escape_sequences),
		cmocka_unit_test(test_c1_controls),
		cmocka_unit_test(test_bidi_and_bom),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_length_is_honoured),
		cmocka_unit_test(test_dup),
		cmocka_unit_test(test_all_bytes_idempotent),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_fit_wide),
		cmocka_unit_test(test_fit_combining),
		cmocka_unit_test(test_many_combining_marks),
		cmocka_unit_test(test_width_of_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
