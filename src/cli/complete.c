/* `presstime __complete WORDS...`: the candidates for the last of WORDS
 * (the words after "presstime", the last one being typed, maybe empty),
 * one per line. The bash, zsh and fish scripts in completions/ only call
 * this, so completion follows the command table and cannot drift from
 * it. Nothing found prints nothing (the shells then offer file names). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/person.h"
#include "presstime/story.h"
#include "presstime/workflow.h"

struct comp {
	const char *cur;       /* the word being completed, after `skip` */
	const char *pre;       /* printed before each candidate */
	struct desk *d;        /* opened on first need; NULL if it cannot be */
	int tried;             /* 1 once opening d was tried */
};

/* Prints pre + cand when cand starts with cur. */
static void
offer(struct comp *c, const char *cand)
{
	if (strncmp(cand, c->cur, strlen(c->cur)) != 0)
		return;
	fputs(c->pre, stdout);
	cli_put(stdout, cand);
	fputc('\n', stdout);
}

/* "a,b,c" or "{a,b,c}": each item. */
static void
offer_list(struct comp *c, const char *list)
{
	char item[128];
	const char *p = list + (list[0] == '{'), *e;

	for (; *p != '\0' && *p != '}'; p = e + (*e == ',')) {
		e = p + strcspn(p, ",}");
		if ((size_t)(e - p) < sizeof item) {
			memcpy(item, p, (size_t)(e - p));
			item[e - p] = '\0';
			offer(c, item);
		}
	}
}

static struct desk *
desk(struct comp *c)
{
	struct pt_err err;

	if (!c->tried) {
		c->tried = 1;
		if (cli_desk_open(&c->d, &err) < 0)
			c->d = NULL;
	}
	return c->d;
}

static void
offer_vec(struct comp *c, int (*fn)(struct pt_db *, const char *, int,
    char ***, size_t *, struct pt_err *))
{
	struct pt_err err;
	char **v = NULL;
	size_t n = 0;

	if (desk(c) == NULL || fn(c->d->db, c->cur, 500, &v, &n, &err) < 0)
		return;
	for (size_t i = 0; i < n; i++)
		offer(c, v[i]);
	pt_strv_free(v, n);
}

static void
offer_states(struct comp *c)
{
	size_t n;
	const struct workflow_state *ws = workflow_states(&n);

	for (size_t i = 0; i < n; i++)
		offer(c, ws[i].name);
}

static void offer_kind(struct comp *c, const char *kind, size_t len);

/* A filter word: a key ("status:"), or the value after a key, where ","
 * means "any of" so each item completes on its own; "!" negates. */
static void
offer_filter(struct comp *c)
{
	static const char *const keys[] = { "status:", "desk:", "@", "by:",
	    "pri:", "due:", "overdue", "rfc:", "upd:<", "needs:update",
	    "slug:", "live", "all", NULL };
	static const struct { const char *key, *kind; } values[] = {
		{ "status", "state" }, { "pri", "priority" },
		{ "priority", "priority" }, { "slug", "slug" },
		{ "rfc", "{open,answered,declined,promised,lapsed,overdue,none}" },
		{ "due", "{today,tomorrow,none}" }, { "needs", "{update}" },
	};
	const char *word = c->cur, *colon, *comma;
	char pre[256];
	size_t i;

	colon = strchr(word, ':');
	if (colon == NULL) {
		if (word[0] == '!') {
			c->cur = word + 1;
			c->pre = "!";
		}
		for (i = 0; keys[i] != NULL; i++)
			offer(c, keys[i]);
		return;
	}
	comma = strrchr(colon, ',');
	c->cur = (comma != NULL ? comma : colon) + 1;
	if ((size_t)(c->cur - word) >= sizeof pre)
		return;
	memcpy(pre, word, (size_t)(c->cur - word));
	pre[c->cur - word] = '\0';
	c->pre = pre;
	for (i = 0; i < sizeof values / sizeof values[0]; i++) {
		const char *k = word + (word[0] == '!');

		if (strlen(values[i].key) == (size_t)(colon - k) &&
		    strncmp(values[i].key, k, (size_t)(colon - k)) == 0)
			offer_kind(c, values[i].kind, strlen(values[i].kind));
	}
	c->pre = "";
}

