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
#include "presstime/states.h"
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
	int html;           /* --format html */
};

/* Text for HTML: & < > " ' escaped, controls other than newline and tab
 * dropped (they have no place in a mail), invalid UTF-8 kept as bytes
 * the reader's decoder will replace. */
static void
html_esc(struct pt_str *out, const char *text)
{
	for (const char *p = text; *p != '\0'; p++) {
		unsigned char c = (unsigned char)*p;

		switch (c) {
		case '&': pt_str_add(out, "&amp;"); break;
		case '<': pt_str_add(out, "&lt;"); break;
		case '>': pt_str_add(out, "&gt;"); break;
		case '"': pt_str_add(out, "&quot;"); break;
		case '\'': pt_str_add(out, "&#39;"); break;
		default:
			if (c >= 0x20 || c == '\n' || c == '\t')
				pt_str_addc(out, (char)c);
		}
	}
}

/* One story as an HTML article (budget_row's twin). */
static void
html_row(struct pt_str *out, const struct story *s, const char *due,
    const char *by)
{
	pt_str_add(out, "<article>\n<h3><code>");
	html_esc(out, s->slug);
	pt_str_add(out, "</code> <small>(");
	html_esc(out, s->status);
	if (s->words > 0)
		pt_str_addf(out, ", %d words", s->words);
	pt_str_add(out, ", ");
	html_esc(out, due);
	pt_str_add(out, ")</small></h3>\n<p>");
	html_esc(out, s->budget_line != NULL ? s->budget_line : s->headline);
	pt_str_add(out, "</p>\n");
	if (by[0] != '\0') {
		pt_str_add(out, "<p class=\"by\">By ");
		html_esc(out, by);
		pt_str_add(out, "</p>\n");
	}
	if (s->art != NULL) {
		pt_str_add(out, "<p class=\"art\">Art: ");
		html_esc(out, s->art);
		pt_str_add(out, "</p>\n");
	}
	pt_str_add(out, "</article>\n");
}

/*
 * One story on the budget: every live story of the day, that is due that
 * day, overdue from before it, or live with no deadline yet (a flash
 * being updated included); a held one is marked so the desk does not
 * plan on it. Times are the newsroom's.
 */
static int
budget_row(const struct story *s, void *ctx)
{
	struct budget *b = ctx;
	struct pt_str by = PT_STR_INIT, *out;
	char due[48] = "no deadline", when[32];

	if (s->deadline != 0 &&
	    s->deadline >= ptime_day_start(b->day + 36 * 3600))
		return 0;
	out = group_for(&b->groups, &b->ngroups, s->desk);
	if (s->deadline != 0) {
		ptime_format(s->deadline, when, sizeof when);
		snprintf(due, sizeof due, "%s %s", s->deadline < b->day ?
		    "overdue since" : "due", when);
	}
	byline(b->d, s, &by);
	b->shown++;
	if (b->html) {
		html_row(out, s, due, pt_str_cstr(&by));
		pt_str_done(&by);
		return 0;
	}
	if (state_story_is(s->status, STORY_HELD))
		pt_str_addf(out, "\nHELD %s (held from %s, %s", s->slug,
		    s->held_from != NULL ? s->held_from : "?", s->priority);
	else
		pt_str_addf(out, "\n%s (%s, %s", s->slug, s->status,
		    s->priority);
	if (s->words > 0)
		pt_str_addf(out, ", %d words", s->words);
	pt_str_addf(out, ", %s)\n  %s\n", due,
	    s->budget_line != NULL ? s->budget_line : s->headline);
	if (by.len > 0)
		pt_str_addf(out, "  By %s\n", by.buf);
	if (s->art != NULL)
		pt_str_addf(out, "  Art: %s\n", s->art);
	pt_str_done(&by);
	return 0;
}

/* The whole budget as one self-contained HTML page (inline style, no
 * scripts, no outside resources) for the budget meeting's email. */
