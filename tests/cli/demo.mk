# CLI test of the demo newsroom (presstime demo)
TESTS += tests/cli/demo.sh
EXTRA_DIST += tests/cli/demo.sh
