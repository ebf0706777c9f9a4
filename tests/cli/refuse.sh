# Bad input refused cleanly, and exports that cannot turn text into
# markup (issue 8, items 9, 10 and 11).
. "$PT_SRCDIR/tests/lib.sh"

pt init >/dev/null
pt new md-story "Headline <script>alert(1)</script> & co" >/dev/null

# --- 11. Markdown export escapes HTML and refuses unsafe links. -------
pt log md-story '<img src=x onerror=alert(1)> and [click](javascript:alert(1)) \[x](javascript:y)' >/dev/null
pt log md-story --url 'javascript:alert(document.cookie)' "a link to nowhere" >/dev/null
pt log md-story --url 'https://example.com/a b<c>' "a real link" >/dev/null
pt log md-story --url 'MAILTO:desk@example.com' "mail us" >/dev/null
runs "export md" 0 pt export --format md
unlike "no raw <script>" "$OUT" '<script'
unlike "no raw <img>" "$OUT" '<img'
like "HTML is escaped" "$OUT" '&lt;script&gt;alert\(1\)&lt;/script&gt; &amp; co'
like "link syntax is escaped" "$OUT" '\\\[click\\\]\(javascript:alert\(1\)\) \\\\\\\[x\\\]'
unlike "no javascript: autolink" "$OUT" '<javascript:'
like "an unsafe link is shown, not linked" "$OUT" 'a link to nowhere \(link not exported, not http\(s\) or mailto: javascript:alert\(document.cookie\)\)'
like "an http link stays a link, encoded" "$OUT" '<https://example.com/a%20b%3Cc%3E>'
like "mailto stays a link" "$OUT" '<MAILTO:desk@example.com>'

done_testing
