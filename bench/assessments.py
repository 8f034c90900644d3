"""Print what questionnaires cost: scoring 10,000 takes, and the history page with 1 and 10
years of monthly takes (12 and 120).

Run: .venv/bin/python bench/assessments.py   (throwaway data directory, SQLite)
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
from innerbase.assessments import instruments, scoring, services  # noqa: E402
from innerbase.cli import _prepare  # noqa: E402

settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]


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
    print(f"{name:<46} median {statistics.median(ordered):8.3f} ms   p95 {p95:8.3f} ms   {budget}")


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


def history_figures() -> None:
    rng = random.Random(11)
    for years in (1, 10):
        username = f"bench{years}"
        user, key, _ = account_create(username=username, passphrase="a passphrase of words")
        instrument = instruments.load("ecr-r")
        start = timezone.now() - dt.timedelta(days=30 * 12 * years)
        for month in range(12 * years):
            answers = scoring.answers_from_list(
                instrument, [rng.randint(1, 7) for _ in instrument.items]
            )
            take = services.create_complete(user, key, instrument, answers)
            take.completed_at = start + dt.timedelta(days=30 * month)
            take.save(update_fields=["completed_at"])
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
        latest = services.completed(user, "ecr-r").order_by("-completed_at").first()
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
