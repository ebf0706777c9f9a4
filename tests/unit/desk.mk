# unit tests for src/desk
check_PROGRAMS += tests/unit/test_workflow
TESTS += tests/unit/test_workflow
tests_unit_test_workflow_SOURCES = tests/unit/test_workflow.c
tests_unit_test_workflow_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_workflow_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_prose
TESTS += tests/unit/test_prose
tests_unit_test_prose_SOURCES = tests/unit/test_prose.c
tests_unit_test_prose_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_prose_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_desk
TESTS += tests/unit/test_desk
tests_unit_test_desk_SOURCES = tests/unit/test_desk.c
tests_unit_test_desk_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_desk_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_states
TESTS += tests/unit/test_states
tests_unit_test_states_SOURCES = tests/unit/test_states.c
tests_unit_test_states_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_states_LDADD = $(PT_UNIT_LIBS)

check_PROGRAMS += tests/unit/test_presence
TESTS += tests/unit/test_presence
tests_unit_test_presence_SOURCES = tests/unit/test_presence.c
tests_unit_test_presence_CPPFLAGS = $(PT_UNIT_CPPFLAGS)
tests_unit_test_presence_LDADD = $(PT_UNIT_LIBS)
