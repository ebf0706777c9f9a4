#!/usr/bin/env python3
"""Byte-level checks for the hostile-text tests (stdlib only).

    check.py term FILE... [--cols N] [--pty] [--want TEXT]   CLI output: no ESC, no other C0
                                           but \\n and \\t, no DEL, no C1, no
                                           bidi, no U+FEFF, valid UTF-8; with
                                           --cols no line wider than N
    check.py tmux FILE... [--cols N]       capture-pane -p -e: tmux's SGR
                                           stripped, then the same checks
    check.py raw FILE...                   the TUI's own bytes: no OSC, DCS,
                                           APC, PM or SOS, no C1, no bidi,
                                           no payload after an introducer
    check.py json CORPUS FIELDS FILE CASES...
                                           each FILE parses; every "PAYLOAD
                                           (hostile CASE FIELD)" is a string
                                           in it (invalid bytes -> U+FFFD)
    check.py exec ARGSFILE RCFILE          runs commands on this terminal
    check.py split CAPTURE DIR...          one file per command run by exec
    check.py yaml CORPUS OUT PREFIX        an import file: one story per
                                           valid-UTF-8 case, every field
                                           hostile, written with YAML escapes
    check.py value CORPUS CASE FIELD       prints the injected value (bytes)

Exit 0 when clean; otherwise each problem on stdout (the shell turns it
into TAP diagnostics) and exit 1.
"""
import json
import os
import re
import sys
import unicodedata

BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {
    0x200E, 0x200F, 0x061C}
FFFD = "\ufffd"
MAX_REPORT = 8


def value(corpus, case, field):
    """The bytes injected for CASE into FIELD: the payload first (so even a
    narrow column shows it), then a plain tag naming case and field."""
    with open(os.path.join(corpus, case), "rb") as f:
        payload = f.read()
    return payload + b" (hostile %s %s)" % (case.encode(), field.encode())


def cases(corpus, which):
    """The cases "all" or "valid" (UTF-8) name: those the test runs
    (HOSTILE_CASES, space separated: make check's sample), else every
    file of the corpus."""
    run = os.environ.get("HOSTILE_CASES", "").split()
    names = sorted(run) if run else sorted(os.listdir(corpus))
    if which == "all":
        return names
    if which == "valid":
        return [n for n in names if not n.startswith("utf8-")]
    return which.split(",")


def width(s):
    """Display columns as a terminal counts them."""
    w = 0
    for ch in s:
        if ch == "\u00ad":  # soft hyphen: terminals draw it, one column
            w += 1
        elif unicodedata.combining(ch) or unicodedata.category(ch) in (
                "Mn", "Me", "Cf"):
            pass
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            w += 2
        else:
            w += 1
    return w


def ctx(text, i):
    return ascii(text[max(0, i - 20):i + 20])


ALL_CHECKS = ("esc", "c0", "c1", "utf8", "bidi")


def check_text(data, problems, allow_c0=("\n", "\t"), cols=None,
               checks=ALL_CHECKS):
    """The shared text checks on bytes; appends (kind, detail) pairs.
    checks picks among esc, c0 (and DEL), c1, utf8, bidi (and U+FEFF)."""
    if "esc" in checks and b"\x1b" in data:
        i = data.index(b"\x1b")
        problems.append(("ESC byte", "%d of them, first at byte %d: %s" % (
            data.count(b"\x1b"), i, ascii(data[max(0, i - 30):i + 30]))))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if "utf8" in checks:
            problems.append(("invalid UTF-8", "at byte %d: %s" % (
                e.start, ascii(data[max(0, e.start - 20):e.start + 20]))))
        text = data.decode("utf-8", "replace")
    seen = set()
    for i, ch in enumerate(text):
        cp = ord(ch)
        why = None
        if cp < 0x20 and ch not in allow_c0 and cp != 0x1B:
            why = "c0", "C0 control U+%04X" % cp
        elif cp == 0x7F:
            why = "c0", "DEL"
        elif 0x80 <= cp <= 0x9F:
            why = "c1", "C1 control U+%04X" % cp
        elif cp in BIDI:
            why = "bidi", "bidi control U+%04X" % cp
        elif cp == 0xFEFF:
            why = "bidi", "U+FEFF"
        if why and why[0] in checks and why[1] not in seen:
            seen.add(why[1])
            problems.append((why[1], "at char %d: %s" % (i, ctx(text, i))))
    if cols is not None:
        for n, line in enumerate(text.split("\n"), 1):
            w = width(line)
            if w > cols:
                problems.append(("line wider than %d columns" % cols,
                                 "line %d is %d: %s" % (n, w, ascii(line[:70]))))
                break
    return text


def report(problems):
    """(label, kind, detail) triples summed up by kind: how many outputs,
    which (the first few), and one example each."""
    kinds = {}
    for lab, kind, detail in problems:
        kinds.setdefault(kind, []).append((lab, detail))
    lines = []
    for kind, hits in kinds.items():
        labs = sorted(set(h[0] for h in hits))
        more = " ..." if len(labs) > 6 else ""
        lines.append("%s: in %d output(s): %s%s" % (
            kind, len(labs), " ".join(labs[:6]), more))
        lines.append("  e.g. %s: %s" % hits[0])
    return lines


