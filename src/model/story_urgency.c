/* The urgency sort: its score in C and the same score as SQL over one
 * bound time (?1), from one table of weights, so the two cannot drift
 * apart (tests/unit/test_urgency.c checks them against each other). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "internal.h"

/* Deadline steps: a deadline before now + within scores points (the
 * first row that holds); a later one scores DUE_LATER. */
static const struct {
	long long within;
	int points;
} due_steps[] = {
	{ 0, 10 },          /* passed */
	{ 2 * 3600, 8 },
	{ 6 * 3600, 6 },
	{ 24 * 3600, 4 },
};
#define DUE_LATER 1
/* due_key for a story with no deadline (see the schema). */
#define NO_DUE "9223372036854775807"

/* By priority rank: flash, urgent, routine, deferred. */
static const int prio_points[] = { 6, 4, 2, 0 };

int
story_urgency(const struct story *s, time_t now)
{
	int score = 0, rank;

	if (!s->needs_update && state_story_done(s->status))
		return 0;
	rank = story_priority_rank(s->priority);
	if (rank >= 0)
		score += prio_points[rank];
	if (s->needs_update)
		score += URGENCY_NEEDS;
	if (s->deadline != 0 && state_story_before_out(s->status)) {
		int pts = DUE_LATER;

		for (size_t i = 0; i < sizeof due_steps / sizeof due_steps[0];
		    i++)
			if ((long long)s->deadline < (long long)now +
			    due_steps[i].within) {
				pts = due_steps[i].points;
				break;
			}
		score += pts;
	}
	if (s->rfc_due_first != 0 && s->rfc_due_first < now)
		score += URGENCY_RFC_OVERDUE;
	if (s->rfc_promised_first != 0 && s->rfc_promised_first < now)
		score += URGENCY_BROKEN;
	return score;
}

/* "'a', 'b'": the states whose flags (and'ed with mask) equal want. */
static void
state_list(struct pt_str *out, int mask, int want)
{
#define AS_ROW(id, name, help, moves, flags, attrs) { name, flags },
	static const struct {
		const char *name;
		int flags;
	} rows[] = { WORKFLOW_STATES(AS_ROW) };
#undef AS_ROW
	int n = 0;

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if ((rows[i].flags & mask) == want)
			pt_str_addf(out, "%s'%s'", n++ ? ", " : "",
			    rows[i].name);
}

const char *
story_urgency_sql(void)
{
	static char *sql;
	struct pt_str q = PT_STR_INIT;

	if (sql != NULL)
		return sql;
	/* Only names from states.h and numbers from the tables above go
	 * into the text; the time is the bound ?1. Negated, so the key
	 * ascends like the other sorts'. The late requests and broken
	 * promises are found once per query (rfc_open_due,
	 * rfc_promised_by: few, as publication lapses them), then each
	 * story is a lookup in that list, not a search of rfc per story. */
	pt_str_add(&q, "-(CASE WHEN s.needs_update = 0 AND s.status IN (");
	state_list(&q, WF_DONE, WF_DONE);
	pt_str_add(&q, ") THEN 0 ELSE (CASE s.prio_rank");
	for (size_t i = 0; i < sizeof prio_points / sizeof prio_points[0];
	    i++)
		pt_str_addf(&q, " WHEN %zu THEN %d", i, prio_points[i]);
	pt_str_addf(&q, " ELSE 0 END) + (CASE WHEN s.needs_update = 1 THEN "
	    "%d ELSE 0 END) + (CASE WHEN s.due_key = " NO_DUE " OR s.status "
	    "NOT IN (", URGENCY_NEEDS);
	state_list(&q, WF_OUT | WF_FINAL, 0);
	pt_str_add(&q, ") THEN 0");
	for (size_t i = 0; i < sizeof due_steps / sizeof due_steps[0]; i++)
		pt_str_addf(&q, " WHEN s.due_key < ?1 + %lld THEN %d",
		    due_steps[i].within, due_steps[i].points);
	pt_str_addf(&q, " ELSE %d END) + (CASE WHEN s.id IN (SELECT "
	    "r.story_id FROM rfc r WHERE r.state = 'open' AND r.due_at < ?1) "
	    "THEN %d ELSE 0 END) + (CASE WHEN s.id IN (SELECT r.story_id "
	    "FROM rfc r WHERE r.state = 'promised' AND r.promised_by < ?1) "
	    "THEN %d ELSE 0 END) END)", DUE_LATER, URGENCY_RFC_OVERDUE,
	    URGENCY_BROKEN);
	sql = pt_str_steal(&q);
	pt_str_done(&q);
	return sql;
}

