/* The command-line face: a dispatch table of verbs, one file per verb,
 * and the output helpers they share. */
#ifndef PRESSTIME_CLI_H
#define PRESSTIME_CLI_H

#include <stdio.h>
#include <time.h>

#include "presstime/err.h"
#include "presstime/str.h"

struct desk;

/* One documented option of a verb: what `presstime VERB --help` prints
 * and what completion offers. Under the test suite
 * ($PRESSTIME_CHECK_OPTS) cli_parse refuses a verb whose parser and
 * documented options disagree, so they cannot drift. */
struct cli_optdoc {
	const char *name;   /* without dashes */
	const char *arg;    /* the value's placeholder ("T"); NULL: a flag */
	const char *help;   /* one line */
	/* What completes the value: a word kind (see `words` below) or a
	 * list "md,json,yaml"; NULL: nothing to offer. */
	const char *values;
};

/* One verb. run gets argv with argv[0] the verb name, and returns an exit
 * status (0 done, 1 error, 2 usage, 3 conflict). The entry is the one
 * place a verb is described: help and completion read it (tmux's
 * cmd_entry). Write the first four fields in order, then .opts,
 * .example and .words by name (every verb has an example). */
struct cli_cmd {
	const char *name;
	const char *args;  /* usage after the name */
	const char *help;  /* one line */
	int (*run)(int argc, char **argv);
	const struct cli_optdoc *opts;  /* ends with a NULL name; NULL: none */
	const char *example;  /* lines of shell, "\n"-separated */
	/* What each positional word completes, space-separated in order:
	 * slug, state, person, field, filter, file, command, or a list
	 * {a,b,c}; "-" for free text; a trailing "..." repeats the last. */
	const char *words;
	/* 1: the verb changes stories, and the TUI's `:` line runs it too
	 * (cli_run_lent); tests/tui/verbs.sh fails for a verb that is
	 * neither marked nor on its list of verbs that only read. */
	int writes;
};

int cli_main(int argc, char **argv);
/* Closes stdout, checking that everything written reached it (as
 * coreutils' close_stdout); returns status, or 1 after saying why. */
int cli_finish(int status);

/* The table, for help and completion; NULL-terminated by name. */
const struct cli_cmd *const *cli_commands(void);
/* The verb called name, or NULL. */
const struct cli_cmd *cli_command(const char *name);
/* `presstime --help`: every verb, global options, files. */
void cli_help(FILE *f);
/* `presstime VERB --help`, `presstime help VERB`: usage, what it does,
 * options and an example. */
void cli_help_cmd(FILE *f, const struct cli_cmd *cmd);
/* `presstime __complete WORDS...`: prints the candidates for the last
 * word, one per line (the shells' completion scripts call it). */
int cli_complete(int argc, char **argv);
/* Prints "usage: presstime NAME ARGS" to stderr and returns 2. */
int cli_usage(const struct cli_cmd *cmd);
/* Prints "presstime: MESSAGE" (sanitized) to stderr and returns the exit
 * status for err->code. */
