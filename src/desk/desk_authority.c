/* Who may speak for others: the database's owner, or a member of the
 * newsroom's admin group (setting "admin_group"), may import rows under
 * another author's name; everyone else's imports are their own. */
#include "config.h"

#include <grp.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/ptime.h"
#include "presstime/record.h"
#include "desk_int.h"

static int
member_of(gid_t gid)
{
	gid_t groups[NGROUPS_MAX];
	int n;

	if (getegid() == gid || getgid() == gid)
		return 1;
	n = getgroups(NGROUPS_MAX, groups);
	for (int i = 0; i < n; i++)
		if (groups[i] == gid)
			return 1;
	return 0;
}

static int
owns_db(struct desk *d)
{
	struct stat sb;

	/* A private in-memory database is nobody else's. */
	if (strcmp(pt_db_path(d->db), ":memory:") == 0)
		return 1;
	return stat(pt_db_path(d->db), &sb) == 0 && sb.st_uid == getuid();
}

int
desk_may_import_foreign(struct desk *d, int *ok, struct pt_err *err)
{
	char *group = NULL;
	struct group *gr;
	int rc;

	*ok = owns_db(d);
	if (*ok)
		return 0;
	if ((rc = setting_get(d->db, "admin_group", &group, err)) < 0)
		return rc;
	if (group != NULL && (gr = getgrnam(group)) != NULL)
		*ok = member_of(gr->gr_gid);
	free(group);
	return 0;
}

int
desk_admin_group_set(struct desk *d, const char *group, struct pt_err *err)
{
	int rc;

	if (getgrnam(group) == NULL)
		return pt_errf(err, PT_EINVAL, "no Unix group \"%s\" on this "
		    "host", group);
	if (!owns_db(d))
		return pt_errf(err, PT_ESTATE, "only the owner of %s may name "
		    "the admin group", pt_db_path(d->db));
	if ((rc = pt_db_begin(d->db, err)) < 0)
		return rc;
	if ((rc = setting_put(d->db, "admin_group", group, ptime_now(),
	    d->login, err)) < 0)
		return desk_fail(d, rc);
	return pt_db_commit(d->db, err);
}
