/* presstime budget: the printable news budget, desk by desk. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/filter.h"
#include "presstime/person.h"
#include "presstime/ptime.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "cmds.h"

/* One desk's part of the budget, filled as rows arrive in deadline order
 * and printed desk by desk. */
struct group {
	char *desk;
	struct pt_str text;
};

static struct pt_str *
group_for(struct group **g, size_t *n, const char *desk)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*g)[i].desk, desk) == 0)
			return &(*g)[i].text;
	*g = pt_xrealloc(*g, (*n + 1) * sizeof **g);
	(*g)[*n].desk = pt_xstrdup(desk);
	pt_str_init(&(*g)[*n].text);
	return &(*g)[(*n)++].text;
}

/* "Dylan Martin and Jane Roe" from the byline credits. */
static void
byline(struct desk *d, const struct story *s, struct pt_str *out)
{
	struct credit_list cl;
	size_t n = 0;

	if (credit_list_story(d->db, s->id, &cl, NULL) < 0)
		return;
	for (size_t i = 0; i < cl.n; i++) {
		if (strcmp(cl.v[i].role, "byline") != 0)
			continue;
		if (n++ > 0)
			pt_str_add(out, i + 1 < cl.n ? ", " : " and ");
		pt_str_add(out, cl.v[i].person.name);
	}
	credit_list_free(&cl);
}

struct budget {
	struct desk *d;
	time_t day;         /* midnight starting the budget's day */
	struct group *groups;
	size_t ngroups;
	int shown;
};

/* One story on the budget: due that day, or live with no deadline yet. */
static int
budget_row(const struct story *s, void *ctx)
{
	struct budget *b = ctx;
	struct pt_str by = PT_STR_INIT, *out;
	char due[32] = "no deadline";

	if (s->deadline != 0 && (s->deadline < b->day ||
	    s->deadline >= ptime_day_start(b->day + 36 * 3600)))
		return 0;
	out = group_for(&b->groups, &b->ngroups, s->desk);
	if (s->deadline != 0)
		ptime_format(s->deadline, due, sizeof due);
	byline(b->d, s, &by);
	pt_str_addf(out, "\n%s (%s", s->slug, s->status);
	if (s->words > 0)
		pt_str_addf(out, ", %d words", s->words);
	pt_str_addf(out, ", due %s)\n  %s\n", due,
	    s->budget_line != NULL ? s->budget_line : s->headline);
	if (by.len > 0)
		pt_str_addf(out, "  By %s\n", by.buf);
	if (s->art != NULL)
		pt_str_addf(out, "  Art: %s\n", s->art);
	pt_str_done(&by);
	b->shown++;
	return 0;
}

static int
run(int argc, char **argv)
{
	const char *deskname = NULL, *day_s = NULL;
	const struct cli_opt opts[] = {
		{ "desk", 1, &deskname }, { "day", 1, &day_s }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct pt_str ftext = PT_STR_INIT;
	struct budget bc = { 0 };
	struct filter *f;
	struct desk *d;
	char *pos[1], daybuf[32];
	time_t now, day;
	int npos, rc;

	if ((rc = cli_parse(&cmd_budget, argc, argv, opts, pos, 1, &npos)) != 0)
		return rc;
	if (npos != 0)
		return cli_usage(&cmd_budget);
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	now = ptime_now();
	day = now;
	if (day_s != NULL && cli_time(d, "--day", day_s, &day, &err) < 0) {
		desk_close(d);
		return cli_fail(&err);
	}
	day = ptime_day_start(day);
	/* The day's budget: what is due that day, and what is live with no
	 * deadline yet; never what is already out or dropped. */
	pt_str_add(&ftext, "!status:published,updating,corrected,spiked,killed");
	if (deskname != NULL && strpbrk(deskname, " \",") == NULL)
		pt_str_addf(&ftext, " desk:%s", deskname);
	else if (deskname != NULL) {
		desk_close(d);
		pt_str_done(&ftext);
		return cli_failf(2, "--desk: \"%s\" is not a desk name", deskname);
	}
	rc = filter_compile(pt_str_cstr(&ftext), now, d->cob_hour, &f, &err);
	pt_str_done(&ftext);
	if (rc < 0) {
		desk_close(d);
		return cli_fail(&err);
	}
	ptime_format(day, daybuf, sizeof daybuf);
	daybuf[10] = '\0';
	printf("NEWS BUDGET for %s%s", daybuf, deskname ? ", desk " : "");
	cli_put(stdout, deskname ? deskname : "");
	putchar('\n');
	bc.d = d;
	bc.day = day;
	rc = story_each(d->db, f, SORT_DUE, -1, budget_row, &bc, &err);
	filter_free(f);
	desk_close(d);
	for (size_t i = 0; i < bc.ngroups; i++) {
		if (rc >= 0) {
			printf("\n== ");
			cli_put(stdout, bc.groups[i].desk);
			printf(" ==\n");
			cli_put_lines(stdout, pt_str_cstr(&bc.groups[i].text));
		}
		free(bc.groups[i].desk);
		pt_str_done(&bc.groups[i].text);
	}
	free(bc.groups);
	if (rc < 0)
		return cli_fail(&err);
	if (bc.shown == 0)
		printf("\n(nothing on the budget for that day)\n");
	return 0;
}

static const struct cli_optdoc cmd_budget_opts[] = {
	{ "desk", "D", "only this desk", NULL },
	{ "day", "T", "the day to print (default today)", NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_budget = {
	"budget", "[--desk D] [--day T]",
	"a printable news budget: slug, budget line, byline, status, due", run,
	.opts = cmd_budget_opts,
	.example = "presstime budget --desk metro --day tomorrow > budget.txt",
	.words = "",
};
