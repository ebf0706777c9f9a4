/* Who works on a story, from the keyboard: crediting a contributor in
 * a role (C), taking a credit back (x in Credits), and the warning an
 * editor login nobody knows earns (assign, new story). Each write is a
 * desk operation. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui_int.h"

/* The roles, the usual one first: its key is 1. */
static const char *const roles[] = { "contributor", "byline", "editor",
    "photo", "research" };

void
people_login_warning(struct tui *t, const char *login, char *buf, size_t n)
{
	buf[0] = '\0';
	if (login == NULL || *login == '\0' || desk_login_known(t->d, login))
		return;
	/* The CLI takes any editor, so the TUI does too, out loud. */
	snprintf(buf, n, "warning: \"%.60s\" is no staff login here (set "
	    "anyway)", login);
}

void
act_credit(struct tui *t, const char *slug, const char *initial)
{
	struct pt_str name = PT_STR_INIT;
	struct pt_err err;
	char label[200];
	int rc, i, k;

	snprintf(label, sizeof label, "credit on %s (Tab completes people): ",
	    slug);
	t->draft_ctx = "credit";
	t->draft_slug = slug;
	rc = prompt_read(t, label, initial, PH_PERSON, PC_PERSON, &name);
	t->draft_ctx = t->draft_slug = NULL;
	while (name.len > 0 && name.buf[name.len - 1] == ' ')
		name.buf[--name.len] = '\0';
	if (rc != 1 || name.len == 0) {
		pt_str_done(&name);
		return;
	}
	/* The roles on one line that fits 80 columns; Enter takes the
	 * usual one, Esc none. */
	snprintf(label, sizeof label, "%.16s as: 1 contributor 2 byline 3 "
	    "editor 4 photo 5 research",
	    pt_str_cstr(&name));
	do
		k = tui_question(t, label, "1-5: the role, Enter: contributor, "
		    "Esc: none", "12345");
	while (!(k >= '1' && k <= '5') && k != TK_ENTER && k != 13 &&
	    k != TK_ESC && k != 'q' && k != TK_EOF);
	i = k >= '1' && k <= '5' ? k - '1' : k == TK_ENTER || k == 13 ? 0 :
	    -1;
	if (i < 0) {
		tui_typed_drop(t);
		if (k != TK_EOF)
			tui_msg(t, 0, "nobody credited (the name is in the "
			    "prompt history: Up)");
	} else if (desk_credit(t->d, slug, pt_str_cstr(&name), roles[i],
	    &err) < 0)
		tui_write_failed(t, slug, &err);
	else {
		tui_msg(t, 0, "credited %s as %s on %s", pt_str_cstr(&name),
		    roles[i], slug);
		tui_typed_written(t);
		tui_mark_own(t);
	}
	pt_str_done(&name);
}

void
act_uncredit(struct tui *t, const char *slug, const char *name,
    const char *role)
{
	struct pt_err err;
	char q[300];

	snprintf(q, sizeof q, "take back the credit of %.80s as %s on %s? "
	    "(y/n)", name, role, slug);
	if (tui_yesno(t, q) != 1) {
		tui_msg(t, 0, "credit kept");
		return;
	}
	if (desk_uncredit(t->d, slug, name, role, &err) < 0)
		tui_err(t, &err);
	else {
		tui_msg(t, 0, "took back the credit of %s as %s on %s", name,
		    role, slug);
		tui_mark_own(t);
	}
}
