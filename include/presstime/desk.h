/* Newsroom operations: what both faces (CLI and TUI) do to the newsroom.
 * Each operation is one transaction; the faces and io never call a model
 * write (tests/source/rules.sh fails if they do). Reads may use the model
 * directly. Import's operation is in desk_import.h. */
#ifndef PRESSTIME_DESK_H
#define PRESSTIME_DESK_H

#include <stddef.h>
#include <time.h>

#include "presstime/err.h"
#include "presstime/str.h"

struct pt_db;
struct story;

/* Who is working and on what: the database, the Unix identity, settings. */
struct desk {
	struct pt_db *db;
	char login[64];    /* from getpwuid(getuid()), never the environment */
	char name[128];    /* display name (GECOS, else login) */
	int cob_hour;      /* close of business, default 17 */
	char zone[64];     /* the newsroom's time zone, in force (TZ) */
	char warning[256]; /* something found on open to fix, or "" */
	long long batch;   /* history batch of a ; action: 0 none, -1 the
	                    * next change starts one, else its id */
	char session[33];  /* this process: 32 random hex digits */
};

/* This process's session id, made at desk_open (random, from
 * getrandom(2)): every row its writes leave records it, and presence is
 * kept per session, so a user's two windows are told apart. */
const char *desk_session(const struct desk *d);

/* Presence (presence.h): which story this session has open (0: the
 * queue) and what it is doing (NULL: looking), written in one short
 * BEGIN IMMEDIATE that gives up (PT_EBUSY) after patience_ms rather
 * than keep a key waiting; also clears rows past the staleness.
 * Times are the wall clock, never PRESSTIME_NOW: liveness is real
 * time, and a fixed clock would keep a dead session forever. */
int desk_presence_beat(struct desk *d, long long story_id,
    const char *doing, long patience_ms, struct pt_err *err);
/* Deletes this session's row (quitting). */
int desk_presence_leave(struct desk *d, long patience_ms,
    struct pt_err *err);
/* Seconds between heartbeats (15) and after which a row means nothing
 * (60); PRESSTIME_PRESENCE="BEAT,STALE" (test-only) shortens them. */
void desk_presence_timing(int *beat_s, int *stale_s);
struct presence_list;
/* The live rows of every other session (this user's other windows
 * too), by login; free with presence_list_free. */
int desk_presence_others(struct desk *d, struct presence_list *out,
    struct pt_err *err);

/* Around one ; action over tagged stories: the changes between them form
 * one batch, which undo takes back as one. */
void desk_batch_begin(struct desk *d);
void desk_batch_end(struct desk *d);

/* Opens the database at path (NULL: the default path) and identifies the
 * user. flags as pt_db_open. Caller frees with desk_close. */
int desk_open(const char *path, int flags, struct desk **out,
    struct pt_err *err);
void desk_close(struct desk *d);
/* The newsroom clock. desk_open applies the zone stored in the
 * database (else the host's) to the process with TZ and tzset(3), so
 * every time shown speaks it. desk_zone_set checks a zone against the
 * zoneinfo files, stores it for the whole newsroom and applies it.
 * desk_zone_is_set: whether the database names one (*set 1) or the
 * host's is in use (0). */
int desk_zone_set(struct desk *d, const char *zone, struct pt_err *err);
int desk_zone_is_set(struct desk *d, int *set, struct pt_err *err);
/* Parses a time the user typed against ptime_now(), with this desk's
 * close of business (the desk's settings: the faces never pick them). */
int desk_parse_time(const struct desk *d, const char *text, time_t *out,
    struct pt_err *err);
/* The same for when something happened: "13:20" is the last 13:20. */
int desk_parse_past_time(const struct desk *d, const char *text,
    time_t *out, struct pt_err *err);

/* A new story. slug and headline are required; other NULL/0 fields take
 * defaults (desk "news", status "pitched", priority "routine"). */
struct desk_new_story {
	const char *slug;
	const char *headline;
	const char *dek;
	const char *budget_line;
	const char *desk;
	const char *priority;
	const char *editor;
	const char *art;
	int words;
	time_t deadline;
	time_t embargo;
};
int desk_story_new(struct desk *d, const struct desk_new_story *ns,
    long long *id_out, struct pt_err *err);

/* Fields an editor changes with one key (a, p, d, ...), one row each:
 * X(ID, name). The name is what `presstime set` takes, what prompts and
 * drafts call the field. */
