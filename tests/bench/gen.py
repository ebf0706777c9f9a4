#!/usr/bin/env python3
"""Builds a big newsroom for the benchmarks: 100,000 stories and 1,000,000
timeline entries, plus people, credits, requests for comment and status
history.

The schema is the program's own: `presstime --db PATH init` creates and
migrates the file, then the rows go in with executemany in one
transaction. The FTS index is kept by the schema's triggers, as in real
use; gen.py reports how long the inserts took so a slow trigger shows.

usage: gen.py PRESSTIME DB [--stories N] [--entries N] [--seed N]
Deterministic for a given seed. Python 3 standard library only.
"""
import argparse
import os
import random
import re
import sqlite3
import subprocess
import sys
import time

# The benchmarks fix the clock here (Thursday 2026-11-26 14:00 UTC).
NOW = 1795701600

DESKS = ["metro", "business", "politics", "tech", "sports", "culture",
         "world", "health", "climate", "opinion"]
# Weighted like a real archive: most stories went out long ago.
STATUSES = (["published"] * 70 + ["corrected"] * 3 + ["killed"] * 1 +
            ["spiked"] * 6 + ["pitched"] * 4 + ["assigned"] * 3 +
            ["reporting"] * 4 + ["filed"] * 2 + ["editing"] * 2 +
            ["copydesk"] * 1 + ["ready"] * 1 + ["scheduled"] * 1 +
            ["updating"] * 1 + ["held"] * 1)
PRIORITIES = ["flash"] + ["urgent"] * 6 + ["routine"] * 80 + ["deferred"] * 13
EDITORS = ["dmartin", "tkeiser", "jroe", "apatel", "lnguyen", "bokafor",
           "mchen", "sgarcia", "kwright", "ofarah", "rlindqvist", "ebaker"]
KINDS = (["event"] * 40 + ["statement"] * 20 + ["document"] * 15 +
         ["note"] * 15 + ["rfc"] * 8 + ["correction"] * 2)
SUBJECTS = ["council", "mayor", "contract", "budget", "school board",
            "transit", "hospital", "union", "developer", "police", "court",
            "utility", "startup", "museum", "stadium", "port", "airport",
            "county", "senator", "governor", "regulator", "landlord",
            "chipmaker", "retailer", "library", "university", "agency"]
VERBS = ["approves", "rejects", "delays", "weighs", "cancels", "extends",
         "investigates", "sues", "settles with", "cuts", "expands",
         "audits", "defends", "revisits", "questions"]
OBJECTS = ["fare increase", "software contract", "zoning change",
           "tax break", "layoffs", "merger", "lease", "overtime pay",
           "water rates", "bond measure", "data breach", "safety report",
           "hiring freeze", "recount", "grant program", "rent cap"]
WORDS = ("the a said records show according to officials documents filed "
         "on Tuesday Wednesday Thursday Friday vote million contract "
         "spokesperson declined comment statement review city county state "
         "federal agency company employees residents plan report hearing "
         "court filing meeting board").split()
CHANNELS = ["email"] * 6 + ["phone"] * 3 + ["social", "in person"]
RFC_STATES = (["answered"] * 5 + ["declined"] * 2 + ["lapsed"] * 4 +
              ["open"] * 2 + ["promised"])


