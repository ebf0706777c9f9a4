/* A small JSON writer: the caller walks its data, we keep the commas,
 * the indentation and the string escaping right, so the output is always
 * valid JSON whatever bytes the text holds. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "presstime/json.h"
#include "presstime/sanitize.h"
#include "presstime/ptime.h"
#include "presstime/utf8.h"

/*
 * first[level] says what the next thing at that level needs:
 * FIRST_EMPTY   nothing written yet (no comma, but a new line)
 * FIRST_MORE    an element was written (comma and a new line)
 * FIRST_VALUE   a key was just written (the value follows it directly)
 */
enum { FIRST_MORE = 0, FIRST_EMPTY = 1, FIRST_VALUE = 2 };

#define JSON_LEVELS ((int)(sizeof ((struct json *)0)->first / \
	sizeof ((struct json *)0)->first[0]))

/* The level's slot; deeper nesting than the array holds shares the last
 * slot, which can misplace a comma but never writes out of bounds. */
static int *
slot(struct json *j)
{
	int d = j->depth < JSON_LEVELS ? j->depth : JSON_LEVELS - 1;

	return &j->first[d < 0 ? 0 : d];
}

static void
newline(struct json *j)
{
	if (!j->pretty)
		return;
	pt_str_addc(j->out, '\n');
	for (int i = 0; i < j->depth; i++)
		pt_str_add(j->out, "  ");
}

/* Whatever goes before the next value or key at the current level. */
static void
begin_item(struct json *j)
{
	int *f = slot(j);

	if (*f == FIRST_VALUE) {
		*f = FIRST_MORE;
		return;
	}
	if (*f == FIRST_MORE)
		pt_str_addc(j->out, ',');
	*f = FIRST_MORE;
	if (j->depth > 0)
		newline(j);
}

void
json_init(struct json *j, struct pt_str *out, int pretty)
{
	j->out = out;
	j->depth = 0;
	j->pretty = pretty;
	for (int i = 0; i < JSON_LEVELS; i++)
		j->first[i] = FIRST_EMPTY;
}

static void
open_level(struct json *j, char c)
{
	begin_item(j);
	pt_str_addc(j->out, c);
	j->depth++;
	*slot(j) = FIRST_EMPTY;
}

static void
close_level(struct json *j, char c)
{
	int had = *slot(j) != FIRST_EMPTY;

	if (j->depth > 0)
		j->depth--;
	if (had)
		newline(j);
	pt_str_addc(j->out, c);
}

void
json_obj_open(struct json *j)
{
	open_level(j, '{');
}

void
json_obj_close(struct json *j)
{
	close_level(j, '}');
}

void
json_arr_open(struct json *j)
{
	open_level(j, '[');
}

void
json_arr_close(struct json *j)
{
	close_level(j, ']');
}

/*
 * Escapes what JSON forbids raw (quote, backslash, C0 controls) and what
 * readers trip on (DEL, C1 controls, U+2028/2029, which end a line in
 * JavaScript). Invalid UTF-8 becomes U+FFFD so the output stays UTF-8.
 */
static void
put_string(struct pt_str *out, const char *s)
{
	size_t n = strlen(s), i = 0;

	pt_str_addc(out, '"');
	while (i < n) {
		const unsigned char c = (unsigned char)s[i];
		int32_t cp;
		int len;

		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
			size_t k = i;

			while (k < n && (unsigned char)s[k] >= 0x20 &&
			    (unsigned char)s[k] < 0x7f && s[k] != '"' &&
			    s[k] != '\\')
				k++;
			pt_str_addn(out, s + i, k - i);
			i = k;
			continue;
		}
		len = utf8_decode(s + i, n - i, &cp);
		switch (cp) {
		case '"':
			pt_str_add(out, "\\\"");
			break;
		case '\\':
			pt_str_add(out, "\\\\");
			break;
		case '\n':
			pt_str_add(out, "\\n");
			break;
		case '\t':
			pt_str_add(out, "\\t");
			break;
		case '\r':
			pt_str_add(out, "\\r");
			break;
		case '\b':
			pt_str_add(out, "\\b");
			break;
		case '\f':
			pt_str_add(out, "\\f");
			break;
		case -1:
			pt_str_add(out, "\\ufffd");
			break;
		default:
			/* Escaped, not dropped: the text comes back exact,
			 * but no bidi control reaches a terminal raw. */
			if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
			    cp == 0x2028 || cp == 0x2029 ||
			    sanitize_is_hidden(cp))
				pt_str_addf(out, "\\u%04x", (unsigned)cp);
			else
				pt_str_addn(out, s + i, (size_t)len);
			break;
		}
		i += (size_t)len;
	}
	pt_str_addc(out, '"');
}

void
json_key(struct json *j, const char *key)
{
	begin_item(j);
	put_string(j->out, key);
	pt_str_add(j->out, j->pretty ? ": " : ":");
	*slot(j) = FIRST_VALUE;
}

void
json_str(struct json *j, const char *s)
{
	if (s == NULL) {
		json_null(j);
		return;
	}
	begin_item(j);
	put_string(j->out, s);
}

void
json_int(struct json *j, long long v)
{
	begin_item(j);
	pt_str_addf(j->out, "%lld", v);
}

void
json_bool(struct json *j, int v)
{
	begin_item(j);
	pt_str_add(j->out, v ? "true" : "false");
}

void
json_null(struct json *j)
{
	begin_item(j);
	pt_str_add(j->out, "null");
}

void
json_time(struct json *j, time_t t)
{
	char buf[64];

	if (t == 0) {
		json_null(j);
		return;
	}
	ptime_format_iso(t, buf, sizeof buf);
	json_str(j, buf);
}

void
json_kstr(struct json *j, const char *key, const char *s)
{
	if (s == NULL)
		return;
	json_key(j, key);
	json_str(j, s);
}

void
json_kint(struct json *j, const char *key, long long v)
{
	json_key(j, key);
	json_int(j, v);
}

void
json_ktime(struct json *j, const char *key, time_t t)
{
	if (t == 0)
		return;
	json_key(j, key);
	json_time(j, t);
}
