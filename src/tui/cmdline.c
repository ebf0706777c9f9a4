/* The `:` command line: a few commands with arguments, and every action
 * of the key table by its name (`:status ready`, `:limit due:<2h`,
 * `:down`). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/afile.h"
#include "presstime/filter.h"
#include "presstime/io.h"
#include "tui_int.h"

static void
c_status(struct tui *t, const char *arg)
{
	const struct story *s, *cur = story_view_current(t);

	if (*arg == '\0') {
		tui_view_ops(t->view)->key(t, A_STATUS, 0);
		return;
	}
	if (t->view == V_STORY && cur != NULL) {
		char *slug = pt_xstrdup(cur->slug);

		act_status_to(t, slug, cur->version, arg);
		free(slug);
	} else if ((s = queue_current(t)) != NULL) {
		char *slug = pt_xstrdup(s->slug);

		act_status_to(t, slug, s->version, arg);
		free(slug);
	} else
		tui_msg(t, 1, "no story selected");
}

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
		    queue_limit(t) != NULL ? queue_limit(t) : "every story",
		    queue_count(t) == 1 ? "1 story" : "the stories",
		    export_format_name(fmt), path);
	pt_str_done(&out);
}

/* :set FIELD [VALUE]: without a value, a prompt holding the current one. */
static void
c_set(struct tui *t, const char *arg)
{
	const struct story *s = NULL;
	enum desk_field f;
	struct pt_err err;
	char name[32], *slug;
	const char *value;
	size_t n = strcspn(arg, " ");
	long long version;

	if (n == 0 || n >= sizeof name) {
		tui_msg(t, 1, "usage: :set FIELD [VALUE] (headline dek budget "
		    "desk priority editor deadline embargo art words url)");
		return;
	}
	memcpy(name, arg, n);
	name[n] = '\0';
	value = arg + n;
	value += strspn(value, " ");
	if (desk_field_parse(name, &f, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	if (t->view == V_STORY && story_view_current(t) != NULL)
		s = story_view_current(t);
	else if ((s = queue_current(t)) == NULL) {
		tui_msg(t, 1, "no story selected");
		return;
	}
	slug = pt_xstrdup(s->slug);
	version = s->version;
	if (*value == '\0')
		act_set_field(t, slug, f, NULL, version);
	else
		act_apply_field(t, slug, f, value, version);
	free(slug);
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
	{ "status", c_status, "move the story: :status ready" },
	{ "limit", c_limit, "limit the queue: :limit due:<2h" },
	{ "sort", c_sort, "sort the queue: :sort due" },
	{ "theme", c_theme, "switch theme: :theme light" },
	{ "dump", c_dump, "write the screen as text: :dump FILE" },
	{ "open", c_open, "open a story: :open SLUG" },
	{ "export", c_export, "write the story (or the queue's limit): "
	    ":export md FILE" },
	{ "set", c_set, "change a field: :set headline [TEXT]" },
	{ "q", c_quit, "quit" },
	{ "quit", c_quit, "quit" },
};

#define NCMDS (sizeof cmds / sizeof cmds[0])

const char *const *
cmdline_names(size_t *n)
{
	static const char **names;
	static size_t count;

	if (names == NULL) {
		size_t na;
		const struct action *a = keys_actions(&na);

		names = pt_xcalloc(NCMDS + na + 1, sizeof *names);
		for (size_t i = 0; i < NCMDS; i++)
			names[count++] = cmds[i].name;
		for (size_t i = 0; i < na; i++)
			if (strcmp(a[i].name, "status") != 0)
				names[count++] = a[i].name;
	}
	*n = count;
	return names;
}

void
cmdline_run(struct tui *t, const char *line)
{
	char name[64];
	const char *arg;
	const struct action *a;
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
	tui_msg(t, 1, "unknown command \"%s\" (? lists actions; commands: "
	    "status limit sort theme dump open export set q)", name);
}
