/* Shared by the desk's operation files only. */
#ifndef PRESSTIME_DESK_INT_H
#define PRESSTIME_DESK_INT_H

struct desk;
struct pt_err;

/* Rolls back the operation's transaction and passes rc on, so an error
 * path reads "return desk_fail(d, rc);". */
int desk_fail(struct desk *d, int rc);
/* Reads the newsroom's zone into d->zone and applies it (desk.c). */
int desk_zone_load(struct desk *d, struct pt_err *err);

#endif
