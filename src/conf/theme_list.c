/* Where themes are found by name, and the list `presstime theme ls`
 * prints. */
#include "config.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "presstime/config.h"
#include "presstime/paths.h"
#include "presstime/str.h"
#include "presstime/theme.h"

char **
theme_search_dirs(void)
{
	char **dirs = pt_xcalloc(5, sizeof *dirs), *home;
	const char *env = getenv("PRESSTIME_THEMES_DIR");
	struct pt_str s = PT_STR_INIT;
	size_t n = 0;

	if (env != NULL && env[0] != '\0')
		dirs[n++] = pt_xstrdup(env);
	if ((home = config_dir()) != NULL) {
		pt_str_addf(&s, "%s/themes", home);
		dirs[n++] = pt_str_steal(&s);
		free(home);
	}
	/* The shipped themes: installed under the configured data
	 * directory, or wherever $PRESSTIME_DATADIR says (the source tree,
	 * for a build run before make install: the tests, the quick start).
	 * No build path is compiled in, so builds are reproducible. */
	pt_str_addf(&s, "%s/themes", pt_data_dir());
	dirs[n++] = pt_str_steal(&s);
	dirs[n] = NULL;
	return dirs;
}

void
theme_search_dirs_free(char **dirs)
{
	size_t i;

	if (dirs == NULL)
		return;
	for (i = 0; dirs[i] != NULL; i++)
		free(dirs[i]);
	free(dirs);
}

static int
entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct theme_entry *)a)->name,
	    ((const struct theme_entry *)b)->name);
}

static int
list_has(const struct theme_entry *list, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i].name, name) == 0)
			return 1;
	return 0;
}

size_t
theme_list(const char *const *search_dirs, struct theme_entry **out)
{
	struct theme_entry *list = NULL;
	struct pt_str path = PT_STR_INIT;
	struct dirent *de;
	struct stat st;
	size_t n = 0, cap = 0, len, d;
	char **own = NULL, *name;
	DIR *dir;

	if (search_dirs == NULL)
		search_dirs = (const char *const *)(own = theme_search_dirs());
	for (d = 0; search_dirs[d] != NULL; d++) {
		/* A directory that is not there is the usual case. */
		if ((dir = opendir(search_dirs[d])) == NULL)
			continue;
		while ((de = readdir(dir)) != NULL) {
			len = strlen(de->d_name);
			if (len <= 5 || strcmp(de->d_name + len - 5, ".yaml"))
				continue;
			name = pt_xstrdup(de->d_name);
			name[len - 5] = '\0';
			pt_str_clear(&path);
			pt_str_addf(&path, "%s/%s", search_dirs[d],
			    de->d_name);
			if (!theme_name_valid(name) || list_has(list, n, name) ||
			    stat(path.buf, &st) != 0 || !S_ISREG(st.st_mode)) {
				free(name);
				continue;
			}
			list = pt_grow(list, &cap, n, sizeof *list);
			list[n].name = name;
			list[n++].path = pt_str_steal(&path);
		}
		closedir(dir);
	}
	if (!list_has(list, n, "default")) {
		list = pt_xrealloc(list, (n + 1) * sizeof *list);
		list[n].name = pt_xstrdup("default");
		list[n++].path = NULL;
	}
	qsort(list, n, sizeof *list, entry_cmp);
	pt_str_done(&path);
	theme_search_dirs_free(own);
	*out = list;
	return n;
}

void
theme_list_free(struct theme_entry *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(list[i].name);
		free(list[i].path);
	}
	free(list);
}
