#!/bin/sh
# The alert settings of config.yaml: `alerts: { bell: ... }` and
# `notify_command:`, each problem named as file:line:col.
. "$PT_SRCDIR/tests/lib.sh"

CFG="$XDG_CONFIG_HOME/presstime/config.yaml"
mkdir -p "$XDG_CONFIG_HOME/presstime"
check() { # check NAME YAML STATUS PATTERN
	printf '%s\n' "$2" >"$CFG"
	runs "$1" "$3" pt config check
	like "$1: said" "$OUT$ERR" "$4"
}

check "bell on" 'alerts: { bell: true }' 0 "config ok"
check "bell off, block style" 'alerts:
  bell: off' 0 "config ok"
check "a bell that is not a truth value" 'alerts: { bell: maybe }' 1 \
    'config\.yaml:1:17: alerts: bell "maybe" is not true or false'
check "an unknown alerts key" 'alerts:
  bel: true' 1 'config\.yaml:2:3: unknown alerts setting "bel" \(expected bell\)'
check "alerts as a list" 'alerts: [bell]' 1 \
    'config\.yaml:1:9: alerts must be a map, like alerts: \{ bell: true \}'
check "a notify command line" 'notify_command: notify-send -a presstime' 0 \
    "config ok"
check "a notify command list" 'notify_command: [notify-send, "-a", presstime]' \
    0 "config ok"
check "an empty notify command" 'notify_command: ""' 1 \
    'config\.yaml:1:17: notify_command is empty'
check "a notify command map" 'notify_command: { run: x }' 1 \
    'config\.yaml:1:17: notify_command must be a command line or a list'
check "a list item that is not a word" 'notify_command: [notify-send, [x]]' 1 \
    'config\.yaml:1:31: notify_command: each item must be one word'
check "a typo is suggested" 'notify_comand: x' 1 \
    'unknown setting "notify_comand" \(did you mean "notify_command"\?\)'

done_testing
