"""Print what the coping toolkit costs with three years of use: 1,000 uses of the ten
exercises (most rated before and after, some half-rated or unfinished): the toolkit list with
what helps you, "I need a minute" offering the top three, a waiting pause, and the API.

Run: .venv/bin/python bench/toolkit.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this. A separate file from a
future bench/practice.py (Today with a plan and every kind of practice data), which the
practice app builds.
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
from innerbase.cli import _prepare
from innerbase.safety import services as safety
from innerbase.toolkit import content
from innerbase.toolkit.models import ToolUse

USES, DAYS = 1_000, 3 * 365
PASSPHRASE = "a passphrase of words"


@transaction.atomic
def heavy_user():
    rng = random.Random(14)
    user, key, _ = account_create(username="coper", passphrase=PASSPHRASE)
    codes = content.codes()
    start = timezone.now() - dt.timedelta(days=DAYS)
    rows = []
    for number in range(USES):
        code = rng.choice(codes)
        before = rng.randint(3, 10)
        after = min(10, max(0, before - rng.randint(-1, 5)))  # now and then it got worse
        if number % 10 == 0:
            after = None  # skipped, or never finished
        if number % 25 == 0:
            before = None
        when = start + dt.timedelta(days=DAYS * number / USES)
        rows.append(
            ToolUse(
                owner=user,
                exercise=code,
                before=before,
                after=after,
                used_at=when,
                finished_at=when if after is not None else None,
            )
        )
    ToolUse.objects.bulk_create(rows)
    pause = safety.pause_start(
        user=user, data_key=key, urge="text_them", own_urge="", wait_minutes=20, alternative=""
    )
    return user, pause


def main() -> None:
    _prepare()
    began = time.perf_counter()
    _, pause = heavy_user()
    print(f"made {USES:,} toolkit uses in {time.perf_counter() - began:.1f} s")
    client = Client()
    client.post("/account/login/", {"username": "coper", "passphrase": PASSPHRASE})
    page = client.get("/practice/toolkit/")
    assert page.status_code == 200 and b"rated" in page.content
    calm = client.get("/help/calm/")
    assert b"What has helped you before" in calm.content
    budget = "budget: p95 ≤ 50 ms"
    report(
        f"GET /practice/toolkit/, {USES:,} uses",
        timed(lambda: client.get("/practice/toolkit/"), 200),
        budget,
    )
    report(
        "GET /practice/toolkit/walk/ (an exercise)",
        timed(lambda: client.get("/practice/toolkit/walk/"), 200),
        budget,
    )
    report(
        "GET /help/calm/ with the top three", timed(lambda: client.get("/help/calm/"), 200), budget
    )
    url = pause.get_absolute_url()
    report("GET a waiting pause with the top three", timed(lambda: client.get(url), 200), budget)
    report(
        f"GET /api/v1/toolkit, {USES:,} uses",
        timed(lambda: client.get("/api/v1/toolkit"), 200),
        budget,
    )


if __name__ == "__main__":
    main()
