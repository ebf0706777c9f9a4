/* The feed's rows in the desk's words: "tkeiser moved hootsuite-ice
 * from editing to copydesk", for `presstime watch`. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "presstime/desk_alert.h"
#include "presstime/feed.h"
#include "presstime/ptime.h"
#include "presstime/str.h"
#include "presstime/utf8.h"

/* Long text is cut for a line; the JSON carries it whole. */
#define FEED_TEXT_MAX 160

/* text's first line, cut at a character boundary near max bytes. */
static void
add_short(struct pt_str *out, const char *text)
{
	size_t n = strcspn(text, "\r\n"), cut = n;

	if (cut > FEED_TEXT_MAX) {
		cut = FEED_TEXT_MAX;
		while (cut > 0 && ((unsigned char)text[cut] & 0xc0) == 0x80)
			cut--;
	}
	pt_str_addn(out, text, cut);
	if (cut < strlen(text))
		pt_str_add(out, "\xe2\x80\xa6");  /* … */
}

static int
is(const char *a, const char *b)
{
	return a != NULL && strcmp(a, b) == 0;
}

/* A field's value as a reader wants it: times as times. */
static void
add_value(struct pt_str *out, const char *field, const char *v)
{
	char when[32];

	if ((is(field, "deadline") || is(field, "embargo")) && v != NULL) {
		ptime_format((time_t)strtoll(v, NULL, 10), when, sizeof when);
		pt_str_add(out, when);
		return;
	}
	pt_str_add(out, "\"");
	add_short(out, v);
	pt_str_add(out, "\"");
}

/* A request's move, named by its target: "dmartin logged the answer
 * from ICE on hootsuite-ice: ...". */
static void
request_text(const struct feed_event *ev, const char *who, struct pt_str *s)
{
	const char *target = ev->who != NULL ? ev->who : "a source";
	const char *note = ev->note;

	if (ev->old_value == NULL) {
		pt_str_addf(s, "%s asked %s for comment on %s", who, target,
		    ev->slug);
		return;
	}
	if (is(ev->text, "answered"))
		pt_str_addf(s, "%s logged the answer from %s on %s", who,
		    target, ev->slug);
	else if (is(ev->text, "declined") && note != NULL && *note)
		pt_str_addf(s, "%s logged on %s", who, ev->slug);  /* the
		    * note says it: "ICE declined to comment." */
	else if (is(ev->text, "declined"))
		pt_str_addf(s, "%s logged that %s declined to comment on %s",
		    who, target, ev->slug);
	else if (is(ev->text, "promised"))
		pt_str_addf(s, "%s logged a promise from %s on %s", who,
		    target, ev->slug);
	else if (is(ev->text, "lapsed"))
		pt_str_addf(s, "%s lapsed the request to %s on %s", who,
		    target, ev->slug);
	else
		pt_str_addf(s, "%s updated the request to %s on %s", who,
		    target, ev->slug);
	if (note != NULL && *note && !is(ev->text, "lapsed")) {
		pt_str_add(s, ": ");
		add_short(s, note);
	}
}

static void
change_text(const struct feed_event *ev, struct pt_str *s)
{
	const char *who = ev->by != NULL ? ev->by : "someone";
	const char *f = ev->what != NULL ? ev->what : "field";

	if (is(f, "created")) {
		pt_str_addf(s, "%s added story %s", who, ev->slug);
	} else if (is(f, "status")) {
		pt_str_addf(s, "%s moved %s from %s to %s", who, ev->slug,
		    ev->old_value != NULL ? ev->old_value : "nowhere",
		    ev->text != NULL ? ev->text : "?");
		if (ev->note != NULL && *ev->note) {
			pt_str_add(s, ": ");
			add_short(s, ev->note);
		}
	} else if (is(f, "entry")) {
		pt_str_addf(s, "%s %s %s: ", who, ev->text != NULL ? "logged on"
		    : "took back an entry on", ev->slug);
		add_short(s, ev->text != NULL ? ev->text : ev->old_value != NULL
		    ? ev->old_value : "");
	} else if (is(f, "request")) {
		request_text(ev, who, s);
	} else if (is(f, "credit")) {
		if (ev->text != NULL)
			pt_str_addf(s, "%s credited %s (%s) on %s", who,
			    ev->note != NULL ? ev->note : "someone", ev->text,
			    ev->slug);
		else
			pt_str_addf(s, "%s took back the credit of %s on %s",
			    who, ev->note != NULL ? ev->note : "someone",
			    ev->slug);
	} else if (is(f, "needs-update")) {
		if (ev->text != NULL)
			pt_str_addf(s, "%s needs an update (after %s's change)",
			    ev->slug, who);
		else
			pt_str_addf(s, "%s marked %s updated", who, ev->slug);
	} else if (f != NULL && strncmp(f, "refused:", 8) == 0) {
		pt_str_addf(s, "%s's edit of the %s of %s was refused (someone "
		    "changed it first)", who, f + 8, ev->slug);
	} else if (ev->text == NULL) {
		pt_str_addf(s, "%s cleared the %s of %s", who, f, ev->slug);
	} else {
		pt_str_addf(s, "%s set the %s of %s to ", who, f, ev->slug);
		add_value(s, f, ev->text);
	}
}

void
desk_feed_text(const struct feed_event *ev, struct pt_str *out)
{
	if (ev->type == FEED_CHANGE) {
		change_text(ev, out);
		return;
	}
	pt_str_addf(out, "%s logged %s %s on %s: ", ev->by != NULL ? ev->by :
	    "someone", is(ev->what, "event") ? "an" : "a",
	    ev->what != NULL ? ev->what : "entry", ev->slug);
	add_short(out, ev->text != NULL ? ev->text : "");
}
