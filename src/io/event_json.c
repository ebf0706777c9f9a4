/* Events as JSON: alerts and the feed's rows, one object each. */
#include "config.h"

#include "presstime/alert.h"
#include "presstime/event_json.h"
#include "presstime/feed.h"
#include "presstime/json.h"

void
event_json_alert(struct json *j, const struct alert *a, const char *text)
{
	json_obj_open(j);
	json_kstr(j, "event", "alert");
	json_kstr(j, "kind", alert_kind_name(a->kind));
	json_kstr(j, "slug", a->slug);
	json_kstr(j, "who", a->who);
	json_kstr(j, "state", a->detail);
	json_ktime(j, "at", a->at);
	json_kstr(j, "key", a->key);
	json_kstr(j, "text", text);
	json_obj_close(j);
}

void
event_json_feed(struct json *j, const struct feed_event *ev,
    const char *text)
{
	json_obj_open(j);
	if (ev->type == FEED_CHANGE) {
		json_kstr(j, "event", "change");
		json_kint(j, "id", ev->id);
		json_ktime(j, "at", ev->at);
		json_kstr(j, "by", ev->by);
		json_kstr(j, "slug", ev->slug);
		json_kstr(j, "field", ev->what);
		json_kstr(j, "old", ev->old_value);
		json_kstr(j, "new", ev->text);
		json_kstr(j, "note", ev->note);
		json_kstr(j, "who", ev->who);
	} else {
		json_kstr(j, "event", "entry");
		json_kint(j, "id", ev->id);
		json_ktime(j, "at", ev->at);
		json_kstr(j, "by", ev->by);
		json_kstr(j, "slug", ev->slug);
		json_kstr(j, "kind", ev->what);
		json_ktime(j, "occurred_at", ev->occurred);
		json_kstr(j, "body", ev->text);
		json_kstr(j, "source", ev->note);
	}
	json_kstr(j, "text", text);
	json_obj_close(j);
}
