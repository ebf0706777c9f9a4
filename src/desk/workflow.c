/* The default newsroom workflow: one table of states and their moves. */
#include "config.h"

#include <string.h>

#include "presstime/workflow.h"

/*
 * The table. Each row: state, help line, the states it may move to
 * (space-separated, the form a newsroom-wide workflow stored in the
 * database would take), and flags. The order of rows is workflow order,
 * and workflow_next answers in it whatever order a row lists its moves.
 *
 * BACK in a row's moves means "the state the story left to get here"
 * (held_from): a held story resumes where it stopped, not anywhere.
 *
 * An X-macro keeps this one table although the header hands out the
 * states as a plain struct workflow_state array.
 */
#define BACK "<back>"

#define WF_OUT   0x1 /* the story is published in some form */
#define WF_FINAL 0x2 /* leaving takes an explicit reopen */

#define WORKFLOW(X)							\
	X("pitched", "an idea someone wants covered",			\
	    "assigned held spiked", 0)					\
	X("assigned", "a reporter has the story",			\
	    "pitched reporting held spiked", 0)				\
	X("reporting", "the reporter is gathering and writing",		\
	    "filed held spiked", 0)					\
	X("filed", "the reporter has turned in copy",			\
	    "reporting editing held spiked", 0)				\
	X("editing", "an editor is working on the copy",		\
	    "reporting copydesk held spiked", 0)			\
	X("copydesk", "the copy desk is checking and trimming",		\
	    "editing ready held spiked", 0)				\
	X("ready", "cleared to publish",				\
	    "editing copydesk scheduled published held spiked", 0)	\
	X("scheduled", "set to publish at a given time",		\
	    "ready published held spiked", 0)				\
	X("published", "the story is out",				\
	    "updating corrected killed", WF_OUT)			\
	X("updating", "a published story is being updated",		\
	    "published killed", WF_OUT)					\
	X("corrected", "published, with a correction appended",	\
	    "updating killed", WF_OUT)					\
	X("held", "on hold; resumes where it stopped",			\
	    BACK " spiked", 0)						\
	X("spiked", "dropped before publication",			\
	    "pitched", WF_FINAL)					\
	X("killed", "withdrawn after publication",			\
	    "", WF_FINAL)

#define AS_STATE(name, help, next, flags) { name, help },
#define AS_NEXT(name, help, next, flags) next,
#define AS_FLAGS(name, help, next, flags) flags,

static const struct workflow_state states[] = { WORKFLOW(AS_STATE) };
static const char *const moves[] = { WORKFLOW(AS_NEXT) };
static const int flags[] = { WORKFLOW(AS_FLAGS) };

#define NSTATES (sizeof states / sizeof states[0])

/* Index of a state by name, -1 when there is none. */
static int
find(const char *name)
{
	size_t i;

	if (name == NULL)
		return -1;
	for (i = 0; i < NSTATES; i++) {
		if (strcmp(states[i].name, name) == 0)
			return (int)i;
	}
	return -1;
}

/* 1 when the space-separated list holds word. */
static int
listed(const char *list, const char *word)
{
	size_t len = strlen(word);
	const char *p = list;

	while (*p != '\0') {
		size_t n = strcspn(p, " ");

		if (n == len && strncmp(p, word, n) == 0)
			return 1;
		p += n;
		p += strspn(p, " ");
	}
	return 0;
}

const struct workflow_state *
workflow_states(size_t *n)
{
	if (n != NULL)
		*n = NSTATES;
	return states;
}

int
workflow_is_state(const char *name)
{
	return find(name) >= 0;
}

int
workflow_allowed(const char *from, const char *to, const char *held_from)
{
	int f = find(from), t = find(to), h;

	if (f < 0 || t < 0 || f == t)
		return 0;
	if (listed(moves[f], to))
		return 1;
	if (!listed(moves[f], BACK))
		return 0;
	/*
	 * Going back is only sound to a state that could have come here:
	 * a story held while "published" is not a thing, so a bogus
	 * held_from opens no door.
	 */
	h = find(held_from);
	if (h < 0 || h != t)
		return 0;
	return listed(moves[h], from);
}

size_t
workflow_next(const char *from, const char *held_from, const char **out,
    size_t max)
{
	size_t i, count = 0;

	for (i = 0; i < NSTATES; i++) {
		if (!workflow_allowed(from, states[i].name, held_from))
			continue;
		if (count < max)
			out[count] = states[i].name;
		count++;
	}
	return count;
}

int
workflow_is_out(const char *state)
{
	int i = find(state);

	return i >= 0 && (flags[i] & WF_OUT) != 0;
}

int
workflow_is_final(const char *state)
{
	int i = find(state);

	return i >= 0 && (flags[i] & WF_FINAL) != 0;
}
