/* Recording every change in the history (change.h), inside the
 * operation's own transaction, and the raw form fields are kept in. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/change.h"
#include "presstime/db.h"
#include "presstime/desk.h"
#include "presstime/ptime.h"
#include "presstime/str.h"
#include "presstime/story.h"
#include "desk_int.h"

void
desk_batch_begin(struct desk *d)
{
	d->batch = -1;
}

void
desk_batch_end(struct desk *d)
{
	d->batch = 0;
}

int
desk_record(struct desk *d, struct change_new *c, struct pt_err *err)
{
	long long id;
	int rc;

	c->by = d->login;
	if (c->batch == 0)
		c->batch = d->batch;
	if ((rc = change_insert(d->db, c, &id, err)) < 0)
		return rc;
	/* The first row of a batch names it; the rest join it. */
	if (d->batch < 0)
		d->batch = id;
	return 0;
}

static int
same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

int
desk_record_field(struct desk *d, const struct story *s, const char *field,
    const char *old_value, const char *new_value, time_t at,
    struct pt_err *err)
{
	struct change_new c;

	if (same(old_value, new_value))
		return 0;
	memset(&c, 0, sizeof c);
	c.story_id = s->id;
	c.at = at;
	c.field = field;
	c.old_value = old_value;
	c.new_value = new_value;
	return desk_record(d, &c, err);
}

int
desk_record_request(struct desk *d, long long story_id, long long rfc_id,
    const char *old_state, const char *new_state, const char *note,
    time_t at, struct pt_err *err)
{
	struct change_new c;

	memset(&c, 0, sizeof c);
	c.story_id = story_id;
	c.at = at;
	c.field = "request";
	c.ref = rfc_id;
	c.old_value = old_state;
	c.new_value = new_state;
	c.note = note;
	return desk_record(d, &c, err);
}

void
desk_keep_refused(struct desk *d, const char *slug, int field,
    const char *value, const char *why)
{
	struct pt_err err = { 0 };
	struct change_new c;
	struct story *s;
	char name[64], buf[32];
	long long keep;

	if (pt_db_begin(d->db, &err) < 0)
		return;
	if (story_get(d->db, slug, &s, &err) < 0) {
		pt_db_rollback(d->db);
		return;
	}
	snprintf(name, sizeof name, "refused:%s",
	    desk_field_name((enum desk_field)field));
	memset(&c, 0, sizeof c);
	c.story_id = s->id;
	c.at = ptime_now();
	c.field = name;
	c.old_value = desk_field_raw(s, field, buf, sizeof buf);
	c.new_value = value != NULL && *value ? value : NULL;
	c.note = why;
	keep = d->batch;  /* never part of a ; action */
	d->batch = 0;
	if (desk_record(d, &c, &err) < 0 || pt_db_commit(d->db, &err) < 0)
		pt_db_rollback(d->db);
	d->batch = keep;
	story_free(s);
}

static const char *
text_or_null(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

static const char *
num(long long v, char *buf, size_t n)
{
	if (v == 0)
		return NULL;
	snprintf(buf, n, "%lld", v);
	return buf;
}

const char *
desk_field_raw(const struct story *s, int field, char *buf, size_t n)
{
	switch ((enum desk_field)field) {
	case FIELD_HEADLINE: return text_or_null(s->headline);
	case FIELD_DEK: return text_or_null(s->dek);
	case FIELD_BUDGET: return text_or_null(s->budget_line);
	case FIELD_DESK: return text_or_null(s->desk);
	case FIELD_PRIORITY: return text_or_null(s->priority);
	case FIELD_EDITOR: return text_or_null(s->editor);
	case FIELD_DEADLINE: return num((long long)s->deadline, buf, n);
	case FIELD_EMBARGO: return num((long long)s->embargo, buf, n);
	case FIELD_ART: return text_or_null(s->art);
	case FIELD_WORDS: return num(s->words, buf, n);
	case FIELD_URL: return text_or_null(s->url);
	}
	return NULL;
}

static void
put(char **slot, const char *raw)
{
	free(*slot);
	*slot = raw != NULL ? pt_xstrdup(raw) : NULL;
}

void
desk_field_restore(struct story *s, int field, const char *raw)
{
	long long v = raw != NULL ? strtoll(raw, NULL, 10) : 0;

	switch ((enum desk_field)field) {
	case FIELD_HEADLINE: put(&s->headline, raw); break;
	case FIELD_DEK: put(&s->dek, raw); break;
	case FIELD_BUDGET: put(&s->budget_line, raw); break;
	case FIELD_DESK: put(&s->desk, raw != NULL ? raw : "news"); break;
	case FIELD_PRIORITY: put(&s->priority, raw != NULL ? raw :
	    "routine"); break;
	case FIELD_EDITOR: put(&s->editor, raw); break;
	case FIELD_DEADLINE: s->deadline = (time_t)v; break;
	case FIELD_EMBARGO: s->embargo = (time_t)v; break;
	case FIELD_ART: put(&s->art, raw); break;
	case FIELD_WORDS: s->words = (int)v; break;
	case FIELD_URL: put(&s->url, raw); break;
	}
}
