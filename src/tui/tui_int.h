/* The TUI's private state and the seams between its files: the screen
 * writer, the key table, the key source, the prompt and the views. */
#ifndef PRESSTIME_TUI_INT_H
#define PRESSTIME_TUI_INT_H

#include <signal.h>
#include <stddef.h>
#include <time.h>
#include <wchar.h>

#include "presstime/config.h"
#include "presstime/desk.h"
#include "presstime/diag.h"
#include "presstime/err.h"
#include "presstime/history.h"
#include "presstime/presence.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "presstime/theme.h"

struct tui;
struct queue;
struct story_view;
struct tui_alerts;

/* Keys: a Unicode code point, or a curses KEY_* code moved above it. */
#define TK_FN(k)	(0x200000 + (k))
#define TK_ISFN(k)	((k) >= 0x200000)
#define TK_CTRL(c)	((c) & 0x1f)
#define TK_ENTER	10
#define TK_ESC		27
#define TK_TAB		9
#define TK_NONE		(-1)  /* nothing came (idle) */
#define TK_EOF		(-2)  /* the script ended or the terminal is gone */

#define TUI_MIN_COLS	60
#define TUI_MIN_LINES	12

/* Every action a key can trigger; the table in keys.c names them. */
enum act {
	A_NONE, A_DOWN, A_UP, A_FIRST, A_LAST, A_PGDN, A_PGUP, A_HALFDN,
	A_HALFUP, A_ENTER, A_QUIT, A_SEARCH, A_SNEXT, A_SPREV, A_LIMIT, A_SORT,
	A_TAG, A_TAGF, A_APPLY, A_STATUS, A_ASSIGN, A_PRIO, A_DEADLINE,
	A_NEW, A_LOG, A_LOGED, A_RFC, A_ANSWERED, A_DECLINED, A_PROMISED,
	A_LAPSED, A_TABNEXT, A_TAB1, A_TAB2, A_TAB3, A_TAB4, A_ENDNOTES,
	A_UNDO, A_CMD, A_HELP, A_REDRAW, A_CREDIT, A_UNCREDIT, A_EMBARGO,
	A_VIEW, A_NACTS
};

enum tui_view { V_QUEUE, V_STORY, V_HELP, V_NVIEWS };

/* One row of the action table. */
struct action {
	enum act id;
	const char *name;  /* for config, `:` commands and help */
	const char *queue; /* default keys in the queue, space separated */
	const char *story; /* default keys in the story view */
	const char *help;
};

/* Hints: one item of the bottom bar, "s:status", its key looked up in
 * the live keymap so a user's binding shows. Up to 5 actions share one
 * label ("A/D/M/X:answer"); an item whose actions have no key is left
 * out. */
struct view_hint {
	enum act acts[5];
	const char *label;
};

/* A view: tig's shape, a table of operations over state private to the
 * view's files (struct queue in view_queue.h, struct story_view in
 * view_story.h); the rest of the TUI goes through these and through the
 * few accessors below. */
struct view_ops {
	const char *name;
	void (*draw)(struct tui *);
	/* Action a, from key; 0 when the view has no use for it (A_NONE
	 * included), for the caller to say so. */
	int (*key)(struct tui *, enum act, int key);
	/* The data changed underneath: reload what is shown, keeping it as
	 * it was when it cannot be read. */
	void (*reload)(struct tui *);
	/* What the top bar says after the database's name, in room
	 * columns when it can (room < 0: all of it): what matters least
	 * gives way first, the facts (a count, a view's name) stay whole. */
	void (*title)(struct tui *, int room, struct pt_str *out);
	const struct view_hint *hints; /* ends with a NULL label */
	/* The story with this id as the view last drew it (the "before" of
	 * a change others made), NULL when it does not show it. */
	const struct story *(*shown)(struct tui *, long long id);
};

/* A draft kept this session: text a write could not take, or what the
 * open prompt held when the terminal went away. */
struct tui_kept {
	char *ctx, *slug, *text;
	struct desk_draft_place at;
};

/* The text of the last prompt that writes, from Enter until its write is
 * done: what a failed write keeps as a draft. */
