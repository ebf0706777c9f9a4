# docs: the manual pages (the lead includes this from Makefile.am).
dist_man_MANS += docs/presstime.1 docs/presstime-config.5 docs/presstime-themes.5
