#!/usr/bin/env python3
"""Builds a big newsroom for the benchmarks: 100,000 stories and 1,000,000
timeline entries, plus people, credits, requests for comment and status
history.

The schema is the program's own: `presstime --db PATH init` creates and
migrates the file. The rows go in with executemany in one transaction,
without a rollback journal; the program's indexes are dropped for the load
and made again after it, and the full-text rows are written by one
INSERT ... SELECT per source from the schema's own trigger expressions.
Timeline entries and history rows carry the record's hash chain, computed
here as src/model/chain.c does, so `presstime check` accepts the file.

Entries are made in chunks, each from its own seeded generator, by a
worker process while this one writes (--jobs 1: no worker); the file is
the same either way.

usage: gen.py PRESSTIME DB [--stories N] [--entries N] [--seed N] [--jobs N]
Deterministic for a given seed. Python 3 standard library only.
"""
import argparse
import gc
import hashlib
import multiprocessing
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

# The record's hash chain (src/model/chain.c): SHA-256 of a fixed tag, the
# table's name and a NUL, the previous row's hex hash, then each hashed
# column by its SQLite type.
GENESIS = "0" * 64
CHUNK = 100_000


def chain_bytes(vals):
    out = []
    for v in vals:
        if v is None:
            out.append(b"n")
        elif isinstance(v, int):
            out.append(b"i%d;" % v)
        else:
            b = v.encode()
            out.append(b"t%d:%s" % (len(b), b))
    return b"".join(out)


class Chain:
    """Links rows of one table: add(row's hashed columns) gives
    (prev_hash, hash)."""

    def __init__(self, table):
        self.tag = b"presstime-chain-1\n" + table.encode() + b"\0"
        self.prev = GENESIS

    def link(self, content):
        prev = self.prev
        self.prev = hashlib.sha256(self.tag + prev.encode() +
                                   content).hexdigest()
        return prev, self.prev


def sentence(rng, n):
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


# Set before the worker is forked: what an entry chunk needs.
G = {}


def entry_chunk(k):
    """Entries k * CHUNK + 1 ... as rows and as the bytes the chain
    hashes (the columns gen.py leaves NULL end them)."""
    rng = random.Random(G["seed"] * 1_000_003 + k)
    created, nstories = G["created"], G["stories"]
    lo = k * CHUNK + 1
    hi = min(lo + CHUNK, G["entries"] + 1)
    rows, content = [], []
    tail = b"nnnnn"  # url, amends, imported_by, imported_at, orig_by
    for eid in range(lo, hi):
        sid = rng.randrange(1, nstories + 1)
        at = created[sid] + rng.randrange(3 * 86400)
        row = (eid, sid, at, at + rng.randrange(600), rng.choice(EDITORS),
               rng.choice(KINDS), sentence(rng, rng.randrange(8, 30)),
               f"Source {rng.randrange(13, 5000)}")
        rows.append(row)
        content.append(chain_bytes(row) + tail)
    return rows, content


