"""Print what the therapist report costs for a person with ten years of data: about 11,000
journal entries (bench/journal.py's generator), 3,000 thought records, 120 questionnaire
takes and 500 pauses. A three-month report with every section and ten chosen entries, as a
PDF and as the preview; a one-year report; and the compose page listing the entries.

Run: .venv/bin/python bench/reports.py   (throwaway data directory, SQLite)
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
from innerbase.assessments.models import Take
from innerbase.cli import _prepare
from innerbase.core import registry
from innerbase.journal.models import Entry
from innerbase.safety.models import Pause
from innerbase.thoughts.models import ThoughtRecord
from journal import generate  # bench/journal.py

PASSPHRASE = "a passphrase of words"
YEARS = 10


@transaction.atomic
def person():
    rng = random.Random(17)
    user, key, _ = account_create(username="bringer", passphrase=PASSPHRASE)
    entries = generate(user, key, YEARS)
    start = timezone.now() - dt.timedelta(days=365 * YEARS)
    ecr = assessments.instrument_for("ecr-r")
    for month in range(12 * YEARS):
        answers = {item.key: rng.randint(1, 7) for item in ecr.items}
        take = assessment_services.take_create(
            user=user, data_key=key, instrument=ecr, answers=answers
        )
        Take.objects.filter(pk=take.pk).update(completed_at=start + dt.timedelta(days=30 * month))
    ThoughtRecord.objects.bulk_create(
        ThoughtRecord(
            owner=user,
            created_at=start + dt.timedelta(days=365 * YEARS * n / 3000),
            before_mean=rng.randint(40, 100),
            after_mean=rng.randint(0, 80),
            distortions=["mind_reading"] if n % 2 else [],
            complete=bool(n % 3),
        )
        for n in range(3000)
    )
    Pause.objects.bulk_create(
        Pause(
            owner=user,
            urge=rng.choice(["text_them", "check_profile"]),
            wait_minutes=20,
            started_at=(when := start + dt.timedelta(days=365 * YEARS * n / 500)),
            ends_at=when + dt.timedelta(minutes=20),
            passed=rng.random() < 0.7,
        )
        for n in range(500)
    )
    return user, entries


def main() -> None:
    _prepare()
    began = time.perf_counter()
    user, entries = person()
    print(
        f"made {entries:,} entries, 3,000 records, 120 takes and 500 pauses "
        f"in {time.perf_counter() - began:.0f} s"
    )
    client = Client()
    client.post("/account/login/", {"username": "bringer", "passphrase": PASSPHRASE})
    today = timezone.localdate()
    chosen = [
        str(pk)
        for pk in Entry.objects.filter(owner=user)
        .order_by("-occurred_at")
        .values_list("pk", flat=True)[:10]
    ]
    codes = [section.code for section in registry.report_sections() if section.code != "entries"]

    def data(days: int) -> dict:
        return {
            "since": (today - dt.timedelta(days=days)).isoformat(),
            "until": today.isoformat(),
            "sections": codes,
            "entries": chosen,
            "parts": ["words", "mood", "feelings"],
            "note": "What I'd like to talk about.",
        }

    first = client.post("/report/download/", data(90))
    assert first["Content-Type"] == "application/pdf", first.content[:300]
    print(f"a three-month report: {len(first.content) / 1024:.0f} KB")
    report(
        "POST /report/download/, 3 months, all sections",
        timed(lambda: client.post("/report/download/", data(90)), 20),
        "budget: ≤ 2,000 ms",
    )
    report(
        "POST /report/preview/, 3 months",
        timed(lambda: client.post("/report/preview/", data(90)), 20),
    )
    report(
        "POST /report/download/, 1 year",
        timed(lambda: client.post("/report/download/", data(365)), 10),
    )
    report(
        "GET /report/ (3 months of entries to choose)", timed(lambda: client.get("/report/"), 20)
    )


if __name__ == "__main__":
    main()
