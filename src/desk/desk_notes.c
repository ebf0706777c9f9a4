/* End notes: the lines a story carries at press time. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/desk.h"
#include "presstime/person.h"
#include "presstime/prose.h"
#include "presstime/ptime.h"
#include "presstime/rfc.h"
#include "presstime/story.h"
#include "presstime/workflow.h"

int
desk_endnotes(struct desk *d, const char *slug, struct pt_str *out,
    struct pt_err *err)
{
	struct credit_list cl;
	struct rfc_list rl;
	struct prose_rfc *pr;
	struct pt_str line = PT_STR_INIT;
	const char **names;
	struct story *s;
	size_t nn = 0;
	int rc;

	if ((rc = story_get(d->db, slug, &s, err)) < 0)
		return rc;
	if ((rc = rfc_list_story(d->db, s->id, &rl, err)) < 0) {
		story_free(s);
		return rc;
	}
	if ((rc = credit_list_story(d->db, s->id, &cl, err)) < 0) {
		rfc_list_free(&rl);
		story_free(s);
		return rc;
	}
	pr = pt_xcalloc(rl.n + 1, sizeof *pr);
	for (size_t i = 0; i < rl.n; i++) {
		pr[i].target = rl.v[i].target;
		pr[i].kind = rl.v[i].target_kind;
		pr[i].channel = rl.v[i].channel;
		/* Before publication an open request reads as it will if
		 * nobody answers by press time. */
		pr[i].state = rl.v[i].state;
		pr[i].promised_by = rl.v[i].promised_by;
	}
	prose_no_response(&line, pr, rl.n, ptime_now());
	if (line.len > 0)
		pt_str_addf(out, "%s\n", line.buf);
	names = pt_xcalloc(cl.n + 1, sizeof *names);
	for (size_t i = 0; i < cl.n; i++)
		if (strcmp(cl.v[i].role, "contributor") == 0)
			names[nn++] = cl.v[i].person.name;
	pt_str_clear(&line);
	prose_tagline(&line, names, nn);
	if (line.len > 0)
		pt_str_addf(out, "%s\n", line.buf);
	pt_str_done(&line);
	free(names);
	free(pr);
	credit_list_free(&cl);
	rfc_list_free(&rl);
	story_free(s);
	return 0;
}
