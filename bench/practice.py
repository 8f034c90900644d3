"""Print what Today and the practice pages cost with years of practice: a plan built from a
finished ECR-R and three goals, a pinned affirmation, and per year about 333 ladder tries
(on three ladders), 333 toolkit uses, 333 intentions (most kept, with a sealed note), 333
practice days and a few setback reviews. Timed at three years (the issue's ≈1,000 of each)
and at ten.

Run: .venv/bin/python bench/practice.py   (throwaway data directory, SQLite)
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
from innerbase.assessments import selectors as assessments
from innerbase.assessments import services as assessment_services
from innerbase.cli import _prepare
from innerbase.experiments import services as experiments
from innerbase.experiments.models import Try
from innerbase.practice import content, services
from innerbase.practice.models import Intention, PracticeDay
from innerbase.toolkit import content as toolkit_content
from innerbase.toolkit.models import ToolUse

PER_YEAR = 333
PASSPHRASE = "a passphrase of words"
BUDGET = "budget: p95 ≤ 50 ms"
LADDERS = ("anxious-independence", "avoidant-vulnerability", "fearful-gentle")


@transaction.atomic
def practiser(username: str, years: int):
    rng = random.Random(years)
    user, key, _ = account_create(username=username, passphrase=PASSPHRASE)
    ecr = assessments.instrument_for("ecr-r")
    answers = {i.key: (2 if i.reverse else 6) if i.subscale == "anxiety" else 3 for i in ecr.items}
    assessment_services.take_create(user=user, data_key=key, instrument=ecr, answers=answers)
    services.plan_goals_save(user=user, goals=["let-people-help", "stop-checking", "stay-close"])
    services.pin_save(user=user, pinned=f"lib:{content.affirmations()[0]['code']}")
    days = years * 365
    start = timezone.now() - dt.timedelta(days=days)
    count = years * PER_YEAR

    def when(number: int) -> dt.datetime:
        return start + dt.timedelta(days=days * number / count)

    steps = [
        step
        for code in LADDERS
        for step in experiments.ladder_start(user=user, data_key=key, code=code).steps.all()
    ]
    tries = []
    for number in range(count):
        attempt = Try(
            owner=user,
            step=rng.choice(steps),
            predicted_distress=rng.randint(40, 90),
            confidence=rng.randint(30, 90),
            actual_distress=rng.randint(10, 70) if number % 12 else None,
            feared_outcome_happened=rng.random() < 0.2 if number % 12 else None,
            predicted_at=when(number),
            recorded_at=when(number) if number % 12 else None,
        )
        attempt.seal_json(key, "body", {"prediction": "It will go badly.", "outcome": "Fine."})
        tries.append(attempt)
    Try.objects.bulk_create(tries)
    codes = toolkit_content.codes()
    uses = []
    for number in range(count):
        before = rng.randint(3, 10)
        uses.append(
            ToolUse(
                owner=user,
                exercise=rng.choice(codes),
                before=before,
                after=min(10, max(0, before - rng.randint(-1, 5))),
                used_at=when(number),
                finished_at=when(number),
            )
        )
    ToolUse.objects.bulk_create(uses)
    library = [item["code"] for item in content.intentions()]
    intentions = []
    for number in range(count):
        intention = Intention(
            owner=user,
            code=rng.choice(library),
            day=when(number).date(),
            done_at=when(number) if number % 4 else None,
            created_at=when(number),
        )
        intention.seal_json(key, "body", {"text": "", "note": "It went fine."})
        intentions.append(intention)
    Intention.objects.bulk_create(intentions)
    parts = [part["code"] for part in content.parts()]
    today = timezone.localdate()
    PracticeDay.objects.bulk_create(
        PracticeDay(
            owner=user,
            day=today - dt.timedelta(days=day),
            part=rng.choice(parts),
            status=rng.choice(["", "done", "skipped"]),
        )
        for day in range(1, count + 1)
    )
    for number in range(years * 12):
        services.setback_create(
            user=user, data_key=key, kind="texted", answers={"trigger": f"Evening {number}"}
        )
    return count


def main() -> None:
    _prepare()
    for years in (3, 10):
        began = time.perf_counter()
        username = f"practiser{years}"
        count = practiser(username, years)
        print(
            f"\n{years} years: {count:,} tries, {count:,} toolkit uses, {count:,} intentions, "
            f"{count:,} practice days (made in {time.perf_counter() - began:.1f} s)"
        )
        client = Client()
        client.post("/account/login/", {"username": username, "passphrase": PASSPHRASE})
        today = client.get("/")
        assert today.status_code == 200 and b"Today's practice" in today.content
        for name, url in (
            ("GET / (Today, with today's practice)", "/"),
            ("GET /practice/", "/practice/"),
            ("GET /practice/plan/", "/practice/plan/"),
            ("GET /practice/intentions/", "/practice/intentions/"),
            ("GET /api/v1/plan", "/api/v1/plan"),
        ):
            assert client.get(url).status_code == 200, url
            samples = timed(lambda url=url: client.get(url), 200)  # noqa: B023 (bound here)
            report(f"{name}, {years} y", samples, BUDGET)


if __name__ == "__main__":
    main()
