/* A capped YAML reader: libyaml's event API builds a small tree while we
 * count bytes, depth and documents ourselves, so a hostile file (deep
 * nesting, alias bombs, a stream of documents) is refused at the first
 * event that crosses a limit instead of after libyaml has built it. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "presstime/str.h"
#include "presstime/ydoc.h"

const struct ydoc_limits ydoc_conf_limits = { 64 * 1024, 32 };
const struct ydoc_limits ydoc_import_limits = { 8 * 1024 * 1024, 64 };

/* A map or sequence being filled. */
struct ydoc_frame {
	struct ydoc_node *node;
	size_t len;  /* item pointers used (a map uses two per pair) */
	size_t cap;
};

struct ydoc_build {
	const char *name;
	const char *buf;  /* the input, to place reader errors */
	const struct ydoc_limits *lim;
	struct ydoc_frame *stack;  /* lim->max_depth frames */
	int depth;
	int docs;
	struct ydoc_node *root;
	struct pt_err *err;
};

static const char *const kind_names[] = {
	[YDOC_SCALAR] = "text",
	[YDOC_MAP] = "a map",
	[YDOC_SEQ] = "a list",
};

void
ydoc_free(struct ydoc_node *node)
{
	size_t i, n;

	if (node == NULL)
		return;
	n = node->kind == YDOC_MAP ? 2 * node->n : node->n;
	for (i = 0; i < n; i++)
		ydoc_free(node->items[i]);
	free(node->items);
	free(node->text);
	free(node);
}

const struct ydoc_node *
ydoc_get(const struct ydoc_node *map, const char *key)
{
	size_t i;

	if (map == NULL || map->kind != YDOC_MAP)
		return NULL;
	for (i = 0; i < map->n; i++)
		if (strcmp(map->items[2 * i]->text, key) == 0)
			return map->items[2 * i + 1];
	return NULL;
}

static int
build_errf(struct ydoc_build *b, const yaml_mark_t *m, const char *what)
{
	return pt_errf(b->err, PT_EINVAL, "%s:%zu:%zu: %s", b->name,
	    m->line + 1, m->column + 1, what);
}

/* Hangs a new node under the open collection (or makes it the root). The
 * node is owned by the tree at once, so any later error frees it too. */
static int
build_attach(struct ydoc_build *b, struct ydoc_node *node,
    const yaml_mark_t *m)
{
	struct ydoc_frame *f;
	char msg[128];

	if (b->depth == 0) {
		b->root = node;
		return 0;
	}
	f = &b->stack[b->depth - 1];
	if (f->node->kind == YDOC_MAP && f->len % 2 == 0 &&
	    node->kind != YDOC_SCALAR) {
		snprintf(msg, sizeof msg, "a key must be text, not %s",
		    kind_names[node->kind]);
		ydoc_free(node);
		return build_errf(b, m, msg);
	}
	if (f->len == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 4;
		f->node->items = pt_xrealloc(f->node->items,
		    f->cap * sizeof *f->node->items);
	}
	f->node->items[f->len++] = node;
	/* Keep n true at every step so a tree cut short by an error frees
	 * cleanly: a key still waiting for its value gets a NULL partner
	 * (cap is even, so the slot exists). */
	if (f->node->kind == YDOC_MAP) {
		if (f->len % 2 == 1)
			f->node->items[f->len] = NULL;
		f->node->n = (f->len + 1) / 2;
	} else
		f->node->n = f->len;
	return 0;
}

static struct ydoc_node *
node_new(enum ydoc_kind kind, const yaml_mark_t *m)
{
	struct ydoc_node *node = pt_xcalloc(1, sizeof *node);

	node->kind = kind;
	node->line = (int)m->line + 1;
	node->col = (int)m->column + 1;
	return node;
}

static int
build_scalar(struct ydoc_build *b, const yaml_event_t *ev)
{
	struct ydoc_node *node;
	size_t len = ev->data.scalar.length;

	/* "\0" is a legal escape, but our strings end at NUL: refuse rather
	 * than silently cut the text short. */
	if (memchr(ev->data.scalar.value, '\0', len) != NULL)
		return build_errf(b, &ev->start_mark,
		    "text contains a NUL character");
	node = node_new(YDOC_SCALAR, &ev->start_mark);
	node->text = pt_xmalloc(len + 1);
	memcpy(node->text, ev->data.scalar.value, len);
	node->text[len] = '\0';
	node->quoted = ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
	return build_attach(b, node, &ev->start_mark);
}

static int
build_open(struct ydoc_build *b, enum ydoc_kind kind, const yaml_mark_t *m)
{
	struct ydoc_node *node;
	char msg[128];
	int rc;

	/* Counted here, on the start event, so a wall of '[' stops at the
	 * first one past the limit. */
	if (b->depth >= b->lim->max_depth) {
		snprintf(msg, sizeof msg,
		    "nested deeper than the limit of %d levels",
		    b->lim->max_depth);
		return build_errf(b, m, msg);
	}
	node = node_new(kind, m);
	if ((rc = build_attach(b, node, m)) != 0)
		return rc;
	b->stack[b->depth].node = node;
	b->stack[b->depth].len = 0;
	b->stack[b->depth].cap = 0;
	b->depth++;
	return 0;
}

