/* The theme's slot table: every color slot's name, last-resort look and
 * help line, one row each (the state slots come from states.h). */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "presstime/theme.h"

#define B THEME_ATTR_BOLD
#define D THEME_ATTR_DIM
#define U THEME_ATTR_UNDERLINE
#define R THEME_ATTR_REVERSE
#define I THEME_ATTR_ITALIC

/* The state slots come from states.h's tables, so a new state has its
 * slot (and its default look) the day it is added. */
#define STATE_SLOT(id, name, help, moves, flags, attrs) \
	[THEME_STATE_##id] = { "state_" name, "default", "default", attrs, \
	    "status " name ": " help },
#define RFC_SLOT(id, name, help, moves, flags, attrs) \
	[THEME_RFC_##id] = { "rfc_" name, "default", "default", attrs, help },

/* Defaults use attributes only, so they read on any terminal, with or
 * without color; themes/mono.yaml spells the same choices out. */
static const struct theme_slot_def slot_table[THEME_NSLOTS] = {
	[THEME_NORMAL] = { "normal", "default", "default", 0,
	    "ordinary text; other slots' \"default\" colors are these" },
	[THEME_TITLE] = { "title", "default", "default", R | B,
	    "top bar: database, desk and active limit" },
	[THEME_STATUS_BAR] = { "status_bar", "default", "default", R,
	    "bottom bar: key hints" },
	[THEME_MESSAGE] = { "message", "default", "default", B,
	    "a message in the bottom bar" },
	[THEME_ERROR] = { "error", "default", "default", B | R,
	    "an error in the bottom bar" },
	[THEME_PROMPT] = { "prompt", "default", "default", B,
	    "the prompt line's label" },
	[THEME_HELP_KEY] = { "help_key", "default", "default", B,
	    "key names in hints and the help screen" },
	[THEME_DIM] = { "dim", "default", "default", D,
	    "secondary text: sources, ages, who logged it" },
	[THEME_CURSOR] = { "cursor", "default", "default", R,
	    "the selected row" },
	[THEME_TAGGED] = { "tagged", "default", "default", B,
	    "a tagged row's marker" },
	[THEME_HEADER] = { "header", "default", "default", B | U,
	    "column headings and the story header" },
	[THEME_TAB] = { "tab", "default", "default", 0,
	    "a story tab's name" },
	[THEME_TAB_ACTIVE] = { "tab_active", "default", "default", R | B,
	    "the open tab" },
	[THEME_PRIO_FLASH] = { "prio_flash", "default", "default", R | B,
	    "priority flash: drop everything" },
	[THEME_PRIO_URGENT] = { "prio_urgent", "default", "default", B,
	    "priority urgent" },
	[THEME_PRIO_ROUTINE] = { "prio_routine", "default", "default", 0,
	    "priority routine" },
	[THEME_PRIO_DEFERRED] = { "prio_deferred", "default", "default", D,
	    "priority deferred" },
	[THEME_OVERDUE] = { "overdue", "default", "default", B | R,
	    "a deadline already passed (-0:45)" },
	[THEME_DUE_SOON] = { "due_soon", "default", "default", B,
	    "a deadline close at hand" },
	[THEME_NEEDS_UPDATE] = { "needs_update", "default", "default", U,
	    "a published story an answer arrived for after press time" },
	WORKFLOW_STATES(STATE_SLOT)
	[THEME_KIND_EVENT] = { "kind_event", "default", "default", 0,
	    "timeline: something happened" },
	[THEME_KIND_STATEMENT] = { "kind_statement", "default", "default", I,
	    "timeline: a statement" },
	[THEME_KIND_DOCUMENT] = { "kind_document", "default", "default", 0,
	    "timeline: a document" },
	[THEME_KIND_NOTE] = { "kind_note", "default", "default", D,
	    "timeline: a reporter's note" },
	[THEME_KIND_RFC] = { "kind_rfc", "default", "default", 0,
	    "timeline: a request for comment" },
	[THEME_KIND_STATUS] = { "kind_status", "default", "default", D,
	    "timeline: a status change" },
	[THEME_KIND_CORRECTION] = { "kind_correction", "default", "default",
	    B, "timeline: a correction" },
	RFC_STATES(RFC_SLOT)
};

#undef B
#undef D
#undef U
#undef R
#undef I

const struct theme_slot_def *
theme_slots(size_t *n)
{
	if (n != NULL)
		*n = THEME_NSLOTS;
	return slot_table;
}

int
theme_slot_find(const char *name)
{
	int i;

	for (i = 0; i < THEME_NSLOTS; i++)
		if (strcmp(slot_table[i].name, name) == 0)
			return i;
	return -1;
}

