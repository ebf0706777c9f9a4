/* The export document's fields, one table per row type. The exporter
 * writes them in table order; the importer reads any order, refuses keys
 * not listed here and checks each value with the row's validator. */
#include "config.h"

#include <stddef.h>

#include "presstime/entry.h"
#include "presstime/history.h"
#include "presstime/person.h"
#include "presstime/record.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "internal.h"

int
shape_state_valid(const char *state, struct pt_err *err)
{
	struct pt_str list = PT_STR_INIT;
	int rc;

	if (state_story_find(state) >= 0)
		return 0;
	state_story_join(&list);
	rc = pt_errf(err, PT_EINVAL, "unknown status \"%s\" (expected one "
	    "of: %s)", state, pt_str_cstr(&list));
	pt_str_done(&list);
	return rc;
}

#define S(m) offsetof(struct story, m)
const struct shape_field shape_story[] = {
	{ "slug", SHAPE_WORD, S(slug), story_slug_valid, 1 },
	{ "headline", SHAPE_TEXT, S(headline), NULL, 1 },
	{ "dek", SHAPE_TEXT, S(dek), NULL, 0 },
	{ "budget_line", SHAPE_TEXT, S(budget_line), NULL, 0 },
	{ "desk", SHAPE_WORD, S(desk), NULL, 0 },
	{ "status", SHAPE_WORD, S(status), shape_state_valid, 0 },
	{ "held_from", SHAPE_WORD, S(held_from), shape_state_valid, 0 },
	{ "priority", SHAPE_WORD, S(priority), story_priority_valid, 0 },
	{ "editor", SHAPE_WORD, S(editor), NULL, 0 },
	{ "words", SHAPE_INT, S(words), NULL, 0 },
	{ "art", SHAPE_TEXT, S(art), NULL, 0 },
	{ "deadline", SHAPE_TIME, S(deadline), NULL, 0 },
	{ "embargo", SHAPE_TIME, S(embargo), NULL, 0 },
	{ "published_at", SHAPE_TIME, S(published_at), NULL, 0 },
	{ "url", SHAPE_TEXT, S(url), NULL, 0 },
	{ "needs_update", SHAPE_BOOL, S(needs_update), NULL, 0 },
	{ "created_at", SHAPE_TIME, S(created_at), NULL, 0 },
	{ "updated_at", SHAPE_TIME, S(updated_at), NULL, 0 },
	{ "updated_by", SHAPE_WORD, S(updated_by), NULL, 0 },
	{ NULL, SHAPE_TEXT, 0, NULL, 0 }
};
#undef S

#define C(m) offsetof(struct credit, m)
const struct shape_field shape_credit[] = {
	{ "name", SHAPE_TEXT, C(person.name), NULL, 1 },
	{ "login", SHAPE_WORD, C(person.login), NULL, 0 },
	{ "kind", SHAPE_WORD, C(person.kind), person_kind_valid, 0 },
	{ "role", SHAPE_WORD, C(role), credit_role_valid, 0 },
	{ NULL, SHAPE_TEXT, 0, NULL, 0 }
};
#undef C

/* The entry's file-local "id" and "amends" are written around these by
 * the exporter, which knows the numbering. */
#define E(m) offsetof(struct entry, m)
const struct shape_field shape_entry[] = {
	{ "at", SHAPE_TIME, E(occurred_at), NULL, 0 },
	{ "logged_at", SHAPE_TIME, E(logged_at), NULL, 0 },
	{ "logged_by", SHAPE_WORD, E(logged_by), NULL, 0 },
	{ "kind", SHAPE_WORD, E(kind), entry_kind_valid, 0 },
	{ "body", SHAPE_TEXT, E(body), NULL, 1 },
	{ "source", SHAPE_TEXT, E(source), NULL, 0 },
	{ "url", SHAPE_TEXT, E(url), NULL, 0 },
	{ NULL, SHAPE_TEXT, 0, NULL, 0 }
};
#undef E

#define R(m) offsetof(struct rfc, m)
const struct shape_field shape_rfc[] = {
	{ "target", SHAPE_TEXT, R(target), NULL, 1 },
	{ "kind", SHAPE_WORD, R(target_kind), person_kind_valid, 0 },
	{ "login", SHAPE_WORD, R(target_login), NULL, 0 },
	{ "channel", SHAPE_WORD, R(channel), rfc_channel_valid, 0 },
	{ "asked_at", SHAPE_TIME, R(asked_at), NULL, 0 },
	{ "asked_by", SHAPE_WORD, R(asked_by), NULL, 0 },
	{ "due", SHAPE_TIME, R(due_at), NULL, 0 },
	{ "attempts", SHAPE_COUNT, R(attempts), NULL, 0 },
	{ "state", SHAPE_WORD, R(state), rfc_state_valid, 0 },
	{ "answer", SHAPE_TEXT, R(answer), NULL, 0 },
	{ "answered_at", SHAPE_TIME, R(answered_at), NULL, 0 },
	{ "promised_by", SHAPE_TIME, R(promised_by), NULL, 0 },
	{ "lapsed_at", SHAPE_TIME, R(lapsed_at), NULL, 0 },
	{ NULL, SHAPE_TEXT, 0, NULL, 0 }
};
#undef R

#define N(m) offsetof(struct notice, m)
const struct shape_field shape_notice[] = {
	{ "kind", SHAPE_WORD, N(kind), notice_kind_valid, 1 },
	{ "text", SHAPE_TEXT, N(body), NULL, 1 },
	{ "at", SHAPE_TIME, N(at), NULL, 0 },
	{ "by", SHAPE_WORD, N(by), NULL, 0 },
	{ NULL, SHAPE_TEXT, 0, NULL, 0 }
};
#undef N

/* The end notes as they ran: exported and imported whole, never
 * rebuilt. */
#define S(m) offsetof(struct snapshot, m)
const struct shape_field shape_snapshot[] = {
	{ "reason", SHAPE_WORD, S(reason), snapshot_reason_valid, 1 },
	{ "at", SHAPE_TIME, S(taken_at), NULL, 0 },
	{ "by", SHAPE_WORD, S(taken_by), NULL, 0 },
	{ "zone", SHAPE_WORD, S(zone), NULL, 0 },
	{ "notes", SHAPE_TEXT, S(body), NULL, 1 },
	{ NULL, SHAPE_TEXT, 0, NULL, 0 }
};
#undef S

#define H(m) offsetof(struct status_change, m)
const struct shape_field shape_change[] = {
	{ "from", SHAPE_WORD, H(from_state), shape_state_valid, 0 },
	{ "to", SHAPE_WORD, H(to_state), shape_state_valid, 1 },
	{ "at", SHAPE_TIME, H(at), NULL, 0 },
	{ "by", SHAPE_WORD, H(by), NULL, 0 },
	{ "note", SHAPE_TEXT, H(note), NULL, 0 },
	{ NULL, SHAPE_TEXT, 0, NULL, 0 }
};
#undef H
