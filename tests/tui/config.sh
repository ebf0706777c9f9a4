#!/bin/sh
# A bad config or theme never stops the TUI: it starts with the defaults
# and the message bar names every problem as file:line:col.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

pt new hootsuite-ice "ICE contract with Hootsuite" >/dev/null
mkdir -p "$XDG_CONFIG_HOME/presstime/themes"
cat >"$XDG_CONFIG_HOME/presstime/themes/dusk.yaml" <<'YAML'
name: dusk
inherits: default
colors:
  title: { fg: tael }
YAML
printf 'theme: dusk\n' >"$XDG_CONFIG_HOME/presstime/config.yaml"

tui 24 100 ''
is "the TUI still starts" "$TUI_RC" 0
like "the queue is drawn" "$(line 3)" "hootsuite-ice"
like "the message bar names file:line:col" "$(line 24)" \
    'dusk.yaml:4:[0-9]+: .*tael'

tui 24 100 'j'
like "the problem stays until replaced" "$(line 24)" 'dusk.yaml:4'

cat >"$XDG_CONFIG_HOME/presstime/config.yaml" <<'YAML'
theme: default
keys:
  queue:
    x: open
    y: dwon
YAML
tui 24 100 'x'
like "a binding from config works" "$(line 1)" "story hootsuite-ice"
like "a bad action is named with its place" "$(line 24)" \
    'config.yaml:5:[0-9]+: unknown action "dwon"'
tui 24 100 '?'
like "help shows the user's binding" "$SCREEN" "open +<Enter> x|open +x <Enter>"

# The hint bar comes from the live keymap: rebinding s moves status.
tui 24 100 ''
like "the default hint bar says s:status" "$(line 23)" " s:status "
cat >"$XDG_CONFIG_HOME/presstime/config.yaml" <<'YAML'
keys:
  queue:
    s: tag
    x: status
YAML
tui 24 100 ''
like "the hint bar names the new key for status" "$(line 23)" " x:status "
unlike "not the key rebound away" "$(line 23)" "s:status"
like "and s under its new action" "$(line 23)" " s:tag "
tui 24 100 '<Enter>'
like "the story view, not rebound, keeps s" "$(line 23)" " s:status "
cat >"$XDG_CONFIG_HOME/presstime/config.yaml" <<'YAML'
keys:
  story:
    S: status
YAML
tui 24 100 '<Enter>'
like "a key added for status is the one the bar shows" "$(line 23)" \
    " S:status "
like "tabs show as a range" "$(line 23)" " 1-4/Tab:tabs "

rm -f "$XDG_CONFIG_HOME/presstime/config.yaml"
tui 24 100 ':theme nosuchtheme<Enter>'
like ":theme with a bad name says so" "$(line 24)" "nosuchtheme"
tui 24 100 ':theme light<Enter>'
unlike ":theme light works" "$(line 24)" "nosuchtheme|unknown"
NO_COLOR=1 tui 24 100 ''
like "NO_COLOR still draws" "$(line 3)" "hootsuite-ice"

# default_limit is the queue the TUI opens on (read once at start), and
# a bad one is named while the live queue shows.
pt new metro-story "A metro story" --desk metro >/dev/null
pt new sports-story "A sports story" --desk sports >/dev/null
printf 'default_limit: "desk:metro"\n' >"$XDG_CONFIG_HOME/presstime/config.yaml"
tui 24 100 ''
like "the title names the configured limit" "$(line 1)" "limit: desk:metro"
like "the queue opens on it" "$SCREEN" "metro-story"
unlike "and only on it" "$SCREEN" "sports-story"
printf 'default_limit: "desk:metro due:<zz"\n' \
    >"$XDG_CONFIG_HOME/presstime/config.yaml"
tui 24 100 ''
is "a bad default_limit still starts" "$TUI_RC" 0
like "the bad limit is named" "$(line 24)" "zz"
like "the live queue shows" "$SCREEN" "sports-story"
rm -f "$XDG_CONFIG_HOME/presstime/config.yaml"

done_testing
