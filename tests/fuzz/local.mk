# libFuzzer harnesses for the parsers (./configure CC=clang --enable-fuzzing
# --enable-sanitizers). Everything is compiled with coverage instrumentation
# (-fsanitize=fuzzer-no-link); only the harnesses link libFuzzer's main
# (-fsanitize=fuzzer). tests/fuzz/run.sh runs them; see tests/fuzz/README.md.
FUZZ_HARNESSES = \
	tests/fuzz/fuzz_theme \
	tests/fuzz/fuzz_import \
	tests/fuzz/fuzz_filter \
	tests/fuzz/fuzz_time \
	tests/fuzz/fuzz_sanitize

if FUZZING
AM_CFLAGS += $(FUZZ_CFLAGS)
noinst_PROGRAMS = $(FUZZ_HARNESSES)
endif

PT_FUZZ_LINK = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
PT_FUZZ_LIBS = libpresstime.a $(PT_LIBS)

tests_fuzz_fuzz_theme_SOURCES = tests/fuzz/fuzz_theme.c
tests_fuzz_fuzz_theme_CPPFLAGS = $(AM_CPPFLAGS) $(PT_CFLAGS)
tests_fuzz_fuzz_theme_LDFLAGS = $(PT_FUZZ_LINK)
tests_fuzz_fuzz_theme_LDADD = $(PT_FUZZ_LIBS)

tests_fuzz_fuzz_import_SOURCES = tests/fuzz/fuzz_import.c
tests_fuzz_fuzz_import_CPPFLAGS = $(AM_CPPFLAGS) $(PT_CFLAGS)
tests_fuzz_fuzz_import_LDFLAGS = $(PT_FUZZ_LINK)
tests_fuzz_fuzz_import_LDADD = $(PT_FUZZ_LIBS)

tests_fuzz_fuzz_filter_SOURCES = tests/fuzz/fuzz_filter.c
tests_fuzz_fuzz_filter_CPPFLAGS = $(AM_CPPFLAGS) $(PT_CFLAGS)
tests_fuzz_fuzz_filter_LDFLAGS = $(PT_FUZZ_LINK)
tests_fuzz_fuzz_filter_LDADD = $(PT_FUZZ_LIBS)

tests_fuzz_fuzz_time_SOURCES = tests/fuzz/fuzz_time.c
tests_fuzz_fuzz_time_CPPFLAGS = $(AM_CPPFLAGS) $(PT_CFLAGS)
tests_fuzz_fuzz_time_LDFLAGS = $(PT_FUZZ_LINK)
tests_fuzz_fuzz_time_LDADD = $(PT_FUZZ_LIBS)

tests_fuzz_fuzz_sanitize_SOURCES = tests/fuzz/fuzz_sanitize.c
tests_fuzz_fuzz_sanitize_CPPFLAGS = $(AM_CPPFLAGS) $(PT_CFLAGS)
tests_fuzz_fuzz_sanitize_LDFLAGS = $(PT_FUZZ_LINK)
tests_fuzz_fuzz_sanitize_LDADD = $(PT_FUZZ_LIBS)

EXTRA_DIST += \
	tests/fuzz/run.sh \
	tests/fuzz/README.md \
	tests/fuzz/corpus
