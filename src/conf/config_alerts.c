/* The alert settings of config.yaml: `alerts: { bell: true }` and
 * `notify_command:`, a string (split on blanks, or given to /bin/sh
 * when it needs one) or a list (the program and its arguments, never a
 * shell). As newsboat's notify-program. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/str.h"
#include "config_int.h"

/* What a command string may hold and still be split on blanks: beyond
 * these, quoting, variables, globs and pipes mean the user wrote shell. */
static const char shell_chars[] = "|&;<>()$`\\\"'*?[]#~=%{}!\n";

static int
bool_word(const char *s, int *out)
{
	static const char *const yes[] = { "true", "yes", "on" };
	static const char *const no[] = { "false", "no", "off" };

	for (size_t i = 0; i < 3; i++) {
		if (strcmp(s, yes[i]) == 0) {
			*out = 1;
			return 0;
		}
		if (strcmp(s, no[i]) == 0) {
			*out = 0;
			return 0;
		}
	}
	return -1;
}

int
config_read_alerts(const char *file, struct pt_diag *diags,
    const struct ydoc_node *v, struct config *cfg)
{
	int problems = 0, b;

	if (v->kind != YDOC_MAP) {
		pt_diag_addat(diags, file, v->line, v->col, "alerts must be a "
		    "map, like alerts: { bell: true }");
		return 1;
	}
	for (size_t i = 0; i < v->n; i++) {
		const struct ydoc_node *k = v->items[2 * i];
		const struct ydoc_node *val = v->items[2 * i + 1];

		if (strcmp(k->text, "bell") != 0) {
			pt_diag_addat(diags, file, k->line, k->col, "unknown "
			    "alerts setting \"%s\" (expected bell)", k->text);
			problems++;
		} else if (val->kind != YDOC_SCALAR ||
		    bool_word(val->text, &b) < 0) {
			pt_diag_addat(diags, file, val->line, val->col,
			    "alerts: bell \"%s\" is not true or false",
			    val->kind == YDOC_SCALAR ? val->text : "(a list)");
			problems++;
		} else
			cfg->alert_bell = b;
	}
	return problems;
}

void
config_notify_free(struct config *cfg)
{
	for (size_t i = 0; cfg->notify_argv != NULL &&
	    cfg->notify_argv[i] != NULL; i++)
		free(cfg->notify_argv[i]);
	free(cfg->notify_argv);
	cfg->notify_argv = NULL;
	cfg->notify_shell = 0;
}

static void
argv_add(char ***v, size_t *n, char *s)
{
	*v = pt_xrealloc(*v, (*n + 2) * sizeof **v);
	(*v)[(*n)++] = s;
	(*v)[*n] = NULL;
}

int
config_read_notify(const char *file, struct pt_diag *diags,
    const struct ydoc_node *v, struct config *cfg)
{
	char **argv = NULL;
	size_t n = 0;
	int shell = 0;

	if (v->kind == YDOC_MAP) {
		pt_diag_addat(diags, file, v->line, v->col, "notify_command "
		    "must be a command line or a list, like notify_command: "
		    "notify-send presstime");
		return 1;
	}
	if (v->kind == YDOC_SEQ) {
		for (size_t i = 0; i < v->n; i++) {
			if (v->items[i]->kind != YDOC_SCALAR) {
				pt_diag_addat(diags, file, v->items[i]->line,
				    v->items[i]->col, "notify_command: each "
				    "item must be one word of the command");
				for (size_t k = 0; k < n; k++)
					free(argv[k]);
				free(argv);
				return 1;
			}
			argv_add(&argv, &n, pt_xstrdup(v->items[i]->text));
		}
	} else if (strpbrk(v->text, shell_chars) != NULL) {
		shell = 1;
		argv_add(&argv, &n, pt_xstrdup("/bin/sh"));
		argv_add(&argv, &n, pt_xstrdup("-c"));
		argv_add(&argv, &n, pt_xstrdup(v->text));
		/* $0 for the shell: "$1" on is the event. */
		argv_add(&argv, &n, pt_xstrdup("presstime"));
	} else {
		const char *p = v->text;

		for (;;) {
			size_t len;

			p += strspn(p, " \t");
			if ((len = strcspn(p, " \t")) == 0)
				break;
			char *w = pt_xmalloc(len + 1);

			memcpy(w, p, len);
			w[len] = '\0';
			argv_add(&argv, &n, w);
			p += len;
		}
	}
	if (n == 0 || argv[0][0] == '\0') {
		pt_diag_addat(diags, file, v->line, v->col, "notify_command is "
		    "empty (expected a command, like notify-send presstime)");
		for (size_t k = 0; k < n; k++)
			free(argv[k]);
		free(argv);
		return 1;
	}
	config_notify_free(cfg);
	cfg->notify_argv = argv;
	cfg->notify_shell = shell;
	return 0;
}
