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
	char old[sizeof err->msg];
	va_list ap;
	size_t n;
	int len;

	if (err == NULL)
		return;
	memcpy(old, err->msg, sizeof old);
	va_start(ap, fmt);
	len = vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	n = len < 0 ? 0 : (size_t)len;
	if (n >= sizeof err->msg - 1)
		return;
	/* Truncation of the old text is fine: the head says where. */
	memcpy(err->msg + n, old, sizeof err->msg - n - 1);
	err->msg[sizeof err->msg - 1] = '\0';
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
