/* Colors as theme files write them ("cyan", "color117", "#87d7ff") and
 * their mapping onto what a terminal really has. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "presstime/theme.h"

/* The eight ANSI names, then their bright twins, at xterm's indices. */
static const char *const color_names[16] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	"brightblack", "brightred", "brightgreen", "brightyellow",
	"brightblue", "brightmagenta", "brightcyan", "brightwhite"
};

/* xterm's own values for 0-15: what "nearest" means for a terminal that
 * only has these. */
static const unsigned basic_rgb[16] = {
	0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd,
	0x00cdcd, 0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00,
	0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff
};

static const unsigned char cube256[6] = { 0x00, 0x5f, 0x87, 0xaf, 0xd7,
	0xff };
static const unsigned char cube88[4] = { 0x00, 0x8b, 0xcd, 0xff };
static const unsigned char grey88[8] = { 0x2e, 0x5c, 0x73, 0x8b, 0xa2,
	0xb9, 0xd0, 0xe7 };

/* Fills *out only on success, so a bad value keeps what a parent theme
 * set. */
int
theme_color_parse(const char *text, struct theme_color *out)
{
	struct theme_color c = { THEME_COLOR_INDEXED, -1, 0 };
	char *end;
	long v;
	size_t i;

	if (strcmp(text, "default") == 0) {
		c.kind = THEME_COLOR_DEFAULT;
		*out = c;
		return 0;
	}
	for (i = 0; i < 16; i++) {
		if (strcmp(text, color_names[i]) == 0) {
			c.index = (int)i;
			*out = c;
			return 0;
		}
	}
	/* color0..color255, without leading zeros or signs. */
	if (strncmp(text, "color", 5) == 0 && text[5] >= '0' &&
	    text[5] <= '9' && strlen(text) <= 8 &&
	    (text[5] != '0' || text[6] == '\0')) {
		v = strtol(text + 5, &end, 10);
		if (*end == '\0' && v <= 255) {
			c.index = (int)v;
			*out = c;
			return 0;
		}
	}
	if (text[0] == '#' && strlen(text) == 7 &&
	    strspn(text + 1, "0123456789abcdefABCDEF") == 6) {
		c.kind = THEME_COLOR_RGB;
		c.rgb = (unsigned)strtoul(text + 1, NULL, 16);
		*out = c;
		return 0;
	}
	return PT_EINVAL;
}

const char *
theme_color_suggest(const char *text)
{
	struct pt_diag_suggest s;
	size_t i;

	pt_diag_suggest_init(&s, text);
	pt_diag_suggest_try(&s, "default");
	for (i = 0; i < 16; i++)
		pt_diag_suggest_try(&s, color_names[i]);
	return pt_diag_suggest_best(&s);
}

/* The rgb of index i on a terminal of the given palette size. */
static unsigned
palette_rgb(int i, int ncolors)
{
	int r, g, b;

	if (i < 16)
		return basic_rgb[i];
	if (ncolors == 88) {
		if (i >= 80)
			return grey88[i - 80] * 0x010101u;
		i -= 16;
		r = cube88[i / 16];
		g = cube88[(i / 4) % 4];
		b = cube88[i % 4];
	} else {
		if (i >= 232)
			return (unsigned)(8 + 10 * (i - 232)) * 0x010101u;
		i -= 16;
		r = cube256[i / 36];
		g = cube256[(i / 6) % 6];
		b = cube256[i % 6];
	}
	return (unsigned)(r << 16 | g << 8 | b);
}

static long
rgb_distance(unsigned a, unsigned b)
{
	long dr = (long)(a >> 16 & 0xff) - (long)(b >> 16 & 0xff);
	long dg = (long)(a >> 8 & 0xff) - (long)(b >> 8 & 0xff);
	long db = (long)(a & 0xff) - (long)(b & 0xff);

	return dr * dr + dg * dg + db * db;
}

/* The nearest of the colors [lo, hi) of an ncolors palette. Entries 0-15
 * are skipped on 88 and 256 colors: users retune them, the cube and the
 * grey ramp are fixed. A search over 240 entries at most, once per slot. */
static int
palette_nearest(unsigned rgb, int lo, int hi, int ncolors)
{
	long d, best_d = -1;
	int i, best = lo;

	for (i = lo; i < hi; i++) {
		d = rgb_distance(rgb, palette_rgb(i, ncolors));
		if (best_d < 0 || d < best_d) {
			best_d = d;
			best = i;
		}
	}
	return best;
}

int
theme_color_resolve(const struct theme_color *c, int ncolors)
{
	unsigned rgb;
	int n;

	if (ncolors >= 256)
		n = 256;
	else if (ncolors >= 88)
		n = 88;
	else if (ncolors >= 16)
		n = 16;
	else if (ncolors >= 8)
		n = 8;
	else
		return -1;
	switch (c->kind) {
	case THEME_COLOR_INDEXED:
		if (c->index < 0 || c->index > 255)
			return -1;
		if (c->index < n)
			return c->index;
		/* Indices are xterm-256 numbers wherever they are used. */
		rgb = palette_rgb(c->index, 256);
		break;
	case THEME_COLOR_RGB:
		rgb = c->rgb & 0xffffffu;
		break;
	default:
		return -1;
	}
	if (n >= 88)
		return palette_nearest(rgb, 16, n, n);
	return palette_nearest(rgb, 0, n, n);
}
