# contrib: a systemd service and timer for the nightly backup, installed
# only when configure is given --with-systemdsystemunitdir=DIR.
EXTRA_DIST += contrib/systemd/presstime-backup.service.in \
	contrib/systemd/presstime-backup.timer
CLEANFILES += contrib/systemd/presstime-backup.service
contrib/systemd/presstime-backup.service: $(top_srcdir)/contrib/systemd/presstime-backup.service.in Makefile
	$(AM_V_GEN)mkdir -p contrib/systemd && sed -e 's|@bindir[@]|$(bindir)|g' \
	  $(top_srcdir)/contrib/systemd/presstime-backup.service.in >$@.tmp && mv $@.tmp $@
noinst_DATA = contrib/systemd/presstime-backup.service
if HAVE_SYSTEMDUNITDIR
systemdsystemunit_DATA = contrib/systemd/presstime-backup.service \
	contrib/systemd/presstime-backup.timer
endif
