/* The `:` command line: a few commands of the TUI's own with arguments
 * (`:limit due:<2h`), every CLI verb that changes a story with the
 * shell's syntax (cmdline_verb.c: `:status ready`, `:log --kind
 * statement ...`), and every action of the key table by its name
 * (`:down`). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/afile.h"
#include "presstime/cli.h"
#include "presstime/filter.h"
#include "presstime/io.h"
#include "tui_int.h"

static void
c_limit(struct tui *t, const char *arg)
{
	queue_set_limit(t, arg);
}

static void
c_sort(struct tui *t, const char *arg)
{
	queue_set_sort(t, arg);
}

static void
c_view(struct tui *t, const char *arg)
{
	if (queue_view_pick(t, arg) == 0 && t->view != V_QUEUE)
		tui_set_view(t, V_QUEUE);
}

static void
c_theme(struct tui *t, const char *arg)
{
	if (*arg == '\0')
		tui_msg(t, 1, "usage: :theme NAME");
	else
		tui_theme(t, arg);
}

static void
c_quit(struct tui *t, const char *arg)
{
	(void)arg;
	t->quit = 1;
}

static void
c_dump(struct tui *t, const char *arg)
{
	struct pt_err err;

	if (*arg == '\0') {
		tui_msg(t, 1, "usage: :dump FILE");
		return;
	}
	/* The screen as the user sees it, without the command line. */
	tui_draw(t);
	if (screen_dump(arg, &err) < 0)
		tui_err(t, &err);
}

/* :export FORMAT FILE: the open story in the story view, the stories of
 * the current limit in the queue. */
static void
c_export(struct tui *t, const char *arg)
{
	enum export_format fmt;
	struct pt_str out = PT_STR_INIT;
	struct pt_err err;
	char name[16];
	const char *path;
	size_t n = strcspn(arg, " ");
	const struct story *cur = story_view_current(t);
	int one = t->view == V_STORY && cur != NULL;

	path = arg + n;
	path += strspn(path, " ");
	if (n == 0 || n >= sizeof name || *path == '\0') {
		tui_msg(t, 1, "usage: :export md|json|yaml FILE");
		return;
	}
	memcpy(name, arg, n);
	name[n] = '\0';
	if (export_format_parse(name, &fmt, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	if (export_stories(t->d, one ? NULL : queue_filter(t), one ? cur->slug :
	    NULL, fmt, &out, &err) < 0) {
		tui_err(t, &err);
		pt_str_done(&out);
		return;
	}
	if (pt_file_write(path, pt_str_cstr(&out), out.len, 0, &err) < 0)
		tui_err(t, &err);
	else if (one)
		tui_msg(t, 0, "exported %s as %s to %s", cur->slug,
		    export_format_name(fmt), path);
	else
		tui_msg(t, 0, "exported %s (%s) as %s to %s",
		    queue_limit(t) != NULL ? queue_limit(t) : "live",
		    queue_count(t) == 1 ? "1 story" : "the stories",
		    export_format_name(fmt), path);
	pt_str_done(&out);
}

static void
c_open(struct tui *t, const char *arg)
{
	tui_open_story(t, arg);
}

static const struct {
	const char *name;
	void (*fn)(struct tui *, const char *);
	const char *help;
} cmds[] = {
	{ "limit", c_limit, "limit the queue: :limit due:<2h" },
	{ "sort", c_sort, "sort the queue: :sort due" },
	{ "view", c_view, "switch to a saved view: :view metro" },
	{ "theme", c_theme, "switch theme: :theme light" },
	{ "dump", c_dump, "write the screen as text: :dump FILE" },
	{ "open", c_open, "open a story: :open SLUG" },
	{ "export", c_export, "write the story (or the queue's limit): "
	    ":export md FILE" },
	{ "q", c_quit, "quit" },
	{ "quit", c_quit, "quit" },
};

#define NCMDS (sizeof cmds / sizeof cmds[0])

/* Adds name to names unless it is there. */
static void
add_name(const char **names, size_t *count, const char *name)
{
	for (size_t i = 0; i < *count; i++)
		if (strcmp(names[i], name) == 0)
			return;
	names[(*count)++] = name;
}

const char *const *
cmdline_names(size_t *n)
{
	static const char **names;
	static size_t count;

	if (names == NULL) {
		size_t na, nv = 0;
		const struct action *a = keys_actions(&na);
		const struct cli_cmd *const *v = cli_commands();

		while (v[nv] != NULL)
			nv++;
		names = pt_xcalloc(NCMDS + nv + na + 1, sizeof *names);
		for (size_t i = 0; i < NCMDS; i++)
			add_name(names, &count, cmds[i].name);
		for (size_t i = 0; i < nv; i++)
			if (v[i]->writes)
				add_name(names, &count, v[i]->name);
		for (size_t i = 0; i < na; i++)
			add_name(names, &count, a[i].name);
	}
	*n = count;
	return names;
}

/* "new log status ...": the verbs `:` runs, for messages. */
static void
verb_list(struct pt_str *s)
{
	for (const struct cli_cmd *const *v = cli_commands(); *v != NULL; v++)
		if ((*v)->writes)
			pt_str_addf(s, "%s%s", s->len > 0 ? " " : "",
			    (*v)->name);
}

void
cmdline_run(struct tui *t, const char *line)
{
	char name[64];
	const char *arg;
	const struct action *a;
	struct pt_str verbs = PT_STR_INIT;
	size_t n;

	line += strspn(line, " ");
	n = strcspn(line, " ");
	if (n == 0)
		return;
	if (n >= sizeof name) {
		tui_msg(t, 1, "unknown command \"%s\"", line);
		return;
	}
	memcpy(name, line, n);
	name[n] = '\0';
	arg = line + n;
	arg += strspn(arg, " ");
	for (size_t i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, name) == 0) {
			char *a2 = pt_xstrdup(arg);
			size_t l = strlen(a2);

			while (l > 0 && a2[l - 1] == ' ')
				a2[--l] = '\0';
			cmds[i].fn(t, a2);
			free(a2);
			return;
		}
	if (cmdline_is_verb(name)) {
		cmdline_verb(t, line);
		return;
	}
	if ((a = keys_action_find(name)) != NULL) {
		if (a->id == A_CMD)
			return;
		if (a->id == A_HELP) {
			tui_set_view(t, V_HELP);
			return;
		}
		tui_view_ops(t->view)->key(t, a->id, 0);
		return;
	}
	verb_list(&verbs);
	if (cli_command(name) != NULL)
		tui_msg(t, 1, "\"%s\" only reads: : runs the verbs that change "
		    "a story (%s); the queue and the story view show the "
		    "rest", name, pt_str_cstr(&verbs));
	else
		tui_msg(t, 1, "unknown command \"%s\" (? lists actions; "
		    "commands: limit sort view theme dump open export q, and %s)",
		    name, pt_str_cstr(&verbs));
	pt_str_done(&verbs);
}
