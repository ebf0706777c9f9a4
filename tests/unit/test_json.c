/* Unit tests for the JSON writer: exact output (commas, indentation,
 * escapes) and validity under hostile bytes, checked by a real parser
 * (python3's json module) when one is installed. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "presstime/json.h"
#include "presstime/str.h"

/* The compact JSON of one string value. */
static char *
encode(const char *s)
{
	struct pt_str out = PT_STR_INIT;
	struct json j;

	json_init(&j, &out, 0);
	json_str(&j, s);
	return pt_str_steal(&out);
}

static void
expect_encoding(const char *in, const char *want)
{
	char *got = encode(in);

	assert_string_equal(got, want);
	free(got);
}

static void
test_escapes_short_forms(void **state)
{
	(void)state;
	expect_encoding("plain text", "\"plain text\"");
	expect_encoding("", "\"\"");
	expect_encoding("say \"hi\"", "\"say \\\"hi\\\"\"");
	expect_encoding("C:\\dir", "\"C:\\\\dir\"");
	expect_encoding("a\nb\tc\rd\be\ff", "\"a\\nb\\tc\\rd\\be\\ff\"");
	/* The solidus needs no escape. */
	expect_encoding("a/b", "\"a/b\"");
}

static void
test_escapes_controls(void **state)
{
	(void)state;
	expect_encoding("\x01", "\"\\u0001\"");
	expect_encoding("\x1b[31m", "\"\\u001b[31m\"");
	expect_encoding("\x1f", "\"\\u001f\"");
	expect_encoding("\x7f", "\"\\u007f\"");
	/* C1 controls: U+0080, U+0085 (NEL), U+009F. */
	expect_encoding("\xc2\x80\xc2\x85\xc2\x9f", "\"\\u0080\\u0085\\u009f\"");
	/* U+00A0 is printable and stays raw. */
	expect_encoding("\xc2\xa0", "\"\xc2\xa0\"");
	/* Line and paragraph separators break JavaScript string literals. */
	expect_encoding("a\xe2\x80\xa8" "b\xe2\x80\xa9", "\"a\\u2028b\\u2029\"");
}

static void
test_escapes_invalid_utf8(void **state)
{
	(void)state;
	expect_encoding("\xff", "\"\\ufffd\"");
	expect_encoding("a\xc3", "\"a\\ufffd\"");           /* truncated */
	expect_encoding("\xc0\xaf", "\"\\ufffd\\ufffd\"");  /* overlong */
	expect_encoding("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\""); /* surrogate */
	expect_encoding("\xe2\x82" "x", "\"\\ufffd\\ufffdx\"");
	/* Valid multibyte text passes through untouched. */
	expect_encoding("caf\xc3\xa9 \xe6\x96\xb0\xe8\x81\x9e \xf0\x9f\x93\xb0",
	    "\"caf\xc3\xa9 \xe6\x96\xb0\xe8\x81\x9e \xf0\x9f\x93\xb0\"");
}

static void
test_compact_structure(void **state)
{
	struct pt_str out = PT_STR_INIT;
	struct json j;

	(void)state;
	json_init(&j, &out, 0);
	json_obj_open(&j);
	json_key(&j, "a");
	json_arr_open(&j);
	json_int(&j, 1);
	json_int(&j, -9223372036854775807LL - 1);
	json_bool(&j, 1);
	json_bool(&j, 0);
	json_null(&j);
	json_str(&j, NULL);
	json_str(&j, "x");
	json_arr_close(&j);
	json_key(&j, "empty");
	json_obj_open(&j);
	json_obj_close(&j);
	json_key(&j, "list");
	json_arr_open(&j);
	json_arr_close(&j);
	json_kstr(&j, "k\"ey", "v");
	json_kint(&j, "n", 42);
	json_ktime(&j, "t", (time_t)1795701600);
	/* Unset is absent, never null (presstime-json(5)). */
	json_ktime(&j, "never", 0);
	json_kstr(&j, "none", NULL);
	json_obj_close(&j);
	assert_string_equal(pt_str_cstr(&out), "{\"a\":[1,-9223372036854775808,"
	    "true,false,null,null,\"x\"],\"empty\":{},\"list\":[],"
	    "\"k\\\"ey\":\"v\",\"n\":42,\"t\":\"2026-11-26T14:00:00Z\"}");
	pt_str_done(&out);
}

static void
test_pretty_structure(void **state)
{
	struct pt_str out = PT_STR_INIT;
	struct json j;

	(void)state;
	json_init(&j, &out, 1);
	json_obj_open(&j);
	json_kint(&j, "presstime", 1);
	json_key(&j, "stories");
	json_arr_open(&j);
	json_obj_open(&j);
	json_kstr(&j, "slug", "a");
	json_key(&j, "tags");
	json_arr_open(&j);
	json_arr_close(&j);
	json_obj_close(&j);
	json_obj_open(&j);
	json_obj_close(&j);
	json_arr_close(&j);
	json_obj_close(&j);
	assert_string_equal(pt_str_cstr(&out),
	    "{\n"
	    "  \"presstime\": 1,\n"
	    "  \"stories\": [\n"
	    "    {\n"
	    "      \"slug\": \"a\",\n"
	    "      \"tags\": []\n"
	    "    },\n"
	    "    {}\n"
	    "  ]\n"
	    "}");
	pt_str_done(&out);
}

