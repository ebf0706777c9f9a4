/* The string helpers: the one edit distance every did-you-mean uses,
 * and the shell-like splitting of the `:` line. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "presstime/shwords.h"
#include "presstime/str.h"

static void
test_distance(void **state)
{
	assert_int_equal(pt_str_distance("", "", 5), 0);
	assert_int_equal(pt_str_distance("abc", "abc", 5), 0);
	assert_int_equal(pt_str_distance("", "abc", 5), 3);
	assert_int_equal(pt_str_distance("abc", "", 5), 3);
	assert_int_equal(pt_str_distance("kitten", "sitting", 5), 3);
	/* A swap of neighbours is one slip, not two. */
	assert_int_equal(pt_str_distance("tehme", "theme", 5), 1);
	assert_int_equal(pt_str_distance("hootsuite-cie", "hootsuite-ice",
	    5), 1);
	assert_int_equal(pt_str_distance("bleu", "blue", 5), 1);
	assert_int_equal(pt_str_distance("ca", "abc", 5), 3);
}

static void
test_distance_cap(void **state)
{
	assert_int_equal(pt_str_distance("kitten", "sitting", 3), 3);
	assert_int_equal(pt_str_distance("kitten", "sitting", 2), 3);
	assert_int_equal(pt_str_distance("kitten", "sitting", 0), 1);
	assert_int_equal(pt_str_distance("a", "abcdefgh", 3), 4);
	assert_int_equal(pt_str_distance("same", "same", 0), 0);
}

/* Past the stack rows: long names take the heap, same answers. */
static void
test_distance_long(void **state)
{
	char a[401], b[401];

	memset(a, 'x', 400);
	a[400] = '\0';
	memcpy(b, a, sizeof b);
	b[200] = 'y';
	assert_int_equal(pt_str_distance(a, b, 10), 1);
	b[201] = 'z';
	b[202] = 'w';
	assert_int_equal(pt_str_distance(a, b, 2), 3);
	assert_int_equal(pt_str_distance(a, a, 0), 0);
}

/* Splits line and joins the words with "|" into buf (rc returned). */
static int
split(const char *line, char *buf, size_t n, struct pt_err *err)
{
	char **w;
	size_t k;
	int rc = pt_shwords(line, &w, &k, err);

	buf[0] = '\0';
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < k; i++) {
		if (i > 0)
			strncat(buf, "|", n - strlen(buf) - 1);
		strncat(buf, w[i], n - strlen(buf) - 1);
	}
	assert_null(w[k]);
	pt_shwords_free(w, k);
	return 0;
}

static void
test_shwords(void **state)
{
	struct pt_err err;
	char b[256];

	assert_int_equal(split("", b, sizeof b, &err), 0);
	assert_string_equal(b, "");
	assert_int_equal(split("  log  a\tb ", b, sizeof b, &err), 0);
	assert_string_equal(b, "log|a|b");
	assert_int_equal(split("log --source \"ICE spokesperson\" x", b,
	    sizeof b, &err), 0);
	assert_string_equal(b, "log|--source|ICE spokesperson|x");
	/* Single quotes keep backslashes and double quotes. */
	assert_int_equal(split("'a \\ \"b\"' c", b, sizeof b, &err), 0);
	assert_string_equal(b, "a \\ \"b\"|c");
	/* In double quotes only \" \\ \$ \` are escapes. */
	assert_int_equal(split("\"say \\\"hi\\\" \\n\"", b, sizeof b,
	    &err), 0);
	assert_string_equal(b, "say \"hi\" \\n");
	/* Outside quotes a backslash takes the next character. */
	assert_int_equal(split("it\\'s a\\ b", b, sizeof b, &err), 0);
	assert_string_equal(b, "it's|a b");
	/* Quotes join with what touches them; "" is a word; nothing
	 * expands. */
	assert_int_equal(split("--at=\"-2 h\"x \"\" $HOME *", b, sizeof b,
	    &err), 0);
	assert_string_equal(b, "--at=-2 hx||$HOME|*");
}

static void
test_shwords_errors(void **state)
{
	struct pt_err err;
	char b[64];

	assert_int_equal(split("log --source \"CEO x", b, sizeof b, &err),
	    PT_EINVAL);
	assert_string_equal(err.msg, "unclosed \" in \"\"CEO\"");
	assert_int_equal(split("set x 'it", b, sizeof b, &err), PT_EINVAL);
	assert_string_equal(err.msg, "unclosed ' in \"'it\"");
	assert_int_equal(split("log end\\", b, sizeof b, &err), PT_EINVAL);
	assert_string_equal(err.msg,
	    "a backslash ends the line in \"end\\\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_distance_cap),
		cmocka_unit_test(test_distance_long),
		cmocka_unit_test(test_shwords),
		cmocka_unit_test(test_shwords_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
