# unit tests for src/conf
check_PROGRAMS += tests/unit/test_ydoc
TESTS += tests/unit/test_ydoc
tests_unit_test_ydoc_SOURCES = tests/unit/test_ydoc.c
tests_unit_test_ydoc_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_ydoc_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_theme
TESTS += tests/unit/test_theme
tests_unit_test_theme_SOURCES = tests/unit/test_theme.c
tests_unit_test_theme_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_theme_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_config
TESTS += tests/unit/test_config
tests_unit_test_config_SOURCES = tests/unit/test_config.c
tests_unit_test_config_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_config_LDADD = $(PT_UNIT_LIBS)
