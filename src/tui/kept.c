/* Typed text that a write could not take is never left in the prompt
 * history alone: when the write fails (the database busy past its
 * patience, a full disk, a refusal) the text becomes a draft at once,
 * the next prompt of the same kind for the same story offers it again,
 * a later successful write of it removes the draft, and quitting says
 * which drafts are still kept. What a prompt held when the terminal
 * went away is kept here too. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

static int
same(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

static void
typed_free(struct tui *t)
{
	free(t->typed.ctx);
	free(t->typed.slug);
	free(t->typed.text);
	memset(&t->typed, 0, sizeof t->typed);
}

static void
kept_remove(struct tui *t, size_t i)
{
	struct tui_kept *k = &t->kept[i];

	free(k->ctx);
	free(k->slug);
	free(k->text);
	desk_draft_place_done(&k->at);
	memmove(k, k + 1, (t->nkept - i - 1) * sizeof *k);
	t->nkept--;
}

void
tui_kept_add(struct tui *t, const char *ctx, const char *slug,
    const char *text, struct desk_draft_place *at)
{
	struct tui_kept *k;

	t->kept = pt_xrealloc(t->kept, (t->nkept + 1) * sizeof *t->kept);
	k = &t->kept[t->nkept++];
	k->ctx = pt_xstrdup(ctx);
	k->slug = slug != NULL ? pt_xstrdup(slug) : NULL;
	k->text = pt_xstrdup(text);
	k->at = *at;  /* the place's path moves in */
	at->path = NULL;
}

void
tui_typed_set(struct tui *t, const char *ctx, const char *slug,
    const char *text)
{
	size_t from = t->typed.from;

	typed_free(t);
	if (ctx == NULL || text == NULL || *text == '\0')
		return;
	t->typed.ctx = pt_xstrdup(ctx);
	t->typed.slug = slug != NULL ? pt_xstrdup(slug) : NULL;
	t->typed.text = pt_xstrdup(text);
	t->typed.from = from;
}

const char *
tui_kept_offer(struct tui *t, const char *ctx, const char *slug)
{
	typed_free(t);
	if (ctx == NULL)
		return NULL;
	for (size_t i = t->nkept; i-- > 0; )
		if (same(t->kept[i].ctx, ctx) && same(t->kept[i].slug, slug)) {
			t->typed.from = i + 1;
			return t->kept[i].text;
		}
	return NULL;
}

void
tui_typed_written(struct tui *t)
{
	struct pt_err err;
	size_t i = t->typed.from;

	/* One of many tagged stories took it: the others may still fail. */
	if (t->bulk)
		return;
	if (t->typed.text != NULL && i > 0 && i <= t->nkept &&
	    desk_draft_forget(t->d, &t->kept[i - 1].at,
	    t->kept[i - 1].ctx, t->kept[i - 1].slug, t->kept[i - 1].text,
	    &err) == 0)
		kept_remove(t, i - 1);
	typed_free(t);
}

void
tui_typed_drop(struct tui *t)
{
	typed_free(t);
}

/* "draft 7", or the file it waits in (full: its path). */
static void
place_name(const struct desk_draft_place *at, int full, char *buf, size_t n)
{
	if (at->id > 0)
		snprintf(buf, n, "draft %lld", at->id);
	else if (full && at->path != NULL)
		snprintf(buf, n, "%s", at->path);
	else
		snprintf(buf, n, "a draft in your drafts folder");
}

void
tui_write_failed(struct tui *t, const char *slug, const struct pt_err *err)
{
	struct desk_draft_place at = { 0, NULL };
	struct pt_err e2;
	const char *why = err->msg[0] != '\0' ? err->msg : "failed";
	char where[600];
	size_t from = t->typed.from;
	struct tui_kept *old = from > 0 && from <= t->nkept ?
	    &t->kept[from - 1] : NULL;

	if (t->typed.text == NULL) {
		tui_err(t, err);
		return;
	}
	if (t->typed.slug == NULL && slug != NULL)
		t->typed.slug = pt_xstrdup(slug);
	/* Offered again and failing again: the newest words replace it. */
	if (old != NULL && strcmp(old->text, t->typed.text) == 0) {
		place_name(&old->at, 0, where, sizeof where);
		tui_msg(t, 1, "your text is still kept as %s \xe2\x80\x94 %s",
		    where, why);
		typed_free(t);
		return;
	}
	if (desk_draft_keep_at(t->d, t->typed.ctx, t->typed.slug,
	    t->typed.text, &at, &e2) < 0) {
		tui_msg(t, 1, "%s \xe2\x80\x94 and your text could not be kept "
		    "(%s): Up in the prompt still has it", why, e2.msg);
		return;
	}
	if (old != NULL && desk_draft_forget(t->d, &old->at, old->ctx,
	    old->slug, old->text, &e2) == 0)
		kept_remove(t, from - 1);
	place_name(&at, 0, where, sizeof where);
	/* The news first: a long reason may not fit the line. */
	tui_msg(t, 1, "your text is kept as %s (offered again when you "
	    "retry) \xe2\x80\x94 %s", where, why);
	tui_kept_add(t, t->typed.ctx, t->typed.slug, t->typed.text, &at);
	typed_free(t);
}

