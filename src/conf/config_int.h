/* Shared by the config reader's files only. */
#ifndef PRESSTIME_CONF_CONFIG_INT_H
#define PRESSTIME_CONF_CONFIG_INT_H

#include "presstime/config.h"
#include "presstime/diag.h"
#include "presstime/ydoc.h"

/* config_alerts.c: the alerts: map and notify_command:, read from
 * file into cfg; each problem goes to diags as file:line:col and is
 * counted in the result (0: none). A bad value leaves the setting as
 * it was. */
int config_read_alerts(const char *file, struct pt_diag *diags,
    const struct ydoc_node *v, struct config *cfg);
int config_read_notify(const char *file, struct pt_diag *diags,
    const struct ydoc_node *v, struct config *cfg);
void config_notify_free(struct config *cfg);

#endif