int cli_fail(const struct pt_err *err);
/* The same for a message of our own; returns status. */
int cli_failf(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Opens the newsroom database (--db, $PRESSTIME_DB, config, default). */
int cli_desk_open(struct desk **out, struct pt_err *err);
/* The same with pt_db_open flags (DB_CREATE for init, open, import). */
int cli_desk_open_flags(int flags, struct desk **out, struct pt_err *err);
/* The path cli_desk_open would open, without opening it. */
void cli_resolve_db_path(char *buf, size_t n);
/* Closes a desk from cli_desk_open (not the one lent by the TUI). */
void cli_desk_close(struct desk *d);

/* A verb run by the TUI's `:` line: argv[0] is the verb (or
 * "__complete" for completion), run with the TUI's desk d lent to
 * cli_desk_open, standard input /dev/null, and what it prints to
 * standard output and error appended to out and errs (tables as on a
 * terminal cols wide, never through a pager). Returns the verb's exit
 * status; --help prints its help. */
int cli_run_lent(struct desk *d, int cols, int argc, char **argv,
    struct pt_str *out, struct pt_str *errs);
/* 1 with *out the lent desk while a lent verb runs; else 0. */
int cli_desk_lent(struct desk **out);
/* The lent run's width, 0 outside one. */
int cli_embedded_cols(void);
/* The pt_err code of the last failure a lent run reported through
 * cli_fail (0: none, or a usage error), so the TUI tells a write the
 * database or the disk refused (its typed text kept as a draft) from a
 * mistake in the words; cli_fail notes it. */
int cli_lent_code(void);
void cli_note_fail(int code);
/* Set by the global --db option. */
void cli_set_db_path(const char *path);

/* Writes text to f with controls, escapes and bidi made harmless. */
void cli_put(FILE *f, const char *text);
/* Same, keeping newlines (for multi-line bodies). */
void cli_put_lines(FILE *f, const char *text);
/* "presstime: warning: text" on stderr, sanitized. */
void cli_warn(const char *text);

/* An aligned table on a terminal, tab-separated otherwise (or with
 * --tsv). Cells are sanitized; on a terminal the last column is cut to
 * the screen width. Tab-separated rows go to stdout as they are added. */
struct cli_table;
struct cli_table *cli_table_new(int ncols, int tsv);
void cli_table_header(struct cli_table *t, const char *const *names);
void cli_table_row(struct cli_table *t, const char *const *cells);
void cli_table_print(struct cli_table *t, FILE *f);
void cli_table_free(struct cli_table *t);

/* A listing: with --json one JSON array of objects, else a cli_table
 * with these column names. The caller writes each row in the form
 * asked for: an object through cli_rows_json, or cells through
 * cli_rows_cells. */
struct json;
struct cli_rows;
/* tsv: CLI_TSV for --tsv (else tab-separated only when piped), with
 * CLI_TSV_HEADER for --header: the column names as the first line even
 * when tab-separated. */
enum { CLI_TSV = 1, CLI_TSV_HEADER = 2 };
struct cli_rows *cli_rows_new(int json, int tsv, int ncols,
    const char *const *head);
/* Formats t for a cell: absolute ISO 8601 UTC when iso (--tsv), else the
 * short local form; "" for 0. Returns buf. */
const char *cli_time_cell(time_t t, int iso, time_t now, char *buf,
    size_t n);
/* The writer for the row objects with --json (borrowed, valid until
 * cli_rows_free): open and close each object on it. NULL when the rows
 * are a table. */
struct json *cli_rows_json(struct cli_rows *r);
/* One table row of ncols cells (NULL is empty); only for a table. */
void cli_rows_cells(struct cli_rows *r, const char *const *cells);
/* Writes the array, or the rest of the table, to stdout; call it once. */
void cli_rows_print(struct cli_rows *r);
void cli_rows_free(struct cli_rows *r);

/* Sends the rest of stdout through $PAGER (default less, with LESS=FRX
 * unless LESS is set) when stdout is a terminal and PAGER is not "" or
 * "cat"; for long output (show, history, budget, export). */
void cli_pager_start(void);
/* 1 once a pager runs. */
int cli_pager_active(void);
/* Closes stdout and waits for the pager (cli_finish calls it). */
void cli_pager_wait(void);

/* 1 when stdout is a terminal. */
int cli_stdout_tty(void);
/* Columns of the terminal on stdout (80 when unknown). */
int cli_width(void);

/* Parses a time flag, or fails naming the flag and the value. */
int cli_time(struct desk *d, const char *flag, const char *text, time_t *out,
    struct pt_err *err);
/* The same for a flag saying when something happened (--at). */
int cli_time_past(struct desk *d, const char *flag, const char *text,
    time_t *out, struct pt_err *err);

/* Reads a whole number flag in [min, max]; anything else (words, signs,
 * a value past the range or past 64 bits) prints the problem naming
 * flag and text and returns 2. */
#define CLI_LIMIT_MAX 1000000
int cli_number(const char *flag, const char *text, long long min,
    long long max, long long *out);
/* Reads --version N (the story version an edit is based on) into *out
 * (0 when text is NULL); prints the problem and returns 2 when bad. */
int cli_version_opt(const char *text, long long *out);

/* A tiny option reader shared by the verbs: long options only,
 * "--name VALUE" or "--name=VALUE" or flags. Positional words are
 * collected in order. "--" ends options. */
struct cli_opt {
	const char *name;  /* without dashes */
	int takes_value;
	const char **value; /* where a value goes (or "1" for flags) */
};
/* Returns 0, or prints the problem and returns 2. pos/npos get the
 * positional words (pointers into argv). */
int cli_parse(const struct cli_cmd *cmd, int argc, char **argv,
    const struct cli_opt *opts, char **pos, int maxpos, int *npos);
/* cli_parse's rules, for a reader of the same words (the TUI's `:` line
 * finding where SLUG goes): 1 when word is an option ("--kind", "-x";
 * not "-" nor "-2h"); 1 when word is a documented option of cmd that
 * takes its value from the next word ("--kind", not "--kind=x"). */
int cli_word_is_option(const char *word);
int cli_opt_takes_value(const struct cli_cmd *cmd, const char *word);

#endif
