/* Keeping what a user was typing when the session went away. The draft
 * table is the place for it; when another writer holds the database past
 * the draft's patience, the text goes to a file of the user's own instead
 * (the process must still be gone within 2 s), and the next start moves
 * it into the table. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "presstime/afile.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/draft.h"
#include "presstime/paths.h"
#include "presstime/ptime.h"
#include "presstime/str.h"

#define SPOOL_MAGIC "presstime-draft 1"
/* Larger files are not ours: the entry prompt holds far less. */
#define SPOOL_MAX (16L * 1024 * 1024)

/* $XDG_STATE_HOME/presstime/drafts, else ~/.local/state/presstime/drafts:
 * private to the user, unlike the newsroom's shared database directory. */
static int
spool_dir(char *buf, size_t n, int create)
{
	if (pt_state_path("drafts", create, buf, n) < 0)
		return -1;
	return create && mkdir(buf, 0700) < 0 && errno != EEXIST ? -1 : 0;
}

/* The database as one name however it was opened, so a draft returns only
 * to the newsroom it was typed in. */
static void
db_identity(struct desk *d, char *buf, size_t n)
{
	char real[PATH_MAX];
	const char *path = pt_db_path(d->db);

	if (path != NULL && realpath(path, real) != NULL)
		path = real;
	snprintf(buf, n, "%s", path != NULL ? path : "");
}

static int
spool_write(struct desk *d, const struct draft *dr, char **where,
    struct pt_err *err)
{
	static unsigned seq;
	char dir[PATH_MAX], path[PATH_MAX + 64];
	char dbname[PATH_MAX];
	struct pt_str head = PT_STR_INIT;
	struct pt_afile af;
	size_t blen = strlen(dr->body);
	int rc;

	db_identity(d, dbname, sizeof dbname);
	/* One header value per line: a name with a newline cannot be. */
	if (strchr(dbname, '\n') != NULL || (dr->slug != NULL &&
	    strchr(dr->slug, '\n') != NULL) || strchr(dr->context, '\n'))
		return pt_errf(err, PT_EIO, "cannot keep the draft in a file");
	if (spool_dir(dir, sizeof dir, 1) < 0)
		return pt_errf(err, PT_EIO, "cannot make a drafts folder "
		    "under $XDG_STATE_HOME or $HOME: %s", strerror(errno));
	snprintf(path, sizeof path, "%s/%lld-%ld-%u.draft", dir,
	    (long long)dr->saved_at, (long)getpid(), seq++);
	pt_str_addf(&head, "%s\ndatabase %s\nlogin %s\ncontext %s\n",
	    SPOOL_MAGIC, dbname, dr->login, dr->context);
	if (dr->slug != NULL)
		pt_str_addf(&head, "slug %s\n", dr->slug);
	pt_str_addf(&head, "saved_at %lld\nlength %zu\n\n",
	    (long long)dr->saved_at, blen);
	rc = pt_afile_open(&af, path, PT_AFILE_PRIVATE, err);
	if (rc == 0) {
		fwrite(pt_str_cstr(&head), 1, head.len, pt_afile_stream(&af));
		fwrite(dr->body, 1, blen, pt_afile_stream(&af));
		rc = pt_afile_commit(&af, err);
	}
	pt_str_done(&head);
	if (rc == 0 && where != NULL)
		*where = pt_xstrdup(path);
	return rc;
}

int
desk_draft_keep_at(struct desk *d, const char *context, const char *slug,
    const char *text, struct desk_draft_place *at, struct pt_err *err)
{
	struct draft dr = { 0 };
	struct pt_err dberr;
	int rc;

	if (at != NULL) {
		at->id = 0;
		at->path = NULL;
	}
	if (context == NULL || text == NULL || *text == '\0')
		return 0;
	dr.login = pt_xstrdup(d->login);
	dr.slug = pt_xstrdup(slug);
	dr.context = pt_xstrdup(context);
	dr.body = pt_xstrdup(text);
	dr.saved_at = ptime_now();
	if ((rc = draft_save(d->db, &dr, &dberr)) == 0) {
		if (at != NULL)
			at->id = dr.id;
	} else if ((rc = spool_write(d, &dr, at != NULL ? &at->path : NULL,
	    err)) < 0)
		pt_err_prefix(err, "%s; and ", dberr.msg);
	draft_done(&dr);
	return rc;
}

int
desk_draft_keep(struct desk *d, const char *context, const char *slug,
    const char *text, struct pt_err *err)
{
	return desk_draft_keep_at(d, context, slug, text, NULL, err);
}

void
desk_draft_place_done(struct desk_draft_place *at)
{
	free(at->path);
	at->path = NULL;
	at->id = 0;
}

