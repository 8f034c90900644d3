"""Print what the weekly check-in and the wins cost for a heavy user: 500 weekly check-ins
(ten years, each with a win) and a year of wins from the other apps (365 kept intentions,
100 urges that passed, 30 ladder steps climbed, two GAD-7 takes): Today on a hard day and on
the check-in day (both cards shown), the wins page, the check-in page with its chart, and
GET /api/v1/wins.

Run: .venv/bin/python bench/checkins.py   (throwaway data directory, SQLite)
Figures, not pass/fail: the machine is noisy, so CI never runs this.
"""

import datetime as dt
import html
import time
import urllib.parse

import benchlib  # noqa: F401  (first: sets up Django)
from benchlib import report, timed
from django.db import transaction
from django.test import Client
from django.utils import timezone

from innerbase.accounts.services import account_create
from innerbase.assessments import selectors as assessment_selectors
from innerbase.assessments import services as assessments
from innerbase.checkins import selectors, services
from innerbase.checkins.models import WeeklyCheckin
from innerbase.cli import _prepare
from innerbase.experiments import selectors as experiment_selectors
from innerbase.experiments import services as experiments
from innerbase.experiments.models import Step
from innerbase.journal import services as journal
from innerbase.practice.models import Intention
from innerbase.safety import services as safety
from innerbase.safety.models import Pause

CHECKINS, INTENTIONS, PAUSES, STEPS = 500, 365, 100, 30
PASSPHRASE = "a passphrase of words"
SENTENCE = "I asked for what I needed, kindly, and the sky did not fall."


@transaction.atomic
def heavy_user():
    user, key, _ = account_create(username="steady", passphrase=PASSPHRASE)
    now = timezone.now()
    user.date_joined = now - dt.timedelta(days=CHECKINS * 7 + 7)
    user.save(update_fields=["date_joined"])
    today = timezone.localdate()
    services.rhythm_set(user=user, weekday=today.weekday())  # today is the check-in day
    week = selectors.this_week(user=user)
    rows = []
    for number in range(1, CHECKINS + 1):  # every week but this one, so Today offers it
        row = WeeklyCheckin(
            owner=user,
            week=week - dt.timedelta(weeks=number),
            signs={
                code: (number + i) % 5
                for i, code in enumerate(
                    ["curious", "communicating", "available", "needs", "trust"]
                )
            },
            created_at=now - dt.timedelta(weeks=number),
        )
        row.seal_json(
            key,
            "body",
            {"went_well": SENTENCE, "win": f"{SENTENCE} ({number})", "intention": "Rest."},
        )
        rows.append(row)
    WeeklyCheckin.objects.bulk_create(rows)
    intentions = []
    for day in range(INTENTIONS):
        row = Intention(
            owner=user,
            day=today - dt.timedelta(days=day),
            done_at=now - dt.timedelta(days=day, hours=2),
        )
        row.seal_json(key, "body", {"text": SENTENCE, "note": ""})
        intentions.append(row)
    Intention.objects.bulk_create(intentions)
    for number in range(PAUSES):
        pause = safety.pause_start(
            user=user,
            data_key=key,
            urge="own",
            own_urge="Text him",
            wait_minutes=10,
            alternative="",
        )
        safety.pause_finish(pause=pause, data_key=key, passed=True, what_happened="")
        Pause.objects.filter(pk=pause.pk).update(
            completed_at=now - dt.timedelta(days=number * 3, hours=5)
        )
    ladder = experiments.ladder_create(
        user=user, data_key=key, name="Trust", steps=[f"Step {n}" for n in range(STEPS)]
    )
    for number, step in enumerate(experiment_selectors.steps_of(ladder=ladder)):
        experiments.step_ready_set(step=step, ready=True)
        Step.objects.filter(pk=step.pk).update(
            ready_at=now - dt.timedelta(days=number * 12, hours=7)
        )
    gad7 = assessment_selectors.instrument_for("gad-7")
    for value in (3, 0):
        assessments.take_create(
            user=user, data_key=key, instrument=gad7, answers={i.key: value for i in gad7.items}
        )
    journal.entry_create(user=user, data_key=key, body={}, mode="quick", mood=2)  # a hard day


def main() -> None:
    _prepare()
    began = time.perf_counter()
    heavy_user()
    print(
        f"made {CHECKINS} weekly check-ins and a year of wins ({INTENTIONS} intentions, "
        f"{PAUSES} pauses, {STEPS} steps, 2 takes) in {time.perf_counter() - began:.1f} s"
    )
    client = Client()
    client.post("/account/login/", {"username": "steady", "passphrase": PASSPHRASE})
    home = client.get("/").content
    assert b"Things you&#x27;ve done lately" in home or b"Things you've done lately" in home
    assert b"Your weekly check-in" in home
    report(
        "GET / (Today: the check-in day and a hard day, both cards)",
        timed(lambda: client.get("/"), 200),
        "budget: p95 \u2264 50 ms",
    )
    budget = "budget: p95 \u2264 100 ms"
    report(
        "GET /progress/wins/ (the newest 20)",
        timed(lambda: client.get("/progress/wins/"), 200),
        budget,
    )
    page = client.get("/progress/wins/").content.decode()
    older = html.unescape(page.split("?before=", 1)[1].split('"', 1)[0])
    older = urllib.parse.unquote(older)
    report(
        "GET /progress/wins/?before= (the next 20)",
        timed(lambda: client.get("/progress/wins/", {"before": older}), 200),
        budget,
    )
    report(
        "GET /progress/check-in/ (form and the chart of 26 weeks)",
        timed(lambda: client.get("/progress/check-in/"), 200),
        budget,
    )
    report("GET /api/v1/wins (50)", timed(lambda: client.get("/api/v1/wins"), 200), budget)
    report("GET /account/ (the floor every page pays)", timed(lambda: client.get("/account/"), 200))


if __name__ == "__main__":
    main()
