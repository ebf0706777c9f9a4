# unit tests for src/util
check_PROGRAMS += tests/unit/test_utf8
TESTS += tests/unit/test_utf8
tests_unit_test_utf8_SOURCES = tests/unit/test_utf8.c
tests_unit_test_utf8_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_utf8_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_sanitize
TESTS += tests/unit/test_sanitize
tests_unit_test_sanitize_SOURCES = tests/unit/test_sanitize.c
tests_unit_test_sanitize_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_sanitize_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_ptime
TESTS += tests/unit/test_ptime
tests_unit_test_ptime_SOURCES = tests/unit/test_ptime.c
tests_unit_test_ptime_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_ptime_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_sha256
TESTS += tests/unit/test_sha256
tests_unit_test_sha256_SOURCES = tests/unit/test_sha256.c
tests_unit_test_sha256_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_sha256_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_str
TESTS += tests/unit/test_str
tests_unit_test_str_SOURCES = tests/unit/test_str.c
tests_unit_test_str_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_str_LDADD = $(PT_UNIT_LIBS)
