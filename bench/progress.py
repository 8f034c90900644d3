"""Print what the progress page costs for a ten-year person: about 11,000 journal entries
(bench/journal.py), 3,000 thought records (bench/thoughts.py), 300 ladder tries
(bench/experiments.py), 120 questionnaire takes (bench/assessments.py) and 500 pauses:
the page for one year and for all ten, and the API for ten, median and p95 server time.

Run: .venv/bin/python bench/progress.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import datetime as dt
import json
import random
import time

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.test import Client
from django.utils import timezone

import assessments as assessments_bench
import experiments as experiments_bench
import journal as journal_bench
import thoughts as thoughts_bench
from innerbase.accounts.services import account_create
from innerbase.checkins import content as checkins_content
from innerbase.checkins import selectors as checkins
from innerbase.checkins.models import WeeklyCheckin
from innerbase.cli import _prepare
from innerbase.safety.models import Pause

PASSPHRASE = "a passphrase of words"
PAUSES = 500
CHECKINS = 500


def pauses(user, years: int) -> None:
    rng = random.Random(3)
    start = timezone.now() - dt.timedelta(days=365 * years)
    rows = []
    for number in range(PAUSES):
        when = start + dt.timedelta(days=365 * years * number / PAUSES)
        rows.append(
            Pause(
                owner=user,
                urge="text_them",
                wait_minutes=10,
                started_at=when,
                ends_at=when + dt.timedelta(minutes=10),
                passed=rng.choice((True, True, False, None)),
            )
        )
    Pause.objects.bulk_create(rows)


def weekly_checkins(user, key) -> None:
    """CHECKINS weekly check-ins, one a week back from this one, signs slowly rising."""
    rng = random.Random(5)
    codes = [sign["code"] for sign in checkins_content.signs()]
    this_week = checkins.this_week(user=user)
    rows = []
    for number in range(CHECKINS):
        row = WeeklyCheckin(
            owner=user,
            week=this_week - dt.timedelta(weeks=CHECKINS - 1 - number),
            signs={c: min(4, max(0, round(number / 150) + rng.randint(-1, 1))) for c in codes},
        )
        row.seal_json(key, "body", {"went_well": "A walk.", "win": "I asked.", "intention": ""})
        rows.append(row)
    WeeklyCheckin.objects.bulk_create(rows)


def main() -> None:
    _prepare()
    began = time.perf_counter()
    user, key, _ = account_create(username="tenyears", passphrase=PASSPHRASE)
    entries = journal_bench.generate(user, key, 10)
    thoughts_bench.heavy_user(user, key)
    experiments_bench.heavy_user(user, key)
    assessments_bench.monthly_takes(user, key, 10, random.Random(11))
    pauses(user, 10)
    weekly_checkins(user, key)
    print(
        f"made {entries:,} entries, {thoughts_bench.RECORDS:,} records, "
        f"{experiments_bench.TRIES} tries, 120 takes, {PAUSES} pauses and {CHECKINS} weekly "
        "check-ins "
        f"in {time.perf_counter() - began:.1f} s"
    )
    client = Client()
    client.post("/account/login/", {"username": "tenyears", "passphrase": PASSPHRASE})
    year, everything = "/progress/?range=1y", "/progress/?range=all"
    for url in (year, everything):  # the first scan builds the search index the bulk rows lack
        page = client.get(url)
        assert page.status_code == 200 and b"data-what-changed" in page.content
    assert b"by month</h2>" in client.get(everything).content
    report("GET /progress/ one year", timed(lambda: client.get(year), 30), "budget: p95 ≤ 100 ms")
    report(
        "GET /progress/ ten years",
        timed(lambda: client.get(everything), 30),
        "budget: p95 ≤ 300 ms",
    )
    assert client.get("/").status_code == 200
    report("GET / (Today) ten years", timed(lambda: client.get("/"), 30), "budget: p95 ≤ 50 ms")
    token = client.post(
        "/api/v1/tokens",
        json.dumps({"username": "tenyears", "passphrase": PASSPHRASE}),
        content_type="application/json",
    ).json()["token"]
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert client.get("/api/v1/progress", **bearer).status_code == 200
    report(
        "GET /api/v1/progress ten years",
        timed(lambda: client.get("/api/v1/progress", **bearer), 30),
        "(no budget set)",
    )


if __name__ == "__main__":
    main()
