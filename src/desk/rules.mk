# src/desk pure rules: the workflow table and press-time prose (no I/O).
libpresstime_a_SOURCES += src/desk/workflow.c src/desk/prose.c
noinst_HEADERS += include/presstime/workflow.h include/presstime/prose.h
