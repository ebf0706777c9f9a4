/* Shared by src/util/ptime*.c only. */
#ifndef PRESSTIME_UTIL_PTIME_INT_H
#define PRESSTIME_UTIL_PTIME_INT_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"

#define PTIME_TEXT_MAX 128 /* longer input is not a time we can read */
/* The range of times accepted (see ptime.h). 0 is "no time" in the
 * database, so the range starts a second after the epoch. */
#define PTIME_FIRST ((time_t)1)
#define PTIME_LAST ((time_t)253402300799LL) /* 9999-12-31T23:59:59Z */
/* make_local's answer for a clock time the zone skips (a DST gap). */
#define PTIME_GAP (-2)

/* Lowercased, trimmed, inner whitespace squeezed; -1 when too long. */
int ptime_normalize(const char *text, char *buf, size_t n);
/* How many bytes of text to quote in a message. */
int ptime_quote_len(const char *text);
/* ISO 8601 or "YYYY-MM-DD HH:MM" (normalized): 0, -1 when it is not
 * one, PTIME_GAP (with *out moved past the gap) when local and skipped. */
int ptime_parse_iso(const char *s, time_t *out);
/* t into *out when in range, else PT_EINVAL quoting text. */
int ptime_check_range(const char *text, time_t t, time_t *out,
    struct pt_err *err);
/* PT_EINVAL for text naming a skipped local time; moved is where mktime
 * put it, offered as the time to type instead. */
int ptime_gap_error(const char *text, time_t moved, struct pt_err *err);

#endif
