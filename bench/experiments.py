"""Print what a ladder's evidence log costs with 300 tries on it (three years of practice on
one ladder, every try with its words and outcome), and the ladder page beside it.

Run: .venv/bin/python bench/experiments.py   (throwaway data directory, SQLite)
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
from innerbase.cli import _prepare
from innerbase.experiments import services
from innerbase.experiments.models import Try

TRIES = 300
PASSPHRASE = "a passphrase of words"


@transaction.atomic
def heavy_user(user=None, key=None):
    """300 tries of one ladder over three years for a new account "climber" (or the one given)."""
    rng = random.Random(14)
    if user is None:
        user, key, _ = account_create(username="climber", passphrase=PASSPHRASE)
    ladder = services.ladder_start(user=user, data_key=key, code="anxious-independence")
    steps = list(ladder.steps.order_by("order"))
    start = timezone.now() - dt.timedelta(days=3 * 365)
    for number in range(TRIES):
        step = steps[min(len(steps) - 1, number * len(steps) // TRIES)]
        expected = rng.randint(40, 95)
        attempt = services.try_predict(
            step=step,
            data_key=key,
            prediction=f"They will go quiet and I will feel dropped ({number}). " * 3,
            predicted_distress=expected,
            confidence=rng.randint(30, 90),
        )
        services.try_record(
            attempt=attempt,
            data_key=key,
            outcome="They answered later; the wait was hard at first, then it eased. " * 3,
            actual_distress=max(0, expected - rng.randint(-10, 50)),
            feared_outcome_happened=rng.random() < 0.15,
            learned="The worry peaks early and then drops if I let it. " * 2,
        )
        when = start + dt.timedelta(days=3 * 365 * number / TRIES)
        Try.objects.filter(pk=attempt.pk).update(
            predicted_at=when, recorded_at=when + dt.timedelta(hours=3)
        )
    return ladder


def main() -> None:
    _prepare()
    began = time.perf_counter()
    ladder = heavy_user()
    print(f"made {TRIES} tries in {time.perf_counter() - began:.1f} s")
    client = Client()
    client.post("/account/login/", {"username": "climber", "passphrase": PASSPHRASE})
    url = f"/practice/experiments/{ladder.pk}/evidence/"
    page = client.get(url)
    assert page.status_code == 200 and f"({TRIES} in all)".encode() in page.content
    budget = "budget: p95 ≤ 50 ms"
    # what any logged-in page pays (session, vault, base template): on a busy machine this
    # floor moves, and the evidence log's own cost is the gap above it
    report("GET /help/ (the floor of any page)", timed(lambda: client.get("/help/"), 100))
    report(f"GET evidence log, {TRIES} tries", timed(lambda: client.get(url), 100), budget)
    report(
        f"GET ladder page, {TRIES} tries",
        timed(lambda: client.get(ladder.get_absolute_url()), 100),
        "(no budget set)",
    )
    report(
        f"GET /api/v1/ladders/{{id}}/evidence, {TRIES} tries",
        timed(lambda: client.get(f"/api/v1/ladders/{ladder.pk}/evidence"), 100),
        "(no budget set)",
    )


if __name__ == "__main__":
    main()
