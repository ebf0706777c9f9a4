/* Events as JSON objects, one shape wherever they go: the lines of
 * `presstime watch --json` and the stdin of notify_command
 * (presstime-json(5), EVENTS). */
#ifndef PRESSTIME_EVENT_JSON_H
#define PRESSTIME_EVENT_JSON_H

struct alert;
struct feed_event;
struct json;

/* {"event":"alert","kind":"deadline","slug":...,"who":...,"at":...,
 * "key":...,"text":...}; text is the alert in words. */
void event_json_alert(struct json *j, const struct alert *a,
    const char *text);
/* {"event":"change",...} or {"event":"entry",...}; text: the line
 * `watch` prints for it. */
void event_json_feed(struct json *j, const struct feed_event *ev,
    const char *text);

#endif