/*
 * The urgency pager's groups (story_merge.c). Everything in the score
 * but the deadline and the late requests is fixed per story, and the
 * deadline's part only falls as the deadline grows; so story.ugroup
 * (migration 8) files each story by what is fixed, and a walk of one
 * group in (due_key, slug) order is a walk in urgency order. Weights
 * stay out of the column (they live in the tables above alone), so
 * changing one needs no migration; a change to the states' flags does.
 */
const char *
story_ugroup_sql(void)
{
	static char *sql;
	struct pt_str q = PT_STR_INIT;

	if (sql != NULL)
		return sql;
	/* The same tests as story_urgency_sql's, column by column. */
	pt_str_add(&q, "CASE WHEN needs_update = 0 AND status IN (");
	state_list(&q, WF_DONE, WF_DONE);
	pt_str_add(&q, ") THEN 0 ELSE 1 + prio_rank * 4 + (CASE WHEN "
	    "needs_update = 1 THEN 2 ELSE 0 END) + (CASE WHEN due_key = "
	    NO_DUE " OR status NOT IN (");
	state_list(&q, WF_OUT | WF_FINAL, 0);
	pt_str_add(&q, ") THEN 0 ELSE 1 END) END");
	sql = pt_str_steal(&q);
	pt_str_done(&q);
	return sql;
}

void
story_ugroup(int g, struct ugroup *out)
{
	memset(out, 0, sizeof *out);
	if (g <= 0) {
		out->fin = 1;
		return;
	}
	out->prio = (g - 1) / 4;
	out->needs = (g - 1) / 2 % 2;
	out->dapp = (g - 1) % 2;
	out->base = prio_points[out->prio] + (out->needs ? URGENCY_NEEDS : 0);
}

int
story_ugroup_bands(const struct ugroup *g, time_t now, struct uband *b)
{
	const size_t nsteps = sizeof due_steps / sizeof due_steps[0];
	int n = 0;

	memset(b, 0, UBANDS_MAX * sizeof *b);
	if (g->fin || !g->dapp) {
		b[0].lo_open = b[0].hi_open = 1;
		b[0].score = g->fin ? 0 : g->base;
		return 1;
	}
	for (size_t i = 0; i <= nsteps; i++) {
		int pts = i < nsteps ? due_steps[i].points : DUE_LATER;

		if (n > 0 && b[n - 1].score == g->base + pts) {
			/* Same score: one band. */
			if (i < nsteps)
				b[n - 1].hi = (long long)now +
				    due_steps[i].within;
			else
				b[n - 1].hi_open = 1;
			continue;
		}
		b[n].lo_open = n == 0;
		b[n].lo = n > 0 ? b[n - 1].hi : 0;
		if (i < nsteps)
			b[n].hi = (long long)now + due_steps[i].within;
		else
			b[n].hi_open = 1;
		b[n++].score = g->base + pts;
	}
	return n;
}

int
story_urgency_split(void)
{
	const size_t nsteps = sizeof due_steps / sizeof due_steps[0];
	int top = 0, late, most = DUE_LATER;

	/* A group walk is in urgency order only if the deadline's points
	 * never grow with the deadline. */
	for (size_t i = 0; i < nsteps; i++) {
		if (due_steps[i].points < DUE_LATER ||
		    (i > 0 && (due_steps[i].points > due_steps[i - 1].points ||
		    due_steps[i].within <= due_steps[i - 1].within)))
			return -1;
		if (due_steps[i].points > most)
			most = due_steps[i].points;
	}
	for (size_t i = 0; i < sizeof prio_points / sizeof prio_points[0];
	    i++)
		if (prio_points[i] > top)
			top = prio_points[i];
	late = URGENCY_RFC_OVERDUE < URGENCY_BROKEN ? URGENCY_RFC_OVERDUE :
	    URGENCY_BROKEN;
	/* Every score without a late request: at most top + needs + most;
	 * with one (not finished) at least late. */
	return late > top + URGENCY_NEEDS + most ? late : -1;
}
