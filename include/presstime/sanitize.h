/* Making text from the database, files and flags safe to draw.
 * Every byte that reaches a terminal passes through here. */
#ifndef PRESSTIME_SANITIZE_H
#define PRESSTIME_SANITIZE_H

#include <stddef.h>
#include <stdint.h>

#include "presstime/str.h"

enum {
	SAN_NEWLINES = 1 << 0, /* keep '\n' (otherwise it shows as a space) */
	SAN_TABS = 1 << 1      /* keep '\t' (otherwise it shows as a space) */
};

/* Appends text to out with every dangerous thing replaced by a visible
 * placeholder: C0 controls (U+2400 control pictures, e.g. ESC as U+241B),
 * DEL (U+2421), C1 controls U+0080-U+009F and invalid UTF-8 (U+FFFD),
 * bidi embeddings/overrides/isolates U+202A-U+202E and U+2066-U+2069,
 * U+200E/U+200F/U+061C marks and U+FEFF (U+FFFD). The output is valid
 * UTF-8 with no control characters beyond those flags allow. */
void sanitize_append(struct pt_str *out, const char *text, size_t len,
    int flags);
/* The same, into a fresh string the caller frees. NULL in, "" out. */
char *sanitize_dup(const char *text, int flags);
/* Appends at most cols display columns of the sanitized text, never
 * cutting a character (a wide one that would straddle is left out).
 * Returns the columns used. */
int sanitize_fit(struct pt_str *out, const char *text, int cols, int flags);
/* 1 for the invisible characters that reorder or hide text: bidi
 * embeddings, overrides, isolates and marks, and U+FEFF. Writers that
 * escape rather than replace (JSON, Markdown) use it too. */
int sanitize_is_hidden(int32_t cp);
/* Display columns the sanitized text would take (single line). */
int sanitize_width(const char *text);

#endif
