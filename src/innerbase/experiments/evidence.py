"""The evidence log's arithmetic and its one plain sentence, over tries with an outcome.
Pure: no Django.

Inhibitory learning (Craske et al. 2014) says exposure works through expectancy violation:
the gap between what the person expected and what happened. So the summary puts the two
side by side and counts how often the feared outcome came true, and the sentence reports
them as they are. It never judges: a try that was harder than expected is information, and
the wording says so, with a smaller step offered as one way on.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import TypedDict


@dataclass(frozen=True)
class Outcome:
    """One try with its outcome recorded: distress expected and felt (0-100), and whether
    the feared outcome happened (None where the person did not say)."""

    predicted: int
    actual: int
    feared_happened: bool | None = None


class Summary(TypedDict):
    count: int
    mean_predicted: float | None
    mean_actual: float | None
    feared_count: int  # tries where the feared outcome happened
    feared_answered: int  # tries where the person said whether it happened
    feared_share: float | None  # feared_count / feared_answered


def summary(outcomes: Iterable[Outcome]) -> Summary:
    """Count, mean expected and felt distress (one decimal), and how often the fear came true."""
    rows = list(outcomes)
    answered = [row.feared_happened for row in rows if row.feared_happened is not None]
    feared = sum(1 for happened in answered if happened)
    count = len(rows)
    return {
        "count": count,
        "mean_predicted": round(sum(r.predicted for r in rows) / count, 1) if count else None,
        "mean_actual": round(sum(r.actual for r in rows) / count, 1) if count else None,
        "feared_count": feared,
        "feared_answered": len(answered),
        "feared_share": round(feared / len(answered), 3) if answered else None,
    }


def grouped[K: Hashable](rows: Iterable[tuple[K, Outcome]]) -> dict[K, Summary]:
    """A summary per key (a step's id), for keys that have at least one outcome."""
    groups: dict[K, list[Outcome]] = {}
    for key, outcome in rows:
        groups.setdefault(key, []).append(outcome)
    return {key: summary(outcomes) for key, outcomes in groups.items()}


def whole(value: float) -> int:
    """A 0-100 mean as the whole number a person reads (halves round up, as people expect)."""
    return int(value + 0.5)


NONE_YET = (
    "No outcomes yet. After a try, what you expected and what happened will show here, "
    "side by side."
)
HARDER = "It was harder than you thought. That is useful to know, and a smaller step may help."
ONE_TRY = "One try is a start, not a rule."


def _feared(found: Summary) -> str:
    """How often the feared outcome happened, in words ("" when the person never said)."""
    answered, feared = found["feared_answered"], found["feared_count"]
    if not answered:
        return ""
    if answered == 1:
        return "What you feared happened." if feared else "What you feared did not happen."
    tries = "tries" if answered == found["count"] else "tries where you said"
    return f"What you feared happened in {feared} of {answered} {tries}."


def sentence(found: Summary) -> str:
    """The evidence in one plain sentence (or a few short ones): "You expected 70 on average;
    it was 35. What you feared happened in 1 of 6 tries." Careful with none and one."""
    if not found["count"] or found["mean_predicted"] is None or found["mean_actual"] is None:
        return NONE_YET
    expected, felt = whole(found["mean_predicted"]), whole(found["mean_actual"])
    if found["count"] == 1:
        parts = [f"On your one try so far, you expected {expected} and it was {felt}."]
    elif felt == expected:
        parts = [f"You expected {expected} on average, and it was about the same: {felt}."]
    else:
        parts = [f"You expected {expected} on average; it was {felt}."]
    if felt > expected:
        parts.append(HARDER)
    parts.append(_feared(found))
    if found["count"] == 1:
        parts.append(ONE_TRY)
    return " ".join(part for part in parts if part)
