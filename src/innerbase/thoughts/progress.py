"""Where a thought record stands: its empty body, which steps are done, where to resume, when
it is complete. Pure: no Django import."""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

TEXT_STEPS = {
    "situation": "situation",
    "automatic-thought": "automatic_thought",
    "evidence-for": "evidence_for",
    "evidence-against": "evidence_against",
    "balanced-thought": "balanced_thought",
}
TEXT_FIELDS = tuple(TEXT_STEPS.values())  # the answers a person writes, in step order


def empty_body() -> dict[str, Any]:
    """A record's body before anything is written: every answer empty, no feelings, no
    distress check (the stop rule's {"before", "after"}, see core/distress.py)."""
    return {**{field: "" for field in TEXT_FIELDS}, "emotions": [], "distress": {}}


def is_complete(
    automatic_thought: str, emotions: Sequence[Mapping[str, Any]], balanced_thought: str
) -> bool:
    """Complete: the thought, a balanced thought, and one feeling rated before and after."""
    rated = any(e.get("before") is not None and e.get("after") is not None for e in emotions)
    return bool(automatic_thought.strip()) and bool(balanced_thought.strip()) and rated


def steps_with_content(
    body: Mapping[str, Any], distortions: Sequence[str], has_belief: bool
) -> set[str]:
    """The steps whose answer is already there (used for records made in one go, by the API)."""
    done = {key for key, field in TEXT_STEPS.items() if str(body.get(field, "")).strip()}
    emotions = body.get("emotions") or []
    if emotions:
        done.add("emotions")
    if emotions and all(e.get("after") is not None for e in emotions):
        done.add("re-rate")
    if distortions:
        done.add("distortions")
    if has_belief:
        done.add("core-belief")
    return done


def first_unfinished(order: Sequence[str], done: Iterable[str]) -> str | None:
    """The first step in `order` not yet done, or None when every step is done."""
    finished = set(done)
    return next((key for key in order if key not in finished), None)
