/* Lookups over the state tables of states.h. */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "presstime/states.h"
#include "presstime/str.h"

#define AS_NAME(id, name, ...) name,
#define AS_FLAGS(id, name, help, moves, flags, attrs) flags,

static const char *const story_names[] = { WORKFLOW_STATES(AS_NAME) };
static const char *const rfc_names[] = { RFC_STATES(AS_NAME) };
static const int story_flags[] = { WORKFLOW_STATES(AS_FLAGS) };
static const int rfc_flags[] = { RFC_STATES(AS_FLAGS) };

static int
find(const char *const *names, int n, const char *name)
{
	if (name == NULL)
		return -1;
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

static void
join(struct pt_str *out, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		pt_str_addf(out, "%s%s", i ? ", " : "", names[i]);
}

void
state_story_join(struct pt_str *out)
{
	join(out, story_names, STORY_NSTATES);
}

void
state_rfc_join(struct pt_str *out)
{
	join(out, rfc_names, RFC_NSTATES);
}

const char *
state_story_name(int s)
{
	return s >= 0 && s < STORY_NSTATES ? story_names[s] : NULL;
}

int
state_story_find(const char *name)
{
	return find(story_names, STORY_NSTATES, name);
}

int
state_story_is(const char *name, enum story_state s)
{
	return name != NULL && strcmp(name, story_names[s]) == 0;
}

int
state_story_done(const char *name)
{
	int i = state_story_find(name);

	return i >= 0 && (story_flags[i] & WF_DONE) != 0;
}

int
state_story_before_out(const char *name)
{
	int i = state_story_find(name);

	return i >= 0 && (story_flags[i] & (WF_OUT | WF_FINAL)) == 0;
}

int
state_story_live(const char *status, int needs_update)
{
	return needs_update || !state_story_done(status);
}

const char *
state_rfc_name(int s)
{
	return s >= 0 && s < RFC_NSTATES ? rfc_names[s] : NULL;
}

int
state_rfc_find(const char *name)
{
	return find(rfc_names, RFC_NSTATES, name);
}

int
state_rfc_is(const char *name, enum rfc_state s)
{
	return name != NULL && strcmp(name, rfc_names[s]) == 0;
}

int
state_rfc_waiting(const char *name)
{
	int i = state_rfc_find(name);

	return i >= 0 && (rfc_flags[i] & RFC_WAITING) != 0;
}
