/* Unit tests for the capped YAML reader: tree shape, positions, and every
 * refusal with its place (size, depth, aliases, documents, keys). */
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

#include "presstime/ydoc.h"

/* Parses text with the config limits; returns the code. */
static int
parse(const char *text, struct ydoc_node **out, struct pt_err *err)
{
	return ydoc_load_buf("t.yaml", text, strlen(text), &ydoc_conf_limits,
	    out, err);
}

/* Expects text to be refused with exactly msg. */
static void
expect_error(const char *text, const char *msg)
{
	struct ydoc_node *root = (struct ydoc_node *)1;
	struct pt_err err;

	pt_err_clear(&err);
	assert_int_equal(parse(text, &root, &err), PT_EINVAL);
	assert_null(root);
	assert_string_equal(err.msg, msg);
}

static void
test_tree_shape(void **state)
{
	static const char text[] =
	    "name: dusk\n"
	    "colors:\n"
	    "  title: { fg: white, bg: blue, attrs: [bold] }\n"
	    "list:\n"
	    "  - a\n"
	    "  - 'null'\n"
	    "  - null\n";
	const struct ydoc_node *colors, *title, *attrs, *list;
	struct ydoc_node *root;
	struct pt_err err;

	(void)state;
	assert_int_equal(parse(text, &root, &err), 0);
	assert_int_equal(root->kind, YDOC_MAP);
	assert_int_equal(root->n, 3);
	assert_string_equal(root->items[0]->text, "name");
	assert_string_equal(root->items[1]->text, "dusk");
	assert_int_equal(root->items[1]->line, 1);
	assert_int_equal(root->items[1]->col, 7);

	colors = ydoc_get(root, "colors");
	assert_non_null(colors);
	assert_int_equal(colors->kind, YDOC_MAP);
	assert_int_equal(colors->n, 1);
	title = ydoc_get(colors, "title");
	assert_non_null(title);
	assert_int_equal(title->kind, YDOC_MAP);
	assert_int_equal(title->line, 3);
	assert_int_equal(title->col, 10);
	assert_int_equal(title->n, 3);
	assert_string_equal(ydoc_get(title, "bg")->text, "blue");
	assert_int_equal(ydoc_get(title, "bg")->line, 3);
	assert_int_equal(ydoc_get(title, "bg")->col, 27);
	attrs = ydoc_get(title, "attrs");
	assert_int_equal(attrs->kind, YDOC_SEQ);
	assert_int_equal(attrs->n, 1);
	assert_string_equal(attrs->items[0]->text, "bold");
	assert_int_equal(attrs->col, 40);
	assert_int_equal(attrs->items[0]->col, 41);

	list = ydoc_get(root, "list");
	assert_int_equal(list->kind, YDOC_SEQ);
	assert_int_equal(list->n, 3);
	assert_int_equal(list->line, 5);
	assert_int_equal(list->col, 3);
	assert_string_equal(list->items[1]->text, "null");
	assert_true(list->items[1]->quoted);
	assert_string_equal(list->items[2]->text, "null");
	assert_false(list->items[2]->quoted);
	assert_int_equal(list->items[2]->line, 7);
	assert_int_equal(list->items[2]->col, 5);

	assert_null(ydoc_get(root, "missing"));
	assert_null(ydoc_get(list, "a"));
	assert_null(ydoc_get(NULL, "a"));
	ydoc_free(root);
}

static void
test_empty_is_empty_map(void **state)
{
	static const char *const texts[] = { "", "# only a comment\n",
	    "---\n", "--- \n...\n" };
	struct ydoc_node *root;
	struct pt_err err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		assert_int_equal(parse(texts[i], &root, &err), 0);
		assert_int_equal(root->kind, YDOC_MAP);
		assert_int_equal(root->n, 0);
		ydoc_free(root);
	}
	/* A quoted empty string is a value, not an empty file. */
	assert_int_equal(parse("''\n", &root, &err), 0);
	assert_int_equal(root->kind, YDOC_SCALAR);
	assert_string_equal(root->text, "");
	ydoc_free(root);
}

static void
test_text_kept_and_columns_in_characters(void **state)
{
	struct ydoc_node *root;
	struct pt_err err;

	(void)state;
	assert_int_equal(parse("headline: \"Caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve\"\n",
	    &root, &err), 0);
	assert_string_equal(ydoc_get(root, "headline")->text,
	    "Caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve");
	ydoc_free(root);
	/* Columns count characters, as a terminal shows them. */
	expect_error("caf\xc3\xa9: *x\n", "t.yaml:1:7: aliases are not allowed");
}

