/* The default newsroom workflow: the moves of states.h's tables. */
#include "config.h"

#include <string.h>

#include "presstime/states.h"
#include "presstime/workflow.h"

/*
 * The tables are states.h's. BACK in a row's moves means "the state the
 * story left to get here" (held_from): a held story resumes where it
 * stopped, not anywhere. workflow_next answers in workflow order whatever
 * order a row lists its moves.
 */
#define BACK WF_BACK

#define AS_STATE(id, name, help, next, flags, attrs) { name, help },
#define AS_NEXT(id, name, help, next, flags, attrs) next,
#define AS_FLAGS(id, name, help, next, flags, attrs) flags,
#define AS_RFC_NEXT(id, name, help, next, flags, attrs) next,

static const struct workflow_state states[] = { WORKFLOW_STATES(AS_STATE) };
static const char *const moves[] = { WORKFLOW_STATES(AS_NEXT) };
static const int flags[] = { WORKFLOW_STATES(AS_FLAGS) };
static const char *const rfc_moves[] = { RFC_STATES(AS_RFC_NEXT) };

#define NSTATES (sizeof states / sizeof states[0])

/* Index of a state by name, -1 when there is none. */
static int
find(const char *name)
{
	return state_story_find(name);
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

int
workflow_rfc_allowed(const char *from, const char *to)
{
	int f = state_rfc_find(from);

	return f >= 0 && state_rfc_find(to) >= 0 && listed(rfc_moves[f], to);
}
