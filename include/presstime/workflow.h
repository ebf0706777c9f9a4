/* The newsroom workflow: the moves between the states of states.h.
 * Pure rules, no I/O. */
#ifndef PRESSTIME_WORKFLOW_H
#define PRESSTIME_WORKFLOW_H

#include <stddef.h>

struct workflow_state {
	const char *name;
	const char *help; /* one line, for menus and man pages */
};

/* All states in workflow order; *n gets the count. */
const struct workflow_state *workflow_states(size_t *n);
int workflow_is_state(const char *name);
/* 1 when a story in `from` may move to `to`. held_from is the state a held
 * story left (NULL otherwise): from held, the only way on besides spiked
 * is back to it. */
int workflow_allowed(const char *from, const char *to, const char *held_from);
/* The states `from` may move to, in workflow order; returns the count
 * (at most max written to out). */
size_t workflow_next(const char *from, const char *held_from,
    const char **out, size_t max);
/* 1 for published, updating and corrected: the story is out. */
int workflow_is_out(const char *state);
/* 1 for states a story cannot leave except by an explicit reopen
 * (spiked, killed). */
int workflow_is_final(const char *state);
/* 1 when a request for comment in state `from` may take the outcome
 * `to` (states.h's RFC_STATES moves). */
int workflow_rfc_allowed(const char *from, const char *to);

#endif
