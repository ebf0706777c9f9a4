/* libFuzzer harness: the capped YAML reader, themes and the user config.
 * The theme and config loaders read files (inherits: and realpath need a
 * real path), so each input is written to one private file first; that
 * file's directory is also the theme search path, so `inherits: fuzz`
 * exercises loop detection and `inherits: default` the built-in theme. */
#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "presstime/config.h"
#include "presstime/diag.h"
#include "presstime/theme.h"
#include "presstime/ydoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_dir[256];
static char fuzz_path[300];
static int fuzz_fd = -1;

static void
fuzz_cleanup(void)
{
	if (fuzz_fd != -1)
		close(fuzz_fd);
	unlink(fuzz_path);
	rmdir(fuzz_dir);
}

static void
fuzz_setup(void)
{
	const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" :
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp";

	snprintf(fuzz_dir, sizeof fuzz_dir, "%s/pt-fuzz-theme.XXXXXX", tmp);
	if (mkdtemp(fuzz_dir) == NULL) {
		perror("fuzz_theme: mkdtemp");
		abort();
	}
	snprintf(fuzz_path, sizeof fuzz_path, "%s/fuzz.yaml", fuzz_dir);
	fuzz_fd = open(fuzz_path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fuzz_fd == -1) {
		perror("fuzz_theme: open");
		abort();
	}
	atexit(fuzz_cleanup);
	/* config_load expands "~" in database: keep it off the real home. */
	setenv("HOME", fuzz_dir, 1);
	unsetenv("XDG_CONFIG_HOME");
}

static void
fuzz_write(const uint8_t *data, size_t size)
{
	size_t off = 0;
	ssize_t n;

	if (ftruncate(fuzz_fd, 0) == -1)
		abort();
	while (off < size) {
		n = pwrite(fuzz_fd, data + off, size - off, (off_t)off);
		if (n <= 0)
			abort();
		off += (size_t)n;
	}
}

static void
fuzz_ydoc(const uint8_t *data, size_t size)
{
	struct ydoc_node *root;
	struct pt_err err;

	if (ydoc_load_buf("fuzz", (const char *)data, size, &ydoc_conf_limits,
	    &root, &err) == 0) {
		(void)ydoc_get(root, "colors");
		ydoc_free(root);
	}
	if (ydoc_load_buf("fuzz", (const char *)data, size,
	    &ydoc_import_limits, &root, &err) == 0)
		ydoc_free(root);
}

/* ncolors: the terminal's palette size to resolve every slot against
 * (one per input: resolving is costly and does not depend on the file). */
static void
fuzz_theme(int ncolors)
{
	const char *dirs[] = { fuzz_dir, NULL };
	const struct theme_style *st;
	struct pt_diag diags = PT_DIAG_INIT;
	struct theme *t = NULL;
	int fg, bg;

	(void)theme_load_file(fuzz_path, dirs, &t, &diags);
	if (t == NULL)
		abort(); /* *out is always a usable theme */
	for (int i = 0; i < THEME_NSLOTS; i++) {
		st = theme_get(t, (enum theme_slot)i);
		fg = theme_color_resolve(&st->fg, ncolors);
		bg = theme_color_resolve(&st->bg, ncolors);
		if (fg < -1 || bg < -1 || fg >= ncolors || bg >= ncolors)
			abort();
	}
	(void)theme_name(t);
	for (size_t i = 0; i < pt_diag_count(&diags); i++)
		if (pt_diag_get(&diags, i) == NULL)
			abort();
	theme_free(t);
	pt_diag_done(&diags);
}

static void
fuzz_config(void)
{
	struct pt_diag diags = PT_DIAG_INIT;
	struct config cfg;

	(void)config_load(fuzz_path, &cfg, &diags);
	if (cfg.theme == NULL || cfg.cob_hour < 0 || cfg.cob_hour > 23 ||
	    cfg.ncolumns > CONFIG_NCOLUMNS)
		abort();
	for (size_t i = 0; i < cfg.nkeys; i++)
		config_key_error(&cfg, i, &diags, "fuzz %zu", i);
	config_done(&cfg);
	pt_diag_done(&diags);
}

/* The bytes as a single word: color names and theme names. */
static void
fuzz_words(const uint8_t *data, size_t size)
{
	struct theme_color c;
	char *s;

	if (size > 256)
		return;
	s = malloc(size + 1);
	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	(void)theme_color_parse(s, &c);
	(void)theme_color_suggest(s);
	(void)theme_name_valid(s);
	(void)theme_slot_find(s);
	free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int ncolors[] = { 8, 16, 88, 256 };

	if (fuzz_fd == -1)
		fuzz_setup();
	fuzz_ydoc(data, size);
	fuzz_write(data, size);
	fuzz_theme(ncolors[size % 4]);
	fuzz_config();
	fuzz_words(data, size);
	return 0;
}
