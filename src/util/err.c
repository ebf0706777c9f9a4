/* The error message convention shared by every layer. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "presstime/err.h"

int
pt_errf(struct pt_err *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return code;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return code;
}

void
pt_err_prefix(struct pt_err *err, const char *fmt, ...)
{
	char head[512], old[sizeof err->msg];
	va_list ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(head, sizeof head, fmt, ap);
	va_end(ap);
	memcpy(old, err->msg, sizeof old);
	snprintf(err->msg, sizeof err->msg, "%s%s", head, old);
}

void
pt_err_clear(struct pt_err *err)
{
	if (err == NULL)
		return;
	err->code = 0;
	err->msg[0] = '\0';
}

int
pt_err_exit_status(int code)
{
	switch (code) {
	case PT_OK:
		return 0;
	case PT_EUSAGE:
		return 2;
	case PT_ECONFLICT:
		return 3;
	default:
		return 1;
	}
}
