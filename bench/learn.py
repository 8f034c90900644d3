"""Print what the Learn pages cost for a reader at one and ten years: a finished ECR-R every
month (the path follows the latest), every lesson opened with a place kept, most of them
read, and a path chosen. Any lesson page (every lesson in turn), the lessons index, the guide
to therapy for a country, Today with the lesson card, and the API's lesson list.

Run: .venv/bin/python bench/learn.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import datetime as dt
import itertools
import random

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.db import transaction
from django.test import Client
from django.utils import timezone

from innerbase.accounts.services import account_create
from innerbase.assessments import selectors as assessments
from innerbase.assessments import services as assessment_services
from innerbase.assessments.models import Take
from innerbase.cli import _prepare
from innerbase.learn import content, services
from innerbase.learn.models import LessonReading

PASSPHRASE = "a passphrase of words"
BUDGET = "budget: p95 ≤ 30 ms"


@transaction.atomic
def reader(username: str, years: int):
    rng = random.Random(years)
    user, key, _ = account_create(username=username, passphrase=PASSPHRASE)
    ecr = assessments.instrument_for("ecr-r")
    start = timezone.now() - dt.timedelta(days=365 * years)
    for month in range(12 * years):
        answers = {item.key: rng.randint(1, 7) for item in ecr.items}
        take = assessment_services.take_create(
            user=user, data_key=key, instrument=ecr, answers=answers
        )
        Take.objects.filter(pk=take.pk).update(completed_at=start + dt.timedelta(days=30 * month))
    for number, lesson in enumerate(content.lessons()):
        services.reading_place_save(user=user, code=lesson.code, place=rng.randint(0, 20))
        if number % 5:
            services.lesson_read(user=user, code=lesson.code)
    # read long ago, none today: Today offers the next
    LessonReading.objects.filter(owner=user).exclude(read_at=None).update(read_at=start)
    services.path_choose(user=user, code="anxious")
    return user


def measure(years: int) -> None:
    username = f"reader{years}"
    reader(username, years)
    client = Client()
    client.post("/account/login/", {"username": username, "passphrase": PASSPHRASE})
    codes = itertools.cycle(lesson.code for lesson in content.lessons())
    first = client.get("/learn/what-attachment-is/")
    assert first.status_code == 200 and b"data-lesson-body" in first.content
    assert b"A short read" in client.get("/").content
    label = f"{years} year{'s' if years > 1 else ''}"
    report(
        f"GET /learn/<lesson>/ (all 26 in turn), {label}",
        timed(lambda: client.get(f"/learn/{next(codes)}/"), 260),
        BUDGET,
    )
    report(f"GET /learn/ (the index), {label}", timed(lambda: client.get("/learn/"), 200), BUDGET)
    report(
        f"GET /learn/therapy/?country=GB, {label}",
        timed(lambda: client.get("/learn/therapy/?country=GB"), 200),
        BUDGET,
    )
    report(f"GET /api/v1/lessons, {label}", timed(lambda: client.get("/api/v1/lessons"), 200))
    report(f"GET / (Today with the lesson card), {label}", timed(lambda: client.get("/"), 100))


def main() -> None:
    _prepare()
    for years in (1, 10):
        measure(years)


if __name__ == "__main__":
    main()
