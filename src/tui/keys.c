/* The action table: every action's name, default keys per view and help
 * line. Help, config bindings and `:` commands all read this one table;
 * the bindings in force live in a small per-view map built from it. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "config.h"

#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "presstime/utf8.h"
#include "tui_int.h"

static const struct action actions[] = {
	{ A_DOWN, "down", "j <Down>", "j <Down>", "move down" },
	{ A_UP, "up", "k <Up>", "k <Up>", "move up" },
	{ A_FIRST, "first", "g <Home>", "g <Home>", "go to the top" },
	{ A_LAST, "last", "G <End>", "G <End>", "go to the bottom" },
	{ A_PGDN, "page-down", "<PgDn> <Space>", "<PgDn> <Space>",
	    "one screen down" },
	{ A_PGUP, "page-up", "<PgUp>", "<PgUp>", "one screen up" },
	{ A_HALFDN, "half-page-down", "<C-d>", "<C-d>", "half a screen down" },
	{ A_HALFUP, "half-page-up", "<C-u>", "<C-u>", "half a screen up" },
	{ A_ENTER, "open", "<Enter>", "<Enter>", "open the story" },
	{ A_QUIT, "quit", "q", "q", "back to the queue, or quit" },
	{ A_SEARCH, "search", "/", "/", "search (full text in the queue)" },
	{ A_SNEXT, "search-next", "n", "n", "next match" },
	{ A_SPREV, "search-prev", "N", "N", "previous match" },
	{ A_LIMIT, "limit", "l", "", "limit the queue with a filter" },
	{ A_SORT, "sort", "o", "", "sort by urgency (default), due, priority, "
	    "updated, status, slug, needs" },
	{ A_TAG, "tag", "t", "", "tag or untag the story" },
	{ A_TAGF, "tag-filter", "T", "", "tag every story matching a filter" },
	{ A_APPLY, "tag-apply", ";", "", "apply the next action to the tagged stories the limit "
	    "shows (the ones it hides are left alone)" },
	{ A_STATUS, "status", "s", "s", "change status" },
	{ A_ASSIGN, "assign", "a", "a", "assign an editor" },
	{ A_CREDIT, "credit", "C", "C", "credit a contributor, with a role" },
	{ A_PRIO, "priority", "p", "p", "set priority" },
	{ A_DEADLINE, "deadline", "d", "d", "set the deadline" },
	{ A_EMBARGO, "embargo", "b", "b", "set or clear the embargo" },
	{ A_NEW, "new-story", "c", "", "new story" },
	{ A_LOG, "log", "e", "e", "log a timeline entry" },
	{ A_LOGED, "log-editor", "E", "E", "log an entry in $EDITOR" },
	{ A_RFC, "request", "r", "r", "add a request for comment" },
	{ A_ANSWERED, "answered", "", "A", "request answered" },
	{ A_DECLINED, "declined", "", "D", "request declined" },
	{ A_PROMISED, "promised", "", "M", "statement promised (asks when)" },
	{ A_LAPSED, "lapsed", "", "X", "request lapsed" },
	{ A_TABNEXT, "next-tab", "", "<Tab>", "next tab" },
	{ A_TAB1, "timeline", "", "1", "Timeline tab" },
	{ A_TAB2, "requests", "", "2", "Requests tab" },
	{ A_TAB3, "credits", "", "3", "Credits tab" },
	{ A_UNCREDIT, "uncredit", "", "x",
	    "take back the selected credit (Credits tab)" },
	{ A_TAB4, "history", "", "4", "History tab" },
	{ A_ENDNOTES, "endnotes", "", "P", "end notes at press time" },
	{ A_UNDO, "undo", "u", "u", "undo your last change to the story" },
	{ A_CMD, "command", ":", ":", "command line" },
	{ A_HELP, "help", "?", "?", "this help" },
	{ A_REDRAW, "redraw", "<C-l>", "<C-l>", "redraw the screen" },
	{ A_VIEW, "next-view", "v", "", "next saved view (:view NAME picks one)" },
};

#define NACTIONS (sizeof actions / sizeof actions[0])

/* Key names in <>, for config, scripts and help. */
static const struct {
	const char *name;
	int key;
} names[] = {
	{ "Enter", TK_ENTER }, { "CR", 13 }, { "Esc", TK_ESC },
	{ "Tab", TK_TAB }, { "Space", ' ' }, { "lt", '<' }, { "gt", '>' },
	{ "BS", TK_FN(KEY_BACKSPACE) }, { "Backspace", TK_FN(KEY_BACKSPACE) },
	{ "Del", TK_FN(KEY_DC) }, { "Up", TK_FN(KEY_UP) },
	{ "Down", TK_FN(KEY_DOWN) }, { "Left", TK_FN(KEY_LEFT) },
	{ "Right", TK_FN(KEY_RIGHT) }, { "PgUp", TK_FN(KEY_PPAGE) },
	{ "PgDn", TK_FN(KEY_NPAGE) }, { "PageUp", TK_FN(KEY_PPAGE) },
	{ "PageDown", TK_FN(KEY_NPAGE) }, { "Home", TK_FN(KEY_HOME) },
	{ "End", TK_FN(KEY_END) }, { "S-Tab", TK_FN(KEY_BTAB) },
	{ "Resize", TK_FN(KEY_RESIZE) },
};

