"""Trust-experiment writes: start a ladder from a template or in the person's own words,
rename, re-step, archive or delete it, mark a step ready, predict a try and record what
happened. The reads are in selectors.py.

Callers check input first (forms, API schemas); these functions trust it.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from innerbase.experiments import content
from innerbase.experiments.models import Ladder, Step, Try


def _step_add(ladder: Ladder, data_key: bytes, order: int, text: str) -> Step:
    step = Step(owner=ladder.owner, ladder=ladder, order=order)
    step.seal_json(data_key, "body", {"text": text})
    step.save()
    return step


@transaction.atomic
def ladder_create(
    *, user, data_key: bytes, name: str, steps: list[str], template: str = ""
) -> Ladder:
    """A ladder named `name` with `steps` in order, easiest first."""
    ladder = Ladder(owner=user, template=template)
    ladder.seal_json(data_key, "body", {"name": name})
    ladder.save()
    for order, text in enumerate(steps, start=1):
        _step_add(ladder, data_key, order, text)
    return ladder


def ladder_start(*, user, data_key: bytes, code: str) -> Ladder:
    """A ladder from the template `code`: its name and steps become the person's own copy,
    theirs to reword. KeyError for an unknown code."""
    template = content.templates_by_code()[code]
    return ladder_create(
        user=user, data_key=data_key, name=template["name"], steps=template["steps"], template=code
    )


def ladder_rename(*, ladder: Ladder, data_key: bytes, name: str) -> None:
    ladder.seal_json(data_key, "body", {"name": name})
    ladder.save(update_fields=["body", "updated_at"])


def ladder_archive(*, ladder: Ladder, archived: bool) -> None:
    """Put a ladder away (or back): it keeps its steps and tries, and leaves the plan."""
    ladder.archived = archived
    ladder.save(update_fields=["archived", "updated_at"])


@transaction.atomic
def steps_replace(*, ladder: Ladder, data_key: bytes, steps: list[dict]) -> None:
    """Make the ladder's steps `steps`, in order: {"id": an id of its own step, or None for a
    new one, "text"}. Steps left out are removed; callers keep those that have tries."""
    kept = {str(s["id"]) for s in steps if s.get("id")}
    ladder.steps.exclude(pk__in=kept).delete()
    mine = {str(step.pk): step for step in ladder.steps.all()}
    for order, item in enumerate(steps, start=1):
        step = mine.get(str(item.get("id")))
        if step is None:
            _step_add(ladder, data_key, order, item["text"])
            continue
        step.order = order
        step.seal_json(data_key, "body", {"text": item["text"]})
        step.save(update_fields=["order", "body"])
    ladder.save(update_fields=["updated_at"])


def ladder_delete(*, ladder: Ladder) -> None:
    """Delete a ladder with its steps and their tries."""
    ladder.delete()


def step_ready_set(*, step: Step, ready: bool) -> None:
    """The person says they are ready to climb on from this step (or not yet)."""
    if step.ready == ready:
        return
    step.ready = ready
    step.ready_at = timezone.now() if ready else None
    step.save(update_fields=["ready", "ready_at"])


def _used(ladder: Ladder) -> None:
    ladder.used_at = timezone.now()
    ladder.save(update_fields=["used_at"])


@transaction.atomic
def try_predict(
    *, step: Step, data_key: bytes, prediction: str, predicted_distress: int, confidence: int
) -> Try:
    """A new try of `step`, made by its prediction: what the person expects, how bad it will
    feel and how sure they are. The outcome comes later (try_record)."""
    attempt = Try(
        owner=step.owner,
        step=step,
        predicted_distress=predicted_distress,
        confidence=confidence,
    )
    attempt.seal_json(data_key, "body", {"prediction": prediction, "outcome": "", "learned": ""})
    attempt.save()
    _used(step.ladder)
    return attempt


@transaction.atomic
def try_record(
    *,
    attempt: Try,
    data_key: bytes,
    outcome: str,
    actual_distress: int,
    feared_outcome_happened: bool,
    learned: str,
) -> None:
    """What happened on the try (recorded again, it replaces the earlier outcome; the
    prediction stays as it was written)."""
    body = attempt.open_json(data_key, "body", default={})
    body.update({"outcome": outcome, "learned": learned})
    attempt.seal_json(data_key, "body", body)
    attempt.actual_distress = actual_distress
    attempt.feared_outcome_happened = feared_outcome_happened
    if attempt.recorded_at is None:
        attempt.recorded_at = timezone.now()
    attempt.save()
    _used(attempt.step.ladder)
