# Unit tests, one fragment per layer. They need cmocka; without it
# (configure warned) make check fails on one test that says why, rather
# than passing with the unit tests silently missing.
if HAVE_CMOCKA
include tests/unit/util.mk
include tests/unit/model.mk
include tests/unit/desk.mk
include tests/unit/conf.mk
include tests/unit/io.mk
else
TESTS += tests/unit/no_cmocka.sh
endif
EXTRA_DIST += tests/unit/no_cmocka.sh