static void
test_size_cap_buffer(void **state)
{
	size_t n = 65 * 1024;
	char *buf = malloc(n);
	struct ydoc_node *root;
	struct pt_err err;

	(void)state;
	memset(buf, '#', n);
	assert_int_equal(ydoc_load_buf("big.yaml", buf, n, &ydoc_conf_limits,
	    &root, &err), PT_EINVAL);
	assert_null(root);
	assert_string_equal(err.msg, "big.yaml: 66560 bytes is over the "
	    "65536-byte limit for this kind of file");
	/* Exactly at the limit is fine. */
	assert_int_equal(ydoc_load_buf("big.yaml", buf, 65536,
	    &ydoc_conf_limits, &root, &err), 0);
	ydoc_free(root);
	free(buf);
}

static void
test_size_cap_file(void **state)
{
	char path[] = "/tmp/pt-ydoc-XXXXXX";
	char want[256], *buf;
	struct ydoc_node *root;
	struct pt_err err;
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	buf = malloc(70000);
	memset(buf, '#', 70000);
	assert_int_equal(write(fd, buf, 70000), 70000);
	close(fd);
	assert_int_equal(ydoc_load_file(path, &ydoc_conf_limits, &root, &err),
	    PT_EINVAL);
	assert_null(root);
	snprintf(want, sizeof want, "%s: 70000 bytes is over the 65536-byte "
	    "limit for this kind of file", path);
	assert_string_equal(err.msg, want);
	/* The import limit lets the same file through. */
	assert_int_equal(ydoc_load_file(path, &ydoc_import_limits, &root,
	    &err), 0);
	ydoc_free(root);
	unlink(path);
	free(buf);
}

static void
test_file_ok_and_missing(void **state)
{
	char path[] = "/tmp/pt-ydoc-XXXXXX";
	struct ydoc_node *root;
	struct pt_err err;
	char want[256];
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "a: [1, 2\n", 9), 9);
	close(fd);
	assert_int_equal(ydoc_load_file(path, &ydoc_conf_limits, &root, &err),
	    PT_EINVAL);
	snprintf(want, sizeof want, "%s:2:1: did not find expected ',' or "
	    "']' (while parsing a flow sequence at 1:4)", path);
	assert_string_equal(err.msg, want);
	unlink(path);

	assert_int_equal(ydoc_load_file("/nonexistent/x.yaml",
	    &ydoc_conf_limits, &root, &err), PT_ENOENT);
	assert_null(root);
	assert_string_equal(err.msg,
	    "/nonexistent/x.yaml: cannot open: No such file or directory");
	assert_int_equal(ydoc_load_file("/tmp", &ydoc_conf_limits, &root,
	    &err), PT_EIO);
	assert_string_equal(err.msg, "/tmp: cannot read: is a directory");
}

/* "[" * n then "]" * n, or block maps nested n deep. */
static char *
nest_flow(size_t n)
{
	char *s = malloc(2 * n + 2);

	memset(s, '[', n);
	memset(s + n, ']', n);
	s[2 * n] = '\n';
	s[2 * n + 1] = '\0';
	return s;
}

static char *
nest_block(int n)
{
	char *s = malloc((size_t)n * (size_t)(2 * n + 8) + 16), *p = s;
	int i;

	for (i = 0; i < n; i++)
		p += sprintf(p, "%*sk%d:\n", 2 * i, "", i);
	sprintf(p, "%*sleaf: 1\n", 2 * n, "");
	return s;
}

static void
test_depth_limit(void **state)
{
	struct ydoc_node *root;
	struct pt_err err;
	char *s;

	(void)state;
	s = nest_flow(32);
	assert_int_equal(parse(s, &root, &err), 0);
	ydoc_free(root);
	free(s);

	s = nest_flow(33);
	expect_error(s, "t.yaml:1:33: nested deeper than the limit of 32 "
	    "levels");
	free(s);

	/* 31 keys deep plus the root and the leaf's map = 32 maps. */
	s = nest_block(31);
	assert_int_equal(parse(s, &root, &err), 0);
	ydoc_free(root);
	free(s);
	s = nest_block(32);
	expect_error(s, "t.yaml:33:65: nested deeper than the limit of 32 "
	    "levels");
	free(s);
}

