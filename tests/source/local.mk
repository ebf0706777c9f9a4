# Checks of the source tree's house rules.
TESTS += tests/source/rules.sh tests/source/hacking.sh tests/source/manlint.sh
EXTRA_DIST += tests/source/rules.sh tests/source/hacking.sh \
	tests/source/manlint.sh
