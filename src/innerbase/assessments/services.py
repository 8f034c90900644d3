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

TARGET_WORDS = "this person"  # ECR-RS items name the person as the published form does


class NotAvailable(LookupError):
    """An unknown questionnaire, or one the operator has switched off."""


def enabled_codes() -> list[str]:
    off = set(settings.ASSESSMENTS_OFF)
    return [code for code in instruments.codes() if code not in off]


def instrument_for(code: str) -> Instrument:
    if code not in enabled_codes():
        raise NotAvailable(code)
    return instruments.load(code)


def item_text(item) -> str:
    return item.text.replace("{target}", TARGET_WORDS)


def target_label(instrument: Instrument, target: str) -> str:
    return (instrument.raw.get("target_labels") or {}).get(target, target)


def answers_of(take: Take, key: bytes) -> dict[str, int]:
    return take.open_json(key, "answers", default={})


def unscored(instrument: Instrument) -> dict | None:
    """The form's optional, unscored closing question (GAD-7: how difficult the problems
    made things), or None. Its answer never enters a score."""
    return instrument.raw.get("unscored_question")


def asks_unscored(instrument: Instrument, answers: Mapping[str, int]) -> bool:
    """The published form asks it only "if you checked off any problems"."""
    return bool(unscored(instrument)) and any(
        value > instrument.scale_min for value in answers.values()
    )


def extra_of(take: Take, key: bytes) -> dict:
    return take.open_json(key, "extra", default={})


def unscored_answer(instrument: Instrument, take: Take, key: bytes) -> str:
    """The chosen option's words, or "" when the question was not asked or not answered."""
    question, chosen = unscored(instrument), extra_of(take, key).get("difficulty")
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


def first_unanswered(instrument: Instrument, answers: Mapping[str, int]) -> int | None:
    for index, item in enumerate(instrument.items):
        if answers.get(item.key) is None:
            return index
    return None


def category(instrument: Instrument, scores: Mapping[str, float | None]) -> str:
    """The plane region for the attachment measures, else the band of the first scale."""
    anxiety, avoidance = scores.get("anxiety"), scores.get("avoidance")
    if anxiety is not None and avoidance is not None:
        midpoint = instrument.subscale("anxiety").midpoint or 4
        return scoring.region(anxiety, avoidance, midpoint)
    for subscale in instrument.subscales:
        label = scoring.band(subscale, scores.get(subscale.key))
        if label:
            return label
    return ""


def finish(take: Take, key: bytes, instrument: Instrument) -> bool:
    """Score a take whose every item is answered; False (and nothing changed) otherwise."""
    answers = answers_of(take, key)
    if first_unanswered(instrument, answers) is not None:
        return False
    scores = scoring.score(instrument, answers)
    take.scores = {name: round(value, 4) for name, value in scores.items()}
    take.category = category(instrument, scores)
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


def result(instrument: Instrument, take: Take) -> list[dict]:
    """Everything the results page and the API say about each scale of a finished take."""
    rows = []
    for subscale in instrument.subscales:
        value = take.scores.get(subscale.key)
        low, high = scoring.score_range(instrument, subscale)
        rows.append(
            {
                "key": subscale.key,
                "name": subscale.name,
                "score": value,
                "low": low,
                "high": high,
                "midpoint": subscale.midpoint,
                "higher_is": subscale.higher_is,
                "percentile": scoring.percentile_for(subscale, value),
                "band": scoring.band(subscale, value),
                "norms": subscale.norms,
            }
        )
    return rows


def percentiles(instrument: Instrument, take: Take) -> dict[str, float | None]:
    return {s.key: scoring.percentile_for(s, take.scores.get(s.key)) for s in instrument.subscales}


def change(instrument: Instrument, before: Take, after: Take) -> dict[str, dict | None]:
    """Reliable change per scale from one finished take to another (None: no basis)."""
    return {
        s.key: scoring.change_between(s, before.scores.get(s.key), after.scores.get(s.key))
        for s in instrument.subscales
    }
