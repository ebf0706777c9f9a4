/* The story view's private state, shared by its files (view_story.c:
 * the header, keys and actions; view_story_tabs.c: the lines of each tab
 * and of the detail) and by no one else: the rest of the TUI uses its
 * view_ops and the story_view_* functions in tui_int.h. */
#ifndef PRESSTIME_VIEW_STORY_H
#define PRESSTIME_VIEW_STORY_H

#include "presstime/story.h"
#include "presstime/str.h"
#include "tui_int.h"

struct story_view {
	char *slug;
	struct story *s;
	int tab;                    /* 0 timeline .. 3 history */
	struct pt_str *lines;       /* the current tab, drawn lines */
	int *lslot;                 /* theme slot of each line */
	int *litem;                 /* item index (rfc) of each line, -1 */
	size_t nlines;
	/* Column headers drawn above the lines and kept in view while
	 * they scroll (the Requests tab); empty: none. */
	struct pt_str colhead;
	long long *rfc_ids;
	char **rfc_state;
	size_t nrfc;
	int sel, top;               /* line cursor */
	int endnotes;               /* the P overlay is up */
	struct pt_str notes;
	char *search;
	long long *ids;             /* entry ids (Timeline), by litem */
	size_t nids;
	int follow;                 /* G pressed: stay on the last line */
	int detail;                 /* Enter: one item in full, 0 none */
	long long detail_id;        /* entry or rfc id shown */
	int detail_rfc;             /* the detail is a request */
	int saved_sel, saved_top;   /* the tab's place under the detail */
	char **cred_name;           /* Credits: each line's person, by litem */
	char **cred_role;           /* and role */
	size_t ncred;
};

/* view_story_tabs.c: fills sv's lines for the current tab, or for the
 * detail when one is open. */
void story_tab_lines(struct tui *t);
void story_lines_clear(struct story_view *sv);

#endif
