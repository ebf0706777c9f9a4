#!/bin/sh
# tests/hostile/inject.sh over the whole hostile corpus (make check runs a
# sample of it, one case of each family).
PT_HOSTILE_ALL=1
export PT_HOSTILE_ALL
. "$PT_SRCDIR/tests/hostile/inject.sh"
