/*
 * The one place a state is spelled. Every consumer derives from these
 * tables: the workflow's moves and the requests' outcomes (src/desk/workflow.c), the status sort in
 * SQL and the filter's validation (src/model), the theme's state_* color
 * slots (src/conf/theme.c), import's checks (src/io). Adding a state is
 * one row here (then a color in themes/default.yaml if it wants one);
 * tests/unit/test_states.c checks every consumer against the table, and
 * tests/source/rules.sh refuses a strcmp against a state's name spelled
 * anywhere else.
 *
 * Pure data and lookups: no I/O, usable from every layer.
 */
#ifndef PRESSTIME_STATES_H
#define PRESSTIME_STATES_H

/* Flags of a story state. */
#define WF_OUT   0x1 /* the story is published in some form */
#define WF_FINAL 0x2 /* leaving takes an explicit reopen */
#define WF_DONE  0x4 /* finished: off the live queue (the `live` filter
                      * word) unless the story needs an update */

/* In a row's moves: the state a held story left (it resumes there). */
#define WF_BACK "<back>"

/*
 * Story states, in workflow order (the order of the status sort, of
 * menus and of `presstime help status`). Each row:
 *   X(ID, name, help, moves, flags, theme_attrs)
 * moves: the states it may move to, space-separated (the form a
 * newsroom-wide workflow stored in the database would take);
 * theme_attrs: the state_NAME slot's last-resort look (THEME_ATTR_*),
 * for a theme that sets no color for it.
 */
#define WORKFLOW_STATES(X)						\
	X(PITCHED, "pitched", "an idea someone wants covered",		\
	    "assigned held spiked", 0, THEME_ATTR_DIM)			\
	X(ASSIGNED, "assigned", "a reporter has the story",		\
	    "pitched reporting held spiked", 0, 0)			\
	X(REPORTING, "reporting", "the reporter is gathering and writing", \
	    "filed held spiked", 0, 0)					\
	X(FILED, "filed", "the reporter has turned in copy",		\
	    "reporting editing held spiked", 0, THEME_ATTR_BOLD)	\
	X(EDITING, "editing", "an editor is working on the copy",	\
	    "reporting copydesk held spiked", 0, 0)			\
	X(COPYDESK, "copydesk", "the copy desk is checking and trimming", \
	    "editing ready held spiked", 0, 0)				\
	X(READY, "ready", "cleared to publish",				\
	    "editing copydesk scheduled published held spiked", 0,	\
	    THEME_ATTR_BOLD)						\
	X(SCHEDULED, "scheduled", "set to publish at a given time",	\
	    "ready published held spiked", 0, THEME_ATTR_UNDERLINE)	\
	X(PUBLISHED, "published", "the story is out",			\
	    "updating corrected killed", WF_OUT | WF_DONE, 0)			\
	X(UPDATING, "updating", "a published story is being updated",	\
	    "published killed", WF_OUT, THEME_ATTR_BOLD)		\
	X(CORRECTED, "corrected", "published, with a correction appended", \
	    "updating killed", WF_OUT | WF_DONE, THEME_ATTR_UNDERLINE)		\
	X(HELD, "held", "on hold; resumes where it stopped",		\
	    WF_BACK " spiked", 0, THEME_ATTR_REVERSE)			\
	X(SPIKED, "spiked", "dropped before publication",		\
	    "pitched", WF_FINAL | WF_DONE, THEME_ATTR_DIM)			\
	X(KILLED, "killed", "withdrawn after publication",		\
	    "", WF_FINAL | WF_DONE, THEME_ATTR_DIM | THEME_ATTR_UNDERLINE)

#define STATES_STORY_ENUM(id, name, help, moves, flags, attrs) STORY_##id,
enum story_state { WORKFLOW_STATES(STATES_STORY_ENUM) STORY_NSTATES };

/* ",pitched,assigned,...,killed,": the states in workflow order as one
 * literal, for SQL that must sort in workflow order (a state's place in
 * it grows with its rank; see story.c). */
#define STATES_STORY_LIST_ROW(id, name, help, moves, flags, attrs) name ","
#define STATES_STORY_LIST "," WORKFLOW_STATES(STATES_STORY_LIST_ROW)

/* Flags of a request state. */
#define RFC_WAITING 0x1 /* no final word yet: counts as open */

/*
 * Request-for-comment states. Each row:
 *   X(ID, name, help, moves, flags, theme_attrs)
 * moves are the outcomes that may follow (an answer can always arrive,
 * even after the request lapsed; nothing follows an answer or a
 * refusal; a source silent at press time may still promise); theme_attrs as for story states, for the rfc_NAME slot.
 */
#define RFC_STATES(X)							\
	X(OPEN, "open", "request for comment still open",		\
	    "answered declined promised lapsed", RFC_WAITING,		\
	    THEME_ATTR_BOLD)						\
	X(ANSWERED, "answered", "request answered", "", 0, 0)		\
	X(DECLINED, "declined", "request declined", "", 0, 0)		\
	X(PROMISED, "promised", "a statement promised by a time",	\
	    "answered declined promised lapsed", RFC_WAITING,		\
	    THEME_ATTR_UNDERLINE)					\
	X(LAPSED, "lapsed", "no response by press time",		\
	    "answered declined promised", 0, THEME_ATTR_DIM)

#define STATES_RFC_ENUM(id, name, help, moves, flags, attrs) RFC_##id,
enum rfc_state { RFC_STATES(STATES_RFC_ENUM) RFC_NSTATES };

struct pt_str;

/* A story state's name; NULL out of range. Static storage. */
const char *state_story_name(int s);
/* The story state named name (its rank in workflow order), or -1. */
int state_story_find(const char *name);
/* 1 when name (may be NULL) is state s. */
int state_story_is(const char *name, enum story_state s);
/* 1 when the state is finished (WF_DONE: published, corrected, spiked,
 * killed): off the live queue. */
int state_story_done(const char *name);
/* 1 when the state comes before publication (neither WF_OUT nor
 * WF_FINAL): where a passed deadline makes a story overdue. */
int state_story_before_out(const char *name);
/* 1 when a story in status (needing an update or not) is live work: what
 * the `live` filter word keeps (the same rule, in C). */
int state_story_live(const char *status, int needs_update);
/* Appends "pitched, assigned, ..., killed" (for "expected one of"). */
void state_story_join(struct pt_str *out);

/* The same for request states. */
const char *state_rfc_name(int s);
int state_rfc_find(const char *name);
int state_rfc_is(const char *name, enum rfc_state s);
void state_rfc_join(struct pt_str *out);
/* 1 when the request still waits for a final word (open, promised). */
int state_rfc_waiting(const char *name);

#endif