static int
same_or_null(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

int
desk_draft_forget(struct desk *d, const struct desk_draft_place *at,
    const char *context, const char *slug, const char *text,
    struct pt_err *err)
{
	struct draft_list l = { NULL, 0 };
	long long id = 0;
	int rc;

	if (at->id > 0)
		return desk_draft_drop(d, at->id, err);
	if (at->path == NULL || unlink(at->path) == 0)
		return 0;
	if (errno != ENOENT)
		return pt_errf(err, PT_EIO, "cannot remove %s: %s", at->path,
		    strerror(errno));
	/* Collected into the table meanwhile (presstime drafts, another
	 * start): the newest draft with the same words is this one. */
	if ((rc = draft_list_user(d->db, d->login, &l, err)) < 0)
		return rc;
	for (size_t i = 0; i < l.n; i++)
		if (strcmp(l.v[i].context, context) == 0 &&
		    same_or_null(l.v[i].slug, slug) &&
		    strcmp(l.v[i].body, text) == 0)
			id = l.v[i].id;
	draft_list_free(&l);
	return id > 0 ? desk_draft_drop(d, id, err) : 0;
}

/* Reads a whole spool file (NULL when unreadable or too large). */
static char *
slurp(const char *path, size_t *len)
{
	struct pt_str s = PT_STR_INIT;
	FILE *f = fopen(path, "rb");
	int rc;

	if (f == NULL)
		return NULL;
	rc = pt_str_add_file(&s, f, (size_t)SPOOL_MAX);
	fclose(f);
	if (rc < 0) {
		pt_str_done(&s);
		return NULL;
	}
	*len = s.len;
	return pt_str_steal(&s);
}

/* Header value of key in text (up to the blank line), or NULL. */
static char *
header(const char *text, const char *end, const char *key)
{
	size_t k = strlen(key);

	for (const char *p = text; p < end; ) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));

		if (nl == NULL || nl == p)
			return NULL;
		if ((size_t)(nl - p) > k && strncmp(p, key, k) == 0 &&
		    p[k] == ' ') {
			struct pt_str v = PT_STR_INIT;

			pt_str_addn(&v, p + k + 1, (size_t)(nl - p - k - 1));
			return pt_str_steal(&v);
		}
		p = nl + 1;
	}
	return NULL;
}

/* Fills dr from a spool file's text; 0, or -1 when it is not a whole
 * draft (a crash mid-write leaves only hidden temporary files, but be
 * sure). */
static int
spool_parse(char *text, size_t len, struct draft *dr, char **dbname)
{
	char *body = NULL, *v;
	unsigned long long want;

	if (len < sizeof SPOOL_MAGIC || memcmp(text, SPOOL_MAGIC "\n",
	    sizeof SPOOL_MAGIC) != 0)
		return -1;
	for (char *p = text; p + 1 < text + len; p++)
		if (p[0] == '\n' && p[1] == '\n') {
			body = p + 2;
			break;
		}
	if (body == NULL || (v = header(text, body, "length")) == NULL)
		return -1;
	want = strtoull(v, NULL, 10);
	free(v);
	if (want != (unsigned long long)(text + len - body))
		return -1;
	memset(dr, 0, sizeof *dr);
	*dbname = header(text, body, "database");
	dr->login = header(text, body, "login");
	dr->context = header(text, body, "context");
	dr->slug = header(text, body, "slug");
	if ((v = header(text, body, "saved_at")) != NULL) {
		dr->saved_at = (time_t)strtoll(v, NULL, 10);
		free(v);
	}
	dr->body = pt_xmalloc((size_t)want + 1);
	memcpy(dr->body, body, (size_t)want);
	dr->body[want] = '\0';
	if (*dbname == NULL || dr->login == NULL || dr->context == NULL ||
	    memchr(body, '\0', (size_t)want) != NULL)
		return -1;
	return 0;
}

static void
spool_draft_done(struct draft *dr, char *dbname)
{
	draft_done(dr);
	free(dbname);
}

int
desk_drafts_collect(struct desk *d, struct pt_err *err)
{
	char dir[PATH_MAX], path[PATH_MAX + 300], mine[PATH_MAX];
	struct dirent *de;
	DIR *dh;
	int moved = 0;

	if (spool_dir(dir, sizeof dir, 0) < 0 || (dh = opendir(dir)) == NULL)
		return 0;
	db_identity(d, mine, sizeof mine);
	while ((de = readdir(dh)) != NULL) {
		size_t n = strlen(de->d_name), len;
		struct draft dr = { 0 };
		char *text, *dbname = NULL;
		int ours;

		if (n < 7 || strcmp(de->d_name + n - 6, ".draft") != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		if ((text = slurp(path, &len)) == NULL)
			continue;
		/* Someone else's newsroom or a damaged file stays put. */
		ours = spool_parse(text, len, &dr, &dbname) == 0 &&
		    strcmp(dbname, mine) == 0 && strcmp(dr.login, d->login) == 0;
		free(text);
		if (ours) {
			int rc = draft_save(d->db, &dr, err);

			if (rc < 0) {
				spool_draft_done(&dr, dbname);
				closedir(dh);
				return moved > 0 ? moved : rc;
			}
			/* Saved: the file must go, or it comes back twice. */
			if (unlink(path) == 0)
				moved++;
			else
				(void)draft_delete(d->db, dr.id, err);
		}
		spool_draft_done(&dr, dbname);
	}
	closedir(dh);
	return moved;
}

int
desk_draft_drop(struct desk *d, long long id, struct pt_err *err)
{
	return draft_delete(d->db, id, err);
}
