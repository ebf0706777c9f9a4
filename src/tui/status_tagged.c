/* `;` then s: one state for every tagged story. Asked once, in the same
 * order as for one story: the state, then a yes that names the count
 * (publishing names what lapses across them, killing what it does),
 * then a kill's or a correction's text, then each story moves in turn.
 * n or Esc at the question writes nothing. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/states.h"
#include "tui_int.h"

/* "council-levy 2, fcn-layoffs 1": the requests publishing each tagged
 * story would write up as lapsed; *total gets their sum. */
static void
lapses(struct tui *t, char **slugs, size_t n, struct pt_str *out, int *total)
{
	*total = 0;
	for (size_t i = 0; i < n; i++) {
		struct pt_str list = PT_STR_INIT;
		struct pt_err err;
		int k = 0;

		if (desk_press_pending(t->d, slugs[i], 1, &list, &k,
		    &err) == 0 && k > 0) {
			pt_str_addf(out, "%s%s %d", *total > 0 ? ", " : "",
			    slugs[i], k);
			*total += k;
		}
		pt_str_done(&list);
	}
}

static int
confirm(struct tui *t, char **slugs, size_t n, const char *to)
{
	struct pt_str q = PT_STR_INIT, list = PT_STR_INIT;
	const char *what = n == 1 ? "story" : "stories";
	int yes, k;

	if (state_story_is(to, STORY_PUBLISHED)) {
		lapses(t, slugs, n, &list, &k);
		if (k == 0)
			pt_str_addf(&q, "publish %zu %s (y/n)? nothing lapses "
			    "at press time", n, what);
		else
			pt_str_addf(&q, "publish %zu %s (y/n)? %d lapse%s at "
			    "press time: %s", n, what, k, k == 1 ? "s" : "",
			    pt_str_cstr(&list));
	} else if (state_story_is(to, STORY_KILLED))
		pt_str_addf(&q, "kill %zu %s (y/n)? each is withdrawn, with "
		    "a notice saying why", n, what);
	else
		pt_str_addf(&q, "move %zu %s to %s? (y/n)", n, what, to);
	yes = tui_yesno(t, pt_str_cstr(&q)) == 1;
	pt_str_done(&q);
	pt_str_done(&list);
	return yes;
}

void
act_status_tagged(struct tui *t, char **slugs, size_t n)
{
	struct pt_str to = PT_STR_INIT, text = PT_STR_INIT;
	int moved = 0, failed = 0, lapsed = 0;
	struct pt_err err;
	char q[160];

	snprintf(q, sizeof q, "status for %zu tagged: ", n);
	if (prompt_read(t, q, "", PH_CMD, PC_STATE, &to) != 1 ||
	    to.len == 0)
		goto out;
	while (to.len > 0 && to.buf[to.len - 1] == ' ')
		to.buf[--to.len] = '\0';
	if (!confirm(t, slugs, n, to.buf)) {
		tui_msg(t, 0, "nothing moved: %zu tagged %s still as they "
		    "were", n, n == 1 ? "is" : "are");
		goto out;
	}
	if (state_story_is(to.buf, STORY_CORRECTED) ||
	    state_story_is(to.buf, STORY_KILLED)) {
		snprintf(q, sizeof q, state_story_is(to.buf, STORY_KILLED) ?
		    "kill %zu tagged because: " : "%zu tagged corrected to "
		    "show (what is right, not what was wrong): ", n);
		t->draft_ctx = "notice";
		if (prompt_read(t, q, "", PH_TEXT, PC_NONE, &text) != 1 ||
		    text.len == 0) {
			t->draft_ctx = NULL;
			tui_msg(t, 0, "nothing moved: %s needs its text",
			    to.buf);
			goto out;
		}
		t->draft_ctx = NULL;
	}
	for (size_t i = 0; i < n; i++) {
		int l = 0;

		if (desk_story_status(t->d, slugs[i], to.buf, text.len > 0 ?
		    pt_str_cstr(&text) : NULL, 0, &l, &err) < 0)
			failed++;
		else {
			moved++;
			lapsed += l;
		}
	}
	if (failed > 0)
		tui_msg(t, 1, "moved %d to %s; %d refused (last: %s)", moved,
		    to.buf, failed, err.msg);
	else if (lapsed > 0)
		tui_msg(t, 0, "moved %d to %s (%d request%s lapsed)", moved,
		    to.buf, lapsed, lapsed == 1 ? "" : "s");
	else
		tui_msg(t, 0, "moved %d to %s", moved, to.buf);
	if (moved > 0 && text.len > 0)
		tui_typed_written(t);
	tui_mark_own(t);
out:
	pt_str_done(&to);
	pt_str_done(&text);
}
