/* libFuzzer harness: the filter language. Whatever compiles must run:
 * every sort, a second page after a cursor, and a count, against a small
 * newsroom in memory. An SQL error means the compiler wrote bad SQL. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/filter.h"
#include "presstime/story.h"

#define NOW 1795701600 /* 2026-11-26T14:00:00Z */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct desk *fuzz_d;

static void
must(int rc, const char *what, const struct pt_err *err)
{
	if (rc < 0) {
		fprintf(stderr, "fuzz_filter: setup: %s: %s\n", what, err->msg);
		abort();
	}
}

/* A few stories that differ in every field a filter can test. */
static void
fuzz_newsroom(struct desk *d)
{
	static const struct desk_new_story stories[] = {
		{ .slug = "hootsuite-ice", .headline = "Hootsuite and ICE",
		  .desk = "business", .priority = "urgent",
		  .editor = "dmartin", .deadline = NOW + 3 * 3600 },
		{ .slug = "council-vote", .headline = "Council \"votes\" 5-4",
		  .desk = "metro", .priority = "routine",
		  .deadline = NOW - 3600 },
		{ .slug = "storm-2026", .headline = "Storm\xe2\x80\xaethe "
		  "coast", .desk = "New York", .priority = "flash" },
		{ .slug = "obit-smith", .headline = "O'Brien; DROP TABLE story",
		  .desk = "obits", .priority = "deferred",
		  .deadline = NOW + 86400 },
	};
	struct desk_entry e = { .body = "statement from ICE: no comment",
		.kind = "statement" };
	struct desk_rfc r = { .target = "ICE", .kind = "organization",
		.channel = "email",
		.due_at = NOW - 600 };
	struct pt_err err;
	long long id;

	for (size_t i = 0; i < sizeof stories / sizeof stories[0]; i++)
		must(desk_story_new(d, &stories[i], &id, &err), "new", &err);
	must(desk_log(d, "hootsuite-ice", &e, &id, &err), "log", &err);
	must(desk_rfc_add(d, "hootsuite-ice", &r, &id, &err), "rfc", &err);
	must(desk_credit(d, "council-vote", "Dylan Martin", "byline", &err),
	    "credit", &err);
	must(desk_story_status(d, "council-vote", "assigned", "go", 0, NULL,
	    &err), "status", &err);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct pt_err err;

	(void)argc;
	(void)argv;
	setenv("PRESSTIME_NOW", "1795701600", 1);
	setenv("TZ", "America/New_York", 1);
	if (desk_open("fuzz", DB_MEMORY | DB_CREATE, &fuzz_d, &err) < 0) {
		fprintf(stderr, "fuzz_filter: %s\n", err.msg);
		abort();
	}
	fuzz_newsroom(fuzz_d);
	return 0;
}

static void
no_sql_error(int rc, const struct filter *f, const char *what,
    const struct pt_err *err)
{
	/* PT_EDB above all, but nothing may fail once a filter compiled. */
	if (rc < 0) {
		fprintf(stderr, "fuzz_filter: %s of filter \"%s\" failed: %s\n"
		    "where: %s\n", what, f->text, err->msg, f->where);
		abort();
	}
}

static void
fuzz_run(const struct filter *f)
{
	struct story_list l;
	struct story_cursor cur;
	struct pt_err err;
	long long n;
	int rc;

	for (int s = SORT_DUE; s <= SORT_SLUG; s++) {
		rc = story_page(fuzz_d->db, f, (enum story_sort)s, NULL, 2, &l,
		    &err);
		no_sql_error(rc, f, "story_page", &err);
		if (l.n > 0) {
			story_cursor_after(&l.v[l.n - 1], (enum story_sort)s,
			    &cur);
			story_list_free(&l);
			rc = story_page(fuzz_d->db, f, (enum story_sort)s, &cur,
			    2, &l, &err);
			no_sql_error(rc, f, "story_page after a cursor", &err);
		}
		story_list_free(&l);
	}
	rc = story_count(fuzz_d->db, f, &n, &err);
	no_sql_error(rc, f, "story_count", &err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct filter *f = NULL;
	struct pt_err err;
	char *text;

	if (size > 4096)
		return 0; /* a filter is a line someone typed */
	text = malloc(size + 1);
	if (text == NULL)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	if (filter_compile(text, NOW, 17, &f, &err) == 0) {
		if (f == NULL || f->where == NULL)
			abort();
		fuzz_run(f);
		filter_free(f);
	} else if (f != NULL)
		abort(); /* a refused filter leaves *out NULL */
	free(text);
	return 0;
}
