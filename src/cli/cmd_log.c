/* presstime log: add to a story's timeline from the shell. Text comes
 * from the arguments, else standard input, else $VISUAL/$EDITOR. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/str.h"
#include "cmds.h"

/* Opens the user's editor on a temporary file; lines starting with '#'
 * are instructions and are dropped, as git does. */
static int
from_editor(const char *slug, struct pt_str *out)
{
	const char *ed = getenv("VISUAL");
	char path[] = "/tmp/presstime-entry.XXXXXX";
	struct pt_str cmd = PT_STR_INIT, raw = PT_STR_INIT;
	FILE *f;
	int fd, st;

	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || *ed == '\0')
		ed = "vi";
	if ((fd = mkstemp(path)) < 0)
		return -1;
	f = fdopen(fd, "w");
	fprintf(f, "\n# Timeline entry for %s. Lines starting with '#' are "
	    "ignored;\n# an empty entry logs nothing.\n", slug);
	fclose(f);
	pt_str_addf(&cmd, "%s '%s'", ed, path);
	st = system(pt_str_cstr(&cmd));
	pt_str_done(&cmd);
	if (st == -1 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		unlink(path);
		return -1;
	}
	if ((f = fopen(path, "r")) == NULL) {
		unlink(path);
		return -1;
	}
	(void)pt_str_add_file(&raw, f, 0);
	fclose(f);
	unlink(path);
	for (char *line = raw.buf; line != NULL && *line != '\0';) {
		char *nl = strchr(line, '\n');
		size_t len = nl != NULL ? (size_t)(nl - line + 1) : strlen(line);

		if (line[0] != '#')
			pt_str_addn(out, line, len);
		line += len;
	}
	pt_str_done(&raw);
	return 0;
}

static void
trim(struct pt_str *s)
{
	while (s->len > 0 && (s->buf[s->len - 1] == '\n' ||
	    s->buf[s->len - 1] == ' ' || s->buf[s->len - 1] == '\t'))
		s->buf[--s->len] = '\0';
}

static int
run(int argc, char **argv)
{
	const char *at = NULL, *kind = NULL, *source = NULL, *url = NULL,
	    *amends = NULL;
	const struct cli_opt opts[] = {
		{ "at", 1, &at }, { "kind", 1, &kind }, { "source", 1, &source },
		{ "url", 1, &url }, { "amends", 1, &amends }, { NULL, 0, NULL }
	};
	struct desk_entry e = { 0 };
	struct pt_str text = PT_STR_INIT;
	struct pt_err err = { 0 };
	struct desk *d;
	char *pos[256];
	int npos, rc;
	long long id;

	if ((rc = cli_parse(&cmd_log, argc, argv, opts, pos, 256, &npos)) != 0)
		return rc;
	if (npos < 1)
		return cli_usage(&cmd_log);
	if (amends != NULL) {
		char *end;

		e.amends = strtoll(amends, &end, 10);
		if (*end != '\0' || e.amends <= 0)
			return cli_failf(2, "--amends: \"%s\" is not an entry "
			    "number", amends);
	}
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	if (at != NULL &&
	    cli_time_past(d, "--at", at, &e.occurred_at, &err) < 0) {
		desk_close(d);
		return cli_fail(&err);
	}
	for (int i = 1; i < npos; i++) {
		if (i > 1)
			pt_str_addc(&text, ' ');
		pt_str_add(&text, pos[i]);
	}
	if (npos == 1) {
		if (!isatty(STDIN_FILENO))
			(void)pt_str_add_file(&text, stdin, 0);
		else if (from_editor(pos[0], &text) < 0) {
			desk_close(d);
			pt_str_done(&text);
			return cli_failf(1, "the editor failed; nothing logged");
		}
		trim(&text);
	}
	e.body = pt_str_cstr(&text);
	e.kind = kind;
	e.source = source;
	e.url = url;
	rc = desk_log(d, pos[0], &e, &id, &err);
	desk_close(d);
	pt_str_done(&text);
	if (rc < 0)
		return cli_fail(&err);
	printf("logged entry %lld on %s\n", id, pos[0]);
	return 0;
}

static const struct cli_optdoc cmd_log_opts[] = {
	{ "at", "T", "when it happened (default now)", NULL },
	{ "kind", "K", "event (default), statement, document, note, rfc, status or correction", "event,statement,document,note,rfc,status,correction" },
	{ "source", "S", "who or what it came from", NULL },
	{ "url", "U", "a link", NULL },
	{ "amends", "ID", "this entry corrects entry ID", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_log = {
	"log", "SLUG [--at T] [--kind K] [--source S] [--url U] [--amends ID] "
	"[TEXT...]", "add a timeline entry (no TEXT: stdin or $EDITOR)", run,
	.opts = cmd_log_opts,
	.example =
	    "presstime log hootsuite-ice --kind statement --source \"ICE spokesperson\" \\\n"
	    "    ICE promised a statement by close of business Thursday\n"
	    "echo \"FCN lawyer: filing due Monday\" | presstime log hootsuite-ice",
	.words = "slug -...",
};
