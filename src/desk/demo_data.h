/* The demo newsroom's content as tables, walked by demo.c. Private to
 * src/desk: nothing outside the demo reads these. */
#ifndef PRESSTIME_DESK_DEMO_DATA_H
#define PRESSTIME_DESK_DEMO_DATA_H

#include <stddef.h>

/*
 * Every time is text in the time language ("-3h", "+2h", "tomorrow 9am",
 * "cob thu"), parsed against ptime_now(), so the newsroom looks the same
 * whenever PRESSTIME_NOW is fixed. NULL means "no time" (or "now" where a
 * time is required).
 */

/* Workflow walks, each a space-separated list of moves from "pitched".
 * Every step must be allowed by the table in workflow.c. */
#define WALK_ASSIGNED	"assigned"
#define WALK_REPORTING	WALK_ASSIGNED " reporting"
#define WALK_FILED	WALK_REPORTING " filed"
#define WALK_EDITING	WALK_FILED " editing"
#define WALK_COPYDESK	WALK_EDITING " copydesk"
#define WALK_READY	WALK_COPYDESK " ready"
#define WALK_SCHEDULED	WALK_READY " scheduled"
#define WALK_PUBLISHED	WALK_READY " published"
#define WALK_UPDATING	WALK_PUBLISHED " updating"
#define WALK_CORRECTED	WALK_PUBLISHED " corrected"
#define WALK_KILLED	WALK_PUBLISHED " killed"

struct demo_story {
	const char *slug;
	const char *desk;
	const char *priority;
	const char *editor;	/* login */
	const char *deadline;	/* time text or NULL */
	const char *embargo;	/* time text or NULL */
	int words;
	const char *headline;
	const char *dek;
	const char *budget;
	const char *art;
	const char *walk;	/* moves from pitched; NULL stays pitched */
	const char *why;	/* note on the last move (held, spiked...) */
	const char *url;	/* for stories that went out */
};

/* A timeline entry. tag names it so a correction can point at it. */
struct demo_entry {
	const char *slug;
	const char *when;	/* occurred_at */
	const char *kind;	/* NULL: event */
	const char *body;
	const char *source;
	const char *url;
	const char *tag;	/* name for `amends`, or NULL */
	const char *amends;	/* tag of the entry this corrects, or NULL */
	int after_walk;		/* logged once the story has its status */
};

/* A request for comment and what became of it. */
struct demo_rfc {
	const char *slug;
	const char *target;
	const char *kind;	/* person kind when new (never guessed) */
	const char *channel;	/* NULL: email */
	const char *asked;	/* asked_at */
	const char *due;	/* answer wanted by, or NULL */
	const char *followup;	/* a second attempt's note, or NULL */
	const char *state;	/* open, answered, declined, promised */
	const char *text;	/* answer, reason, or promise detail */
	const char *promised;	/* for promised: by when */
	int after_walk;		/* resolved after publication (a late answer) */
};

struct demo_credit {
	const char *slug;
	const char *name;
	const char *role;	/* NULL: contributor */
};

/* A colleague: the login the stories' editor fields use, and the name
 * credits and bylines show. */
struct demo_staff {
	const char *login;
	const char *name;
};

extern const struct demo_staff demo_staff[];
extern const size_t demo_nstaff;
extern const struct demo_story demo_stories[];
extern const size_t demo_nstories;
extern const struct demo_entry demo_entries[];
extern const size_t demo_nentries;
extern const struct demo_rfc demo_rfcs[];
extern const size_t demo_nrfcs;
extern const struct demo_credit demo_credits[];
extern const size_t demo_ncredits;

#endif