static void
test_top_level_scalar(void **state)
{
	struct pt_str out = PT_STR_INIT;
	struct json j;

	(void)state;
	json_init(&j, &out, 1);
	json_int(&j, 7);
	assert_string_equal(pt_str_cstr(&out), "7");
	pt_str_done(&out);
}

/* Runs python3 on a script; -1 when python3 is not there to ask. */
static int
python(const char *script, const char *arg)
{
	char cmd[512];
	int rc;

	if (system("python3 -c 'import json' >/dev/null 2>&1") != 0)
		return -1;
	snprintf(cmd, sizeof cmd, "python3 -c '%s' '%s'", script, arg);
	rc = system(cmd);
	return rc == 0 ? 0 : 1;
}

static char *
write_temp(const char *text, size_t len)
{
	char *path = strdup("/tmp/pt-json-XXXXXX");
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

/*
 * Hostile strings that are valid UTF-8 must come back from a real JSON
 * parser as exactly the same code points; random bytes must always give
 * a document the parser accepts.
 */
static void
test_python_accepts(void **state)
{
	static const char *const hostile[] = {
		"ESC \x1b[2J\x1b]0;pwned\x07 done",
		"bidi \xe2\x80\xae" "evil\xe2\x80\xac \xe2\x81\xa6x\xe2\x81\xa9",
		"lines\nand\r\nmore\n", "\"quoted\" and \\backslash\\",
		"emoji \xf0\x9f\x93\xb0\xf0\x9f\x94\xa5 CJK \xe6\x96\xb0\xe8\x81\x9e",
		"nul-free controls \x01\x02\x03\x1f\x7f \xc2\x85\xc2\x9f",
		"separators \xe2\x80\xa8 \xe2\x80\xa9 bom \xef\xbb\xbf",
		"  edge spaces  ", "null", "yes", "1",
	};
	struct pt_str out = PT_STR_INIT, raw = PT_STR_INIT;
	struct json j;
	char *jpath, *rpath, arg[256];
	unsigned seed = 12345;
	int rc;

	(void)state;
	json_init(&j, &out, 1);
	json_obj_open(&j);
	json_key(&j, "hostile");
	json_arr_open(&j);
	for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
		json_str(&j, hostile[i]);
		pt_str_add(&raw, hostile[i]);
		pt_str_addc(&raw, '\0');
	}
	json_arr_close(&j);
	json_key(&j, "random");
	json_arr_open(&j);
	for (int i = 0; i < 300; i++) {
		char buf[40];
		int n = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) %
		    38;

		for (int k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			buf[k] = (char)(1 + (seed >> 16) % 255);
		}
		buf[n] = '\0';
		json_str(&j, buf);
	}
	json_arr_close(&j);
	json_obj_close(&j);
	jpath = write_temp(out.buf, out.len);
	rpath = write_temp(raw.buf, raw.len);
	rc = python("import json, sys\n"
	    "d = json.load(open(sys.argv[1], encoding=\"utf-8\"))\n"
	    "sys.exit(0 if len(d[\"random\"]) == 300 else 1)\n", jpath);
	if (rc < 0) {
		unlink(jpath);
		unlink(rpath);
		free(jpath);
		free(rpath);
		pt_str_done(&out);
		pt_str_done(&raw);
		skip();
		return;
	}
	assert_int_equal(rc, 0);
	/* Same code points back, byte for byte once re-encoded. */
	snprintf(arg, sizeof arg, "%s' '%s", jpath, rpath);
	rc = python("import json, sys\n"
	    "d = json.load(open(sys.argv[1], encoding=\"utf-8\"))\n"
	    "raw = open(sys.argv[2], \"rb\").read().split(b\"\\0\")[:-1]\n"
	    "got = [s.encode(\"utf-8\") for s in d[\"hostile\"]]\n"
	    "sys.exit(0 if got == raw else 1)\n", arg);
	assert_int_equal(rc, 0);
	unlink(jpath);
	unlink(rpath);
	free(jpath);
	free(rpath);
	pt_str_done(&out);
	pt_str_done(&raw);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escapes_short_forms),
		cmocka_unit_test(test_escapes_controls),
		cmocka_unit_test(test_escapes_invalid_utf8),
		cmocka_unit_test(test_compact_structure),
		cmocka_unit_test(test_pretty_structure),
		cmocka_unit_test(test_top_level_scalar),
		cmocka_unit_test(test_python_accepts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
