"""Print what the journal costs with 1 and 10 years of entries (about 1,100 and 11,000):
the list page, a calendar month and search, median and p95 server time.

Run: .venv/bin/python bench/journal.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import datetime as dt
import random
import time

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.test import Client
from django.utils import timezone

from innerbase.accounts.services import account_create
from innerbase.cli import _prepare
from innerbase.journal import content, rules, selectors
from innerbase.journal.models import Entry

PASSPHRASE = "a passphrase of words"
SEARCH = "/journal/search/"
WORDS = (
    "today I kept thinking about the message and whether to answer it, then I went for a walk "
    "and the park was quiet, work was busy, my sister called and we laughed about something old"
).split()
TRIGGERS = ["their song", "Sunday evening", "work", "their profile", "the bakery", "payday"]


def generate(user, key, years: int) -> int:
    """About three entries a day: check-ins (half with hours slept, moved and talked), entries
    of 50-300 words, some tagged, one in ten noting an urge."""
    rng = random.Random(years)
    emotions = list(content.emotions())
    now = timezone.now()
    rows = []
    days = 365 * years
    for day in range(days):
        for _ in range(rng.choice((2, 3, 3, 4))):
            moment = now - dt.timedelta(days=days - day, minutes=rng.randint(0, 1440))
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(50, 300)))
            mode = rng.choice(("quick", "free", "free", "guided"))
            routine = mode == "quick" and rng.random() < 0.5
            entry = Entry(
                owner=user,
                mode=mode,
                mood=rng.randint(1, 10),
                energy=rng.randint(1, 10),
                occurred_at=moment,
                sleep_hours=rng.randint(8, 20) / 2 if routine else None,
                moved=rng.random() < 0.6 if routine else None,
                talked=rng.random() < 0.7 if routine else None,
            )
            urges = []
            if rng.random() < 0.1:
                urges = [{"name": "text_them", "own": False, "acted": rng.random() < 0.4}]
            entry.seal_json(
                key,
                "body",
                rules.full_body(
                    {
                        "text": text,
                        "emotions": [
                            {"name": rng.choice(emotions), "intensity": rng.randint(0, 100)}
                            for _ in range(rng.randint(0, 3))
                        ],
                        "triggers": rng.sample(TRIGGERS, rng.randint(0, 2)),
                        "urges": urges,
                    }
                ),
            )
            rows.append(entry)
    Entry.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def main() -> None:
    _prepare()
    for years in (1, 10):
        username = f"bench{years}"
        user, key, _ = account_create(username=username, passphrase=PASSPHRASE)
        count = generate(user, key, years)
        client = Client()
        client.post("/account/login/", {"username": username, "passphrase": PASSPHRASE})
        month = timezone.localdate().strftime("%Y-%m")
        pages = [
            ("list page", "/journal/", "budget: p95 ≤ 50 ms"),
            ("list page 40", "/journal/?page=40", "budget: p95 ≤ 50 ms"),
            ("calendar month", f"/journal/calendar/?month={month}", "budget: p95 ≤ 50 ms"),
        ]
        searches = [  # posted, as the search form does
            ("search a word", {"q": "sister"}, "budget: p95 ≤ 100 ms"),
            ("search a rare word", {"q": "zebra"}, "budget: p95 ≤ 100 ms"),
            ("filter by trigger", {"trigger": "their song"}, "budget: p95 ≤ 100 ms"),
        ]
        print(f"-- {years} year(s): {count} entries")
        for name, path, budget in pages:
            assert client.get(path).status_code == 200
            report(f"GET {name}", timed(lambda p=path, c=client: c.get(p), 30), budget)
        for name, data, budget in searches:
            assert client.post(SEARCH, data).status_code == 200
            report(f"POST {name}", timed(lambda d=data, c=client: c.post(SEARCH, d), 30), budget)
        started = time.perf_counter()
        opened = selectors.opened(user=user, data_key=key)
        took = (time.perf_counter() - started) * 1000
        print(f"decrypt all {len(opened)} entries in Python: {took:.1f} ms")


if __name__ == "__main__":
    main()