#define DESK_FIELDS(X)							\
	X(HEADLINE, "headline") X(DEK, "dek") X(BUDGET, "budget")	\
	X(DESK, "desk") X(PRIORITY, "priority") X(EDITOR, "editor")	\
	X(DEADLINE, "deadline") X(EMBARGO, "embargo") X(ART, "art")	\
	X(WORDS, "words") X(URL, "url")

#define DESK_FIELD_ENUM(id, name) FIELD_##id,
#define DESK_FIELD_COUNT(id, name) + 1
enum desk_field { DESK_FIELDS(DESK_FIELD_ENUM) };
enum { FIELD_NFIELDS = 0 DESK_FIELDS(DESK_FIELD_COUNT) };
/* Parses a field's name, and the aliases "due" (deadline) and
 * "budget-line"/"budget_line"; PT_EINVAL naming the choices otherwise. */
int desk_field_parse(const char *name, enum desk_field *out,
    struct pt_err *err);
/* The field's name ("?" out of range). Static storage. */
const char *desk_field_name(enum desk_field f);
/* Sets one field from text as typed (times through the time language,
 * "" clears). expected_version 0 means "whatever is current"; otherwise a
 * changed story is PT_ECONFLICT naming who changed it. */
int desk_story_set(struct desk *d, const char *slug, enum desk_field f,
    const char *value, long long expected_version, struct pt_err *err);

/* Moves a story through the workflow, recording who and why. Publishing
 * before the embargo is refused; publishing lapses every open request for
 * comment (recorded on the timeline) in the same transaction.
 * *lapsed_out (may be NULL) gets how many lapsed. */
int desk_story_status(struct desk *d, const char *slug, const char *to,
    const char *note, long long expected_version, int *lapsed_out,
    struct pt_err *err);

/* Logs a timeline entry. occurred_at 0 = now; kind NULL = "event". */
struct desk_entry {
	const char *body;
	const char *kind;
	const char *source;
	const char *url;
	time_t occurred_at;
	long long amends;
};
int desk_log(struct desk *d, const char *slug, const struct desk_entry *e,
    long long *id_out, struct pt_err *err);

/* Credits a person in a role (NULL: contributor). A name not yet known is
 * created as staff (credits go to the newsroom's people), under the real
 * name from the password database when it is a login on this host. */
int desk_credit(struct desk *d, const char *slug, const char *name,
    const char *role, struct pt_err *err);

/* Takes back the credit of name (a person's name or login) in role
 * (NULL: contributor) on slug; PT_ENOENT naming the credits there are
 * when there is no such credit. */
int desk_uncredit(struct desk *d, const char *slug, const char *name,
    const char *role, struct pt_err *err);
/* 1 when login is a staff login the newsroom knows (a staff person's
 * login, or an account on this host), else 0. The faces warn on an
 * unknown one; they do not refuse it (the CLI takes any editor). */
int desk_login_known(struct desk *d, const char *login);

/* 1 when someone goes by this name or login (a request to them needs
 * no kind), else 0. */
int desk_person_known(struct desk *d, const char *name);

/* Requests for comment. */
struct desk_rfc {
	const char *target;   /* person or organization name */
	const char *kind;     /* person kind; required when the target is new */
	const char *channel;  /* NULL: email */
	time_t due_at;
	time_t asked_at;      /* 0 = now */
};
int desk_rfc_add(struct desk *d, const char *slug, const struct desk_rfc *r,
    long long *id_out, struct pt_err *err);
/* Records the outcome of request `id` on story slug: state is answered,
 * declined, promised or lapsed (text: the answer or statement; for
 * promised, promised_by is when). Logs it on the timeline. Any answer,
 * refusal or promise after publication from a source asked before it
 * (open, promised or lapsed when the story ran) flags the story "needs
 * update".
 * The outcome came at `at` (0: now): the request and its timeline entry
 * carry that time. A time in the future, or before the request was
 * made, is refused. */
int desk_rfc_resolve(struct desk *d, const char *slug, long long id,
    const char *state, const char *text, time_t promised_by, time_t at,
    struct pt_err *err);
/* The same; when this outcome set the story's "needs update" flag,
 * news (may be NULL) gets "ICE answered after publication: hootsuite-ice
 * needs an update" ("declined", "promised a statement") so the face can
 * say so at once. */
int desk_rfc_resolve_flag(struct desk *d, const char *slug, long long id,
    const char *state, const char *text, time_t promised_by, time_t at,
    struct pt_str *news, struct pt_err *err);