struct tui_typed {
	char *ctx, *slug, *text;
	size_t from;  /* 1 + the index in kept it was offered from; 0 none */
};

/* The kinds of prompt, each with its own history (prompt.c). */
enum prompt_hist { PH_CMD, PH_SEARCH, PH_LIMIT, PH_TEXT, PH_PERSON,
	PH_TIME, PH_SLUG, PH_WORD, PH_NHIST };

/* Presence (presence.c): this window's heartbeat and who else is here. */
struct tui_here {
	int beat_s, stale_s;          /* desk_presence_timing; 0 unread */
	int beaten;                   /* our row is written */
	int off;                      /* never beat (a read-only face) */
	long long story;              /* what the last beat said */
	char said[96];
	char doing[96];               /* the open prompt's; "" none */
	long long beat_ms, retry_ms, read_ms;  /* monotonic clock */
	int dirty;                    /* the data changed: read again */
	struct presence_list others;  /* other sessions' live rows */
};

struct tui {
	struct desk *d;
	const struct tui_opts *o;
	struct config cfg;
	int cfg_ok;
	struct theme *theme;
	struct pt_diag diags;
	int headless, script, color;
	void *term;                 /* SCREEN * */
	void *tin, *tout;           /* FILE * for headless */
	enum tui_view view, prev_view;
	struct queue *q;            /* view_queue.h */
	struct story_view *sv;      /* view_story.h */
	int help_top;
	char msg[1024];
	int msg_err;
	int msg_sticky;               /* config problems stay until replaced */
	/* The last error, whole, until the next key: shown in a window
	 * over the view when the message bar would cut it (ask.c). */
	struct { char text[1024]; int top, rows, total; } note;
	int quit, status;
	int too_small;
	long long data_version;
	int stale;  /* stories changed since the views last reloaded */
	struct history_watch watch; /* what others' writes are news after */
	struct history_news held;   /* others' news read, not yet said */
	int bulk;                   /* writing to each tagged story: the
	                             * news waits for the summary */
	char **hist[PH_NHIST];       /* per-prompt history, oldest first */
	size_t nhist[PH_NHIST];
	/* The open prompt, saved as a draft when the terminal goes away. */
	const char *draft_ctx;
	const char *draft_slug;
	int fast_errs;
	int unget;                    /* a key read ahead and given back, 0 none */
	char *killed;                 /* the prompt's last killed text, for C-y */
	int in_prompt;                /* messages go to the bar above */
	int prompt_form;              /* PF_* bits for the next prompt_read */
	int ascii;                    /* no UTF-8 locale: ASCII stand-ins */
	struct tui_typed typed;
	struct tui_kept *kept;        /* drafts kept this session */
	size_t nkept;
	struct tui_here here;
	struct tui_alerts *al;        /* alerts.c */
};

extern volatile sig_atomic_t tui_sig_term;
extern volatile sig_atomic_t tui_sig_winch;

/* charset.c: picks a UTF-8 locale for LC_CTYPE before curses starts
 * (the C locale is switched, as PEP 538 does); note gets what to tell
 * the user, "" for nothing. 1: UTF-8, 0: none exists here (draw ASCII,
 * read keys with tui_charset_getch). */
int tui_charset_init(char *note, size_t n);
/* Replaces every non-ASCII character of s with one ? per column. */
void tui_charset_ascii(struct pt_str *s);
/* get_wch for the C locale: reads bytes and decodes UTF-8 itself (a
 * byte that is not UTF-8 counts as Latin-1), so no key is dropped. */
int tui_charset_getch(wint_t *wc);

/* kept.c */
/* Enter in a prompt that writes (draft context ctx): text is what the
 * write is about to take. */
void tui_typed_set(struct tui *t, const char *ctx, const char *slug,
    const char *text);
/* A prompt for ctx on slug opens: the newest draft kept for it this
 * session (borrowed; NULL: none), which Enter then writes. */
const char *tui_kept_offer(struct tui *t, const char *ctx,
    const char *slug);
