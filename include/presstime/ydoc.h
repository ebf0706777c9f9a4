/* A small YAML document tree read through libyaml's event API with our
 * own limits (size, depth, no aliases), so a hostile file is refused fast.
 * Used by config, themes and import. */
#ifndef PRESSTIME_YDOC_H
#define PRESSTIME_YDOC_H

#include <stddef.h>

#include "presstime/err.h"

enum ydoc_kind { YDOC_SCALAR, YDOC_MAP, YDOC_SEQ };

struct ydoc_node {
	enum ydoc_kind kind;
	int line, col;             /* 1-based start of the node */
	char *text;                /* scalar value (YDOC_SCALAR), NUL-terminated */
	int quoted;                /* scalar was quoted: "null" stays a string */
	size_t n;                  /* SEQ: items; MAP: pairs */
	struct ydoc_node **items;  /* SEQ: n items; MAP: 2n, key then value */
};

struct ydoc_limits {
	size_t max_bytes; /* refuse larger input before parsing */
	int max_depth;    /* refuse deeper nesting of maps and sequences */
};

/* Themes and config: 64 KiB, depth 32. Imports: 8 MiB, depth 64. */
extern const struct ydoc_limits ydoc_conf_limits;
extern const struct ydoc_limits ydoc_import_limits;

/* Loads the single document in a file (an empty file gives an empty map).
 * Errors read "path:line:col: message". Caller frees with ydoc_free. */
int ydoc_load_file(const char *path, const struct ydoc_limits *lim,
    struct ydoc_node **out, struct pt_err *err);
/* The same from memory; name is used in messages. */
int ydoc_load_buf(const char *name, const char *buf, size_t len,
    const struct ydoc_limits *lim, struct ydoc_node **out,
    struct pt_err *err);
void ydoc_free(struct ydoc_node *node);
/* The value under key in a map, or NULL. Borrowed. */
const struct ydoc_node *ydoc_get(const struct ydoc_node *map, const char *key);

#endif