static void
test_bracket_wall_refused(void **state)
{
	struct ydoc_node *root;
	struct pt_err err;
	char *s = nest_flow(100000);

	(void)state;
	/* Too big for a config before a byte is parsed... */
	assert_int_equal(ydoc_load_buf("w.yaml", s, strlen(s),
	    &ydoc_conf_limits, &root, &err), PT_EINVAL);
	assert_string_equal(err.msg, "w.yaml: 200001 bytes is over the "
	    "65536-byte limit for this kind of file");
	/* ...and refused on depth, at the 65th '[', as an import (how fast
	 * is measured by tests/bench/caps.sh, not here). */
	assert_int_equal(ydoc_load_buf("w.yaml", s, strlen(s),
	    &ydoc_import_limits, &root, &err), PT_EINVAL);
	assert_null(root);
	assert_string_equal(err.msg, "w.yaml:1:65: nested deeper than the "
	    "limit of 64 levels");
	free(s);
}

static void
test_aliases_refused(void **state)
{
	(void)state;
	expect_error("b: *x\n", "t.yaml:1:4: aliases are not allowed");
	expect_error("- [1, 2]\n- *x\n", "t.yaml:2:3: aliases are not allowed");
	/* Anchors too, at the first one: a file of 50,000 anchors is not
	 * built before its first alias. */
	expect_error("a: &x 1\nb: *x\n",
	    "t.yaml:1:4: anchors (&name) are not allowed");
	expect_error("- &x [1, 2]\n- *x\n",
	    "t.yaml:1:3: anchors (&name) are not allowed");
}

static void
test_billion_laughs_refused(void **state)
{
	static const char lol[] =
	    "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
	    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
	    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
	    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
	    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
	    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
	    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
	    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";

	(void)state;
	expect_error(lol, "t.yaml:1:4: anchors (&name) are not allowed");
}

static void
test_one_document_only(void **state)
{
	(void)state;
	expect_error("a: 1\n---\nb: 2\n",
	    "t.yaml:2:1: only one document is allowed in this file");
	expect_error("--- 1\n--- 2\n",
	    "t.yaml:2:1: only one document is allowed in this file");
}

static void
test_keys(void **state)
{
	(void)state;
	expect_error("a: 1\nb: 2\na: 3\n",
	    "t.yaml:3:1: duplicate key \"a\" (first given at 1:1)");
	expect_error("x:\n  b: 1\n  b: 2\n  b: 3\n",
	    "t.yaml:3:3: duplicate key \"b\" (first given at 2:3)");
	expect_error("{ [a]: 1 }\n", "t.yaml:1:3: a key must be text, not a list");
	expect_error("? { a: 1 }\n: 2\n",
	    "t.yaml:1:3: a key must be text, not a map");
}

static void
test_scalar_rules(void **state)
{
	(void)state;
	expect_error("a: \"x\\0y\"\n",
	    "t.yaml:1:4: text contains a NUL character");
	expect_error("a: b\nc: \xff\n",
	    "t.yaml:2:4: invalid leading UTF-8 octet (byte 0xff)");
	expect_error("a: \xc3\n",
	    "t.yaml:1:5: invalid trailing UTF-8 octet (byte 0x0a)");
	expect_error("a: \xc3", "t.yaml:1:4: incomplete UTF-8 octet sequence");
	expect_error("a: \x01\n",
	    "t.yaml:1:4: control characters are not allowed (byte 0x01)");
}

static void
test_syntax_errors(void **state)
{
	(void)state;
	expect_error("a: 1\n b: 2\n",
	    "t.yaml:2:3: mapping values are not allowed in this context");
	expect_error("a:\n  - 1\n  x: 2\n",
	    "t.yaml:3:3: did not find expected '-' indicator (while parsing a "
	    "block collection at 2:3)");
	expect_error("a: \"open\n",
	    "t.yaml:2:1: found unexpected end of stream (while scanning a "
	    "quoted scalar at 1:4)");
	expect_error("a: @x\n", "t.yaml:1:4: found character that cannot "
	    "start any token (while scanning for the next token at 1:4)");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tree_shape),
		cmocka_unit_test(test_empty_is_empty_map),
		cmocka_unit_test(test_text_kept_and_columns_in_characters),
		cmocka_unit_test(test_size_cap_buffer),
		cmocka_unit_test(test_size_cap_file),
		cmocka_unit_test(test_file_ok_and_missing),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_bracket_wall_refused),
		cmocka_unit_test(test_aliases_refused),
		cmocka_unit_test(test_billion_laughs_refused),
		cmocka_unit_test(test_one_document_only),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_scalar_rules),
		cmocka_unit_test(test_syntax_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
