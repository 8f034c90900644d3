"""Print what the journal costs with 1 and 10 years of entries (about 1,100 and 11,000):
the list page, a calendar month and search, median and p95 server time.

Run: .venv/bin/python bench/journal.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("INNERBASE_DATA_DIR", tempfile.mkdtemp(prefix="innerbase-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innerbase.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from innerbase.accounts.services import account_create  # noqa: E402
from innerbase.cli import _prepare  # noqa: E402
from innerbase.journal import content, services  # noqa: E402
from innerbase.journal.models import Entry  # noqa: E402

settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
PASSPHRASE = "a passphrase of words"
WORDS = (
    "today I kept thinking about the message and whether to answer it, then I went for a walk "
    "and the park was quiet, work was busy, my sister called and we laughed about something old"
).split()
TRIGGERS = ["their song", "Sunday evening", "work", "their profile", "the bakery", "payday"]


def timed(fn, runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        result.append((time.perf_counter() - start) * 1000)
    return result


def report(name: str, samples: list[float], budget: str = "") -> None:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(f"{name:<44} median {statistics.median(ordered):8.2f} ms   p95 {p95:8.2f} ms   {budget}")


def generate(user, key, years: int) -> int:
    """About three entries a day: check-ins, entries of 50-300 words, some tagged."""
    rng = random.Random(years)
    emotions = list(content.emotions())
    now = timezone.now()
    rows = []
    days = 365 * years
    for day in range(days):
        for _ in range(rng.choice((2, 3, 3, 4))):
            moment = now - dt.timedelta(days=days - day, minutes=rng.randint(0, 1440))
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(50, 300)))
            entry = Entry(
                owner=user,
                mode=rng.choice(("quick", "free", "free", "guided")),
                mood=rng.randint(1, 10),
                energy=rng.randint(1, 10),
                occurred_at=moment,
            )
            entry.seal_json(
                key,
                "body",
                services.full_body(
                    {
                        "text": text,
                        "emotions": [
                            {"name": rng.choice(emotions), "intensity": rng.randint(0, 100)}
                            for _ in range(rng.randint(0, 3))
                        ],
                        "triggers": rng.sample(TRIGGERS, rng.randint(0, 2)),
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
        checks = [
            ("list page", "/journal/", "budget: p95 ≤ 50 ms"),
            ("list page 40", "/journal/?page=40", "budget: p95 ≤ 50 ms"),
            ("calendar month", f"/journal/calendar/?month={month}", "budget: p95 ≤ 50 ms"),
            ("search a word", "/journal/?q=sister", "budget: p95 ≤ 100 ms"),
            ("search a rare word", "/journal/?q=zebra", "budget: p95 ≤ 100 ms"),
            ("filter by trigger", "/journal/?trigger=their+song", "budget: p95 ≤ 100 ms"),
        ]
        print(f"-- {years} year(s): {count} entries")
        for name, path, budget in checks:
            assert client.get(path).status_code == 200
            report(f"GET {name}", timed(lambda p=path, c=client: c.get(p), 30), budget)
        started = time.perf_counter()
        opened = services.opened(user, key)
        took = (time.perf_counter() - started) * 1000
        print(f"decrypt all {len(opened)} entries in Python: {took:.1f} ms")


if __name__ == "__main__":
    main()
