"""Print what the boundaries cost for a heavy user: 50 boundaries (20 with a person of 20 in
the list) and 2,000 log rows over two years: the list with every boundary's counts, one
boundary's page with its latest log, Today with five due, and GET /api/v1/boundaries.

Run: .venv/bin/python bench/boundaries.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import datetime as dt
import random
import time

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.db import transaction
from django.test import Client
from django.utils import timezone

from innerbase.accounts.services import account_create
from innerbase.boundaries import services
from innerbase.boundaries.models import BoundaryLog
from innerbase.cli import _prepare
from innerbase.people import services as people

BOUNDARIES, LOGS, PEOPLE, DAYS = 50, 2_000, 20, 2 * 365
PASSPHRASE = "a passphrase of words"
SENTENCE = "I don't reply to late-night texts, and I say so kindly, once, in the day."


@transaction.atomic
def heavy_user():
    rng = random.Random(15)
    user, key, _ = account_create(username="bounded", passphrase=PASSPHRASE)
    folks = [
        people.person_add(user=user, data_key=key, name=f"Person {n}", role="friend")
        for n in range(PEOPLE)
    ]
    today = timezone.localdate()
    made = []
    for number in range(BOUNDARIES):
        words = {"boundary": f"{SENTENCE} ({number})", "need": SENTENCE, "say": SENTENCE}
        revisit = today - dt.timedelta(days=1) if number < 5 else today + dt.timedelta(days=20)
        made.append(
            services.boundary_add(
                user=user,
                data_key=key,
                words=words,
                revisit_on=revisit,
                person=folks[number] if number < PEOPLE else None,
            )
        )
    rows = []
    for _ in range(LOGS):
        row = BoundaryLog(
            owner=user,
            boundary=rng.choice(made),
            outcome=rng.choice(["kept", "kept", "crossed"]),
            day=today - dt.timedelta(days=rng.randrange(DAYS)),
        )
        row.seal_json(key, "body", {"note": SENTENCE, "feelings": ["calm"]})
        rows.append(row)
    BoundaryLog.objects.bulk_create(rows)
    return made


def main() -> None:
    _prepare()
    began = time.perf_counter()
    made = heavy_user()
    print(f"made {BOUNDARIES} boundaries, {LOGS:,} log rows in {time.perf_counter() - began:.1f} s")
    client = Client()
    client.post("/account/login/", {"username": "bounded", "passphrase": PASSPHRASE})
    page = client.get("/people/boundaries/")
    assert page.status_code == 200 and b"since" in page.content
    assert b"Boundaries to look at again" in client.get("/").content
    budget = "budget: p95 \u2264 50 ms"
    report(
        f"GET /people/boundaries/, {BOUNDARIES} + {LOGS:,} log",
        timed(lambda: client.get("/people/boundaries/"), 200),
        budget,
    )
    url = made[0].get_absolute_url()
    report("GET one boundary (latest 50 of its log)", timed(lambda: client.get(url), 200), budget)
    report("GET / (Today, five boundaries due)", timed(lambda: client.get("/"), 200), budget)
    report(
        "GET /api/v1/boundaries",
        timed(lambda: client.get("/api/v1/boundaries"), 200),
        budget,
    )
    report("GET /account/ (the floor every page pays)", timed(lambda: client.get("/account/"), 200))


if __name__ == "__main__":
    main()
