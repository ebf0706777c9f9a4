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

The desk's open work does not grow with the archive: the newest --live N
stories (300 unless told) are live -- pre-publication states spread over
the workflow with deadlines around the benchmarks' clock, requests for
comment open, overdue or promised, a few published stories being updated
or needing an update -- and every older story is finished (published,
corrected, spiked, killed). The live desk comes from its own generator,
so it is the same desk at every archive size. --live-share F instead
makes each story live with probability F wherever it falls in the
archive (0.2: the stress case of a newsroom that never closes anything).

usage: gen.py PRESSTIME DB [--stories N] [--entries N] [--live N |
              --live-share F] [--seed N] [--jobs N]
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
# A finished story's state, weighted like a real archive.
DONE = ["published"] * 70 + ["corrected"] * 3 + ["killed"] * 1 + ["spiked"] * 6
# A live story's state: spread over the workflow before publication, a
# few published stories being updated (updating) or waiting for one
# (published with needs_update).
LIVE = (["pitched"] * 40 + ["assigned"] * 30 + ["reporting"] * 40 +
        ["filed"] * 20 + ["editing"] * 20 + ["copydesk"] * 10 +
        ["ready"] * 10 + ["scheduled"] * 10 + ["held"] * 10 +
        ["updating"] * 5 + ["needs_update"] * 5)
OUT = ("published", "corrected", "killed", "updating")
# The archive's years: story ids are in creation order across them.
SPAN = 3 * 365 * 86400
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
# Requests on live work: mostly still waiting.
LIVE_RFC_STATES = (["open"] * 5 + ["promised"] * 2 + ["answered"] * 3 +
                   ["declined"])

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
        # Nothing is logged after the benchmarks' clock.
        at = min(created[sid] + rng.randrange(3 * 86400),
                 NOW - rng.randrange(1, 600))
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
    ap.add_argument("--live", type=int, default=300,
                    help="live stories: the newest N (default 300)")
    ap.add_argument("--live-share", type=float, default=None,
                    help="instead of --live: each story live with "
                    "probability F (0.2: the old stress case)")
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    a = ap.parse_args()
    if a.stories < 1 or a.entries < 0:
        sys.exit("gen.py: --stories must be at least 1, --entries at least 0")
    if a.live_share is not None and not 0 <= a.live_share <= 1:
        sys.exit(f"gen.py: --live-share {a.live_share}: give a share "
                 "from 0 to 1")
    if a.live < 0:
        sys.exit(f"gen.py: --live {a.live}: give a count of 0 or more")

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

    # The live desk from its own generator: the same desk at every size.
    live_rng = random.Random(a.seed + 1)
    nlive = min(a.live, a.stories)
    first_live = a.stories - nlive + 1
    stories, history, live_ids = [], [], []
    created = [0] * (a.stories + 1)
    for i in range(1, a.stories + 1):
        subj, verb, obj = (rng.choice(SUBJECTS), rng.choice(VERBS),
                           rng.choice(OBJECTS))
        # Ids in creation order over the archive's years, up to an hour
        # before the clock.
        created[i] = NOW - 3600 - SPAN + SPAN * i // (a.stories + 1)
        if a.live_share is not None:
            live = rng.random() < a.live_share
            r = rng
        else:
            live = i >= first_live
            r = live_rng if live else rng
        status = r.choice(LIVE) if live else r.choice(DONE)
        needs = 0
        if status == "needs_update":
            status, needs = "published", 1
        if live:
            live_ids.append(i)
        out = status in OUT
        if out:
            # Out within two days of its pitch, and before the clock.
            deadline = max(created[i] + 60,
                           min(created[i] + r.randrange(2 * 86400),
                               NOW - r.randrange(600, 6 * 3600)))
        elif live:
            # Open work clusters around now: some overdue, most ahead.
            deadline = NOW + r.randrange(-6 * 3600, 3 * 86400)
        else:
            # Spiked: its deadline passed with the story.
            deadline = created[i] + r.randrange(2 * 86400)
        stories.append((
            i, f"{subj.replace(' ', '-')}-{obj.replace(' ', '-')}-{i}",
            f"{subj.capitalize()} {verb} {obj}",
            sentence(rng, 12), sentence(rng, 24), r.randrange(300, 2000),
            None, r.choice(DESKS), status,
            "reporting" if status == "held" else None,
            r.choice(PRIORITIES), r.choice(EDITORS), deadline, None,
            deadline if out else None, None, needs, created[i],
            max(created[i], NOW - r.randrange(30 * 86400)),
            r.choice(EDITORS), r.randrange(1, 20)))
        history.append((i, None, "pitched", created[i], rng.choice(EDITORS),
                        "created"))
        if status != "pitched":
            history.append((i, "pitched", status, created[i] + 60,
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

    def rfc_row(r, sid, state, asked, due, promised):
        return (sid, r.randrange(13, 5001), r.choice(CHANNELS), asked,
                r.choice(EDITORS), due, r.randrange(1, 4), state,
                sentence(r, 15) if state == "answered" else None,
                asked + 3600 if state in ("answered", "declined") else None,
                promised, asked + 7200 if state == "lapsed" else None)
    # The archive's requests: half as many as stories, on finished work
    # unless --live-share scatters the live stories through it.
    pool_hi = a.stories if a.live_share is not None else first_live - 1
    for _ in range(pool_hi // 2):
        sid = rng.randrange(1, pool_hi + 1)
        state = rng.choice(RFC_STATES)
        # Publication lapses what is still waiting (desk_publish), so a
        # story that is out has no open or promised request; nor does a
        # spiked one here.
        waiting = state
        if state in ("open", "promised") and stories[sid - 1][8] in (
                "published", "corrected", "killed", "spiked", "updating"):
            state = "lapsed"
        asked = min(created[sid] + rng.randrange(86400), NOW - 7200)
        rfcs.append(rfc_row(rng, sid, state, asked, asked + 6 * 3600,
                            asked + 86400 if waiting == "promised"
                            else None))
    # The live desk's requests: up to three per story before publication,
    # asked in the last two days; open ones due around now (some
    # overdue), promised ones due around now (some broken).
    if a.live_share is None:
        for sid in live_ids:
            if stories[sid - 1][8] in OUT:
                continue
            for _ in range(live_rng.randrange(0, 4)):
                state = live_rng.choice(LIVE_RFC_STATES)
                asked = NOW - live_rng.randrange(
                    600, max(1200, min(2 * 86400, NOW - created[sid])))
                due = NOW + live_rng.randrange(-12 * 3600, 12 * 3600)
                rfcs.append(rfc_row(
                    live_rng, sid, state, asked, max(asked + 600, due),
                    NOW + live_rng.randrange(-6 * 3600, 12 * 3600)
                    if state == "promised" else None))
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
    print(f"gen.py: {a.stories} stories ({len(live_ids)} live), "
          f"{a.entries} entries, {len(rfcs)} requests, {len(credits)} "
          f"credits, {len(people)} people")
    print(f"gen.py: stories and history {t_stories:.1f}s, entries "
          f"{t_entries:.1f}s, requests and credits "
          f"{t_rows - t_entries - t_stories:.1f}s, full-text rows "
          f"{t_fts:.1f}s, indexes {t_commit - t_rows - t_fts:.1f}s, "
          f"total {t_commit:.1f}s (CPU: this process "
          f"{cpu.user + cpu.system:.1f}s, the entries' worker "
          f"{cpu.children_user + cpu.children_system:.1f}s)")


if __name__ == "__main__":
    main()
