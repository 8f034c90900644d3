"""Workflows for taking a questionnaire: start or resume, record answers, finish, compare.

Answers live sealed in Take.answers as {item key: value}; only finished scores are plain.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from innerbase.assessments import instruments, scoring
from innerbase.assessments.instruments import Instrument
from innerbase.assessments.models import Take


class NotAvailable(LookupError):
    """An unknown questionnaire, or one the operator has switched off."""


def enabled_codes() -> list[str]:
    off = set(settings.ASSESSMENTS_OFF)
    return [code for code in instruments.codes() if code not in off]


def instrument_for(code: str) -> Instrument:
    if code not in enabled_codes():
        raise NotAvailable(code)
    return instruments.load(code)


def answers_of(take: Take, key: bytes) -> dict[str, int]:
    return take.open_json(key, "answers", default={})


def extra_of(take: Take, key: bytes) -> dict:
    return take.open_json(key, "extra", default={})


def unscored_answer(instrument: Instrument, take: Take, key: bytes) -> str:
    """The chosen option's words, or "" when the question was not asked or not answered."""
    question, chosen = instruments.unscored(instrument), extra_of(take, key).get("difficulty")
    if not question or chosen is None:
        return ""
    return question["options"][chosen]


def record_extra(take: Take, key: bytes, difficulty: int | None) -> None:
    take.seal_json(key, "extra", {} if difficulty is None else {"difficulty": difficulty})
    take.save(update_fields=["extra"])


def in_progress(user, code: str, target: str = "") -> Take | None:
    return (
        Take.objects.filter(owner=user, code=code, target=target, completed_at=None)
        .order_by("-started_at")
        .first()
    )


def start(user, key: bytes, instrument: Instrument, target: str = "") -> Take:
    """Resume the unfinished take of this questionnaire (and target), or begin a new one."""
    existing = in_progress(user, instrument.code, target)
    if existing:
        return existing
    take = Take(owner=user, code=instrument.code, target=target)
    take.seal_json(key, "answers", {})
    take.save()
    return take


def record(take: Take, key: bytes, instrument: Instrument, given: Mapping[str, int], position):
    """Keep answers for some items (already checked by the form) and where to resume."""
    answers = answers_of(take, key)
    answers.update(given)
    take.seal_json(key, "answers", answers)
    take.position = max(0, min(position, len(instrument.items) - 1))
    take.save(update_fields=["answers", "position"])


def finish(take: Take, key: bytes, instrument: Instrument) -> bool:
    """Score a take whose every item is answered; False (and nothing changed) otherwise."""
    answers = answers_of(take, key)
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


def completed(user, code: str):
    return Take.objects.filter(owner=user, code=code).exclude(completed_at=None)
