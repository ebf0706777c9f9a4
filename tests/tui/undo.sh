# u in the TUI undoes your own newest change to the story; a ; action
# over tagged stories is undone as one.
. "$PT_SRCDIR/tests/lib.sh"
. "$PT_SRCDIR/tests/tui/tuilib.sh"

pt new alpha-story "Alpha" --due +1h >/dev/null
pt new beta-story "Beta" --due +2h >/dev/null

# ; e: one entry on each tagged story, in one batch.
tui 24 100 'tt;eBulk note<Enter>'
is "the ; action logged on both" "$(sql "SELECT count(*) FROM entry WHERE body = 'Bulk note'")" "2"
is "its history rows share one batch" \
	"$(sql "SELECT count(DISTINCT batch) || ' ' || count(*) FROM change WHERE field = 'entry'")" "1 2"
runs "undo takes the ; action back as one" 0 pt undo
like "says how many" "$OUT" "undid your ; action: 2 changes"
is "both entries are retracted by corrections" \
	"$(sql "SELECT count(*) FROM entry WHERE kind = 'correction' AND amends IS NOT NULL")" "2"
is "nothing was deleted" "$(sql "SELECT count(*) FROM entry WHERE body = 'Bulk note'")" "2"

# u on an open story.
pt set alpha-story priority urgent >/dev/null
tui 24 100 '<Enter>u'
like "u says what it undid" "$SCREEN" "undid your priority change on alpha-story"
is "the priority is back" "$(sql "SELECT priority FROM story WHERE slug = 'alpha-story'")" "routine"
tui 24 100 '<Enter>4'
like "the History tab shows the undo, newest first" "$(line 7)" "priority: urgent -> routine  by .* \(undo\)"
tui 24 100 '<Enter>u'
like "u with nothing left says so" "$SCREEN" "nothing of yours to undo on alpha-story"
done_testing
