/* The `:` line's verbs: every CLI verb that changes a story (its
 * cli_cmd says .writes) runs here with the shell's syntax. The words
 * are split as a shell splits them (pt_shwords) and handed to the verb
 * itself (cli_run_lent: the same option table, parser, checks and
 * messages as `presstime VERB`), so the two faces cannot drift.
 *
 * The one difference, a rule for every verb: where the verb takes a
 * SLUG, the `:` line may leave it out. The word in SLUG's place names
 * the story when a story has that slug; any other word (or none) means
 * the current story (the open one, or the queue's cursor), whose slug
 * goes in before it. So `:status ready` and `:status other-story ready`
 * both work, and `:log --kind statement --source CEO --at -2h Text` logs
 * on the current story. A verb typed alone does what its key does
 * (`:status` the menu, `:log` the entry prompt); `:set FIELD` opens the
 * field's prompt on its current value, and `:status [SLUG] STATE`
 * without options is the menu's pick (publishing and killing ask). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/shwords.h"
#include "tui_int.h"

int
cmdline_is_verb(const char *name)
{
	const struct cli_cmd *c = cli_command(name);

	return c != NULL && c->writes;
}

/* Which positional word is the verb's SLUG (its .words says "slug"
 * there), -1 when it takes none (`new` makes one). */
static int
slug_place(const struct cli_cmd *c)
{
	const char *w = c->words != NULL ? c->words : "";

	for (int i = 0; *w != '\0'; i++) {
		size_t n = strcspn(w, " ");

		if (n == 4 && strncmp(w, "slug", 4) == 0)
			return i;
		w += n;
		w += strspn(w, " ");
	}
	return -1;
}

/* The index in w of positional word number place (0 the first), read
 * by cli_parse's rules; n when there are fewer. *npos gets how many
 * positional words there are. */
static size_t
positional_at(const struct cli_cmd *c, char **w, size_t n, int place,
    int *npos)
{
	size_t at = n;
	int only_pos = 0;

	*npos = 0;
	for (size_t i = 1; i < n; i++) {
		if (!only_pos && strcmp(w[i], "--") == 0) {
			only_pos = 1;
			continue;
		}
		if (!only_pos && cli_word_is_option(w[i])) {
			if (cli_opt_takes_value(c, w[i]))
				i++;
			continue;
		}
		if (*npos == place)
			at = i;
		(*npos)++;
	}
	return at;
}

static int
names_story(struct tui *t, const char *word)
{
	struct story *s;
	struct pt_err err;

	if (story_get(t->d->db, word, &s, &err) < 0)
		return 0;
	story_free(s);
	return 1;
}

static const struct story *
current(struct tui *t)
{
	if (t->view == V_STORY && story_view_current(t) != NULL)
		return story_view_current(t);
	return queue_current(t);
}

/* Inserts word at index at of *w (n + 1 pointers, NULL-terminated). */
static void
insert_word(char ***w, size_t *n, size_t at, const char *word)
{
	*w = pt_xrealloc(*w, (*n + 2) * sizeof **w);
	memmove(*w + at + 1, *w + at, (*n + 1 - at) * sizeof **w);
	(*w)[at] = pt_xstrdup(word);
	(*n)++;
}

/* The rule above: puts the current story's slug where the verb takes
 * SLUG, unless the word there names a story. Returns the index of the
 * SLUG word in *w, or -1 (no SLUG, or no story to take it from). */
static int
fill_slug(struct tui *t, const struct cli_cmd *c, char ***w, size_t *n)
{
	const struct story *cur;
	int place = slug_place(c), npos;
	size_t at;

	if (place < 0)
		return -1;
	at = positional_at(c, *w, *n, place, &npos);
	if (at < *n && names_story(t, (*w)[at]))
		return (int)at;
	if ((cur = current(t)) == NULL)
		return at < *n ? (int)at : -1;
	insert_word(w, n, at, cur->slug);
	return (int)at;
}

/* A verb's output for the one-line message bar, into m: its lines
 * joined by "; ", without the "presstime: " each error starts with, a
 * usage line as the `:` line spells it. */
