/* presstime export / import: stories as YAML, JSON or Markdown. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/afile.h"
#include "presstime/cli.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/filter.h"
#include "presstime/io.h"
#include "presstime/ptime.h"
#include "presstime/str.h"
#include "cmds.h"

static int
export_run(int argc, char **argv)
{
	const char *format = NULL, *output = NULL;
	const struct cli_opt opts[] = {
		{ "format", 1, &format }, { "output", 1, &output },
		{ NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct pt_str out = PT_STR_INIT;
	enum export_format fmt = EXPORT_YAML;
	struct filter *f = NULL;
	struct desk *d;
	char *pos[64], *ftext, dbpath[4096];
	int npos, rc;

	if ((rc = cli_parse(&cmd_export, argc, argv, opts, pos, 64, &npos)) != 0)
		return rc;
	if (format != NULL && export_format_parse(format, &fmt, &err) < 0) {
		cli_fail(&err);
		return 2;
	}
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	ftext = filter_join(npos, pos);
	rc = filter_compile(ftext, ptime_now(), d->cob_hour, &f, &err);
	free(ftext);
	if (rc < 0) {
		cli_desk_close(d);
		cli_fail(&err);
		return 2;
	}
	rc = export_stories(d, f, NULL, fmt, &out, &err);
	filter_free(f);
	snprintf(dbpath, sizeof dbpath, "%s", pt_db_path(d->db));
	cli_desk_close(d);
	/* A file is replaced whole or not at all, readable by whom the
	 * newsroom is (its group, read-only; never everyone); stdout's
	 * errors are caught when it is closed at exit. */
	if (rc == 0 && output != NULL && strcmp(output, "-") != 0)
		rc = pt_file_write_like(output, pt_str_cstr(&out), out.len,
		    dbpath, 0640, &err);
	else if (rc == 0) {
		cli_pager_start();
		fwrite(pt_str_cstr(&out), 1, out.len, stdout);
	}
	pt_str_done(&out);
	return rc < 0 ? cli_fail(&err) : 0;
}

static const struct cli_optdoc cmd_export_opts[] = {
	{ "format", "F", "yaml (default), json, md; for other systems: "
	    "ninjs, ics, csv", "yaml,json,md,ninjs,ics,csv" },
	{ "output", "FILE", "write to FILE (- or none: standard output)",
	    "file" },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_export = {
	"export", "[FILTER...] [--format yaml|json|md|ninjs|ics|csv] "
	"[--output FILE|-]",
	"export stories (all, or those matching a filter)", export_run,
	.opts = cmd_export_opts,
	.example =
	    "presstime export desk:business --format yaml --output business.yaml\n"
	    "presstime export status:ready --format ninjs > ready.json\n"
	    "presstime export --format ics --output /srv/www/deadlines.ics",
	.words = "filter...",
};

static int
import_run(int argc, char **argv)
{
	struct pt_err err = { 0 };
	struct import_stats st = { 0 };
	struct desk *d;
	char *pos[1];
	int npos, rc;

	if ((rc = cli_parse(&cmd_import, argc, argv, NULL, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 1)
		return cli_usage(&cmd_import);
	if (cli_desk_open_flags(DB_CREATE, &d, &err) < 0)
		return cli_fail(&err);
	if (strcmp(pos[0], "-") == 0) {
		/* Standard input, read whole: the importer checks all of it
		 * before writing anything (and refuses what is too big). */
		struct pt_str in = PT_STR_INIT;
		char buf[65536];
		size_t n;

		while ((n = fread(buf, 1, sizeof buf, stdin)) > 0 &&
		    in.len <= (size_t)16 << 20)
			pt_str_addn(&in, buf, n);
		if (ferror(stdin))
			rc = cli_failf(1, "cannot read standard input");
		else
			rc = import_buf(d, "<stdin>", in.buf != NULL ? in.buf : "",
			    in.len, &st, &err);
		pt_str_done(&in);
		if (rc > 0) {
			cli_desk_close(d);
			return rc;
		}
	} else
		rc = import_file(d, pos[0], &st, &err);
	cli_desk_close(d);
	if (rc < 0)
		return cli_fail(&err);
	printf("imported %d stor%s, %d entries, %d requests, %d credits\n",
	    st.stories, st.stories == 1 ? "y" : "ies", st.entries, st.requests,
	    st.credits);
	return 0;
}

const struct cli_cmd cmd_import = {
	"import", "FILE.yaml|-", "import stories from YAML (all or nothing; - "
	"reads standard input)",
	import_run,
	.example = "presstime import business.yaml\n"
	    "ssh oldhost presstime export | presstime import -",
	.words = "file",
	.writes = 1,
};
