/* The string helpers: the one edit distance every did-you-mean uses. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_distance_cap),
		cmocka_unit_test(test_distance_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