#define NNAMES (sizeof names / sizeof names[0])
#define MAXBIND 256

struct binding {
	int key;
	enum act act;
	int user;  /* bound by the user's config: the key hints show */
};

static struct binding binds[V_NVIEWS][MAXBIND];
static size_t nbinds[V_NVIEWS];

const struct action *
keys_actions(size_t *n)
{
	*n = NACTIONS;
	return actions;
}

const struct action *
keys_action_find(const char *name)
{
	for (size_t i = 0; i < NACTIONS; i++)
		if (strcmp(actions[i].name, name) == 0)
			return &actions[i];
	return NULL;
}

int
keys_parse(const char *s, size_t *used)
{
	int32_t cp;
	int n;

	if (s[0] == '<') {
		const char *end = strchr(s, '>');
		size_t len;

		if (end != NULL && end > s + 1) {
			len = (size_t)(end - s - 1);
			*used = len + 2;
			if (len == 3 && (s[1] == 'C' || s[1] == 'c') &&
			    s[2] == '-')
				return TK_CTRL(s[3]);
			for (size_t i = 0; i < NNAMES; i++)
				if (strlen(names[i].name) == len &&
				    strncasecmp(names[i].name, s + 1, len) == 0)
					return names[i].key;
		}
		/* Not a key name: a literal '<' ("due:<2h"). */
		*used = 1;
		return '<';
	}
	n = utf8_decode(s, strlen(s), &cp);
	*used = n > 0 ? (size_t)n : 1;
	return cp < 0 ? -1 : cp;
}

void
keys_name(int key, char *buf, size_t n)
{
	char u[5];

	for (size_t i = 0; i < NNAMES; i++)
		if (names[i].key == key && key != 13 && key != '<') {
			snprintf(buf, n, "<%s>", names[i].name);
			return;
		}
	if (key > 0 && key < 32) {
		snprintf(buf, n, "<C-%c>", key + 'a' - 1);
		return;
	}
	if (TK_ISFN(key)) {
		snprintf(buf, n, "<%s>", keyname(key - TK_FN(0)));
		return;
	}
	u[utf8_encode(key, u)] = '\0';
	snprintf(buf, n, "%s", u);
}

static void
bind(enum tui_view v, int key, enum act a, int user)
{
	for (size_t i = 0; i < nbinds[v]; i++)
		if (binds[v][i].key == key) {
			binds[v][i].act = a;
			binds[v][i].user = user;
			return;
		}
	if (nbinds[v] < MAXBIND)
		binds[v][nbinds[v]++] = (struct binding){ key, a, user };
}

static void
bind_list(enum tui_view v, const char *list, enum act a)
{
	char word[32];
	const char *p = list;

	while (*p != '\0') {
		size_t len = strcspn(p, " "), used;
		int k;

		if (len > 0 && len < sizeof word) {
			memcpy(word, p, len);
			word[len] = '\0';
			if ((k = keys_parse(word, &used)) >= 0)
				bind(v, k, a, 0);
		}
		p += len;
		p += strspn(p, " ");
	}
}

void
keys_init(struct tui *t)
{
	(void)t;
	memset(nbinds, 0, sizeof nbinds);
	for (size_t i = 0; i < NACTIONS; i++) {
		bind_list(V_QUEUE, actions[i].queue, actions[i].id);
		bind_list(V_STORY, actions[i].story, actions[i].id);
	}
	/* Help scrolls and goes back like a pager. */
	bind_list(V_HELP, "j <Down>", A_DOWN);
	bind_list(V_HELP, "k <Up>", A_UP);
	bind_list(V_HELP, "g <Home>", A_FIRST);
	bind_list(V_HELP, "G <End>", A_LAST);
	bind_list(V_HELP, "<PgDn> <Space>", A_PGDN);
	bind_list(V_HELP, "<PgUp>", A_PGUP);
	bind_list(V_HELP, "q <Esc> ?", A_QUIT);
	bind_list(V_HELP, ":", A_CMD);
	bind_list(V_HELP, "<C-l>", A_REDRAW);
}

