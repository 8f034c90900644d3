"""Twelve weeks of a person's life made through the apps' services, for the progress tests
(pages, API, providers and the browser): check-ins with sleep, moving and talking, triggers
and urges, pauses, thought records, belief ratings, ladder tries and two GAD-7 takes."""

import datetime as dt

from django.utils import timezone

from innerbase.assessments import instruments, scoring
from innerbase.assessments import services as assessments
from innerbase.experiments import services as experiments
from innerbase.journal import services as journal
from innerbase.safety import services as safety
from innerbase.thoughts import services as thoughts

WEEKS = 12


def check_in(person, *, days_ago: int, mood: int, **fields):
    body = {
        "text": "",
        "triggers": fields.pop("triggers", []),
        "urges": fields.pop("urges", []),
    }
    return journal.entry_create(
        user=person.user,
        data_key=person.data_key,
        body=body,
        mode="quick",
        mood=mood,
        energy=fields.pop("energy", 5),
        occurred_at=timezone.now() - dt.timedelta(days=days_ago, hours=1),
        **fields,
    )


def twelve_weeks(person) -> None:
    """Mood rising from about 3 to about 7; "Sunday evening" (8 check-ins, mood 1) comes with a low
    mood, "payday" (2) is too rare to tell; sleep, moving and talking on most days."""
    days = WEEKS * 7
    for day in range(days):
        ago = days - 1 - day
        mood = 3 + (4 * day) // days
        triggers = ["Sunday evening"] if day % 10 == 0 else []
        if day in (5, 40):
            triggers = ["payday"]
        check_in(
            person,
            days_ago=ago,
            mood=1 if triggers == ["Sunday evening"] else mood,
            sleep_hours=5.5 if day % 3 == 0 else 7.5,
            moved=day % 2 == 0,
            talked=day % 4 != 0,
            triggers=triggers,
            urges=[{"name": "text_them", "own": False, "acted": day % 20 == 5}]
            if day % 10 == 5
            else [],
        )
    for passed in (True, True, False):
        pause = safety.pause_start(
            user=person.user,
            data_key=person.data_key,
            urge="text_them",
            own_urge="",
            wait_minutes=10,
            alternative="",
        )
        safety.pause_finish(pause=pause, data_key=person.data_key, passed=passed, what_happened="")
    for before, after in ((80, 40), (70, 50)):
        thoughts.record_create(
            user=person.user,
            data_key=person.data_key,
            data={
                "situation": "No reply all evening.",
                "automatic_thought": "They are pulling away.",
                "emotions": [{"name": "anxious", "before": before, "after": after}],
            },
        )
    belief = thoughts.belief_add(user=person.user, data_key=person.data_key, text="I am too much")
    thoughts.belief_rate(belief=belief, rating=60)
    ladder = experiments.ladder_start(
        user=person.user, data_key=person.data_key, code="anxious-independence"
    )
    step = ladder.steps.order_by("order").first()
    for expected, felt in ((80, 30), (60, 40)):
        attempt = experiments.try_predict(
            step=step,
            data_key=person.data_key,
            prediction="They will be cold.",
            predicted_distress=expected,
            confidence=70,
        )
        experiments.try_record(
            attempt=attempt,
            data_key=person.data_key,
            outcome="It was fine.",
            actual_distress=felt,
            feared_outcome_happened=False,
            learned="",
        )
    gad = instruments.load("gad-7")
    for value in (3, 0):
        assessments.take_create(
            user=person.user,
            data_key=person.data_key,
            instrument=gad,
            answers=scoring.answers_from_list(gad, [value] * len(gad.items)),
        )