def sentence(rng, n):
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("presstime")
    ap.add_argument("db")
    ap.add_argument("--stories", type=int, default=100_000)
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20261126)
    a = ap.parse_args()

    if os.path.exists(a.db):
        sys.exit(f"gen.py: {a.db} exists; remove it first")
    env = dict(os.environ, PRESSTIME_NOW=str(NOW))
    subprocess.run([a.presstime, "--db", a.db, "init"], check=True, env=env,
                   stdout=subprocess.DEVNULL)

    rng = random.Random(a.seed)
    t0 = time.monotonic()
    db = sqlite3.connect(a.db, isolation_level=None)
    # A bulk load of a throwaway file: durability buys nothing here, and
    # a rollback journal (or the WAL, which a 1M-story load would fill
    # with every page and then copy back) only doubles the writes. The
    # program's WAL mode is restored at the end.
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-400000")
    db.execute("BEGIN IMMEDIATE")
    # The program's own indexes, dropped for the load and made again at
    # the end: one sort per index instead of millions of random inserts.
    indexes = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND"
        " sql IS NOT NULL AND tbl_name IN ('story', 'entry', 'rfc',"
        " 'credit', 'status_change', 'person')").fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')

    # People: staff first (logins), then sources and organizations.
    people = []
    for i, login in enumerate(EDITORS):
        people.append((i + 1, login.capitalize(), login, "staff", None,
                       None, NOW - 400 * 86400))
    for i in range(len(people), 5000):
        kind = "organization" if i % 3 == 0 else "source"
        people.append((i + 1, f"Source {i}", None, kind, None, None,
                       NOW - rng.randrange(400 * 86400)))
    db.executemany("INSERT INTO person (id, name, login, kind, affiliation,"
                   " contact, created_at) VALUES (?,?,?,?,?,?,?)", people)

    stories, history = [], []
    for i in range(1, a.stories + 1):
        subj, verb, obj = (rng.choice(SUBJECTS), rng.choice(VERBS),
                           rng.choice(OBJECTS))
        status = rng.choice(STATUSES)
        created = NOW - rng.randrange(3 * 365 * 86400)
        out = status in ("published", "corrected", "killed", "updating")
        # Open stories cluster around now: some overdue, most ahead.
        deadline = (created + rng.randrange(2 * 86400) if out else
                    NOW + rng.randrange(-6 * 3600, 3 * 86400))
        stories.append((
            i, f"{subj.replace(' ', '-')}-{obj.replace(' ', '-')}-{i}",
            f"{subj.capitalize()} {verb} {obj}",
            sentence(rng, 12), sentence(rng, 24), rng.randrange(300, 2000),
            None, rng.choice(DESKS), status,
            "reporting" if status == "held" else None,
            rng.choice(PRIORITIES), rng.choice(EDITORS), deadline, None,
            deadline if out else None, None,
            1 if out and rng.random() < 0.01 else 0, created,
            max(created, NOW - rng.randrange(30 * 86400)),
            rng.choice(EDITORS), rng.randrange(1, 20)))
        history.append((i, None, "pitched", created, rng.choice(EDITORS),
                        "created"))
        if status != "pitched":
            history.append((i, "pitched", status, created + 3600,
                            rng.choice(EDITORS), None))
    db.executemany(
        "INSERT INTO story (id, slug, headline, dek, budget_line, words, art,"
        " desk, status, held_from, priority, editor, deadline, embargo,"
        " published_at, url, needs_update, created_at, updated_at,"
        " updated_by, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
        "?,?,?)", stories)
    db.executemany("INSERT INTO status_change (story_id, from_state,"
                   " to_state, at, by, note) VALUES (?,?,?,?,?,?)", history)
    t_stories = time.monotonic() - t0

    def entries():
        for i in range(1, a.entries + 1):
            sid = rng.randrange(1, a.stories + 1)
            created = stories[sid - 1][17]
            at = created + rng.randrange(3 * 86400)
            yield (sid, at, at + rng.randrange(600), rng.choice(EDITORS),
                   rng.choice(KINDS), sentence(rng, rng.randrange(8, 30)),
                   f"Source {rng.randrange(13, 5000)}", None)
    # The schema's FTS trigger on entry, run as one INSERT ... SELECT
    # after the rows instead of once per row: FTS5 flushes its pending
    # terms at every trigger's savepoint, which made the per-row trigger
    # four times the cost of the rows. The rows it writes are the
    # trigger's own: its VALUES list, with new.X read as the column X.
    trig = db.execute("SELECT sql FROM sqlite_master WHERE type ="
                      " 'trigger' AND name = 'entry_fts_ai'").fetchone()
    m = trig and re.search(r"INSERT INTO fts\s*(\([^)]*\))\s*VALUES\s*"
                           r"\((.*)\);\s*END\s*$", trig[0], re.S)
    if m:
        db.execute("DROP TRIGGER entry_fts_ai")
    db.executemany("INSERT INTO entry (story_id, occurred_at, logged_at,"
                   " logged_by, kind, body, source, url) VALUES"
                   " (?,?,?,?,?,?,?,?)", entries())
    t_fts = time.monotonic()
    if m:
        db.execute(f"INSERT INTO fts {m.group(1)} SELECT "
                   f"{m.group(2).replace('new.', '')} FROM entry"
                   " ORDER BY id")
        db.execute(trig[0])
    t_fts = time.monotonic() - t_fts
    t_entries = time.monotonic() - t0 - t_stories

    rfcs, credits = [], []
    for i in range(1, a.stories // 2 + 1):
        sid = rng.randrange(1, a.stories + 1)
        state = rng.choice(RFC_STATES)
        # Publication lapses what is still waiting (desk_publish), so a
        # story that is out has no open or promised request.
        waiting = state
        if state in ("open", "promised") and stories[sid - 1][8] in (
                "published", "corrected", "killed", "updating"):
            state = "lapsed"
        asked = stories[sid - 1][17] + rng.randrange(86400)
        rfcs.append((sid, rng.randrange(13, 5001), rng.choice(CHANNELS),
                     asked, rng.choice(EDITORS), asked + 6 * 3600,
                     rng.randrange(1, 4), state,
                     sentence(rng, 15) if state == "answered" else None,
                     asked + 3600 if state in ("answered", "declined")
                     else None,
                     asked + 86400 if waiting == "promised" else None,
                     asked + 7200 if state == "lapsed" else None))
    db.executemany("INSERT INTO rfc (story_id, person_id, channel, asked_at,"
                   " asked_by, due_at, attempts, state, answer, answered_at,"
                   " promised_by, lapsed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   rfcs)
    seen = set()
    for sid in range(1, a.stories + 1):
        for _ in range(rng.randrange(0, 3)):
            pid = rng.randrange(1, 5001)
            role = rng.choice(["byline", "contributor", "contributor",
                               "photo", "research"])
            if (sid, pid, role) in seen:
                continue
            seen.add((sid, pid, role))
            credits.append((sid, pid, role, len(seen)))
    db.executemany("INSERT INTO credit (story_id, person_id, role, ord)"
                   " VALUES (?,?,?,?)", credits)
    t_rows = time.monotonic() - t0
    for _, sql in indexes:
        db.execute(sql)
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode=WAL")
    t_commit = time.monotonic() - t0
    db.close()
    print(f"gen.py: {a.stories} stories, {a.entries} entries, {len(rfcs)} "
          f"requests, {len(credits)} credits, {len(people)} people")
    print(f"gen.py: stories {t_stories:.1f}s, entries (with their FTS rows) "
          f"{t_entries:.1f}s (FTS rows {t_fts:.1f}s), indexes {t_commit - t_rows:.1f}s, "
          f"total {t_commit:.1f}s")


if __name__ == "__main__":
    main()
