#!/usr/bin/env python3
"""The stories of a gen.py newsroom as taskwarrior import lines, for the
`task list limit:40` comparison in run.sh: headline as description, desk
as project, deadline as due; stories that are out or dropped are
completed.

usage: taskwarrior.py DB > tasks.json
"""
import datetime
import json
import sqlite3
import sys

PRIORITY = {"flash": "H", "urgent": "H", "routine": "M", "deferred": "L"}
DONE = ("published", "corrected", "killed", "spiked", "updating")


def main():
    db = sqlite3.connect(sys.argv[1])
    for slug, head, desk, status, prio, due in db.execute(
            "SELECT slug, headline, desk, status, priority, deadline"
            " FROM story ORDER BY id"):
        t = {"description": head, "project": desk,
             "tags": [slug.split("-")[0]], "priority": PRIORITY[prio],
             "status": "completed" if status in DONE else "pending",
             "entry": "20251126T140000Z"}
        if t["status"] == "completed":
            t["end"] = "20251127T140000Z"
        if due:
            t["due"] = datetime.datetime.fromtimestamp(
                due, datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        print(json.dumps(t))


if __name__ == "__main__":
    main()
