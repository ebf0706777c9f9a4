/* libFuzzer harness: the display sanitizer. The first byte picks the
 * flags, the rest is the text. What comes out must be valid UTF-8 with
 * nothing a terminal would act on, sanitizing it again must change
 * nothing, and a fitted string must fit. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/sanitize.h"
#include "presstime/str.h"
#include "presstime/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
fail(const char *what, const char *in, size_t inlen, const char *out,
    size_t outlen)
{
	fprintf(stderr, "fuzz_sanitize: %s\n  in  (%zu bytes):", what, inlen);
	for (size_t i = 0; i < inlen && i < 64; i++)
		fprintf(stderr, " %02x", (unsigned char)in[i]);
	fprintf(stderr, "\n  out (%zu bytes):", outlen);
	for (size_t i = 0; i < outlen && i < 64; i++)
		fprintf(stderr, " %02x", (unsigned char)out[i]);
	fprintf(stderr, "\n");
	abort();
}

/* Nonzero when cp must never reach the terminal. */
static int
forbidden(int32_t cp, int flags)
{
	if (cp == '\n')
		return !(flags & SAN_NEWLINES);
	if (cp == '\t')
		return !(flags & SAN_TABS);
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0xFEFF ||
	    cp == 0x2028 || cp == 0x2029;
}

static void
check_clean(const char *what, const char *in, size_t inlen,
    const struct pt_str *out, int flags)
{
	const char *s = pt_str_cstr(out);
	size_t i = 0;
	int32_t cp;
	int n;

	if (strlen(s) != out->len)
		fail("output has a NUL byte", in, inlen, s, out->len);
	if (!utf8_valid(s, out->len))
		fail("output is not valid UTF-8", in, inlen, s, out->len);
	while (i < out->len) {
		n = utf8_decode(s + i, out->len - i, &cp);
		if (n <= 0 || cp < 0 || forbidden(cp, flags)) {
			char msg[96];

			snprintf(msg, sizeof msg, "%s: U+%04X at byte %zu "
			    "passed through", what, (unsigned)cp, i);
			fail(msg, in, inlen, s, out->len);
		}
		i += (size_t)n;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int widths[] = { 0, 1, 2, 3, 7, 20, 80 };
	struct pt_str once = PT_STR_INIT, twice = PT_STR_INIT,
	    fit = PT_STR_INIT;
	const char *text;
	char *z, *full;
	size_t len;
	int flags, used;

	if (size == 0)
		return 0;
	flags = data[0] & (SAN_NEWLINES | SAN_TABS);
	text = (const char *)data + 1;
	len = size - 1;

	sanitize_append(&once, text, len, flags);
	check_clean("sanitize_append", text, len, &once, flags);
	sanitize_append(&twice, pt_str_cstr(&once), once.len, flags);
	if (twice.len != once.len ||
	    memcmp(pt_str_cstr(&once), pt_str_cstr(&twice), once.len) != 0)
		fail("sanitizing twice changed the text", pt_str_cstr(&once),
		    once.len, pt_str_cstr(&twice), twice.len);

	/* The string functions stop at the first NUL, as C strings do. */
	z = malloc(len + 1);
	if (z == NULL)
		abort();
	memcpy(z, text, len);
	z[len] = '\0';
	full = sanitize_dup(z, flags);
	if (sanitize_width(full) != sanitize_width(z))
		fail("width changed by sanitizing", z, strlen(z), full,
		    strlen(full));
	for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		pt_str_clear(&fit);
		used = sanitize_fit(&fit, z, widths[w], flags);
		check_clean("sanitize_fit", z, strlen(z), &fit, flags);
		if (used < 0 || used > widths[w] ||
		    sanitize_width(pt_str_cstr(&fit)) > widths[w])
			fail("sanitize_fit went over its columns", z,
			    strlen(z), pt_str_cstr(&fit), fit.len);
		if (sanitize_width(pt_str_cstr(&fit)) != used)
			fail("sanitize_fit's columns are not the width of what "
			    "it wrote", z, strlen(z), pt_str_cstr(&fit),
			    fit.len);
		if (strncmp(full, pt_str_cstr(&fit), fit.len) != 0)
			fail("sanitize_fit is not a prefix of the sanitized text",
			    z, strlen(z), pt_str_cstr(&fit), fit.len);
	}
	free(full);
	free(z);
	pt_str_done(&once);
	pt_str_done(&twice);
	pt_str_done(&fit);
	return 0;
}
