"""Workflows for taking a questionnaire: start or resume, record answers, finish, compare.

Answers live sealed in Take.answers as {item key: value}; only finished scores are plain.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction
from django.utils import timezone

from innerbase.assessments import scoring, selectors
from innerbase.assessments.instruments import Instrument
from innerbase.assessments.models import Take


def record_extra(take: Take, key: bytes, difficulty: int | None) -> None:
    take.seal_json(key, "extra", {} if difficulty is None else {"difficulty": difficulty})
    take.save(update_fields=["extra"])


def start(user, key: bytes, instrument: Instrument, target: str = "") -> Take:
    """Resume the unfinished take of this questionnaire (and target), or begin a new one."""
    existing = selectors.take_in_progress(user=user, code=instrument.code, target=target)
    if existing:
        return existing
    take = Take(owner=user, code=instrument.code, target=target)
    take.seal_json(key, "answers", {})
    take.save()
    return take


def record(take: Take, key: bytes, instrument: Instrument, given: Mapping[str, int], position):
    """Keep answers for some items (already checked by the form) and where to resume."""
    answers = selectors.answers_of(take=take, data_key=key)
    answers.update(given)
    take.seal_json(key, "answers", answers)
    take.position = max(0, min(position, len(instrument.items) - 1))
    take.save(update_fields=["answers", "position"])


def finish(take: Take, key: bytes, instrument: Instrument) -> bool:
    """Score a take whose every item is answered; False (and nothing changed) otherwise."""
    answers = selectors.answers_of(take=take, data_key=key)
    if scoring.first_unanswered(instrument, answers) is not None:
        return False
    scores = scoring.score(instrument, answers)
    take.scores = {name: round(value, 4) for name, value in scores.items()}
    take.category = scoring.category(instrument, scores)
    take.completed_at = timezone.now()
    take.save(update_fields=["scores", "category", "completed_at"])
    return True


@transaction.atomic
def create_complete(
    user, key: bytes, instrument: Instrument, answers: dict, target: str = "", difficulty=None
):
    """A whole take at once (the API): answers already checked against the instrument."""
    take = Take(owner=user, code=instrument.code, target=target)
    take.seal_json(key, "answers", answers)
    take.seal_json(key, "extra", {} if difficulty is None else {"difficulty": difficulty})
    take.position = len(instrument.items) - 1
    take.save()
    finish(take, key, instrument)
    return take
