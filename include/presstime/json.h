/* A small JSON writer into a pt_str: valid JSON, strings escaped as the
 * spec requires (controls as \u00XX, invalid UTF-8 as U+FFFD). */
#ifndef PRESSTIME_JSON_H
#define PRESSTIME_JSON_H

#include <time.h>

#include "presstime/str.h"

struct json {
	struct pt_str *out;
	int depth;
	int first[64];  /* per level: no comma needed yet */
	int pretty;     /* indent with two spaces */
};

void json_init(struct json *j, struct pt_str *out, int pretty);
void json_obj_open(struct json *j);
void json_obj_close(struct json *j);
void json_arr_open(struct json *j);
void json_arr_close(struct json *j);
/* Writes "key": and leaves the value to the next call. */
void json_key(struct json *j, const char *key);
void json_str(struct json *j, const char *s);   /* NULL writes null */
void json_int(struct json *j, long long v);
void json_bool(struct json *j, int v);
void json_null(struct json *j);
/* An ISO 8601 UTC string, or null for 0. */
void json_time(struct json *j, time_t t);
/* Shorthands: key + value. One rule for every JSON presstime writes
 * (presstime-json(5)): a field that is not set is absent, never null, so
 * json_kstr with NULL and json_ktime with 0 write nothing. */
void json_kstr(struct json *j, const char *key, const char *s);
void json_kint(struct json *j, const char *key, long long v);
void json_ktime(struct json *j, const char *key, time_t t);

#endif
