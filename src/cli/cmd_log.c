/* presstime log: add to a story's timeline from the shell. Text comes
 * from the arguments, else --file, else standard input, else
 * $VISUAL/$EDITOR. Typed text is never thrown away: the editor's file is
 * kept (as git keeps COMMIT_EDITMSG) until the entry is stored. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "presstime/text_in.h"
#include "cmds.h"

/* Larger input is not a timeline entry (and must not eat the memory). */
#define LOG_MAX (16u * 1024 * 1024)

#define HINT1 "# Timeline entry for "
#define HINT2 "# an empty entry logs nothing."

/* Drops the lines starting with '#', as git does; with only_ours, only
 * the two lines of instructions the editor's file starts with (a file
 * kept from a failed log, given back with --file). */
static void
drop_comments(const struct pt_str *raw, struct pt_str *out, int only_ours)
{
	for (const char *line = pt_str_cstr(raw); *line != '\0';) {
		const char *nl = strchr(line, '\n');
		size_t len = nl != NULL ? (size_t)(nl - line + 1) : strlen(line);
		int ours = strncmp(line, HINT1, strlen(HINT1)) == 0 ||
		    strncmp(line, HINT2, strlen(HINT2)) == 0;

		if (line[0] != '#' || (only_ours && !ours))
			pt_str_addn(out, line, len);
		line += len;
	}
}

/* Reads a whole file (or stdin for "-") as checked UTF-8 into out. */
static int
read_text(const char *path, struct pt_str *out, struct pt_err *err)
{
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "r");
	const char *what = is_stdin ? "standard input" : path;
	struct stat sb;
	int rc;

	if (f == NULL)
		return pt_errf(err, PT_EIO, "cannot read %s: %s", path,
		    strerror(errno));
	if (!is_stdin && (fstat(fileno(f), &sb) < 0 || !S_ISREG(sb.st_mode))) {
		fclose(f);
		return pt_errf(err, PT_EINVAL, "%s is not a regular file", path);
	}
	rc = pt_str_add_file(out, f, LOG_MAX);
	if (rc < 0)
		rc = pt_errf(err, PT_EIO, "cannot read %s: %s", what,
		    out->len > LOG_MAX ? "over 16 MiB" : strerror(errno));
	if (!is_stdin)
		fclose(f);
	if (rc == 0)
		rc = text_in_utf8(out, what, err);
	return rc;
}

/* Opens the user's editor on a new file in $TMPDIR; *path gets its name
 * (the caller removes it once the text is stored). */
static int
from_editor(const char *slug, struct pt_str *out, char **path,
    struct pt_err *err)
{
	const char *ed = getenv("VISUAL"), *tmpdir = getenv("TMPDIR");
	struct pt_str cmd = PT_STR_INIT, raw = PT_STR_INIT, name = PT_STR_INIT;
	FILE *f;
	int fd, st, rc;

	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || *ed == '\0')
		ed = "vi";
	if (tmpdir == NULL || *tmpdir != '/')
		tmpdir = "/tmp";
	pt_str_addf(&name, "%s/presstime-entry-%s.XXXXXX", tmpdir, slug);
	*path = pt_str_steal(&name);
	if ((fd = mkstemp(*path)) < 0 || (f = fdopen(fd, "w")) == NULL) {
		rc = pt_errf(err, PT_EIO, "cannot make a file for the editor "
		    "in %s: %s", tmpdir, strerror(errno));
		free(*path);
		*path = NULL;
		return rc;
	}
	fprintf(f, "\n" HINT1 "%s. Lines starting with '#' are ignored;\n"
	    HINT2 "\n", slug);
	if (fclose(f) != 0) {
		rc = pt_errf(err, PT_EIO, "cannot write %s: %s", *path,
		    strerror(errno));
		unlink(*path);
		free(*path);
		*path = NULL;
		return rc;
	}
	/* The name is ours (mkstemp), so quoting it plainly is safe. */
	pt_str_addf(&cmd, "%s '%s'", ed, *path);
	st = system(pt_str_cstr(&cmd));
	pt_str_done(&cmd);
	if (st == -1 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return pt_errf(err, PT_EIO, "the editor (%s) failed", ed);
	if ((rc = read_text(*path, &raw, err)) == 0)
		drop_comments(&raw, out, 0);
	pt_str_done(&raw);
	return rc;
}

/* Blank lines and spaces around the text are the editor's, not the
 * reporter's. */
