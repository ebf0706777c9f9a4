# docs: the manual pages (the lead includes this from Makefile.am).
dist_man_MANS += docs/presstime.1 docs/presstime-config.5 docs/presstime-themes.5
# The developer map (tests/source/hacking.sh checks the paths it names).
EXTRA_DIST += docs/HACKING.md
