# docs: the manual pages (the lead includes this from Makefile.am). The
# sources are *.in so the pages name this build's directories
# (pkgdatadir, sysconfdir, datadir between @ signs), substituted fully
# expanded at make time ([@] keeps config.status from substituting them here).
PT_MAN_IN = docs/presstime.1.in docs/presstime-config.5.in \
	docs/presstime-themes.5.in docs/presstime-json.5.in
man_MANS += docs/presstime.1 docs/presstime-config.5 docs/presstime-themes.5 \
	docs/presstime-json.5
EXTRA_DIST += $(PT_MAN_IN)
CLEANFILES += docs/presstime.1 docs/presstime-config.5 docs/presstime-themes.5 \
	docs/presstime-json.5
PT_SUBST = sed -e 's|@pkgdatadir[@]|$(pkgdatadir)|g' \
	-e 's|@sysconfdir[@]|$(sysconfdir)|g' \
	-e 's|@datadir[@]|$(datadir)|g' \
	-e 's|@PACKAGE_VERSION[@]|$(PACKAGE_VERSION)|g'
docs/presstime.1: $(top_srcdir)/docs/presstime.1.in Makefile
	$(AM_V_GEN)mkdir -p docs && $(PT_SUBST) $(top_srcdir)/docs/presstime.1.in >$@.tmp && mv $@.tmp $@
docs/presstime-config.5: $(top_srcdir)/docs/presstime-config.5.in Makefile
	$(AM_V_GEN)mkdir -p docs && $(PT_SUBST) $(top_srcdir)/docs/presstime-config.5.in >$@.tmp && mv $@.tmp $@
docs/presstime-json.5: $(top_srcdir)/docs/presstime-json.5.in Makefile
	$(AM_V_GEN)mkdir -p docs && $(PT_SUBST) $(top_srcdir)/docs/presstime-json.5.in >$@.tmp && mv $@.tmp $@
docs/presstime-themes.5: $(top_srcdir)/docs/presstime-themes.5.in Makefile
	$(AM_V_GEN)mkdir -p docs && $(PT_SUBST) $(top_srcdir)/docs/presstime-themes.5.in >$@.tmp && mv $@.tmp $@
# The developer map (tests/source/hacking.sh checks the paths it names).
EXTRA_DIST += docs/HACKING.md