/* The write took the typed text: a draft it was offered from goes. */
void tui_typed_written(struct tui *t);
/* The user let the typed text go (cancelled a conflict). */
void tui_typed_drop(struct tui *t);
/* In place of tui_err after a write of typed text failed: the text is
 * kept as a draft (slug: the story, when the prompt named none) and the
 * message says so. Without typed text, tui_err. */
void tui_write_failed(struct tui *t, const char *slug,
    const struct pt_err *err);
/* Records a draft kept this session (takes at's path). */
void tui_kept_add(struct tui *t, const char *ctx, const char *slug,
    const char *text, struct desk_draft_place *at);
/* Before quitting by a key: 1 when nothing is kept or the user, told
 * which drafts are, still wants to quit. */
int tui_kept_quit_ok(struct tui *t);
/* After the screen is gone: one line on stderr naming the kept drafts. */
void tui_kept_say(struct tui *t);
void tui_kept_done(struct tui *t);

/* presence.c */
/* Beats when due (or when the open story or prompt changed) and reads
 * who else is here; cheap when nothing is due. From tui_getkey. */
void tui_presence_tick(struct tui *t);
/* A prompt of draft context ctx opened (NULL: closed): what the beat
 * says this window is doing. */
void tui_presence_prompt(struct tui *t, const char *ctx);
/* Deletes this window's row (quitting). */
void tui_presence_leave(struct tui *t);
/* 1 when another session has story_id open. */
int tui_presence_marked(const struct tui *t, long long story_id);
/* "tkeiser is here (editing the headline)" for story_id into out;
 * how many are (0: nobody, out untouched). */
int tui_presence_line(const struct tui *t, long long story_id,
    struct pt_str *out);

/* screen.c */
int screen_init(struct tui *t);
void screen_done(struct tui *t);
void screen_colors(struct tui *t);
int screen_lines(void);
int screen_cols(void);
/* The one writer: draws text sanitized, cut to cols columns (padded with
 * blanks when pad), in a theme slot. Returns the columns drawn. */
/* wrap.c: wraps text at width columns into lines indented by indent,
 * handing each finished line to emit. */
void tui_wrap(const char *text, int width, int indent,
    void (*emit)(void *, const char *), void *ctx);
/* wrap.c: appends text cut or padded to exactly width columns, then a
 * space. */
void tui_pad_cell(struct pt_str *line, const char *text, int width);

int scr_put(struct tui *t, int y, int x, int cols, int slot, int pad,
    const char *text);
int scr_putf(struct tui *t, int y, int x, int cols, int slot, int pad,
    const char *fmt, ...) __attribute__((format(printf, 7, 8)));
void scr_attr_row(struct tui *t, int y, int slot);
int screen_dump(const char *path, struct pt_err *err);
void screen_clear(void);
void screen_flush(void);

/* keys.c */
const struct action *keys_actions(size_t *n);
const struct action *keys_action_find(const char *name);
void keys_init(struct tui *t);
/* Applies the user's `keys:` from config, reporting bad ones. */
void keys_config(struct tui *t);
enum act keys_lookup(enum tui_view v, int key);
/* Parses "j", "<C-d>", "<Enter>"; *used gets the bytes read. -1: bad. */
int keys_parse(const char *s, size_t *used);
void keys_name(int key, char *buf, size_t n);
/* The keys bound to an action in a view, "j <Down>". */
void keys_for(enum tui_view v, enum act a, char *buf, size_t n);
/* The bottom bar of a view from its hints and the live keymap,
 * "q:quit Enter:open ... s:status" (a user's own key for an action
 * wins over the defaults), in at most width columns: hints that do not
 * fit are left out whole from the end, the last one (help) kept. */
void keys_hints(enum tui_view v, const struct view_hint *h, int width,
    struct pt_str *out);
/* The status menu's key for a story state (its rank in the states
 * table): 1-9 then a-e, the same key whatever the story's state, so a
 * hand learns it once. 0 for a rank out of range. */
int keys_state_key(int rank);

/* script.c */
int script_open(const char *path, struct pt_err *err);
int script_next(int wait_ms);  /* TK_NONE while a <Sleep> waits */
void script_close(void);