def read(path):
    with open(path, "rb") as f:
        return f.read()


def from_pty(data):
    # The pty turns "\n" into "\r\n" (onlcr); any other CR is the text's.
    return data.replace(b"\r\n", b"\n")


def cmd_term(args):
    cols = None
    pty = False
    want = None
    checks = ALL_CHECKS
    rest = list(args)
    files = []
    while rest:
        if rest[0] == "--cols":
            cols = int(rest[1])
            rest = rest[2:]
        elif rest[0] == "--want":
            want = rest[1].encode()
            rest = rest[2:]
        elif rest[0] == "--checks":
            checks = tuple(rest[1].split(","))
            rest = rest[2:]
        elif rest[0] == "--pty":
            pty = True
            rest = rest[1:]
        else:
            files.append(rest[0])
            rest = rest[1:]
    problems = []
    for path in files:
        data = read(path)
        if pty:
            data = from_pty(data)
        mine = []
        check_text(data, mine, cols=cols, checks=checks)
        if want is not None and want not in data:
            mine.append(("expected text missing", "%s not in %s" % (
                ascii(want), ascii(data[:100]))))
        problems += [(label(path), k, d) for k, d in mine]
    return report(problems)


def label(path):
    """caps/<session>.d/<n> reads better as <session>#<n>."""
    d, n = os.path.split(path)
    return "%s#%s" % (os.path.basename(d)[:-2], n) if d.endswith(".d") else path


SGR = re.compile(rb"\x1b\[[0-9;:]*m")


def cmd_tmux(args):
    """tmux FILE... [--cols N]"""
    cols = None
    files = []
    rest = list(args)
    while rest:
        if rest[0] == "--cols":
            cols = int(rest[1])
            rest = rest[2:]
        else:
            files.append(rest.pop(0))
    problems = []
    for path in files:
        data = SGR.sub(b"", read(path))
        mine = []
        # capture-pane ends lines with \n only; a tab never survives tmux.
        check_text(data, mine, allow_c0=("\n",), cols=cols)
        problems += [(os.path.basename(path), k, d) for k, d in mine]
    return report(problems)


INTRO = [(b"\x1b]", "OSC"), (b"\x1bP", "DCS"), (b"\x1b_", "APC"),
         (b"\x1b^", "PM"), (b"\x1bX", "SOS")]
PAYLOAD_AFTER = re.compile(
    rb"(\x1b[\]P_^X]|\xc2[\x90\x98\x9d\x9e\x9f]|(?<![\xc0-\xff])[\x90\x98\x9d\x9e\x9f])"
    rb"[^\x07\x1b]{0,64}pwned")


def cmd_raw(args):
    """raw FILE...: the TUI's own bytes."""
    problems = []
    for path in args:
        problems += [(os.path.basename(path), k, d)
                     for k, d in raw_one(read(path))]
    return report(problems)


def raw_one(data):
    problems = []
    for seq, name in INTRO:
        n = data.count(seq)
        if n:
            i = data.index(seq)
            problems.append(("%s introducer" % name, "%d, first at %d: %s" % (
                n, i, ascii(data[max(0, i - 10):i + 40]))))
    m = PAYLOAD_AFTER.search(data)
    if m:
        problems.append(("payload right after an introducer",
                         ascii(m.group(0))))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(("invalid UTF-8", "at byte %d: %s" % (
            e.start, ascii(data[max(0, e.start - 20):e.start + 20]))))
        text = data.decode("utf-8", "replace")
    seen = set()
    for i, ch in enumerate(text):
        cp = ord(ch)
        if (0x80 <= cp <= 0x9F or cp in BIDI or cp == 0xFEFF) and cp not in seen:
            seen.add(cp)
            problems.append(("U+%04X" % cp, "at char %d: %s" % (i, ctx(text, i))))
    return problems


def squash(s):
    """Runs of U+FFFD count as one: decoders differ in how many an invalid
    sequence becomes (one per byte, or one per maximal subpart)."""
    return re.sub(FFFD + "+", FFFD, s)


def strings(node, out):
    if isinstance(node, str):
        out.add(squash(node))
    elif isinstance(node, dict):
        for k, v in node.items():
            strings(k, out)
            strings(v, out)
    elif isinstance(node, list):
        for v in node:
            strings(v, out)


def cmd_json(args):
    """json CORPUS FIELDS [--checks LIST] FILE CASES...: parses, round-trips;
    the terminal checks only those in LIST (default all)."""
    corpus, fields = args[0], args[1]
    rest = args[2:]
    checks = ALL_CHECKS
    if rest and rest[0] == "--checks":
        checks = tuple(c for c in rest[1].split(",") if c)
        rest = rest[2:]
    problems = []
    for path, which in zip(rest[0::2], rest[1::2]):
        problems += [(label(path), k, d) for k, d in
                     json_one(path, corpus, fields, which, checks)]
    return report(problems)


