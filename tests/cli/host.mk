# CLI tests for packaging and the host (issue 11), in their own fragment.
HOST_TESTS = \
	tests/cli/packaging.sh \
	tests/cli/complete.sh
TESTS += $(HOST_TESTS)
EXTRA_DIST += $(HOST_TESTS)