/* One kind of word, as named in cli_cmd.words or cli_optdoc.values. */
static void
offer_kind(struct comp *c, const char *kind, size_t len)
{
	const struct cli_cmd *const *cmds;
	char k[256];

	if (len >= sizeof k)
		return;
	memcpy(k, kind, len);
	k[len] = '\0';
	if (k[0] == '{' || strchr(k, ',') != NULL)
		offer_list(c, k);
	else if (strcmp(k, "slug") == 0)
		offer_vec(c, story_slugs_with_prefix);
	else if (strcmp(k, "person") == 0)
		offer_vec(c, person_names_with_prefix);
	else if (strcmp(k, "state") == 0)
		offer_states(c);
	else if (strcmp(k, "priority") == 0)
		offer_list(c, "flash,urgent,routine,deferred");
	else if (strcmp(k, "field") == 0)
		offer_list(c, "headline,dek,budget,desk,priority,editor,"
		    "deadline,embargo,art,words,url,needs-update");
	else if (strcmp(k, "filter") == 0)
		offer_filter(c);
	else if (strcmp(k, "command") == 0)
		for (cmds = cli_commands(); *cmds != NULL; cmds++)
			offer(c, (*cmds)->name);
	/* "file", "-" (free text) and the rest: nothing to offer. */
}

/* The kind of positional word number n (from 0) in spec. */
static void
offer_positional(struct comp *c, const char *spec, int n)
{
	const char *p = spec, *e = spec;
	size_t len = 0;

	for (int i = 0; p != NULL && *p != '\0'; i++) {
		e = p + strcspn(p, " ");
		len = (size_t)(e - p);
		if (len > 3 && strncmp(e - 3, "...", 3) == 0) {
			offer_kind(c, p, len - 3);  /* repeats to the end */
			return;
		}
		if (i == n) {
			offer_kind(c, p, len);
			return;
		}
		p = *e != '\0' ? e + 1 : e;
	}
}

static const struct cli_optdoc *
find_opt(const struct cli_cmd *cmd, const char *name, size_t len)
{
	for (const struct cli_optdoc *o = cmd->opts; o != NULL &&
	    o->name != NULL; o++)
		if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
			return o;
	return NULL;
}

static void
complete_cmd(struct comp *c, const struct cli_cmd *cmd, int nw, char **w)
{
	const struct cli_optdoc *o, *want = NULL;
	const char *eq;
	int npos = 0, only_pos = 0;

	/* The words already typed: which option wants a value, how many
	 * positionals there are. */
	for (int i = 0; i < nw; i++) {
		want = NULL;
		if (!only_pos && strcmp(w[i], "--") == 0)
			only_pos = 1;
		else if (!only_pos && strncmp(w[i], "--", 2) == 0) {
			o = find_opt(cmd, w[i] + 2, strlen(w[i] + 2));
			if (o != NULL && o->arg != NULL)
				want = o;
		} else
			npos++;
	}
	if (want != NULL) {
		if (want->values != NULL)
			offer_kind(c, want->values, strlen(want->values));
		return;
	}
	if (!only_pos && strncmp(c->cur, "--", 2) == 0 &&
	    (eq = strchr(c->cur, '=')) != NULL) {
		char pre[128];

		o = find_opt(cmd, c->cur + 2, (size_t)(eq - c->cur - 2));
		if (o == NULL || o->values == NULL ||
		    (size_t)(eq + 1 - c->cur) >= sizeof pre)
			return;
		memcpy(pre, c->cur, (size_t)(eq + 1 - c->cur));
		pre[eq + 1 - c->cur] = '\0';
		c->pre = pre;
		c->cur = eq + 1;
		offer_kind(c, o->values, strlen(o->values));
		c->pre = "";
		return;
	}
	if (!only_pos && c->cur[0] == '-') {
		char name[128];

		for (o = cmd->opts; o != NULL && o->name != NULL; o++) {
			snprintf(name, sizeof name, "--%s", o->name);
			offer(c, name);
		}
		offer(c, "--help");
		return;
	}
	if (cmd->words != NULL)
		offer_positional(c, cmd->words, npos);
}

int
cli_complete(int argc, char **argv)
{
	struct comp c = { "", "", NULL, 0 };
	const struct cli_cmd *cmd = NULL;
	int i = 1, last = argc - 1;

	if (argc < 2) {
		offer_kind(&c, "command", 7);
		return 0;
	}
	c.cur = argv[last];
	/* Global options before the verb. */
	while (i < last && argv[i][0] == '-') {
		if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 == last)
				return 0;  /* a path: the shell's file names */
			cli_set_db_path(argv[i + 1]);
			i += 2;
		} else {
			if (strncmp(argv[i], "--db=", 5) == 0)
				cli_set_db_path(argv[i] + 5);
			i++;
		}
	}
	if (i == last) {
		if (c.cur[0] == '-')
			offer_list(&c, "--db,--help,--version");
		else {
			offer_kind(&c, "command", 7);
			offer(&c, "help");
		}
	} else if (strcmp(argv[i], "help") == 0) {
		if (i + 1 == last)
			offer_kind(&c, "command", 7);
	} else if ((cmd = cli_command(argv[i])) != NULL)
		complete_cmd(&c, cmd, last - i - 1, argv + i + 1);
	if (c.d != NULL)
		cli_desk_close(c.d);
	return 0;
}
