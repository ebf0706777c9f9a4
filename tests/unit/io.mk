# unit tests for src/io
check_PROGRAMS += tests/unit/test_json
TESTS += tests/unit/test_json
tests_unit_test_json_SOURCES = tests/unit/test_json.c
tests_unit_test_json_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_json_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_export
TESTS += tests/unit/test_export
tests_unit_test_export_SOURCES = tests/unit/test_export.c
tests_unit_test_export_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_export_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_import
TESTS += tests/unit/test_import
tests_unit_test_import_SOURCES = tests/unit/test_import.c
tests_unit_test_import_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_import_LDADD = $(PT_UNIT_LIBS)
