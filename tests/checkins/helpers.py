"""Wins of every kind, made by each app's own services, for the check-ins' tests and bench."""

import datetime as dt

from django.utils import timezone

from innerbase.assessments import selectors as assessment_selectors
from innerbase.assessments import services as assessments
from innerbase.experiments import selectors as experiment_selectors
from innerbase.experiments import services as experiments
from innerbase.practice import services as practice
from innerbase.safety import services as safety


def kept_intention(person, text: str, *, at=None):
    row = practice.intention_add(
        user=person.user, data_key=person.data_key, day=timezone.localdate(), text=text
    )
    practice.intention_done(intention=row, data_key=person.data_key, note="")
    if at is not None:
        type(row).objects.filter(pk=row.pk).update(done_at=at)
    return row


def passed_pause(person, urge: str, *, at=None):
    pause = safety.pause_start(
        user=person.user,
        data_key=person.data_key,
        urge="own",
        own_urge=urge,
        wait_minutes=10,
        alternative="",
    )
    safety.pause_finish(pause=pause, data_key=person.data_key, passed=True, what_happened="")
    if at is not None:
        type(pause).objects.filter(pk=pause.pk).update(completed_at=at)
    return pause


def climbed_step(person, text: str, *, at=None):
    ladder = experiments.ladder_create(
        user=person.user, data_key=person.data_key, name="Trust", steps=[text, "Next"]
    )
    step = experiment_selectors.steps_of(ladder=ladder)[0]
    experiments.step_ready_set(step=step, ready=True)
    if at is not None:
        type(step).objects.filter(pk=step.pk).update(ready_at=at)
    return step


def better_gad7(person, *, at=None):
    """Two GAD-7 takes, the second much lower: a reliable improvement."""
    gad7 = assessment_selectors.instrument_for("gad-7")
    takes = [
        assessments.take_create(
            user=person.user,
            data_key=person.data_key,
            instrument=gad7,
            answers={item.key: value for item in gad7.items},
        )
        for value in (3, 0)
    ]
    if at is not None:
        type(takes[0]).objects.filter(pk=takes[0].pk).update(
            completed_at=at - dt.timedelta(days=30)
        )
        type(takes[1]).objects.filter(pk=takes[1].pk).update(completed_at=at)
    return takes[1]


def days_ago(days: float) -> dt.datetime:
    return timezone.now() - dt.timedelta(days=days)