void
keys_config(struct tui *t)
{
	for (size_t i = 0; i < t->cfg.nkeys; i++) {
		const struct config_binding *b = &t->cfg.keys[i];
		const struct action *a = keys_action_find(b->action);
		size_t used;
		int k = keys_parse(b->key, &used);

		if (a == NULL) {
			config_key_error(&t->cfg, i, &t->diags,
			    "unknown action \"%s\" (see ? for the list)",
			    b->action);
			continue;
		}
		if (k < 0 || used != strlen(b->key)) {
			config_diag(&t->cfg, b->key_line, b->key_col, &t->diags,
			    "unknown key \"%s\" (try \"j\", \"<C-d>\", "
			    "\"<PgDn>\")", b->key);
			continue;
		}
		if (strcmp(b->view, "queue") != 0)
			bind(V_STORY, k, a->id, 1);
		if (strcmp(b->view, "story") != 0)
			bind(V_QUEUE, k, a->id, 1);
	}
}

enum act
keys_lookup(enum tui_view v, int key)
{
	for (size_t i = 0; i < nbinds[v]; i++)
		if (binds[v][i].key == key)
			return binds[v][i].act;
	return A_NONE;
}

void
keys_for(enum tui_view v, enum act a, char *buf, size_t n)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < nbinds[v] && len + 1 < n; i++) {
		char k[32];

		if (binds[v][i].act != a)
			continue;
		keys_name(binds[v][i].key, k, sizeof k);
		len += (size_t)snprintf(buf + len, n - len, "%s%s",
		    len > 0 ? " " : "", k);
		if (len >= n)
			len = n - 1;
	}
}

/* The key a hint names for a: the user's own binding if there is one,
 * else the first default; -1 when a has no key in v. */
static int
hint_key(enum tui_view v, enum act a)
{
	int first = -1;

	for (size_t i = 0; i < nbinds[v]; i++) {
		if (binds[v][i].act != a)
			continue;
		if (binds[v][i].user)
			return binds[v][i].key;
		if (first < 0)
			first = binds[v][i].key;
	}
	return first;
}

/* "<Enter>" as the bar shows it: "Enter". */
static void
hint_name(int key, char *buf, size_t n)
{
	size_t len;

	keys_name(key, buf, n);
	len = strlen(buf);
	if (len > 2 && buf[0] == '<' && buf[len - 1] == '>') {
		memmove(buf, buf + 1, len - 2);
		buf[len - 2] = '\0';
	}
}

/* One hint, "s:status" or "1-4/Tab:tabs", into out; 0 when none of
 * its actions has a key here. */
static int
hint_one(enum tui_view v, const struct view_hint *h, struct pt_str *out)
{
	int keys[5], n = 0, run = 1;
	char name[32];

	for (size_t i = 0; i < 5 && h->acts[i] != A_NONE; i++)
		if ((keys[n] = hint_key(v, h->acts[i])) >= 0)
			n++;
	if (n == 0)
		return 0;
	/* Three or more keys in a row ("1 2 3 4") as a range. */
	while (run < n && keys[run] == keys[run - 1] + 1 &&
	    keys[run] < 128)
		run++;
	if (run < 3)
		run = 1;
	for (int i = 0; i < n; i++) {
		if (i == 1 && run > 1) {
			hint_name(keys[run - 1], name, sizeof name);
			pt_str_addf(out, "-%s", name);
			i = run - 1;
			continue;
		}
		hint_name(keys[i], name, sizeof name);
		pt_str_addf(out, "%s%s", i > 0 ? "/" : "", name);
	}
	pt_str_addf(out, ":%s", h->label);
	return 1;
}

void
keys_hints(enum tui_view v, const struct view_hint *h, int width,
    struct pt_str *out)
{
	struct pt_str one = PT_STR_INIT, last = PT_STR_INIT;
	size_t nh = 0, start = out->len, used;

	/* A hint cut in half reads as a wrong key ("?:he"): the last hint
	 * (help) is kept, the ones before it go whole while the bar is
	 * wider than the screen. Counted in bytes, never fewer than the
	 * columns they take (key names and labels are ASCII). */
	while (h[nh].label != NULL)
		nh++;
	if (nh > 0)
		(void)hint_one(v, &h[nh - 1], &last);
	for (size_t i = 0; i + 1 < nh; i++) {
		pt_str_clear(&one);
		if (!hint_one(v, &h[i], &one))
			continue;
		used = out->len - start;
		if (width > 0 && used + (used > 0) + one.len +
		    (last.len > 0 ? 1 + last.len : 0) > (size_t)width)
			break;
		if (out->len > start)
			pt_str_addc(out, ' ');
		pt_str_add(out, pt_str_cstr(&one));
	}
	if (last.len > 0) {
		if (out->len > start)
			pt_str_addc(out, ' ');
		pt_str_add(out, pt_str_cstr(&last));
	}
	pt_str_done(&one);
	pt_str_done(&last);
}

int
keys_state_key(int rank)
{
	static const char k[] = "123456789abcdefghijklmnop";

	return rank >= 0 && (size_t)rank < sizeof k - 1 ? k[rank] : 0;
}
