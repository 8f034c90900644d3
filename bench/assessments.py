"""Print what questionnaires cost: scoring 10,000 takes, and the history page with 1 and 10
years of monthly takes (12 and 120).

Run: .venv/bin/python bench/assessments.py   (throwaway data directory, SQLite)
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
from innerbase.assessments import instruments, scoring, selectors, services
from innerbase.cli import _prepare


def scoring_figures() -> None:
    rng = random.Random(7)
    for code in instruments.codes():
        instrument = instruments.load(code)
        low, high = instrument.scale_min, instrument.scale_max
        sets = [
            scoring.answers_from_list(
                instrument, [rng.randint(low, high) for _ in instrument.items]
            )
            for _ in range(10_000)
        ]
        start = time.perf_counter()
        for answers in sets:
            scoring.score(instrument, answers)
        total = (time.perf_counter() - start) * 1000
        print(f"score 10,000 {code:<8} takes: {total:8.1f} ms in all ({total / 10:.2f} µs each)")


def monthly_takes(user, key, years: int, rng: random.Random) -> None:
    """One ECR-R take a month for `years` years, with random answers."""
    instrument = instruments.load("ecr-r")
    start = timezone.now() - dt.timedelta(days=30 * 12 * years)
    for month in range(12 * years):
        answers = scoring.answers_from_list(
            instrument, [rng.randint(1, 7) for _ in instrument.items]
        )
        take = services.take_create(user=user, data_key=key, instrument=instrument, answers=answers)
        take.completed_at = start + dt.timedelta(days=30 * month)
        take.save(update_fields=["completed_at"])


def history_figures() -> None:
    rng = random.Random(11)
    for years in (1, 10):
        username = f"bench{years}"
        user, key, _ = account_create(username=username, passphrase="a passphrase of words")
        monthly_takes(user, key, years, rng)
        client = Client()
        client.post(
            "/account/login/", {"username": username, "passphrase": "a passphrase of words"}
        )
        takes = 12 * years
        page = client.get("/assessments/ecr-r/history/")
        assert page.status_code == 200 and page.content.count(b"<tr>") >= takes
        report(
            f"GET history, {takes} ECR-R takes ({years} y)",
            timed(lambda c=client: c.get("/assessments/ecr-r/history/"), 100),
            "budget: p95 ≤ 50 ms",
        )
        latest = selectors.take_latest_completed(user=user, code="ecr-r")
        report(
            f"GET result with change, {takes} takes",
            timed(lambda c=client, t=latest: c.get(f"/assessments/takes/{t.pk}/result/"), 100),
            "budget: p95 ≤ 50 ms",
        )


def main() -> None:
    _prepare()
    scoring_figures()
    history_figures()


if __name__ == "__main__":
    main()