static int
key_cmp(const void *pa, const void *pb)
{
	const struct ydoc_node *a = *(const struct ydoc_node *const *)pa;
	const struct ydoc_node *b = *(const struct ydoc_node *const *)pb;
	int c = strcmp(a->text, b->text);

	if (c != 0)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->col < b->col ? -1 : a->col > b->col;
}

/* Refuses a key given twice, naming the first repeat in file order. Sorting
 * keeps an 8 MiB import from going quadratic on a huge map. */
static int
check_dup_keys(struct ydoc_build *b, const struct ydoc_node *map)
{
	const struct ydoc_node **keys, *dup = NULL, *first = NULL;
	size_t i;

	if (map->n < 2)
		return 0;
	keys = pt_xmalloc(map->n * sizeof *keys);
	for (i = 0; i < map->n; i++)
		keys[i] = map->items[2 * i];
	qsort(keys, map->n, sizeof *keys, key_cmp);
	for (i = 1; i < map->n; i++) {
		if (strcmp(keys[i - 1]->text, keys[i]->text) != 0)
			continue;
		if (dup == NULL || keys[i]->line < dup->line ||
		    (keys[i]->line == dup->line && keys[i]->col < dup->col))
			dup = keys[i];
	}
	if (dup != NULL) {
		/* Equal keys sort by place: the first of the run is the
		 * original. */
		for (i = 0; first == NULL; i++)
			if (strcmp(keys[i]->text, dup->text) == 0)
				first = keys[i];
		pt_errf(b->err, PT_EINVAL,
		    "%s:%d:%d: duplicate key \"%s\" (first given at %d:%d)",
		    b->name, dup->line, dup->col, dup->text, first->line,
		    first->col);
	}
	free(keys);
	return dup != NULL ? PT_EINVAL : 0;
}

static int
build_close(struct ydoc_build *b)
{
	struct ydoc_node *node = b->stack[b->depth - 1].node;

	b->depth--;
	if (node->kind == YDOC_MAP)
		return check_dup_keys(b, node);
	return 0;
}

/* Places a reader error (bad UTF-8, a control character), which libyaml
 * reports as a byte offset, as line and column like every other error. */
static void
offset_mark(const char *buf, size_t off, yaml_mark_t *m)
{
	size_t i;

	m->line = 0;
	m->column = 0;
	for (i = 0; i < off; i++) {
		if (buf[i] == '\n') {
			m->line++;
			m->column = 0;
		} else if (((unsigned char)buf[i] & 0xc0) != 0x80)
			m->column++;
	}
}

static int
parser_error(struct ydoc_build *b, const yaml_parser_t *p)
{
	yaml_mark_t m;
	char msg[512];

	switch (p->error) {
	case YAML_MEMORY_ERROR:
		return pt_errf(b->err, PT_ENOMEM, "%s: out of memory",
		    b->name);
	case YAML_READER_ERROR:
		offset_mark(b->buf, p->problem_offset, &m);
		if (p->problem_value != -1)
			snprintf(msg, sizeof msg, "%s (byte 0x%02x)",
			    p->problem, (unsigned)p->problem_value & 0xffu);
		else
			snprintf(msg, sizeof msg, "%s", p->problem);
		return build_errf(b, &m, msg);
	default:
		if (p->context != NULL)
			snprintf(msg, sizeof msg, "%s (%s at %zu:%zu)",
			    p->problem, p->context,
			    p->context_mark.line + 1,
			    p->context_mark.column + 1);
		else
			snprintf(msg, sizeof msg, "%s",
			    p->problem ? p->problem : "cannot parse YAML");
		return build_errf(b, &p->problem_mark, msg);
	}
}

/* The anchor an event carries, if any. */
static const yaml_char_t *
event_anchor(const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return ev->data.scalar.anchor;
	case YAML_SEQUENCE_START_EVENT:
		return ev->data.sequence_start.anchor;
	case YAML_MAPPING_START_EVENT:
		return ev->data.mapping_start.anchor;
	default:
		return NULL;
	}
}

/* Handles one event; *done is set at the end of the stream. */
static int
build_event(struct ydoc_build *b, const yaml_event_t *ev, int *done)
{
	/* Our files never need & or *: refusing the first anchor stops a
	 * file of 50,000 anchors before it is built, not at its first
	 * alias. */
	if (event_anchor(ev) != NULL)
		return build_errf(b, &ev->start_mark,
		    "anchors (&name) are not allowed");
	switch (ev->type) {
	case YAML_STREAM_END_EVENT:
		*done = 1;
		return 0;
	case YAML_DOCUMENT_START_EVENT:
		if (++b->docs > 1)
			return build_errf(b, &ev->start_mark,
			    "only one document is allowed in this file");
		return 0;
	case YAML_ALIAS_EVENT:
		return build_errf(b, &ev->start_mark,
		    "aliases are not allowed");
	case YAML_SCALAR_EVENT:
		return build_scalar(b, ev);
	case YAML_SEQUENCE_START_EVENT:
		return build_open(b, YDOC_SEQ, &ev->start_mark);
	case YAML_MAPPING_START_EVENT:
		return build_open(b, YDOC_MAP, &ev->start_mark);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		return build_close(b);
	default:
		return 0;
	}
}

