/* Splitting a typed line into words as a shell does, so the TUI's `:`
 * line takes what the shell takes: `:log --source "ICE spokesperson"
 * 'It'\''s done'`. */
#ifndef PRESSTIME_SHWORDS_H
#define PRESSTIME_SHWORDS_H

#include <stddef.h>

#include "presstime/err.h"

/* Words are separated by blanks (space, tab); '...' keeps everything
 * inside as it is; "..." too, except that a backslash before " \ $ `
 * stands for that character; outside quotes a backslash stands for the
 * next character. "" is an empty word. Nothing is expanded ($, *, ~
 * are plain characters). *words gets n + 1 pointers (the last NULL),
 * freed with pt_shwords_free. An unclosed quote or a backslash at the
 * end fails naming the word it is in. */
int pt_shwords(const char *line, char ***words, size_t *n,
    struct pt_err *err);
void pt_shwords_free(char **words, size_t n);

#endif
