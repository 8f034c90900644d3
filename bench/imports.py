"""Print what importing ten years of jrnl costs: an 11,000-entry `jrnl --export json` file
(generated here, invented text of everyday length, a few tags, equal times now and then)
read into a preview, then imported in one transaction (batch sealing, one search-index
rebuild, one crisis screen); and the same file a second time, which adds nothing.

Run: .venv/bin/python bench/imports.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this. Budget: the import of
11,000 entries in at most 30 s.
"""

import datetime as dt
import json
import random
import time

import benchlib  # noqa: F401  (first: sets up Django)

from innerbase.accounts.services import account_create
from innerbase.cli import _prepare
from innerbase.imports import services
from innerbase.journal.models import Entry

ENTRIES = 11_000
PASSPHRASE = "a passphrase of words"
WORDS = (
    "today walk tea message waited called slept felt lighter heavy again friend park rain "
    "work quiet kitchen window morning evening breath cried laughed"
).split()


def jrnl_file() -> bytes:
    rng = random.Random(18)
    start = dt.datetime(2016, 1, 1, 21, 0)
    entries = []
    for number in range(ENTRIES):
        when = start + dt.timedelta(hours=8 * number - (number % 7 == 0) * 8)
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(40, 160)))
        tags = ["#grief"] if number % 5 == 0 else []
        entries.append(
            {
                "title": f"Day {number}: {rng.choice(WORDS)}.",
                "body": body + (" #grief" if tags else ""),
                "date": f"{when:%Y-%m-%d}",
                "time": f"{when:%H:%M}",
                "tags": tags,
                "starred": False,
            }
        )
    return json.dumps({"tags": {"#grief": ENTRIES // 5}, "entries": entries}, indent=2).encode()


def main() -> None:
    _prepare()
    user, key, _ = account_create(username="importer", passphrase=PASSPHRASE)
    data = jrnl_file()
    print(f"jrnl export: {ENTRIES:,} entries, {len(data) / 1e6:.1f} MB")
    began = time.perf_counter()
    preview = services.preview_create(
        user=user, data_key=key, source="jrnl", data=data, time_zone="Europe/Berlin"
    )
    parsed = time.perf_counter()
    report = services.preview_commit(preview=preview, data_key=key)
    done = time.perf_counter()
    assert report["added"] == {"entry": ENTRIES}, report["added"]
    assert Entry.objects.filter(owner=user).count() == ENTRIES
    print(f"preview (read, seal)               {parsed - began:6.1f} s")
    print(f"import (one transaction)           {done - parsed:6.1f} s")
    print(f"preview + import, {ENTRIES:,} entries   {done - began:6.1f} s   budget: \u2264 30 s")
    again = time.perf_counter()
    preview = services.preview_create(
        user=user, data_key=key, source="jrnl", data=data, time_zone="Europe/Berlin"
    )
    second = services.preview_commit(preview=preview, data_key=key)
    assert second["added"] == {} and second["already"] == ENTRIES
    print(f"the same file again (adds nothing) {time.perf_counter() - again:6.1f} s")


if __name__ == "__main__":
    main()