/* tui.c */
int tui_getkey(struct tui *t, int wait_ms);
void tui_draw(struct tui *t);
/* tui_draw without the flush, for what goes over it. */
void tui_draw_unflushed(struct tui *t);
void tui_msg(struct tui *t, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void tui_err(struct tui *t, const struct pt_err *err);
void tui_msg_clear(struct tui *t);
void tui_poll(struct tui *t, int force);
void tui_mark_own(struct tui *t);
/* Says what other writers did (news.c); call before the views reload,
 * whose rows are the "before" of a field change. */
void tui_say_news(struct tui *t, const struct history_news *nw);
/* The same after the user's own write, added to its message. */
void tui_say_news_after_own(struct tui *t, const struct history_news *nw);
/* Reads what others wrote while the user typed (a prompt or $EDITOR),
 * before the user's own write can mix with it; said with that write's
 * message, or by the next poll. */
void tui_news_hold(struct tui *t);
/* Saves text the user typed as a draft for ctx on slug (may be NULL),
 * in its own transaction: called when the terminal went away. */
void tui_save_draft(struct tui *t, const char *ctx, const char *slug,
    const char *text);
void tui_set_view(struct tui *t, enum tui_view v);
void tui_open_story(struct tui *t, const char *slug);
int tui_editor(struct tui *t, const char *initial, struct pt_str *out);
void tui_theme(struct tui *t, const char *name);

/* ask.c: every question the TUI asks. */
/* Shows question (in the message bar, or in a centred window that wraps
 * and scrolls it when it is wider than the bar, keys then naming the
 * answers on the window's last row) until a key that is not scrolling
 * comes; returns it, or TK_EOF when the terminal went away. answers:
 * the answer keys, so j, k and space scroll only when they are none of
 * them (NULL: they scroll). */
int tui_question(struct tui *t, const char *question, const char *keys,
    const char *answers);
/* Shows question until one of keys (lowercase ASCII; the uppercase form
 * counts too, Esc counts as the last key) is pressed; returns it, or
 * TK_EOF when the terminal went away. */
int tui_ask(struct tui *t, const char *question, const char *keys);
int tui_yesno(struct tui *t, const char *question);
int tui_choose(struct tui *t, const char *label, const char *const *items,
    size_t n);
/* The same with each item's own key (keys[i] picks items[i]). */
int tui_choose_keys(struct tui *t, const char *label,
    const char *const *items, const char *keys, size_t n);
/* A conflict message wider than the message bar, shown whole in the
 * window until a key (it stays in the bar too). */
void tui_notice(struct tui *t, const char *text);
/* Errors outside the `:` line (tui_msg keeps each in t->note): the
 * loop draws the last one over the view in a window when it is wider
 * than the message bar, without waiting: alerts and news go on. The
 * next key closes it and does what it always does (Up/Down and
 * PgUp/PgDn scroll it first when it is taller than the screen):
 * tui_note_key is 1 when the key was spent scrolling. */
void tui_note_draw(struct tui *t);
int tui_note_key(struct tui *t, int k);
/* Called by the prompt as it draws: a label that would leave less than
 * 20 columns to type in is drawn whole in a window over the view, and
 * the prompt line gets the short label returned instead. */
const char *tui_prompt_label(struct tui *t, const char *label);
/* A window centred on the screen over the view: a frame (title on its
 * top edge, note on its bottom one; either may be NULL) when there is
 * room, blanked inside; box gets the area inside to draw in, want_h x
 * want_w or less on a small terminal. */
struct tui_box { int y, x, h, w; };
void tui_box_draw(struct tui *t, int want_h, int want_w, const char *title,
    const char *note, struct tui_box *box);
/* Lines of text for a window, each a copy. */
struct tui_lines { char **v; size_t n; };
void tui_lines_wrap(struct tui_lines *l, const char *text, int width);
void tui_lines_add(struct tui_lines *l, const char *line);
void tui_lines_free(struct tui_lines *l);
/* Draws a centred window titled title holding body's rows (no wider
 * than width) from *top on, then keys wrapped below them (kept in sight
 * first on a small terminal); *top is kept in range and *rows gets how
 * many body rows show (the bottom edge says which when not all). */
void tui_window_draw(struct tui *t, const char *title,
    const struct tui_lines *body, const char *keys, int width, int *top,
    int *rows);
/* The text width of a window that would like want columns, on this
 * terminal. */
int tui_window_width(int want);
/* Moves *top for an arrow or page key (j, k and space too when
 * letters) over total lines shown rows at a time; 1 when k was one. */
int tui_scroll_key(int k, int *top, int rows, int total, int letters);

/* prompt.c */
enum prompt_comp { PC_NONE, PC_SLUG, PC_PERSON, PC_STATE, PC_CMD,
	PC_SORT, PC_STAFF, PC_VIEW };
/* t->prompt_form: a prompt that is one field of a form (forms.c).
 * PF_TABS: Tab and S-Tab leave it (prompt_read returns 2 and 3, the
 * text in out) instead of completing. PF_OWN_DRAFT: the form keeps the
 * drafts: the prompt neither offers a kept one, nor records what Enter
 * writes, nor saves itself when the terminal goes away (it returns -1
 * with its text in out for the form to save). */
#define PF_TABS		1
#define PF_OWN_DRAFT	2
/* Reads a line under label. 1 entered (text in out), 0 cancelled,
 * -1 the terminal went away (the text was saved as a draft). */
int prompt_read(struct tui *t, const char *label, const char *initial,
    enum prompt_hist h, enum prompt_comp c, struct pt_str *out);
void prompt_free(struct tui *t);
/* prompt_hist.c: history across sessions in the state directory. */
void prompt_hist_load(struct tui *t);
void prompt_hist_save(struct tui *t);

/* views */
extern const struct view_ops view_queue_ops;
extern const struct view_ops view_story_ops;
extern const struct view_ops view_help_ops;
const struct view_ops *tui_view_ops(enum tui_view v);
/* Each view's state lives from its _init to its _free. */
/* queue_init < 0: the first view's limit was refused (said). */
int queue_init(struct tui *t);
void queue_done(struct tui *t);
/* The active limit's text (NULL: none), its compiled filter (NULL:
 * every story) and how many stories it matches. */
const char *queue_limit(struct tui *t);
const struct filter *queue_filter(struct tui *t);
long long queue_count(struct tui *t);
int queue_set_limit(struct tui *t, const char *text);
int queue_set_sort(struct tui *t, const char *name);
/* Saved views (queue_views.c): v puts the next in force; :view NAME
 * that one (an unknown name is said, naming the views); the i-th
 * view's name, NULL past the last (for completion). */
void queue_view_next(struct tui *t);
int queue_view_pick(struct tui *t, const char *name);
const char *queue_view_name(struct tui *t, size_t i);
/* The selected story, borrowed until the next reload; NULL when none. */
const struct story *queue_current(struct tui *t);
/* Puts the queue's cursor on the story slug (a seek on its keys, at the
 * cursor's screen row); 1 when it is there, 0 when the limit hides it
 * (the cursor then stays). */
int queue_show(struct tui *t, const char *slug);
void story_view_init(struct tui *t);
void story_view_free(struct tui *t);
/* Closes the open story (the view keeps no state of it). */
void story_view_done(struct tui *t);
/* The open story, borrowed until the next reload; NULL when none. */
const struct story *story_view_current(struct tui *t);
/* A/D/M in Requests, also when a draft comes back: kind "answer",
 * "decline" or "promise" on request rfc_id with initial text. */
void story_answer_prompt(struct tui *t, long long rfc_id, const char *kind,
    const char *initial);
/* The / and o prompts, with initial text when a draft comes back. */
void queue_search(struct tui *t, const char *initial);
void queue_sort_prompt(struct tui *t, const char *initial);
void story_search_prompt(struct tui *t, const char *initial);
/* c in the queue (forms.c), also when a "headline" draft for a new
 * slug comes back. */
void queue_new_story(struct tui *t, const char *slug, const char *headline);
/* Operations both views share (the selected story in the queue, the
 * open one in the story view). */
void act_story(struct tui *t, enum act a, const char *slug,
    long long version);
void act_status_to(struct tui *t, const char *slug, long long version,
    const char *to);
/* Prompts for one field of slug (initial NULL: its current value) and
 * sets it against version (0: the version when the prompt opened). */
void act_set_field(struct tui *t, const char *slug, enum desk_field f,
    const char *initial, long long version);
void act_apply_field(struct tui *t, const char *slug, enum desk_field f,
    const char *value, long long version);
/* The field's value as the user would type it ("" when unset), whole;
 * the caller frees it. */
char *act_field_text(const struct story *s, enum desk_field f);
/* conflict.c: a write based on *version was refused (err) because
 * someone saved first. For a field (field >= 0, mine the text to write,
 * seen what the prompt opened on, NULL unknown) that they changed, a
 * window shows theirs and mine: take theirs, take mine, or edit a merge
 * (mine then holds it); otherwise the user is told who changed the
 * story and picks re-apply or cancel. 1: write mine again against
 * *version (updated), 0: done; a text not written is a draft or in the
 * prompt history, never lost. */
int act_conflict(struct tui *t, const char *slug, const struct pt_err *err,
    int field, const char *seen, struct pt_str *mine, long long *version);
void act_rfc_prompt(struct tui *t, const char *slug, const char *initial);
/* For `;`: asks once what action a needs (what names the target in the
 * label); 1 with the value in out. act_apply then applies it to one
 * story (0 or a PT_E* code). */
int act_ask(struct tui *t, enum act a, const char *what, struct pt_str *out);
int act_apply(struct tui *t, enum act a, const char *slug, long long version,
    const char *value);
/* r on tagged stories: asks once, adds to each; returns how many took. */
int act_rfc_tagged(struct tui *t, char **slugs, size_t n);
/* s on tagged stories (status_tagged.c): asks the state once, confirms
 * with the count (publishing and killing say what they do), moves each. */
void act_status_tagged(struct tui *t, char **slugs, size_t n);

/* forms.c: the prompts that ask more than one thing. */
/* e: the entry's text, with kind, source and time as fields Tab moves
 * between (Enter alone logs an event now); initial is the text. */
void act_log_prompt(struct tui *t, const char *slug, const char *initial);
/* After the state is chosen: the move's note into text (Enter: none).
 * 0 when the user cancelled the move (Esc, or the terminal went). */
int form_status_note(struct tui *t, const char *slug, const char *to,
    struct pt_str *text);

/* people.c: who works on a story. */
/* C: credit a name (completing people; initial: the text to start
 * from) in a role chosen from the roles. */
void act_credit(struct tui *t, const char *slug, const char *initial);
/* x in Credits: takes back name's credit in role, after a y. */
void act_uncredit(struct tui *t, const char *slug, const char *name,
    const char *role);
/* The warning for an editor nobody knows, "" when the login is known or
 * empty; buf gets it. */
void people_login_warning(struct tui *t, const char *login, char *buf,
    size_t n);

/* alerts.c: what passed since the last poll, said on the message bar
 * (and notify_command run once per user). tui_alerts_poll runs from
 * tui_poll, after the news, so an alert is what the bar says. */
void tui_alerts_init(struct tui *t);
void tui_alerts_poll(struct tui *t);
void tui_alerts_done(struct tui *t);

/* cmdline.c */
void cmdline_run(struct tui *t, const char *line);
const char *const *cmdline_names(size_t *n);
/* cmdline_verb.c: the CLI verbs `:` runs (those whose cli_cmd says
 * .writes). */
int cmdline_is_verb(const char *name);
/* Runs line ("log --kind statement ...") as the shell would run
 * `presstime LINE`, the current story's slug put where SLUG is left
 * out; says the outcome in the message bar. */
void cmdline_verb(struct tui *t, const char *line);
/* Tab after a verb: *v gets the candidates for word, the words before
 * it being before (free with pt_strv_free); returns how many. */
size_t cmdline_verb_complete(struct tui *t, const char *before,
    const char *word, char ***v);

#endif