def json_one(path, corpus, fields, which, checks):
    problems = []
    data = from_pty(read(path))
    check_text(data, problems, checks=checks)
    try:
        doc = json.loads(data.decode("utf-8", "replace"))
    except ValueError as e:
        problems.append(("not JSON", "%s: %s" % (e, ascii(data[:80]))))
        return problems
    if fields == "-":
        return problems
    have = set()
    strings(doc, have)
    for case in cases(corpus, which):
        for field in fields.split(","):
            want = squash(value(corpus, case, field).decode("utf-8", "replace"))
            if want not in have:
                problems.append(("text does not round-trip", "%s %s: want %s" % (
                    case, field, ascii(want[:80]))))
    return problems


def yq(b):
    """A YAML double-quoted scalar carrying exactly the text of b, with
    every control, non-ASCII or special character written as an escape."""
    out = ['"']
    for ch in b.decode("utf-8"):
        cp = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif cp == 0x1B:
            out.append("\\e")
        elif 0x20 <= cp < 0x7F:
            out.append(ch)
        elif cp <= 0xFF:
            out.append("\\x%02x" % cp)
        elif cp <= 0xFFFF:
            out.append("\\u%04x" % cp)
        else:
            out.append("\\U%08x" % cp)
    out.append('"')
    return "".join(out)


def cmd_yaml(args):
    corpus, out, prefix = args
    lines = ["presstime: 1", "stories:"]
    for case in cases(corpus, "valid"):
        v = lambda field: yq(value(corpus, case, field))
        lines += [
            "  - slug: %s%s" % (prefix, case),
            "    headline: %s" % v("headline"),
            "    dek: %s" % v("dek"),
            "    budget_line: %s" % v("budget"),
            "    credits:",
            "      - { name: %s, role: contributor }" % v("credit"),
            "    timeline:",
            "      - at: 2026-11-26T13:00:00Z",
            "        kind: event",
            "        body: %s" % v("body"),
            "        source: %s" % v("source"),
            "    requests:",
            "      - target: %s" % v("target"),
            "        asked_at: 2026-11-26T12:00:00Z",
            "        due: 2026-11-26T17:00:00Z",
            "        state: open",
            "      - target: %s" % v("answered"),
            "        asked_at: 2026-11-26T12:00:00Z",
            "        state: answered",
            "        answer: %s" % v("answer"),
            "        answered_at: 2026-11-26T13:30:00Z",
        ]
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")
    return []


PART = b"@@hostile-part %d@@"


def cmd_exec(args):
    """Runs the commands in ARGSFILE (NUL-separated arguments, commands
    separated by a ";;" argument) one after another on this terminal,
    a plain marker line before each; exit statuses go to RCFILE."""
    argfile, rcfile = args
    with open(argfile, "rb") as f:
        words = f.read().split(b"\0")[:-1]
    cmds, cur = [], []
    for w in words:
        if w == b";;":
            cmds.append(cur)
            cur = []
        else:
            cur.append(w)
    if cur:
        cmds.append(cur)
    import subprocess
    rcs = []
    out = sys.stdout.buffer
    for n, argv in enumerate(cmds, 1):
        out.write(PART % n + b"\n")
        out.flush()
        try:
            rc = subprocess.call(argv, timeout=60)
        except subprocess.TimeoutExpired:
            rc = "timeout"
        rcs.append(str(rc))
    out.write(PART % 0 + b"\n")
    out.flush()
    with open(rcfile, "w") as f:
        f.write("\n".join(rcs) + "\n")
    return []


def cmd_split(args):
    """split CAPTURE DIR...: each capture made by exec into DIR/1, DIR/2, ...
    (the bytes one command wrote, the pty's CR LF turned back into LF)."""
    problems = []
    for path, outdir in zip(args[0::2], args[1::2]):
        problems += split_one(path, outdir)
    return problems


def split_one(path, outdir):
    data = from_pty(read(path))
    # script(1) frames the typescript with its own header and trailer.
    data = re.sub(rb"\AScript started on [^\n]*\n", b"", data)
    data = re.sub(rb"\nScript done on [^\n]*\n?\Z", b"", data)
    os.makedirs(outdir, exist_ok=True)
    parts = re.split(rb"@@hostile-part (\d+)@@\n", data)
    problems = []
    if parts[0].strip():
        problems.append("%s: bytes before the first command: %s" % (
            path, ascii(parts[0][:80])))
    for i in range(1, len(parts) - 1, 2):
        n = int(parts[i])
        if n == 0:
            continue
        with open(os.path.join(outdir, str(n)), "wb") as f:
            f.write(parts[i + 1])
    return problems


def cmd_value(args):
    sys.stdout.buffer.write(value(*args))
    return []


def main(argv):
    cmds = {"term": cmd_term, "tmux": cmd_tmux, "raw": cmd_raw,
            "exec": cmd_exec, "split": cmd_split,
            "json": cmd_json, "yaml": cmd_yaml, "value": cmd_value}
    if len(argv) < 2 or argv[1] not in cmds:
        sys.stderr.write(__doc__)
        return 2
    problems = cmds[argv[1]](argv[2:])
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