static void
join_output(const struct pt_str *text, const char *verb, int err,
    struct pt_str *m)
{
	const char *p = pt_str_cstr(text);

	while (*p != '\0') {
		size_t len = strcspn(p, "\n");
		const char *line = p;

		p += len + (p[len] == '\n');
		if (strncmp(line, "presstime: ", 11) == 0)
			line += 11, len -= 11;
		while (len > 0 && (*line == ' ' || *line == '\t'))
			line++, len--;
		if (len == 0)
			continue;
		if (m->len > 0)
			pt_str_add(m, "; ");
		if (strncmp(line, "usage: presstime ", 17) == 0) {
			pt_str_add(m, "usage: :");
			line += 17, len -= 17;
		}
		pt_str_addn(m, line, len);
	}
	if (m->len == 0)
		pt_str_addf(m, "%s: %s", verb, err ? "failed" : "done");
}

/* In the message bar; more than it holds is shown whole in a window
 * (tui_notice), closed by a key, the bar keeping its start. */
static void
say(struct tui *t, int err, const struct pt_str *text, const char *verb)
{
	struct pt_str m = PT_STR_INIT;

	join_output(text, verb, err, &m);
	tui_msg(t, err, "%s", pt_str_cstr(&m));
	tui_notice(t, pt_str_cstr(&m));
	pt_str_done(&m);
}

/* The verb failed: when the database or the disk refused the write
 * (not a mistake in the words), the typed line is kept as a draft and
 * the next `:` prompt offers it, as every prompt that writes does. */
static void
failed(struct tui *t, const struct pt_str *errs, const char *verb)
{
	int code = cli_lent_code();
	struct pt_str m = PT_STR_INIT;
	struct pt_err e = { 0 };

	if (code != PT_EBUSY && code != PT_EIO && code != PT_EDB &&
	    code != PT_ENOMEM) {
		say(t, 1, errs, verb);
		return;
	}
	join_output(errs, verb, 1, &m);
	e.code = code;
	snprintf(e.msg, sizeof e.msg, "%s", pt_str_cstr(&m));
	pt_str_done(&m);
	/* Kept under the prompt's own story (the open one, else none), so
	 * the next `:` there offers it. */
	tui_write_failed(t, NULL, &e);
	tui_notice(t, t->msg);
}

/* `:status [SLUG] STATE` with no option: the s menu's pick, which asks
 * before publishing or killing and asks for a correction's text (the
 * verb, as the shell runs it, asks nothing: with options it is that). */
static int
status_pick(struct tui *t, char **w, size_t n, int slug_at)
{
	struct story *s;
	struct pt_err err;

	if (slug_at != 1 || n != 3 || cli_word_is_option(w[2]))
		return 0;
	if (story_get(t->d->db, w[1], &s, &err) < 0) {
		tui_err(t, &err);
		return 1;
	}
	act_status_to(t, s->slug, s->version, w[2]);
	story_free(s);
	return 1;
}

/* `:set FIELD` alone: the field's prompt, holding its current value. */
static int
set_prompt(struct tui *t, char **w, size_t n, int slug_at)
{
	enum desk_field f;
	struct story *s;
	struct pt_err err;
	int npos;

	if (slug_at < 0 || n != 3 || positional_at(cli_command("set"), w, n, 0,
	    &npos) != (size_t)slug_at || npos != 2 ||
	    desk_field_parse(w[slug_at == 1 ? 2 : 1], &f, &err) < 0)
		return 0;
	if (story_get(t->d->db, w[slug_at], &s, &err) < 0) {
		tui_err(t, &err);
		return 1;
	}
	act_set_field(t, s->slug, f, NULL, s->version);
	story_free(s);
	return 1;
}

