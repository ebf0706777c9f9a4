# src/conf: libyaml only (no curses, no sqlite): a capped YAML reader, the
# diagnostics list, themes and the user config.
libpresstime_a_SOURCES += \
	src/conf/config.c \
	src/conf/config_views.c \
	src/conf/config_int.h \
	src/conf/config_alerts.c \
	src/conf/diag.c \
	src/conf/ydoc.c \
	src/conf/theme.c \
	src/conf/theme_slots.c \
	src/conf/theme_color.c \
	src/conf/theme_list.c
noinst_HEADERS += \
	include/presstime/config.h \
	include/presstime/diag.h \
	include/presstime/ydoc.h \
	include/presstime/theme.h
dist_theme_DATA += \
	themes/default.yaml \
	themes/light.yaml \
	themes/high-contrast.yaml \
	themes/mono.yaml \
	themes/newsprint.yaml