/* "draft 7", "drafts 7 and 9, and 1 file in your drafts folder";
 * full names the files. */
static void
kept_names(struct tui *t, int full, struct pt_str *out)
{
	size_t nid = 0, nfile, k = 0;
	char name[600];

	for (size_t i = 0; i < t->nkept; i++)
		nid += t->kept[i].at.id > 0;
	nfile = t->nkept - nid;
	pt_str_add(out, nid > 1 ? "drafts " : nid == 1 ? "draft " : "");
	for (size_t i = 0; i < t->nkept; i++) {
		if (t->kept[i].at.id <= 0)
			continue;
		pt_str_addf(out, "%s%lld", k == 0 ? "" : k + 1 == nid ?
		    " and " : ", ", t->kept[i].at.id);
		k++;
	}
	if (nfile == 0)
		return;
	if (nid > 0)
		pt_str_add(out, ", and ");
	if (!full) {
		pt_str_addf(out, "%zu file%s in your drafts folder", nfile,
		    nfile == 1 ? "" : "s");
		return;
	}
	k = 0;
	for (size_t i = 0; i < t->nkept; i++) {
		if (t->kept[i].at.id > 0)
			continue;
		place_name(&t->kept[i].at, 1, name, sizeof name);
		pt_str_addf(out, "%s%s", k == 0 ? "" : ", ", name);
		k++;
	}
}

int
tui_kept_quit_ok(struct tui *t)
{
	struct pt_str q = PT_STR_INIT;
	int k;

	if (t->nkept == 0)
		return 1;
	pt_str_add(&q, "unsaved text is kept as ");
	kept_names(t, 0, &q);
	pt_str_add(&q, " (presstime drafts; offered at the next start)"
	    " \xe2\x80\x94 quit? (y/n)");
	k = tui_ask(t, pt_str_cstr(&q), "yn");
	pt_str_done(&q);
	return k != 'n';
}

void
tui_kept_say(struct tui *t)
{
	struct pt_str m = PT_STR_INIT;

	if (t->nkept == 0)
		return;
	pt_str_add(&m, "presstime: unsaved text is kept as ");
	kept_names(t, 1, &m);
	pt_str_add(&m, "; presstime drafts lists it and the next start "
	    "offers it back\n");
	fputs(pt_str_cstr(&m), stderr);
	pt_str_done(&m);
}

void
tui_kept_done(struct tui *t)
{
	while (t->nkept > 0)
		kept_remove(t, t->nkept - 1);
	free(t->kept);
	t->kept = NULL;
	typed_free(t);
}

void
tui_save_draft(struct tui *t, const char *ctx, const char *slug,
    const char *text)
{
	struct desk_draft_place at = { 0, NULL };
	struct pt_err err;

	if (text == NULL || *text == '\0')
		return;
	/* Offered from a draft kept earlier and not changed: kept already. */
	for (size_t i = 0; i < t->nkept; i++)
		if (strcmp(t->kept[i].ctx, ctx) == 0 && strcmp(t->kept[i].text,
		    text) == 0 && (slug == NULL ? t->kept[i].slug == NULL :
		    t->kept[i].slug != NULL && strcmp(t->kept[i].slug,
		    slug) == 0))
			return;
	/* The terminal is gone: stderr is the last place left to try. */
	if (desk_draft_keep_at(t->d, ctx, slug, text, &at, &err) < 0)
		fprintf(stderr, "presstime: could not save your draft: %s\n"
		    "%s\n", err.msg, text);
	else
		tui_kept_add(t, ctx, slug, text, &at);
}
