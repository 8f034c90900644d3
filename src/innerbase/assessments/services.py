"""Workflows that write takes: start or resume, record answers, the closing question, finish,
a whole take at once, and throwing an unfinished one away.

Answers live sealed in Take.answers as {item key: value}; only finished scores are plain.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction
from django.utils import timezone

from innerbase.assessments import scoring, selectors
from innerbase.assessments.instruments import Instrument
from innerbase.assessments.models import Take
from innerbase.core import distress
from innerbase.core.owned import owned


class TakeFinished(Exception):
    """A finished take cannot be thrown away: it is part of the person's history."""


def take_start(
    *, user, data_key: bytes, instrument: Instrument, target: str = "", person=None
) -> Take:
    """Resume the unfinished take of this questionnaire (and target), or begin a new one;
    `person` (from the people list) is who an ECR-RS take is about, when the person says."""
    existing = selectors.take_in_progress(user=user, code=instrument.code, target=target)
    if existing:
        if person is not None and existing.person_id != person.pk:
            existing.person = person
            existing.save(update_fields=["person"])
        return existing
    take = Take(owner=user, code=instrument.code, target=target, person=person)
    take.seal_json(data_key, "answers", {})
    take.save()
    return take


def take_record(
    *,
    take: Take,
    data_key: bytes,
    instrument: Instrument,
    answers: Mapping[str, int],
    position: int,
) -> dict[str, int]:
    """Keep answers for some items (already checked by the form) and where to resume; return
    every answer the take now holds."""
    kept = selectors.answers_of(take=take, data_key=data_key)
    kept.update(answers)
    take.seal_json(data_key, "answers", kept)
    take.position = max(0, min(position, len(instrument.items) - 1))
    take.save(update_fields=["answers", "position"])
    return kept


def take_difficulty_save(*, take: Take, data_key: bytes, difficulty: int | None) -> None:
    """Keep the answer to the unscored closing question (None: the person left it blank)."""
    extra = selectors.extra_of(take=take, data_key=data_key)
    extra.pop("difficulty", None)
    if difficulty is not None:
        extra["difficulty"] = difficulty
    take.seal_json(data_key, "extra", extra)
    take.save(update_fields=["extra"])


def take_distress_save(
    *, take: Take, data_key: bytes, before: int | None = None, after: int | None = None
) -> dict:
    """Keep the stop rule's ratings given (a blank keeps an earlier one) beside the take's
    other unscored answers; returns both ratings now. They are never part of a score."""
    extra = selectors.extra_of(take=take, data_key=data_key)
    ratings = distress.merged(extra.get("distress"), before=before, after=after)
    if ratings == extra.get("distress", distress.check()):
        return ratings  # nothing new: the row is left as it was
    extra["distress"] = ratings
    take.seal_json(data_key, "extra", extra)
    take.save(update_fields=["extra"])
    return ratings


def take_finish(*, take: Take, data_key: bytes, instrument: Instrument) -> bool:
    """Score a take whose every item is answered; False (and nothing changed) otherwise."""
    answers = selectors.answers_of(take=take, data_key=data_key)
    if scoring.first_unanswered(instrument, answers) is not None:
        return False
    scores = scoring.score(instrument, answers)
    take.scores = {
        name: round(value, 4) if value is not None else None for name, value in scores.items()
    }
    take.category = scoring.category(instrument, scores)
    take.completed_at = timezone.now()
    take.save(update_fields=["scores", "category", "completed_at"])
    return True


@transaction.atomic
def take_create(
    *,
    user,
    data_key: bytes,
    instrument: Instrument,
    answers: Mapping[str, int],
    target: str = "",
    person=None,
    difficulty: int | None = None,
    ratings: Mapping[str, int | None] | None = None,
) -> Take:
    """A whole, scored take at once (the API): answers already checked against the instrument;
    `ratings` are the stop rule's {"before", "after"}, when given."""
    take = Take(owner=user, code=instrument.code, target=target, person=person)
    take.seal_json(data_key, "answers", dict(answers))
    extra: dict = {} if difficulty is None else {"difficulty": difficulty}
    if ratings:
        extra["distress"] = distress.check(**ratings)
    take.seal_json(data_key, "extra", extra)
    take.position = len(instrument.items) - 1
    take.save()
    take_finish(take=take, data_key=data_key, instrument=instrument)
    return take


def take_discard(*, take: Take) -> None:
    """Throw away an unfinished take; TakeFinished (and nothing deleted) for a finished one."""
    if take.complete:
        raise TakeFinished(take.pk)
    take.delete()


def takes_about_person_delete(*, user, pk) -> None:
    """Delete the takes about one person of the people list (when the person removing them
    chooses to delete what was linked to them too)."""
    owned(Take, user=user).filter(person_id=pk).delete()
