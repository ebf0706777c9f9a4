/* Output shared by the verbs: sanitized text, tables and listings,
 * options, errors. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "presstime/cli.h"
#include "presstime/config.h"
#include "presstime/db.h"
#include "presstime/diag.h"
#include "presstime/desk.h"
#include "presstime/json.h"
#include "presstime/ptime.h"
#include "presstime/sanitize.h"
#include "presstime/str.h"
#include "presstime/utf8.h"

static const char *db_path;

void
cli_set_db_path(const char *path)
{
	db_path = path;
}

int
cli_desk_open(struct desk **out, struct pt_err *err)
{
	return cli_desk_open_flags(0, out, err);
}

/* The database comes from --db, else $PRESSTIME_DB, else the user's
 * config, else the default path; close of business from the config. */
/* The database path a command would open: --db, then PRESSTIME_DB,
 * then the config's (which defaults to the per-user one). Warns about
 * config problems once, here. */
static void
resolve_db_path(char *buf, size_t n, struct config *cfg)
{
	struct pt_diag dg = PT_DIAG_INIT;
	const char *env = getenv("PRESSTIME_DB");

	config_load(NULL, cfg, &dg);
	for (size_t i = 0; i < pt_diag_count(&dg); i++) {
		cli_warn(pt_diag_get(&dg, i));
	}
	pt_diag_done(&dg);
	if (db_path == NULL && (env == NULL || *env == '\0') &&
	    cfg->database == NULL)
		pt_db_default_path(buf, n); /* no config says otherwise */
	else
		snprintf(buf, n, "%s", db_path != NULL ? db_path : env != NULL &&
		    *env ? env : cfg->database);
}

void
cli_resolve_db_path(char *buf, size_t n)
{
	struct config cfg;

	resolve_db_path(buf, n, &cfg);
	config_done(&cfg);
}

int
cli_desk_open_flags(int flags, struct desk **out, struct pt_err *err)
{
	struct config cfg;
	char path[4096];
	int rc;

	if (cli_desk_lent(out))
		return 0;
	resolve_db_path(path, sizeof path, &cfg);
	rc = desk_open(path, flags, out, err);
	if (rc == 0) {
		(*out)->cob_hour = cfg.cob_hour;
		if (pt_db_warning((*out)->db) != NULL)
			cli_warn(pt_db_warning((*out)->db));
		if ((*out)->warning[0] != '\0')
			cli_warn((*out)->warning);
	}
	config_done(&cfg);
	return rc;
}

void
cli_warn(const char *text)
{
	fputs("presstime: warning: ", stderr);
	cli_put(stderr, text);
	fputc('\n', stderr);
}

void
cli_put(FILE *f, const char *text)
{
	struct pt_str s = PT_STR_INIT;

	sanitize_append(&s, text, strlen(text), 0);
	fputs(pt_str_cstr(&s), f);
	pt_str_done(&s);
}

void
cli_put_lines(FILE *f, const char *text)
{
	struct pt_str s = PT_STR_INIT;

	sanitize_append(&s, text, strlen(text), SAN_NEWLINES);
	fputs(pt_str_cstr(&s), f);
	pt_str_done(&s);
}

int
cli_stdout_tty(void)
{
	/* Inside the TUI: shown on its screen, so laid out for one. */
	return cli_embedded_cols() > 0 || isatty(STDOUT_FILENO);
}

int
cli_width(void)
{
	struct winsize ws;
	const char *cols = getenv("COLUMNS");

	if (cli_embedded_cols() > 0)
		return cli_embedded_cols();
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0
	    && ws.ws_col > 0)
		return ws.ws_col;
	if (cols != NULL && atoi(cols) > 0)
		return atoi(cols);
	return 80;
}

static int
flag_time(struct desk *d, int past, const char *flag, const char *text,
    time_t *out, struct pt_err *err)
{
	if ((past ? desk_parse_past_time(d, text, out, err) :
	    desk_parse_time(d, text, out, err)) < 0) {
		pt_err_prefix(err, "%s: ", flag);
		return PT_EINVAL;
	}
	return 0;
}

int
cli_time(struct desk *d, const char *flag, const char *text, time_t *out,
    struct pt_err *err)
{
	return flag_time(d, 0, flag, text, out, err);
}

int
cli_time_past(struct desk *d, const char *flag, const char *text,
    time_t *out, struct pt_err *err)
{
	return flag_time(d, 1, flag, text, out, err);
}

/* 1 when the parser's options are exactly the documented ones (same
 * names, values where documented): help and completion read the
 * documentation, so a verb whose two lists differ is refused. */
static int
opts_documented(const struct cli_cmd *cmd, const struct cli_opt *opts)
{
	const struct cli_optdoc *o;
	int nopts = 0, ndocs = 0;

	for (o = cmd->opts; o != NULL && o->name != NULL; o++)
		ndocs++;
	for (int k = 0; opts != NULL && opts[k].name != NULL; k++, nopts++) {
		for (o = cmd->opts; o != NULL && o->name != NULL; o++)
			if (strcmp(o->name, opts[k].name) == 0)
				break;
		if (o == NULL || o->name == NULL ||
		    (o->arg != NULL) != (opts[k].takes_value != 0))
			return 0;
	}
	return nopts == ndocs;
}

