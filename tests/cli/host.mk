# CLI tests for packaging and the host (issue 11), in their own fragment.
HOST_TESTS = \
	tests/cli/packaging.sh \
	tests/cli/complete.sh \
	tests/cli/scripts.sh \
	tests/cli/exchange.sh \
	tests/cli/host.sh \
	tests/cli/pager.sh
TESTS += $(HOST_TESTS)
EXTRA_DIST += $(HOST_TESTS)
EXTRA_DIST += tests/data/ninjs-schema_2.1.json tests/data/README.ninjs