static void
print_html(const struct budget *b, const char *day, const char *deskname)
{
	struct pt_str o = PT_STR_INIT, title = PT_STR_INIT;

	pt_str_addf(&title, "News budget for %s", day);
	if (deskname != NULL)
		pt_str_addf(&title, ", desk %s", deskname);
	pt_str_add(&o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>");
	html_esc(&o, pt_str_cstr(&title));
	pt_str_add(&o, "</title>\n<style>\n"
	    "body { font-family: Georgia, serif; max-width: 46em; "
	    "margin: 1em auto; color: #111; }\n"
	    "h2 { border-bottom: 1px solid #888; text-transform: uppercase; "
	    "font-size: 1.1em; }\n"
	    "h3 { font-size: 1em; margin-bottom: 0.2em; }\n"
	    "small { font-weight: normal; color: #555; }\n"
	    "p { margin: 0.2em 0 0.2em 1.5em; }\n"
	    "</style>\n</head>\n<body>\n<h1>");
	html_esc(&o, pt_str_cstr(&title));
	pt_str_add(&o, "</h1>\n");
	for (size_t i = 0; i < b->ngroups; i++) {
		pt_str_add(&o, "<section>\n<h2>");
		html_esc(&o, b->groups[i].desk);
		pt_str_add(&o, "</h2>\n");
		pt_str_add(&o, pt_str_cstr(&b->groups[i].text));
		pt_str_add(&o, "</section>\n");
	}
	if (b->shown == 0)
		pt_str_add(&o, "<p>Nothing on the budget for that day.</p>\n");
	pt_str_add(&o, "</body>\n</html>\n");
	fwrite(pt_str_cstr(&o), 1, o.len, stdout);
	pt_str_done(&o);
	pt_str_done(&title);
}

static int
run(int argc, char **argv)
{
	const char *deskname = NULL, *day_s = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "desk", 1, &deskname }, { "day", 1, &day_s },
		{ "format", 1, &format }, { NULL, 0, NULL }
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
	if (format != NULL && strcmp(format, "html") != 0 &&
	    strcmp(format, "text") != 0)
		return cli_failf(2, "--format: unknown budget format \"%s\" "
		    "(expected text or html)", format);
	bc.html = format != NULL && strcmp(format, "html") == 0;
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	now = ptime_now();
	day = now;
	if (day_s != NULL && cli_time(d, "--day", day_s, &day, &err) < 0) {
		cli_desk_close(d);
		return cli_fail(&err);
	}
	day = ptime_day_start(day);
	/* The day's live stories: never what is out and done with, or
	 * dropped; a published story being updated is live again. */
	pt_str_add(&ftext, "!status:published,corrected,spiked,killed");
	if (deskname != NULL && strpbrk(deskname, " \",") == NULL)
		pt_str_addf(&ftext, " desk:%s", deskname);
	else if (deskname != NULL) {
		cli_desk_close(d);
		pt_str_done(&ftext);
		return cli_failf(2, "--desk: \"%s\" is not a desk name", deskname);
	}
	rc = filter_compile(pt_str_cstr(&ftext), now, d->cob_hour, &f, &err);
	pt_str_done(&ftext);
	if (rc < 0) {
		cli_desk_close(d);
		return cli_fail(&err);
	}
	ptime_format(day, daybuf, sizeof daybuf);
	daybuf[10] = '\0';
	cli_pager_start();
	if (!bc.html) {
		printf("NEWS BUDGET for %s%s", daybuf, deskname ? ", desk " :
		    "");
		cli_put(stdout, deskname ? deskname : "");
		putchar('\n');
	}
	bc.d = d;
	bc.day = day;
	/* Priority first (flash at the top), then deadline. */
	rc = story_each(d->db, f, SORT_PRIORITY, -1, budget_row, &bc, &err);
	filter_free(f);
	cli_desk_close(d);
	if (rc >= 0 && bc.html)
		print_html(&bc, daybuf, deskname);
	for (size_t i = 0; i < bc.ngroups; i++) {
		if (rc >= 0 && !bc.html) {
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
	if (bc.shown == 0 && !bc.html)
		printf("\n(nothing on the budget for that day)\n");
	return 0;
}

static const struct cli_optdoc cmd_budget_opts[] = {
	{ "desk", "D", "only this desk", NULL },
	{ "day", "T", "the day to print (default today)", NULL },
	{ "format", "F", "text (default) or html: one self-contained page "
	    "for the budget meeting's email", "text,html" },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_budget = {
	"budget", "[--desk D] [--day T] [--format text|html]",
	"a printable news budget: slug, budget line, byline, status, due", run,
	.opts = cmd_budget_opts,
	.example =
	    "presstime budget --desk metro --day tomorrow > budget.txt\n"
	    "presstime budget --format html > budget.html",
	.words = "",
};
