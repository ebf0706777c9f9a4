# Unit tests for src/model.
check_PROGRAMS += tests/unit/test_db tests/unit/test_filter
TESTS += tests/unit/test_db tests/unit/test_filter
tests_unit_test_db_SOURCES = tests/unit/test_db.c
tests_unit_test_db_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_db_LDADD = $(PT_UNIT_LIBS)
tests_unit_test_filter_SOURCES = tests/unit/test_filter.c
tests_unit_test_filter_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_filter_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_filter_live
TESTS += tests/unit/test_filter_live
tests_unit_test_filter_live_SOURCES = tests/unit/test_filter_live.c
tests_unit_test_filter_live_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_filter_live_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_search
TESTS += tests/unit/test_search
tests_unit_test_search_SOURCES = tests/unit/test_search.c
tests_unit_test_search_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_search_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_plan
TESTS += tests/unit/test_plan
tests_unit_test_plan_SOURCES = tests/unit/test_plan.c
tests_unit_test_plan_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_plan_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_urgency
TESTS += tests/unit/test_urgency
tests_unit_test_urgency_SOURCES = tests/unit/test_urgency.c
tests_unit_test_urgency_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_urgency_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_story_urgency
TESTS += tests/unit/test_story_urgency
tests_unit_test_story_urgency_SOURCES = tests/unit/test_story_urgency.c
tests_unit_test_story_urgency_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_story_urgency_LDADD = $(PT_UNIT_LIBS)
