/* Checking text that came in as raw bytes before it is stored. */
#ifndef PRESSTIME_TEXT_IN_H
#define PRESSTIME_TEXT_IN_H

#include "presstime/err.h"
#include "presstime/str.h"

/* Makes s valid UTF-8 in place or refuses it whole: UTF-16 with a
 * byte-order mark is converted, a UTF-8 byte-order mark dropped; a NUL
 * byte or invalid UTF-8 is PT_EINVAL naming what (e.g. "standard input")
 * and the byte offset. Never truncates. */
int text_in_utf8(struct pt_str *s, const char *what, struct pt_err *err);

#endif
