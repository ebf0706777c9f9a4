/* libFuzzer harness: YAML import. Whatever an import accepts must survive
 * the round trip the export format promises: export, import that into a
 * second empty database, export again, and the two exports are the same
 * bytes. Each import goes into an empty in-memory database, and one it
 * refuses must leave that database empty. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/io.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* The clock and zone are fixed so a crash replays the same way. */
	setenv("PRESSTIME_NOW", "1795701600", 1); /* 2026-11-26T14:00:00Z */
	setenv("TZ", "America/New_York", 1);
	return 0;
}

static struct desk *
fuzz_desk(void)
{
	struct desk *d;
	struct pt_err err;

	if (desk_open("fuzz", DB_MEMORY | DB_CREATE, &d, &err) < 0) {
		fprintf(stderr, "fuzz_import: cannot open a database: %s\n",
		    err.msg);
		abort();
	}
	return d;
}

static void
fuzz_export(struct desk *d, enum export_format fmt, struct pt_str *out)
{
	struct pt_err err;

	if (export_stories(d, NULL, NULL, fmt, out, &err) < 0) {
		fprintf(stderr, "fuzz_import: export as %s failed: %s\n",
		    export_format_name(fmt), err.msg);
		abort();
	}
}

/* Opening a database runs the migrations, which costs more than most
 * inputs: an empty database is kept until an import writes to it. */
static struct desk *fresh[2];
static struct pt_str empty_export = PT_STR_INIT;

static struct desk *
fuzz_fresh(int i)
{
	if (fresh[i] == NULL)
		fresh[i] = fuzz_desk();
	return fresh[i];
}

static void
fuzz_used(int i)
{
	desk_close(fresh[i]);
	fresh[i] = NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pt_str a = PT_STR_INIT, b = PT_STR_INIT, other = PT_STR_INIT;
	struct desk *d1 = fuzz_fresh(0), *d2;
	struct pt_err err;
	int rc;

	if (empty_export.buf == NULL)
		fuzz_export(d1, EXPORT_YAML, &empty_export);
	rc = import_buf(d1, "fuzz.yaml", (const char *)data, size, NULL, &err);
	if (rc < 0) {
		if (rc == PT_EDB) {
			/* A file that passed every check must not make SQLite
			 * say no: the checks missed something. */
			fprintf(stderr, "fuzz_import: database error on "
			    "import: %s\n", err.msg);
			abort();
		}
		/* A refused file leaves the database untouched. */
		fuzz_export(d1, EXPORT_YAML, &a);
		if (a.len != empty_export.len || memcmp(pt_str_cstr(&a),
		    pt_str_cstr(&empty_export), a.len) != 0) {
			fprintf(stderr, "fuzz_import: a refused import (%s) "
			    "wrote:\n%s\n", err.msg, pt_str_cstr(&a));
			abort();
		}
		pt_str_done(&a);
		return 0;
	}
	fuzz_export(d1, EXPORT_YAML, &a);
	fuzz_export(d1, EXPORT_JSON, &other);
	fuzz_export(d1, EXPORT_MD, &other);
	fuzz_used(0);

	d2 = fuzz_fresh(1);
	if (import_buf(d2, "export.yaml", pt_str_cstr(&a), a.len, NULL,
	    &err) < 0) {
		fprintf(stderr, "fuzz_import: our own export does not import: "
		    "%s\n--- export:\n%s\n", err.msg, pt_str_cstr(&a));
		abort();
	}
	fuzz_export(d2, EXPORT_YAML, &b);
	fuzz_used(1);
	if (a.len != b.len || memcmp(pt_str_cstr(&a), pt_str_cstr(&b),
	    a.len) != 0) {
		fprintf(stderr, "fuzz_import: export, import, export is not "
		    "the same bytes\n--- first export:\n%s\n--- second "
		    "export:\n%s\n", pt_str_cstr(&a), pt_str_cstr(&b));
		abort();
	}
	pt_str_done(&a);
	pt_str_done(&b);
	pt_str_done(&other);
	return 0;
}