int
cli_word_is_option(const char *a)
{
	/* "-" is standard input and "-2h" a time: words, not options. */
	return a[0] == '-' && a[1] != '\0' &&
	    (a[1] == '-' || (a[1] >= 'a' && a[1] <= 'z'));
}

int
cli_opt_takes_value(const struct cli_cmd *cmd, const char *word)
{
	const char *a = word + 2, *eq = strchr(a, '=');
	size_t len = eq != NULL ? (size_t)(eq - a) : strlen(a);

	if (strncmp(word, "--", 2) != 0 || eq != NULL || cmd->opts == NULL)
		return 0;
	for (const struct cli_optdoc *o = cmd->opts; o->name != NULL; o++)
		if (strlen(o->name) == len && strncmp(o->name, a, len) == 0)
			return o->arg != NULL;
	return 0;
}

int
cli_parse(const struct cli_cmd *cmd, int argc, char **argv,
    const struct cli_opt *opts, char **pos, int maxpos, int *npos)
{
	int only_pos = 0;

	*npos = 0;
	/* Checked where the suite runs (AM_TESTS_ENVIRONMENT sets it), so a
	 * new option without its line in the command table fails the
	 * tests, never a user. */
	if (getenv("PRESSTIME_CHECK_OPTS") != NULL &&
	    !opts_documented(cmd, opts)) {
		fprintf(stderr, "presstime: internal error: the options of %s "
		    "differ from its documented ones (src/cli/cmd_%s.c)\n",
		    cmd->name, cmd->name);
		return 1;
	}
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const struct cli_opt *o = NULL;
		const char *eq;
		size_t len;

		if (only_pos || !cli_word_is_option(a)) {
			if (*npos >= maxpos) {
				fputs("presstime: too many arguments: \"", stderr);
				cli_put(stderr, a);
				fputs("\"\n", stderr);
				return cli_usage(cmd);
			}
			pos[(*npos)++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_pos = 1;
			continue;
		}
		if (a[1] != '-') {
			fputs("presstime: unknown option \"", stderr);
			cli_put(stderr, a);
			fputs("\" (options are spelled --name)\n", stderr);
			return cli_usage(cmd);
		}
		a += 2;
		eq = strchr(a, '=');
		len = eq != NULL ? (size_t)(eq - a) : strlen(a);
		for (int k = 0; opts != NULL && opts[k].name != NULL; k++)
			if (strlen(opts[k].name) == len &&
			    strncmp(opts[k].name, a, len) == 0)
				o = &opts[k];
		if (o == NULL) {
			fputs("presstime: unknown option \"", stderr);
			cli_put(stderr, argv[i]);
			fprintf(stderr, "\" for %s\n", cmd->name);
			return cli_usage(cmd);
		}
		if (!o->takes_value) {
			if (eq != NULL) {
				fprintf(stderr, "presstime: --%s takes no value\n",
				    o->name);
				return cli_usage(cmd);
			}
			*o->value = "1";
		} else if (eq != NULL)
			*o->value = eq + 1;
		else if (i + 1 < argc)
			*o->value = argv[++i];
		else {
			fprintf(stderr, "presstime: --%s needs a value\n",
			    o->name);
			return cli_usage(cmd);
		}
	}
	return 0;
}

struct cli_table {
	int ncols;
	int tsv;
	size_t nrows, cap;
	char **cells; /* sanitized, row-major */
};

struct cli_table *
cli_table_new(int ncols, int tsv)
{
	struct cli_table *t = pt_xcalloc(1, sizeof *t);

	t->ncols = ncols;
	t->tsv = tsv || !cli_stdout_tty();
	return t;
}

static void
table_add(struct cli_table *t, const char *const *cells)
{
	/* Tab-separated rows need no widths: write them as they come so
	 * memory follows one row, not the whole listing. */
	if (t->tsv) {
		struct pt_str line = PT_STR_INIT;

		for (int c = 0; c < t->ncols; c++) {
			if (c > 0)
				pt_str_addc(&line, '\t');
			sanitize_append(&line, cells[c] != NULL ? cells[c] : "",
			    strlen(cells[c] != NULL ? cells[c] : ""), 0);
		}
		printf("%s\n", pt_str_cstr(&line));
		pt_str_done(&line);
		return;
	}
	if (t->nrows == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 32;
		t->cells = pt_xrealloc(t->cells, t->cap * (size_t)t->ncols *
		    sizeof *t->cells);
	}
	for (int c = 0; c < t->ncols; c++)
		t->cells[t->nrows * (size_t)t->ncols + (size_t)c] =
		    sanitize_dup(cells[c] != NULL ? cells[c] : "", 0);
	t->nrows++;
}

