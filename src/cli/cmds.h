/* The verbs, each defined in its own src/cli/cmd_*.c. */
#ifndef PRESSTIME_CLI_CMDS_H
#define PRESSTIME_CLI_CMDS_H

#include "presstime/cli.h"

extern const struct cli_cmd cmd_open, cmd_demo, cmd_init, cmd_new, cmd_log,
    cmd_status, cmd_set, cmd_credit, cmd_rfc, cmd_ls, cmd_show, cmd_endnotes,
    cmd_history, cmd_undo, cmd_search, cmd_budget, cmd_export, cmd_import, cmd_drafts,
    cmd_check, cmd_backup, cmd_theme, cmd_config, cmd_tz, cmd_watch;

struct json;
struct story;
/* One story as a JSON object with the queue's fields (cmd_ls.c). */
void cli_story_json(struct json *j, const struct story *s);

#endif
