# src/desk demo newsroom: the walker (demo.c) and its content (demo_data.c).
libpresstime_a_SOURCES += src/desk/demo.c src/desk/demo_data.c
noinst_HEADERS += src/desk/demo_data.h
