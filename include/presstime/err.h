/* Error codes and the message a fallible function leaves for the user. */
#ifndef PRESSTIME_ERR_H
#define PRESSTIME_ERR_H

enum {
	PT_OK = 0,
	PT_EINVAL = -1,    /* bad input from the user: a value, a term, a file */
	PT_ENOENT = -2,    /* no such story, person or request */
	PT_ECONFLICT = -3, /* someone changed it first (stale version) */
	PT_ESTATE = -4,    /* refused by the workflow or the embargo */
	PT_EDB = -5,       /* the database said no */
	PT_EBUSY = -6,     /* the database stayed locked past our patience */
	PT_EIO = -7,       /* a file could not be read or written */
	PT_ENOMEM = -8,
	PT_EUSAGE = -9     /* a command was called the wrong way */
};

struct pt_err {
	int code;
	char msg[1024];
};

/* Fills err (when not NULL) and returns code, so errors read as one line:
 * return pt_errf(err, PT_EINVAL, "unknown status \"%s\"", name); */
int pt_errf(struct pt_err *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Prefixes an existing message: "file.yaml:3:5: " + msg. */
void pt_err_prefix(struct pt_err *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

void pt_err_clear(struct pt_err *err);

/* The CLI exit status for an error code: 1 error, 2 usage, 3 conflict. */
int pt_err_exit_status(int code);

#endif