/* One more attempt to reach the target (a follow-up call or email). */
int desk_rfc_attempt(struct desk *d, const char *slug, long long id,
    const char *note, struct pt_err *err);

/* The end notes a story carries at press time: the no-response
 * sentences, the contributor tagline, corrections and a kill notice, one
 * line each. A story that has run prints them as they ran (the latest
 * snapshot, taken at publication, correction, writethru and kill, in the
 * newsroom's zone: never rebuilt); before publication they are a
 * preview, open requests written as if they lapsed now and promises past
 * due as broken. */
int desk_endnotes(struct desk *d, const char *slug, struct pt_str *out,
    struct pt_err *err);
/* What the notes would say now, snapshot or not (endnotes --now). */
int desk_endnotes_now(struct desk *d, const char *slug, struct pt_str *out,
    struct pt_err *err);
struct snapshot_list;
/* Every snapshot of the story, oldest first (what ran, and when).
 * Caller frees with snapshot_list_free. */
int desk_endnotes_history(struct desk *d, const char *slug,
    struct snapshot_list *out, struct pt_err *err);
/* What publishing slug now would lapse, one line each ("Carahsoft
 * (email): no response by press time", "ICE: promised a statement by
 * 5 p.m. Thursday, broken"); brief: on one line, "Carahsoft: no
 * response; ICE: broken promise". *n gets how many. For the faces to
 * warn before they publish. */
int desk_press_pending(struct desk *d, const char *slug, int brief,
    struct pt_str *out, int *n, struct pt_err *err);

/* *ok: whether this user may import rows under another author's name
 * (owns the database file, or is in the newsroom's admin group). */
int desk_may_import_foreign(struct desk *d, int *ok, struct pt_err *err);
/* Names the admin group (only the database's owner may). */
int desk_admin_group_set(struct desk *d, const char *group,
    struct pt_err *err);
/* Undoes this user's most recent change on slug (NULL: on any story):
 * a field, a status move, a credit, a logged entry (retracted by a
 * correction entry), or a whole ; action. Writes the reverse as new
 * history rows; repeated, it reaches further back through the user's
 * own changes. Refused (PT_ECONFLICT, naming who and what) when someone
 * else changed the same thing since; publication is never undone.
 * said gets a line for the user. */
int desk_undo(struct desk *d, const char *slug, struct pt_str *said,
    struct pt_err *err);
/* Clears the "needs update" flag (after a writethru or update). */
int desk_story_clear_update(struct desk *d, const char *slug,
    struct pt_err *err);

/* Fills the database with the demo newsroom (see presstime(1), demo). */
int desk_demo_fill(struct desk *d, struct pt_err *err);

/* Keeps text a user was typing when the session went away: in the draft
 * table, or, when another writer holds the database past half a second,
 * in a file of the user's own ($XDG_STATE_HOME/presstime/drafts, else
 * ~/.local/state/presstime/drafts; 0600) that desk_drafts_collect moves
 * into the table later. Empty text keeps nothing. 0, or negative when
 * neither place took it. */
int desk_draft_keep(struct desk *d, const char *context, const char *slug,
    const char *text, struct pt_err *err);
/* Where desk_draft_keep_at put a draft: its id in the table, or (id 0)
 * the file it waits in. */
struct desk_draft_place {
	long long id;
	char *path;  /* owned; NULL when in the table */
};
/* desk_draft_keep, saying where the draft went (at is left empty when
 * the text was empty). Caller frees at with desk_draft_place_done. */
int desk_draft_keep_at(struct desk *d, const char *context,
    const char *slug, const char *text, struct desk_draft_place *at,
    struct pt_err *err);
void desk_draft_place_done(struct desk_draft_place *at);
/* Removes a draft kept at at (for context, slug and text, as kept) once
 * its text was written after all; a file moved into the table meanwhile
 * is found there by those. */
int desk_draft_forget(struct desk *d, const struct desk_draft_place *at,
    const char *context, const char *slug, const char *text,
    struct pt_err *err);
/* Moves this user's drafts kept in files for this database into the
 * table. Returns how many moved, or a negative error (files stay). */
int desk_drafts_collect(struct desk *d, struct pt_err *err);
/* Discards draft id (restored, or dropped by the user). */
int desk_draft_drop(struct desk *d, long long id, struct pt_err *err);

#endif
