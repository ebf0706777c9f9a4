# CLI scenario tests: shell, TAP, against a temporary database.
CLI_TESTS = \
	tests/cli/stories.sh \
	tests/cli/rfc.sh \
	tests/cli/clock.sh \
	tests/cli/record.sh \
	tests/cli/budget.sh \
	tests/cli/queue.sh \
	tests/cli/ls_count.sh \
	tests/cli/live.sh \
	tests/cli/io.sh \
	tests/cli/export_csv.sh \
	tests/cli/export_md.sh \
	tests/cli/export_ics.sh \
	tests/cli/perms.sh \
	tests/cli/audit.sh \
	tests/cli/undo.sh \
	tests/cli/authorship.sh \
	tests/cli/files.sh \
	tests/cli/typed.sh \
	tests/cli/refuse.sh \
	tests/cli/trouble.sh \
	tests/cli/watch.sh \
	tests/cli/alerts.sh
TESTS += $(CLI_TESTS)
EXTRA_DIST += $(CLI_TESTS)
include tests/cli/demo.mk
include tests/cli/host.mk
