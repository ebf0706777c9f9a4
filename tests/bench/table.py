#!/usr/bin/env python3
"""Turns run.sh's hyperfine JSON into the results table: one row per
figure, one column per newsroom, each presstime time with its ratio to
the same query in sqlite3 (or to taskwarrior).

usage: table.py TMPDIR DB...   (run.sh calls it)
"""
import json
import os
import sys


def mean_ms(path, i=0, what=("mean",)):
    """A command's mean in ms: its wall time, or with what=("user",
    "system") its CPU time."""
    try:
        with open(path) as f:
            r = json.load(f)["results"][i]
            return sum(r[k] for k in what) * 1000
    except (OSError, IndexError, KeyError, ValueError):
        return None


CPU = ("user", "system")


def size(n):
    return (f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0
            else f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n))


def main():
    tmp, dbs = sys.argv[1], sys.argv[2:]
    names = [os.path.basename(d) for d in dbs]
    counts, live = [], []
    for n in names:
        with open(os.path.join(tmp, n + ".n")) as f:
            counts.append(int(f.read()))
        try:
            with open(os.path.join(tmp, n + ".live")) as f:
                live.append(f" ({int(f.read()):,} live)")
        except (OSError, ValueError):
            live.append("")
    # The goal for the TUI: the same cost on the biggest newsroom as on
    # the smallest (within 1.3x); a last column gives the CPU ratio.
    span = len(dbs) > 1
    rows = []
    for f in sorted(os.listdir(tmp)):
        if f.startswith(names[0] + ".") and f.endswith(".json"):
            rows.append(f[len(names[0]) + 1:-5])
    first = ["default", "ls --sort due", "slug", "ls all",
             "ls all --sort slug"]
    order = [r for r in first if r in rows] + [
        r for r in rows if r.startswith("ls ") and r not in first]
    try:
        with open(os.path.join(tmp, "sort")) as f:
            sort = f.read().strip()
    except OSError:
        sort = "due"
    order += [r for r in rows if r.startswith("search ")]
    order += [r for r in rows if r == "log"]
    order += [r for r in rows if r.startswith("tui-")]
    print("# presstime benchmarks\n")
    print("Mean wall time of each command (hyperfine, warm cache), and in")
    print("parentheses its ratio to the same query in `sqlite3` (process")
    print("start included on both sides), then its CPU time (user +")
    print("system) and that ratio: on a busy machine the CPU figures are")
    print("the steadier ones. TUI rows are a whole headless session:")
    print("start, the keys, `:q`.\n")
    print(f"`ls --limit 40` and the TUI rows sort by `{sort}`, ls's default;")
    print("`ls TERM` rows sort by due, the order of the sqlite3 query beside")
    print("them. All show live work (the default filter) unless a term names")
    print("the states (`all`, `status:`); TUI rows marked (all) open the")
    print("queue on every story in due order (`default_limit: all`,")
    print("`default_sort: due`).\n")
    last = (f" | CPU {size(counts[-1])} / {size(counts[0])}" if span
            else "")
    print("| figure | " + " | ".join(
        f"{size(c)} stories{l}" for c, l in zip(counts, live)) + last +
        " |")
    print("|:---|" + "---:|" * (len(dbs) + span))
    for r in order:
        cells = []
        for n in names:
            p = os.path.join(tmp, f"{n}.{r}.json")
            pt, sq = mean_ms(p, 0), mean_ms(p, 1)
            cpt, csq = mean_ms(p, 0, CPU), mean_ms(p, 1, CPU)
            if pt is None:
                cells.append("")
            elif sq is None:
                cells.append(f"{pt:.1f} ms (CPU {cpt:.1f} ms)")
            else:
                cells.append(f"{pt:.1f} ms ({pt / sq:.2f}×; CPU "
                             f"{cpt:.1f} ms, {cpt / max(csq, 0.1):.2f}×)")
        label = r.replace("tui-", "TUI: ").replace("|", "\\|")
        label = {"slug":
                 "ls --sort slug --limit 40", "log": "log SLUG TEXT",
                 "TUI: paint": "TUI: first paint",
                 "TUI: G": "TUI: G (last story)",
                 "TUI: Gg": "TUI: G then g",
                 "TUI: Gk": "TUI: G then 100 × k",
                 "TUI: limit": "TUI: l desk:metro",
                 "default": f"ls --limit 40 ({sort})",
                 "TUI: all-paint": "TUI (all): first paint",
                 "TUI: all-G": "TUI (all): G (last story)",
                 "TUI: all-Gk": "TUI (all): G then 100 × k"}.get(label,
                                                                label)
        if label.startswith("ls ") and r not in ("default", "slug",
                                                 "ls --sort due"):
            label += (" --sort due --limit 40" if "--sort" not in label and
                      not label.startswith("ls all") else " --limit 40")
        if r == "ls --sort due":
            label += " --limit 40"
        if label.startswith("search "):
            label += " --limit 50"
        ratio = ""
        if span:
            lo = mean_ms(os.path.join(tmp, f"{names[0]}.{r}.json"), 0, CPU)
            hi = mean_ms(os.path.join(tmp, f"{names[-1]}.{r}.json"), 0,
                         CPU)
            ratio = f" | {hi / lo:.2f}×" if lo and hi else " | "
        print(f"| `{label}` | " + " | ".join(cells) + ratio + " |")
    for suffix, what in (("idle", "TUI"), ("idle-all", "TUI (all)")):
        cells, pct = [], []
        for n in names:
            try:
                with open(os.path.join(tmp, f"{n}.{suffix}")) as f:
                    pct.append(float(f.read()))
                cells.append(f"{pct[-1]:.2f}% of a core")
            except (OSError, ValueError):
                pct.append(None)
                cells.append("")
        ratio = ""
        if span:
            ratio = (f" | {pct[-1] / pct[0]:.2f}×" if pct[0] and pct[-1]
                     else " | ")
        print(f"| {what} idle at the last story, another editor logging "
              "every second (20 s) | " + " | ".join(cells) + ratio + " |")
    cells = []
    for n in names:
        tw = mean_ms(os.path.join(tmp, n + ".task.json"))
        pt = mean_ms(os.path.join(tmp, n + ".default.json"))
        cells.append(f"{tw:.0f} ms (presstime {tw / pt:.0f}× faster)"
                     if tw and pt else "")
    if any(cells):
        print("| taskwarrior `task list limit:40` | " + " | ".join(cells) +
              (" | " if span else "") + " |")


if __name__ == "__main__":
    main()