void
cmdline_verb(struct tui *t, const char *line)
{
	const struct cli_cmd *c;
	const struct action *a;
	struct pt_str out = PT_STR_INIT, errs = PT_STR_INIT;
	struct pt_err err;
	char **w;
	size_t n;
	int rc, slug_at;

	if (pt_shwords(line, &w, &n, &err) < 0) {
		tui_err(t, &err);
		return;
	}
	if (n == 0 || (c = cli_command(w[0])) == NULL || !c->writes) {
		pt_shwords_free(w, n);
		return;
	}
	/* Alone, a verb does what its key does. */
	if (n == 1 && (a = keys_action_find(w[0])) != NULL) {
		pt_shwords_free(w, n);
		if (!tui_view_ops(t->view)->key(t, a->id, 0))
			tui_msg(t, 1, "%s: nothing to do here", a->name);
		return;
	}
	slug_at = fill_slug(t, c, &w, &n);
	if ((strcmp(c->name, "set") == 0 && set_prompt(t, w, n, slug_at)) ||
	    (strcmp(c->name, "status") == 0 &&
	    status_pick(t, w, n, slug_at))) {
		pt_shwords_free(w, n);
		return;
	}
	rc = cli_run_lent(t->d, screen_cols(), (int)n, w, &out, &errs);
	pt_shwords_free(w, n);
	if (rc == 0) {
		/* A warning goes with what was done. */
		pt_str_add(&out, pt_str_cstr(&errs));
		say(t, 0, &out, c->name);
		tui_typed_written(t);
		tui_mark_own(t);
	} else
		failed(t, &errs, c->name);
	pt_str_done(&out);
	pt_str_done(&errs);
}

/* `presstime __complete` for the words w: its lines appended to out. */
static void
complete_words(struct tui *t, char **w, size_t n, struct pt_str *out)
{
	struct pt_str errs = PT_STR_INIT;
	char **argv = pt_xcalloc(n + 2, sizeof *argv);
	char cmd[] = "__complete";

	argv[0] = cmd;
	memcpy(argv + 1, w, n * sizeof *w);
	(void)cli_run_lent(t->d, screen_cols(), (int)n + 1, argv, out, &errs);
	free(argv);
	pt_str_done(&errs);
}

/* Tab after a verb: what `presstime __complete` offers for the same
 * words (options, their values, states, slugs, people), with the
 * current story's slug filled in as the verb would get it; in SLUG's
 * place both the slugs and what follows the current story's slug. */
size_t
cmdline_verb_complete(struct tui *t, const char *before, const char *word,
    char ***v)
{
	const struct cli_cmd *c;
	const struct story *cur;
	struct pt_str out = PT_STR_INIT;
	struct pt_err err;
	char **w;
	size_t n, k = 0, cap = 0, at;
	int npos, place;

	*v = NULL;
	if (pt_shwords(before, &w, &n, &err) < 0)
		return 0;
	if (n == 0 || (c = cli_command(w[0])) == NULL || !c->writes) {
		pt_shwords_free(w, n);
		return 0;
	}
	insert_word(&w, &n, n, word);
	place = slug_place(c);
	at = positional_at(c, w, n, place, &npos);
	cur = current(t);
	if (place >= 0 && cur != NULL && at == n - 1) {
		complete_words(t, w, n, &out);
		insert_word(&w, &n, at, cur->slug);
	} else if (place >= 0 && cur != NULL && at < n - 1 &&
	    !names_story(t, w[at]))
		insert_word(&w, &n, at, cur->slug);
	complete_words(t, w, n, &out);
	pt_shwords_free(w, n);
	for (const char *p = pt_str_cstr(&out); *p != '\0';) {
		size_t len = strcspn(p, "\n");
		int dup = 0;

		for (size_t i = 0; i < k && !dup; i++)
			dup = strlen((*v)[i]) == len &&
			    strncmp((*v)[i], p, len) == 0;
		if (len > 0 && !dup) {
			*v = pt_grow(*v, &cap, k + 1, sizeof **v);
			(*v)[k] = pt_xmalloc(len + 1);
			memcpy((*v)[k], p, len);
			(*v)[k++][len] = '\0';
		}
		p += len + (p[len] == '\n');
	}
	pt_str_done(&out);
	return k;
}