void
cli_table_header(struct cli_table *t, const char *const *names)
{
	if (!t->tsv)
		table_add(t, names);
}

void
cli_table_row(struct cli_table *t, const char *const *cells)
{
	table_add(t, cells);
}

void
cli_table_print(struct cli_table *t, FILE *f)
{
	int *w = pt_xcalloc((size_t)t->ncols, sizeof *w);
	int screen = cli_width();
	struct pt_str line = PT_STR_INIT;

	for (size_t r = 0; r < t->nrows; r++)
		for (int c = 0; c < t->ncols; c++) {
			int cw = sanitize_width(t->cells[r * (size_t)t->ncols +
			    (size_t)c]);

			if (cw > w[c])
				w[c] = cw;
		}
	/* Too wide for the screen: narrow the widest of the other columns,
	 * a column at a time, keeping room for the last one. */
	for (;;) {
		int total = 0, widest = -1;

		for (int c = 0; c < t->ncols - 1; c++) {
			total += w[c] + 2;
			if (w[c] > 4 && (widest < 0 || w[c] > w[widest]))
				widest = c;
		}
		if (total + 12 <= screen || widest < 0)
			break;
		w[widest]--;
	}
	for (size_t r = 0; r < t->nrows; r++) {
		int used = 0;

		pt_str_clear(&line);
		for (int c = 0; c < t->ncols; c++) {
			const char *cell = t->cells[r * (size_t)t->ncols +
			    (size_t)c];

			if (t->tsv) {
				if (c > 0)
					pt_str_addc(&line, '\t');
				pt_str_add(&line, cell);
				continue;
			}
			if (c > 0) {
				pt_str_add(&line, "  ");
				used += 2;
			}
			if (c == t->ncols - 1) {
				int room = screen - used;

				used += sanitize_fit(&line, cell, room > 0 ? room : 0,
				    0);
			} else {
				int cw = sanitize_fit(&line, cell, w[c], 0);

				for (; cw < w[c]; cw++)
					pt_str_addc(&line, ' ');
				used += w[c];
			}
		}
		/* No trailing blanks: the last column may be short. */
		while (line.len > 0 && line.buf[line.len - 1] == ' ')
			line.buf[--line.len] = '\0';
		fprintf(f, "%s\n", pt_str_cstr(&line));
	}
	pt_str_done(&line);
	free(w);
}

void
cli_table_free(struct cli_table *t)
{
	if (t == NULL)
		return;
	for (size_t i = 0; i < t->nrows * (size_t)t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t);
}

struct cli_rows {
	struct cli_table *t;  /* NULL with --json */
	struct json j;
	struct pt_str out;    /* the JSON array as it grows */
};

struct cli_rows *
cli_rows_new(int json, int tsv, int ncols, const char *const *head)
{
	struct cli_rows *r = pt_xcalloc(1, sizeof *r);

	pt_str_init(&r->out);
	if (json) {
		json_init(&r->j, &r->out, 1);
		json_arr_open(&r->j);
	} else {
		r->t = cli_table_new(ncols, tsv & CLI_TSV);
		if (r->t->tsv && (tsv & CLI_TSV_HEADER))
			table_add(r->t, head);
		else
			cli_table_header(r->t, head);
	}
	return r;
}

const char *
cli_time_cell(time_t t, int iso, time_t now, char *buf, size_t n)
{
	buf[0] = '\0';
	if (t == 0)
		return buf;
	if (iso)
		ptime_format_iso(t, buf, n);
	else
		ptime_format_short(t, now, buf, n);
	return buf;
}

struct json *
cli_rows_json(struct cli_rows *r)
{
	return r->t == NULL ? &r->j : NULL;
}

void
cli_rows_cells(struct cli_rows *r, const char *const *cells)
{
	cli_table_row(r->t, cells);
}

void
cli_rows_print(struct cli_rows *r)
{
	if (r->t != NULL) {
		cli_table_print(r->t, stdout);
		return;
	}
	json_arr_close(&r->j);
	printf("%s\n", pt_str_cstr(&r->out));
}

void
cli_rows_free(struct cli_rows *r)
{
	if (r == NULL)
		return;
	cli_table_free(r->t);
	pt_str_done(&r->out);
	free(r);
}

int
cli_number(const char *flag, const char *text, long long min, long long max,
    long long *out)
{
	char *end = NULL;

	/* Digits only: strtoll would take " 5", "+5" and clamp
	 * 99999999999999999999 to LLONG_MAX without a word. */
	errno = 0;
	if (text[0] >= '0' && text[0] <= '9')
		*out = strtoll(text, &end, 10);
	if (end == NULL || *end != '\0' || errno == ERANGE || *out < min ||
	    *out > max)
		return cli_failf(2, "%s: \"%s\" is not a number from %lld to "
		    "%lld", flag, text, min, max);
	return 0;
}

int
cli_version_opt(const char *text, long long *out)
{
	*out = 0;
	if (text == NULL)
		return 0;
	return cli_number("--version", text, 1, LLONG_MAX, out);
}
