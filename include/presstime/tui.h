/* The TUI face: the queue, the story desk, help. */
#ifndef PRESSTIME_TUI_H
#define PRESSTIME_TUI_H

struct desk;

struct tui_opts {
	const char *open_slug;  /* start on this story (NULL: the queue) */
	const char *title;      /* shown in the top bar instead of the db path
	                         * (e.g. "demo newsroom"), or NULL */
};

/* Runs the TUI on an open desk until the user quits. Honours
 * PRESSTIME_SCRIPT (keys from a file), PRESSTIME_HEADLESS (draw to a
 * virtual terminal of LINES x COLUMNS), NO_COLOR, and the user's config.
 * Returns an exit status. */
int tui_run(struct desk *d, const struct tui_opts *o);

#endif