int
ydoc_load_buf(const char *name, const char *buf, size_t len,
    const struct ydoc_limits *lim, struct ydoc_node **out,
    struct pt_err *err)
{
	struct ydoc_build b;
	yaml_parser_t p;
	yaml_event_t ev;
	yaml_mark_t start = { 0, 0, 0 };
	int rc = 0, done = 0;

	*out = NULL;
	if (len > lim->max_bytes)
		return pt_errf(err, PT_EINVAL,
		    "%s: %zu bytes is over the %zu-byte limit for this kind "
		    "of file", name, len, lim->max_bytes);
	/* A UTF-8 byte-order mark (editors on Windows add one) is no
	 * content: the parser, fixed to UTF-8 below, would read it as some. */
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	memset(&b, 0, sizeof b);
	b.name = name;
	b.buf = buf;
	b.lim = lim;
	b.err = err;
	b.stack = pt_xcalloc((size_t)lim->max_depth + 1, sizeof *b.stack);

	if (!yaml_parser_initialize(&p)) {
		free(b.stack);
		return pt_errf(err, PT_ENOMEM, "%s: out of memory", name);
	}
	/* Our files are UTF-8; do not let a BOM switch libyaml to UTF-16. */
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, len);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			rc = parser_error(&b, &p);
			break;
		}
		rc = build_event(&b, &ev, &done);
		yaml_event_delete(&ev);
		if (rc != 0)
			break;
	}
	yaml_parser_delete(&p);
	free(b.stack);
	if (rc != 0) {
		ydoc_free(b.root);
		return rc;
	}
	/* No document, or one that is only "---": nothing was set. */
	if (b.root == NULL || (b.root->kind == YDOC_SCALAR &&
	    !b.root->quoted && b.root->text[0] == '\0')) {
		ydoc_free(b.root);
		b.root = node_new(YDOC_MAP, &start);
	}
	*out = b.root;
	return 0;
}

int
ydoc_load_file(const char *path, const struct ydoc_limits *lim,
    struct ydoc_node **out, struct pt_err *err)
{
	struct stat st;
	char *buf;
	size_t len = 0, cap;
	ssize_t got;
	int fd, rc;

	*out = NULL;
	/* O_NONBLOCK: opening a FIFO with no writer would wait forever
	 * (even `presstime ls` hung on a FIFO named as the config). */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY |
	    O_NONBLOCK)) == -1)
		return pt_errf(err, errno == ENOENT ? PT_ENOENT : PT_EIO,
		    "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		int e = errno;

		rc = pt_errf(err, PT_EIO, "%s: cannot read: %s", path,
		    S_ISDIR(st.st_mode) ? "is a directory" :
		    S_ISFIFO(st.st_mode) ? "is a FIFO, not a regular file" :
		    S_ISREG(st.st_mode) ? strerror(e) :
		    "not a regular file");
		close(fd);
		return rc;
	}
	/* Refuse by size before reading a byte when the size is known. */
	if ((uintmax_t)st.st_size > lim->max_bytes) {
		close(fd);
		return pt_errf(err, PT_EINVAL,
		    "%s: %jd bytes is over the %zu-byte limit for this kind "
		    "of file", path, (intmax_t)st.st_size, lim->max_bytes);
	}
	/* Read one byte more than allowed: a pipe or a file that grew since
	 * fstat is caught too. */
	cap = (size_t)st.st_size + 1;
	buf = pt_xmalloc(cap);
	while (len <= lim->max_bytes) {
		if (len == cap) {
			cap = cap * 2 > lim->max_bytes + 1 ?
			    lim->max_bytes + 1 : cap * 2;
			buf = pt_xrealloc(buf, cap);
		}
		got = read(fd, buf + len, cap - len);
		if (got == -1 && errno == EINTR)
			continue;
		if (got == -1) {
			rc = pt_errf(err, PT_EIO, "%s: cannot read: %s", path,
			    strerror(errno));
			close(fd);
			free(buf);
			return rc;
		}
		if (got == 0)
			break;
		len += (size_t)got;
	}
	close(fd);
	if (len > lim->max_bytes)
		rc = pt_errf(err, PT_EINVAL,
		    "%s: more than %zu bytes is over the limit for this kind "
		    "of file", path, lim->max_bytes);
	else
		rc = ydoc_load_buf(path, buf, len, lim, out, err);
	free(buf);
	return rc;
}
