/* presstime rfc: requests for comment from the shell. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "presstime/cli.h"
#include "presstime/desk.h"
#include "presstime/json.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/states.h"
#include "presstime/story.h"
#include "presstime/str.h"
#include "cmds.h"

/* A request named three ways: "2", the story's request number (as the
 * requests tab and `rfc ls` show it); "id:17", the database-wide id (as
 * exports and older scripts have it); anything else a target ("ICE"):
 * the most recent unresolved request to that target on the story. *no
 * gets the story's number. */
static int
find_request(struct desk *d, const char *slug, const char *key,
    long long *id, int *no, struct pt_err *err)
{
	struct story *s;
	struct rfc_list rl;
	const char *digits = key;
	char *end;
	long long n = 0;
	int rc, global = strncmp(key, "id:", 3) == 0;

	if (global)
		digits = key + 3;
	if (*digits >= '0' && *digits <= '9')
		n = strtoll(digits, &end, 10);
	else
		end = NULL;
	if (global && (end == NULL || *end != '\0' || n <= 0))
		return pt_errf(err, PT_EINVAL, "\"%s\" is not a request id "
		    "(id: takes a whole number, e.g. id:17)", key);
	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return rc;
	rc = rfc_list_story(d->db, s->id, &rl, err);
	story_free(s);
	if (rc < 0)
		return rc;
	*id = 0;
	for (size_t i = 0; i < rl.n; i++) {
		const struct rfc *r = &rl.v[i];

		if (global ? r->id == n : end != NULL && *end == '\0' ?
		    r->no == n : strcasecmp(r->target, key) == 0) {
			if (*id != 0 && !state_rfc_waiting(r->state))
				continue;
			*id = r->id;
			*no = r->no;
		}
	}
	if (*id == 0 && global)
		/* The desk says whose request it is. */
		*id = n, *no = 0;
	else if (*id == 0 && end != NULL && *end == '\0')
		rc = pt_errf(err, PT_ENOENT, "%s has no request %s (it has %zu; "
		    "see: presstime rfc ls %s)", slug, key, rl.n, slug);
	else if (*id == 0)
		rc = pt_errf(err, PT_ENOENT, "no request for comment to \"%s\" "
		    "on %s (see: presstime rfc ls %s)", key, slug, slug);
	rfc_list_free(&rl);
	return rc;
}

static int
rfc_ls(struct desk *d, const char *slug, int json, int tsv, int header)
{
	static const char *const head[] = { "NO", "TARGET", "CHANNEL", "ASKED",
		"DUE", "TRIES", "STATE", "ANSWER" };
	struct pt_err err = { 0 };
	struct story *s;
	struct rfc_list rl;
	struct cli_rows *rows;
	time_t now = ptime_now();
	int rc;

	if ((rc = story_get(d->db, slug, &s, &err)) < 0)
		return cli_fail(&err);
	rc = rfc_list_story(d->db, s->id, &rl, &err);
	story_free(s);
	if (rc < 0)
		return cli_fail(&err);
	rows = cli_rows_new(json, (tsv ? CLI_TSV : 0) |
	    (header ? CLI_TSV_HEADER : 0), 8, head);
	for (size_t i = 0; i < rl.n; i++) {
		const struct rfc *r = &rl.v[i];
		struct json *j = cli_rows_json(rows);
		char id[24], asked[32], due[32] = "", tries[16], state[64], by[32];

		if (j != NULL) {
			json_obj_open(j);
			json_kint(j, "id", r->id);
			json_kint(j, "no", r->no);
			json_kstr(j, "target", r->target);
			/* The export's keys (presstime-json(5)). */
			json_kstr(j, "kind", r->target_kind);
			json_kstr(j, "login", r->target_login);
			json_kstr(j, "channel", r->channel);
			json_ktime(j, "asked_at", r->asked_at);
			json_kstr(j, "asked_by", r->asked_by);
			json_ktime(j, "due", r->due_at);
			json_kint(j, "attempts", r->attempts);
			json_kstr(j, "state", r->state);
			json_kstr(j, "answer", r->answer);
			json_ktime(j, "answered_at", r->answered_at);
			json_ktime(j, "promised_by", r->promised_by);
			json_ktime(j, "lapsed_at", r->lapsed_at);
			json_obj_close(j);
			continue;
		}
		snprintf(id, sizeof id, "%d", r->no);
		cli_time_cell(r->asked_at, tsv, now, asked, sizeof asked);
		if (r->due_at != 0 && tsv)
			ptime_format_iso(r->due_at, due, sizeof due);
		else if (r->due_at != 0)
			ptime_countdown(r->due_at, now, due, sizeof due);
		snprintf(tries, sizeof tries, "%d", r->attempts);
		snprintf(state, sizeof state, "%s", r->state);
		if (state_rfc_is(r->state, RFC_PROMISED)) {
			cli_time_cell(r->promised_by, tsv, now, by, sizeof by);
			/* Past due with nothing: a broken promise. */
			snprintf(state, sizeof state, "%s by %s",
			    r->promised_by != 0 && r->promised_by <= now ?
			    "broke promise" : "promised", by);
		} else if (state_rfc_is(r->state, RFC_LAPSED) &&
		    r->promised_by != 0)
			snprintf(state, sizeof state, "lapsed, promise broken");
		cli_rows_cells(rows, (const char *const[]){ id, r->target,
		    r->channel, asked, due, tries, state, r->answer });
	}
	cli_rows_print(rows);
	cli_rows_free(rows);
	rfc_list_free(&rl);
	return 0;
}