def fts_fill(db, trigger_sql, table):
    """The FTS trigger's INSERT as one INSERT ... SELECT over the table:
    its VALUES list and WHEN clause, with new.X read as the column X."""
    m = re.search(r"(?:WHEN\s+(.*?)\s+)?BEGIN\s+INSERT INTO fts\s*"
                  r"(\([^)]*\))\s*VALUES\s*\((.*)\);\s*END\s*$",
                  trigger_sql, re.S)
    if not m:
        sys.exit(f"gen.py: cannot read the FTS trigger on {table}")
    where = f" WHERE {m.group(1).replace('new.', '')}" if m.group(1) else ""
    db.execute(f"INSERT INTO fts {m.group(2)} SELECT "
               f"{m.group(3).replace('new.', '')} FROM {table}{where}"
               " ORDER BY id")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("presstime")
    ap.add_argument("db")
    ap.add_argument("--stories", type=int, default=100_000)
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
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
    # program's WAL mode is restored at the end. threads: CREATE INDEX
    # sorts with a helper thread.
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-400000")
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("PRAGMA threads=2")
    db.execute("BEGIN IMMEDIATE")
    # The program's own indexes, dropped for the load and made again at
    # the end: one sort per index instead of millions of random inserts.
    indexes = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND"
        " sql IS NOT NULL AND tbl_name IN ('story', 'entry', 'rfc',"
        " 'credit', 'status_change', 'change', 'person')").fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')
    # The FTS triggers, dropped for the load: each row's trigger made
    # FTS5 flush its pending terms at the trigger's savepoint, four times
    # the cost of the rows. fts_fill writes the same rows afterwards.
    fts_triggers = db.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type ="
        " 'trigger' AND name IN ('story_fts_ai', 'entry_fts_ai',"
        " 'rfc_fts_ai') ORDER BY CASE tbl_name WHEN 'story' THEN 0"
        " WHEN 'entry' THEN 1 ELSE 2 END").fetchall()
    if len(fts_triggers) != 3:
        sys.exit("gen.py: the schema's FTS triggers are not the ones "
                 "gen.py knows (story_fts_ai, entry_fts_ai, rfc_fts_ai)")
    for name, _, _ in fts_triggers:
        db.execute(f'DROP TRIGGER "{name}"')

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
    created = [0] * (a.stories + 1)
    for i in range(1, a.stories + 1):
        subj, verb, obj = (rng.choice(SUBJECTS), rng.choice(VERBS),
                           rng.choice(OBJECTS))
        status = rng.choice(STATUSES)
        created[i] = NOW - rng.randrange(3 * 365 * 86400)
        out = status in ("published", "corrected", "killed", "updating")
        # Open stories cluster around now: some overdue, most ahead.
        deadline = (created[i] + rng.randrange(2 * 86400) if out else
                    NOW + rng.randrange(-6 * 3600, 3 * 86400))
        stories.append((
            i, f"{subj.replace(' ', '-')}-{obj.replace(' ', '-')}-{i}",
            f"{subj.capitalize()} {verb} {obj}",
            sentence(rng, 12), sentence(rng, 24), rng.randrange(300, 2000),
            None, rng.choice(DESKS), status,
            "reporting" if status == "held" else None,
            rng.choice(PRIORITIES), rng.choice(EDITORS), deadline, None,
            deadline if out else None, None,
            1 if out and rng.random() < 0.01 else 0, created[i],
            max(created[i], NOW - rng.randrange(30 * 86400)),
            rng.choice(EDITORS), rng.randrange(1, 20)))
        history.append((i, None, "pitched", created[i], rng.choice(EDITORS),
                        "created"))
        if status != "pitched":
            history.append((i, "pitched", status, created[i] + 3600,
                            rng.choice(EDITORS), None))

    # The entries' worker starts now, so it makes entries while the
    # stories are written. A few chunks in flight at most: the writer
    # is the slower side, and a queue of made rows would only grow.
    G.update(seed=a.seed, created=created, stories=a.stories,
             entries=a.entries)
    nchunks = (a.entries + CHUNK - 1) // CHUNK
    pool, pending = None, []
    if a.jobs > 1 and nchunks > 1:
        gc.freeze()  # the worker shares these pages; gc would copy them
        pool = multiprocessing.get_context("fork").Pool(a.jobs - 1)
        for k in range(min(nchunks, 2 * (a.jobs - 1))):
            pending.append(pool.apply_async(entry_chunk, (k,)))

    db.executemany(
        "INSERT INTO story (id, slug, headline, dek, budget_line, words, art,"
        " desk, status, held_from, priority, editor, deadline, embargo,"
        " published_at, url, needs_update, created_at, updated_at,"
        " updated_by, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
        "?,?,?)", stories)
    db.executemany("INSERT INTO status_change (story_id, from_state,"
                   " to_state, at, by, note) VALUES (?,?,?,?,?,?)", history)
    # The history as the program keeps it, chained: what schema 4's
    # migration makes of status_change.
    chain = Chain("change")

    def changes():
        for cid, (sid, frm, to, at, by, note) in enumerate(history, 1):
            row = (cid, sid, at, by, "status" if frm else "created", frm,
                   to, note, None, None, None, 0)
            yield row + chain.link(chain_bytes(row))
    db.executemany("INSERT INTO change (id, story_id, at, by, field,"
                   " old_value, new_value, note, ref, batch, undoes,"
                   " imported, prev_hash, hash) VALUES"
                   " (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", changes())
    t_stories = time.monotonic() - t0

    chain = Chain("entry")
    sql = ("INSERT INTO entry (id, story_id, occurred_at, logged_at,"
           " logged_by, kind, body, source, prev_hash, hash) VALUES"
           " (?,?,?,?,?,?,?,?,?,?)")
    for k in range(nchunks):
        if pool is not None:
            rows, content = pending.pop(0).get()
            nxt = k + len(pending) + 1
            if nxt < nchunks:
                pending.append(pool.apply_async(entry_chunk, (nxt,)))
        else:
            rows, content = entry_chunk(k)
        db.executemany(sql, [r + chain.link(c)
                             for r, c in zip(rows, content)])
    if pool is not None:
        pool.close()
        pool.join()
        gc.unfreeze()
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
        asked = created[sid] + rng.randrange(86400)
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

    # The full-text rows, each source in rowid order. A big in-memory
    # term table for the load (FTS5 flushes a segment each time it
    # fills, and merges them as they pile up); the program's own
    # setting is restored after.
    db.execute("INSERT INTO fts (fts, rank) VALUES ('hashsize', ?)",
               (256 << 20,))
    for _, table, sql in fts_triggers:
        fts_fill(db, sql, table)
    # One segment, as years of merging leave a real index. The load's
    # segments all sit at level 0, where the first few editors' writes
    # would pile small ones beside them until FTS5's crisis merge folds
    # the lot together inside one of those writes (one `log` took 1 s of
    # CPU, 10 s on the loaded bench machine, at 100,000 stories).
    db.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    db.execute("DELETE FROM fts_config WHERE k = 'hashsize'")
    for _, _, sql in fts_triggers:
        db.execute(sql)
    t_fts = time.monotonic() - t0 - t_rows

    for _, sql in indexes:
        db.execute(sql)
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode=WAL")
    t_commit = time.monotonic() - t0
    db.close()
    cpu = os.times()
    print(f"gen.py: {a.stories} stories, {a.entries} entries, {len(rfcs)} "
          f"requests, {len(credits)} credits, {len(people)} people")
    print(f"gen.py: stories and history {t_stories:.1f}s, entries "
          f"{t_entries:.1f}s, requests and credits "
          f"{t_rows - t_entries - t_stories:.1f}s, full-text rows "
          f"{t_fts:.1f}s, indexes {t_commit - t_rows - t_fts:.1f}s, "
          f"total {t_commit:.1f}s (CPU: this process "
          f"{cpu.user + cpu.system:.1f}s, the entries' worker "
          f"{cpu.children_user + cpu.children_system:.1f}s)")


if __name__ == "__main__":
    main()