static void
trim(struct pt_str *s)
{
	size_t lead = 0;

	while (lead < s->len && (s->buf[lead] == '\n' ||
	    s->buf[lead] == ' ' || s->buf[lead] == '\t'))
		lead++;
	if (lead > 0) {
		memmove(s->buf, s->buf + lead, s->len - lead + 1);
		s->len -= lead;
	}
	while (s->len > 0 && (s->buf[s->len - 1] == '\n' ||
	    s->buf[s->len - 1] == ' ' || s->buf[s->len - 1] == '\t'))
		s->buf[--s->len] = '\0';
}

/* Says where the typed text is and how to log it again. */
static int
fail_kept(const struct pt_err *err, const char *slug, const char *path)
{
	int rc = cli_fail(err);

	fprintf(stderr, "presstime: your text is kept in %s; log it with: "
	    "presstime log ", path);
	cli_put(stderr, slug);
	fprintf(stderr, " --file %s\n", path);
	return rc;
}

static int
run(int argc, char **argv)
{
	const char *at = NULL, *kind = NULL, *source = NULL, *url = NULL,
	    *amends = NULL, *file = NULL;
	const struct cli_opt opts[] = {
		{ "at", 1, &at }, { "kind", 1, &kind }, { "source", 1, &source },
		{ "url", 1, &url }, { "amends", 1, &amends },
		{ "file", 1, &file }, { NULL, 0, NULL }
	};
	struct desk_entry e = { 0 };
	struct pt_str text = PT_STR_INIT;
	struct pt_err err = { 0 };
	struct story *s;
	struct desk *d;
	char *pos[256], *kept = NULL;
	int npos, rc;
	long long id;

	if ((rc = cli_parse(&cmd_log, argc, argv, opts, pos, 256, &npos)) != 0)
		return rc;
	if (npos < 1 || (file != NULL && npos > 1))
		return cli_usage(&cmd_log);
	if (amends != NULL &&
	    cli_number("--amends", amends, 1, LLONG_MAX, &e.amends) != 0)
		return 2;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	/* Everything that can be checked is checked before anyone types. */
	if ((at != NULL &&
	    cli_time_past(d, "--at", at, &e.occurred_at, &err) < 0) ||
	    story_get(d->db, pos[0], &s, &err) < 0) {
		cli_desk_close(d);
		return cli_fail(&err);
	}
	story_free(s);
	for (int i = 1; i < npos; i++) {
		if (i > 1)
			pt_str_addc(&text, ' ');
		pt_str_add(&text, pos[i]);
	}
	rc = 0;
	if (file != NULL) {
		struct pt_str raw = PT_STR_INIT;

		if ((rc = read_text(file, &raw, &err)) == 0)
			drop_comments(&raw, &text, 1);
		pt_str_done(&raw);
	}
	else if (npos == 1 && !isatty(STDIN_FILENO))
		rc = read_text("-", &text, &err);
	else if (npos == 1)
		rc = from_editor(pos[0], &text, &kept, &err);
	if (rc == 0) {
		trim(&text);
		e.body = pt_str_cstr(&text);
		e.kind = kind;
		e.source = source;
		e.url = url;
		rc = desk_log(d, pos[0], &e, &id, &err);
	}
	cli_desk_close(d);
	if (rc < 0) {
		if (kept != NULL && e.body != NULL && *e.body == '\0') {
			unlink(kept); /* nothing typed: nothing to keep */
			rc = cli_fail(&err);
		} else if (kept != NULL)
			rc = fail_kept(&err, pos[0], kept);
		else
			rc = cli_fail(&err);
		free(kept);
		pt_str_done(&text);
		return rc;
	}
	pt_str_done(&text);
	if (kept != NULL)
		unlink(kept);
	free(kept);
	printf("logged entry %lld on %s\n", id, pos[0]);
	return 0;
}

static const struct cli_optdoc cmd_log_opts[] = {
	{ "at", "T", "when it happened (default now)", NULL },
	{ "kind", "K", "event (default), statement, document, note, rfc, "
	    "status or correction",
	    "event,statement,document,note,rfc,status,correction" },
	{ "source", "S", "who or what it came from", NULL },
	{ "url", "U", "a link", NULL },
	{ "amends", "ID", "this entry corrects entry ID", NULL },
	{ "file", "PATH", "read the text from PATH (- for standard input)",
	    "file" },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_log = {
	"log", "SLUG [--at T] [--kind K] [--source S] [--url U] [--amends ID] "
	"[TEXT... | --file PATH|-]",
	"add a timeline entry (no TEXT: stdin or $EDITOR)", run,
	.opts = cmd_log_opts,
	.example =
	    "presstime log hootsuite-ice --kind statement \\\n"
	    "    --source \"ICE spokesperson\" \\\n"
	    "    ICE promised a statement by close of business Thursday\n"
	    "echo \"FCN lawyer: filing due Monday\" | presstime log hootsuite-ice",
	.words = "slug -...",
	.writes = 1,
};