static void
join_words(struct pt_str *s, char **w, int n)
{
	for (int i = 0; i < n; i++) {
		if (i > 0)
			pt_str_addc(s, ' ');
		pt_str_add(s, w[i]);
	}
}

static int
run(int argc, char **argv)
{
	const char *channel = NULL, *due = NULL, *kind = NULL, *at = NULL,
	    *by = NULL, *json = NULL, *tsv = NULL, *header = NULL;
	const struct cli_opt opts[] = {
		{ "channel", 1, &channel }, { "due", 1, &due },
		{ "kind", 1, &kind }, { "at", 1, &at }, { "by", 1, &by },
		{ "json", 0, &json }, { "tsv", 0, &tsv },
		{ "header", 0, &header }, { NULL, 0, NULL }
	};
	struct pt_err err = { 0 };
	struct pt_str text = PT_STR_INIT, news = PT_STR_INIT;
	struct desk *d;
	char *pos[256];
	const char *sub;
	long long id = 0;
	int no = 0;
	time_t when = 0, answered = 0;
	int npos, rc;

	if ((rc = cli_parse(&cmd_rfc, argc, argv, opts, pos, 256, &npos)) != 0)
		return rc;
	if (npos < 2)
		return cli_usage(&cmd_rfc);
	sub = pos[0];
	if (strcmp(sub, "add") != 0 && strcmp(sub, "ls") != 0 &&
	    strcmp(sub, "answer") != 0 && strcmp(sub, "decline") != 0 &&
	    strcmp(sub, "promise") != 0 && strcmp(sub, "lapse") != 0 &&
	    strcmp(sub, "attempt") != 0) {
		fputs("presstime: unknown rfc action \"", stderr);
		cli_put(stderr, sub);
		fputs("\" (expected add, answer, decline, promise, lapse, "
		    "attempt or ls)\n", stderr);
		return cli_usage(&cmd_rfc);
	}
	if (cli_desk_open(&d, &err) < 0)
		return cli_fail(&err);
	if (strcmp(sub, "ls") == 0) {
		rc = rfc_ls(d, pos[1], json != NULL, tsv != NULL,
		    header != NULL);
		cli_desk_close(d);
		return rc;
	}
	if (npos < 3) {
		cli_desk_close(d);
		return cli_usage(&cmd_rfc);
	}
	if (strcmp(sub, "add") == 0) {
		struct desk_rfc r = { 0 };

		join_words(&text, pos + 2, npos - 2);
		r.target = pt_str_cstr(&text);
		r.channel = channel;
		r.kind = kind;
		rc = 0;
		if (due != NULL)
			rc = cli_time(d, "--due", due, &r.due_at, &err);
		if (rc == 0 && at != NULL)
			rc = cli_time_past(d, "--at", at, &r.asked_at,
			    &err);
		if (rc == 0)
			rc = desk_rfc_add(d, pos[1], &r, &id, &err);
		if (rc == 0) {
			struct rfc got;

			/* The story's number, the one the user types back. */
			if (rfc_get(d->db, id, &got, &err) == 0) {
				no = got.no;
				rfc_done(&got);
			}
			printf("request %d: asked ", no);
			cli_put(stdout, r.target);
			printf(" for comment on %s\n", pos[1]);
		}
		goto done;
	}
	if ((rc = find_request(d, pos[1], pos[2], &id, &no, &err)) < 0)
		goto done;
	join_words(&text, pos + 3, npos - 3);
	/* An outcome may have come before it was typed in: --at says when.
	 * An attempt is logged as it is made. */
	if (at != NULL && strcmp(sub, "attempt") == 0) {
		cli_desk_close(d);
		pt_str_done(&text);
		return cli_failf(2, "rfc attempt takes no --at (\"%s\"): log "
		    "it as it is made", at);
	}
	if (at != NULL &&
	    (rc = cli_time_past(d, "--at", at, &answered, &err)) < 0)
		goto done;
	if (strcmp(sub, "attempt") == 0)
		rc = desk_rfc_attempt(d, pos[1], id, pt_str_cstr(&text), &err);
	else if (strcmp(sub, "promise") == 0) {
		if (by == NULL) {
			cli_desk_close(d);
			pt_str_done(&text);
			return cli_failf(2, "rfc promise needs --by TIME (when "
			    "the statement was promised, e.g. --by \"cob thu\")");
		}
		rc = cli_time(d, "--by", by, &when, &err);
		if (rc == 0)
			rc = desk_rfc_resolve_flag(d, pos[1], id, "promised",
			    pt_str_cstr(&text), when, answered, &news, &err);
	} else {
		const char *state = state_rfc_name(strcmp(sub, "answer") == 0 ?
		    RFC_ANSWERED : strcmp(sub, "decline") == 0 ? RFC_DECLINED :
		    RFC_LAPSED);

		rc = desk_rfc_resolve_flag(d, pos[1], id, state,
		    pt_str_cstr(&text), 0, answered, &news, &err);
	}
	if (rc == 0 && no == 0)
		printf("request id:%lld on %s: %s\n", id, pos[1], sub);
	else if (rc == 0)
		printf("request %d on %s: %s\n", no, pos[1], sub);
	if (rc == 0 && news.len > 0) {
		pt_str_addc(&news, '\n');
		cli_put_lines(stdout, pt_str_cstr(&news));
	}
done:
	cli_desk_close(d);
	pt_str_done(&text);
	pt_str_done(&news);
	return rc < 0 ? cli_fail(&err) : 0;
}

