/* Unit tests for src/util/sha256.c against the FIPS 180-4 example
 * vectors (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf"). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "presstime/sha256.h"

static void
expect_hex(const char *msg, size_t n, const char *want)
{
	char got[SHA256_HEX_LEN + 1];

	sha256_hex(msg, n, got);
	assert_string_equal(got, want);
}

static void
test_empty(void **state)
{
	(void)state;
	expect_hex("", 0, "e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855");
}

static void
test_abc(void **state)
{
	(void)state;
	expect_hex("abc", 3, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad");
}

static void
test_two_blocks(void **state)
{
	static const char m[] =
	    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	(void)state;
	expect_hex(m, strlen(m), "248d6a61d20638b8e5c026930c3e6039"
	    "a33ce45964ff2167f6ecedd419db06c1");
}

/* 896-bit message from FIPS 180-2's SHA-512 examples, as SHA-256. */
static void
test_long_message(void **state)
{
	static const char m[] =
	    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
	    "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

	(void)state;
	expect_hex(m, strlen(m), "cf5b16a778af8380036ce59e7b049237"
	    "0b249b11e8f07a51afac45037afee9d1");
}

/* One million 'a's, fed in uneven pieces to cross block edges. */
static void
test_million_a(void **state)
{
	struct sha256 c;
	unsigned char d[SHA256_LEN];
	char hex[SHA256_HEX_LEN + 1];
	char *a = malloc(1000000);
	size_t off = 0, step = 1;

	(void)state;
	assert_non_null(a);
	memset(a, 'a', 1000000);
	sha256_init(&c);
	while (off < 1000000) {
		size_t n = 1000000 - off < step ? 1000000 - off : step;

		sha256_update(&c, a + off, n);
		off += n;
		step = step * 7 % 131 + 1;
	}
	sha256_final(&c, d);
	sha256_to_hex(d, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0");
	free(a);
}

/* NIST SHA2_Additional: lengths at the padding edges (55, 56, 64 bytes
 * of zero; 1000 bytes of 'A'). */
static void
test_padding_edges(void **state)
{
	char z[1000];

	(void)state;
	memset(z, 0, sizeof z);
	expect_hex(z, 55, "02779466cdec163811d078815c633f21"
	    "901413081449002f24aa3e80f0b88ef7");
	expect_hex(z, 56, "d4817aa5497628e7c77e6b606107042b"
	    "bba3130888c5f47a375e6179be789fbb");
	expect_hex(z, 57, "65a16cb7861335d5ace3c60718b5052e"
	    "44660726da4cd13bb745381b235a1785");
	expect_hex(z, 64, "f5a5fd42d16a20302798ef6ed309979b"
	    "43003d2320d9f0e8ea9831a92759fb4b");
	memset(z, 'A', sizeof z);
	expect_hex(z, 1000, "c2e686823489ced2017f6059b8b23931"
	    "8b6364f6dcd835d0a519105a1eadd6e4");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_abc),
		cmocka_unit_test(test_two_blocks),
		cmocka_unit_test(test_long_message),
		cmocka_unit_test(test_million_a),
		cmocka_unit_test(test_padding_edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
