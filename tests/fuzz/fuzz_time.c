/* libFuzzer harness: the time language and the ways times are shown.
 * The clock and the zone are fixed (a zone with daylight saving time, so
 * the gaps and repeats of local time are reached). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "presstime/ptime.h"

#define NOW 1795701600 /* 2026-11-26T14:00:00Z, a Thursday */

/* Queue columns are sized once for countdowns and ages. */
#define FUZZ_COLS 7

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("TZ", "America/New_York", 1);
	tzset();
	return 0;
}

static void
fits(const char *what, const char *buf, const char *text, long long t)
{
	if (strlen(buf) > FUZZ_COLS) {
		fprintf(stderr, "fuzz_time: %s of %lld (from \"%s\") is \"%s\", "
		    "over %d columns\n", what, t, text, buf, FUZZ_COLS);
		abort();
	}
}

/* Every way of showing t must be a finished string and not crash. */
static void
show(time_t t, time_t now, const char *text)
{
	char buf[128];

	ptime_format(t, buf, sizeof buf);
	ptime_format_iso(t, buf, sizeof buf);
	ptime_format_short(t, now, buf, sizeof buf);
	ptime_countdown(t, now, buf, sizeof buf);
	fits("countdown", buf, text, (long long)t);
	ptime_age(t, now, buf, sizeof buf);
	fits("age", buf, text, (long long)t);
	ptime_countdown(t, now, buf, 3);  /* cut short, still terminated */
	if (strlen(buf) > 2)
		abort();
	(void)ptime_day_start(t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pt_err err;
	long long secs;
	time_t t;
	char *text;

	if (size > 1024)
		return 0;
	text = malloc(size + 1);
	if (text == NULL)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	for (int cob = 0; cob < 24; cob += 17) {
		int ahead = ptime_parse(text, NOW, cob, &t, &err) == 0, past;

		if (ahead)
			show(t, NOW, text);
		/* One grammar, two directions: both read it or neither. */
		past = ptime_parse_past(text, NOW, cob, &t, &err) == 0;
		if (past)
			show(t, NOW, text);
		if (past != ahead) {
			fprintf(stderr, "fuzz_time: \"%s\" reads %s only\n",
			    text, ahead ? "ahead" : "past");
			abort();
		}
	}
	if (ptime_parse_duration(text, &secs, &err) == 0) {
		if (secs < 0) {
			fprintf(stderr, "fuzz_time: duration \"%s\" is negative "
			    "(%lld)\n", text, secs);
			abort();
		}
		/* As the filter uses it: due:<2h, upd:>1d. (Whether the
		 * filter's own arithmetic overflows is fuzz_filter's job.) */
		long long ahead, ago;

		if (!__builtin_add_overflow((long long)NOW, secs, &ahead))
			show((time_t)ahead, NOW, text);
		if (!__builtin_sub_overflow((long long)NOW, secs, &ago))
			show((time_t)ago, NOW, text);
	}
	free(text);
	return 0;
}