static const struct cli_optdoc cmd_rfc_opts[] = {
	{ "channel", "C",
	    "add: email (default), phone, social, in person or other",
	    "email,phone,social,in person,other" },
	{ "due", "T", "add: when an answer is needed", NULL },
	{ "kind", "K",
	    "add: staff, source or organization for a new target",
	    "staff,source,organization" },
	{ "at", "T",
	    "when it was asked, or when the outcome came (default now)",
	    NULL },
	{ "by", "T", "promise: the statement is promised by T", NULL },
	{ "json", NULL, "ls: a JSON array (presstime-json(5))", NULL },
	{ "tsv", NULL, "ls: tab-separated rows, times in ISO 8601 UTC", NULL },
	{ "header", NULL, "ls: tab-separated rows start with the column names",
	    NULL },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_cmd cmd_rfc = {
	"rfc", "add SLUG TARGET [--channel C] [--due T] [--kind K] | "
	"answer|decline|lapse SLUG N|id:ID|TARGET [TEXT] [--at T] | "
	"attempt SLUG N|id:ID|TARGET [TEXT] | "
	"promise SLUG N|id:ID|TARGET --by T [TEXT] [--at T] | ls SLUG [--json|--tsv [--header]]",
	"requests for comment", run,
	.opts = cmd_rfc_opts,
	.example =
	    "presstime rfc add hootsuite-ice ICE --due \"cob thu\"\n"
	    "presstime rfc promise hootsuite-ice ICE --by \"cob thu\"\n"
	    "presstime rfc answer hootsuite-ice 2 \"We do not comment.\"",
	.words = "{add,answer,decline,promise,lapse,attempt,ls} slug person -...",
	.writes = 1,
};
