/* Export of stories as YAML, JSON or Markdown, and import of the YAML
 * export format (its shape is described at the top of src/io/export.c).
 * Export, import into an empty database, export again: same bytes. */
#ifndef PRESSTIME_IO_H
#define PRESSTIME_IO_H

#include <stddef.h>

#include "presstime/desk_import.h"
#include "presstime/err.h"
#include "presstime/str.h"

struct desk;
struct filter;

/* YAML, JSON and Markdown are presstime's own (YAML and JSON round-trip
 * through import); ninjs, iCalendar and CSV are for other systems
 * (export_ninjs.c, export_ics.c, export_csv.c) and are not imported. */
enum export_format { EXPORT_YAML, EXPORT_JSON, EXPORT_MD, EXPORT_NINJS,
	EXPORT_ICS, EXPORT_CSV };

/* "yaml"/"yml", "json", "md"/"markdown", "ninjs", "ics"/"ical", "csv". */
int export_format_parse(const char *name, enum export_format *out,
    struct pt_err *err);
const char *export_format_name(enum export_format fmt);

/* Appends the stories matching f (NULL: all), or only one_slug when not
 * NULL (f is then ignored), to out in slug order. Reads a page of stories
 * at a time, so memory follows the page, not the newsroom. PT_ENOENT when
 * one_slug does not exist. */
int export_stories(struct desk *d, const struct filter *f,
    const char *one_slug, enum export_format fmt, struct pt_str *out,
    struct pt_err *err);


/* Imports a YAML file in the export format: every field is checked first
 * (errors read "file:line:col: message"), then everything is written in
 * one transaction, so a refused file leaves the database untouched.
 * A slug that already exists is refused. st may be NULL. */
int import_file(struct desk *d, const char *path, struct import_stats *st,
    struct pt_err *err);
/* The same from memory; name is used in messages. */
int import_buf(struct desk *d, const char *name, const char *buf, size_t len,
    struct import_stats *st, struct pt_err *err);

#endif
