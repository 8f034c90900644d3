"""Scoring, bands, the attachment plane and reliable change. Pure functions, no Django.

Answers are a mapping from item key to the instrument's published numeric code, so scoring is
by item key and never by position. A subscale with any unanswered item gets no score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from innerbase.assessments.instruments import Instrument, Subscale, unscored

RCI_CRITICAL = 1.96  # two-tailed p < .05 (Jacobson & Truax 1991)


def answer_problems(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, str]:
    """{item key: message} for answers that are unknown, not whole numbers, or off the scale."""
    problems = {}
    known = set(instrument.item_keys)
    low, high = instrument.scale_min, instrument.scale_max
    for key, value in answers.items():
        if key not in known:
            problems[key] = "This question is not part of this questionnaire."
        elif isinstance(value, bool) or not isinstance(value, int):
            problems[key] = f"Choose a whole number from {low} to {high}."
        elif not low <= value <= high:
            problems[key] = f"Choose a number from {low} to {high}."
    return problems


def answers_from_list[T](instrument: Instrument, values: Sequence[T]) -> dict[str, T]:
    """Pair a list given in published item order with the item keys (the API's form)."""
    if len(values) != len(instrument.items):
        raise ValueError(f"expected {len(instrument.items)} answers, got {len(values)}")
    return dict(zip(instrument.item_keys, values, strict=True))


def keyed(instrument: Instrument, item_key: str, value: int) -> int:
    """The answer after reverse keying (reverse = min + max - answer)."""
    if instrument.item(item_key).reverse:
        return instrument.scale_min + instrument.scale_max - value
    return value


def subscale_score(
    instrument: Instrument, subscale: Subscale, answers: Mapping[str, int]
) -> float | None:
    if any(answers.get(key) is None for key in subscale.items):
        return None
    values = [keyed(instrument, key, answers[key]) for key in subscale.items]
    return sum(values) / len(values) if subscale.scoring == "mean" else float(sum(values))


def score(instrument: Instrument, answers: Mapping[str, int]) -> dict[str, float | None]:
    """Every subscale's score; None where an item of that subscale is unanswered."""
    problems = answer_problems(instrument, answers)
    if problems:
        raise ValueError(problems)
    return {s.key: subscale_score(instrument, s, answers) for s in instrument.subscales}


def score_range(instrument: Instrument, subscale: Subscale) -> tuple[float, float]:
    n = len(subscale.items)
    low, high = instrument.scale_min, instrument.scale_max
    return (low, high) if subscale.scoring == "mean" else (low * n, high * n)


def band(subscale: Subscale, value: float | None) -> str | None:
    """The interpretation band a score falls in, where the instrument has bands."""
    if value is None or not subscale.bands:
        return None
    for entry in subscale.bands:
        if entry["min"] <= value <= entry["max"]:
            return str(entry["label"])
    return None


REGIONS = {
    (False, False): "secure",
    (True, False): "anxious-preoccupied",
    (False, True): "dismissing-avoidant",
    (True, True): "fearful-avoidant",
}


def region(anxiety: float, avoidance: float, midpoint: float = 4.0) -> str:
    """The closest of the four conventional regions, split at the scale midpoint.

    An approximate convention (psychometrics.md §7): scores at or above the midpoint count
    as high. The dimensions are continuous; this only names the quarter of the plane.
    """
    return REGIONS[(anxiety >= midpoint, avoidance >= midpoint)]


def percentile(value: float, mean: float, sd: float) -> float:
    """Percentile under a normal approximation of the published norms (0-100)."""
    if sd <= 0:
        raise ValueError("sd must be positive")
    return 50 * (1 + math.erf((value - mean) / (sd * math.sqrt(2))))


def reliable_change(
    before: float, after: float, *, sd: float, reliability: float, higher_is: str
) -> dict[str, Any]:
    """Jacobson-Truax Reliable Change Index between two scores of one scale.

    S_diff = sd * sqrt(2) * sqrt(1 - r); RC = (after - before) / S_diff; |RC| > 1.96 is
    reliable. `threshold` is the smallest reliable change in scale points.
    """
    if sd <= 0 or not 0 <= reliability < 1:
        raise ValueError("sd must be positive and reliability in [0, 1)")
    s_diff = sd * math.sqrt(2) * math.sqrt(1 - reliability)
    rc = (after - before) / s_diff
    if abs(rc) <= RCI_CRITICAL:
        verdict = "no reliable change"
    else:
        better = (rc < 0) if higher_is == "worse" else (rc > 0)
        verdict = "reliable improvement" if better else "reliable worsening"
    return {"rci": rc, "threshold": RCI_CRITICAL * s_diff, "s_diff": s_diff, "verdict": verdict}


def percentile_for(subscale: Subscale, value: float | None) -> float | None:
    """A percentile only where the file carries verified norms that suit a normal curve.

    Never from unverified or invented norms: no norms, unverified norms, or norms marked
    `percentiles: false` (a skewed distribution such as GAD-7's) all give None.
    """
    norms = subscale.norms or {}
    if value is None or not norms.get("verified") or norms.get("percentiles") is False:
        return None
    if norms.get("mean") is None or not norms.get("sd"):
        return None
    return percentile(value, norms["mean"], norms["sd"])


def change_basis(subscale: Subscale) -> dict[str, Any] | None:
    """The SD and test-retest r a reliable change index uses for this scale, or None.

    An explicit `reliable_change` entry wins (it says whether its values are verified);
    otherwise verified norms' SD with a verified test-retest r. Alpha is never used in place
    of a retest r here: it overstates stability for a state-sensitive measure.
    """
    explicit = subscale.reliable_change
    if explicit:
        return {
            "sd": float(explicit["sd"]),
            "retest_r": float(explicit["retest_r"]),
            "verified": bool(explicit.get("verified")),
            "basis": str(explicit.get("basis", "")),
        }
    norms, reliability = subscale.norms or {}, subscale.reliability or {}
    if norms.get("verified") and norms.get("sd") and reliability.get("retest_r") is not None:
        if reliability.get("verified"):
            return {
                "sd": float(norms["sd"]),
                "retest_r": float(reliability["retest_r"]),
                "verified": True,
                "basis": f"SD from {norms.get('source', 'the published norms')}; "
                f"test–retest r from {reliability.get('source', 'the published reliability')}.",
            }
    return None


def change_between(
    subscale: Subscale, before: float | None, after: float | None
) -> dict[str, Any] | None:
    """Reliable change between two scores of one scale, with the basis it used; None when
    either score is missing or the scale has no basis for a reliable change index."""
    basis = change_basis(subscale)
    if basis is None or before is None or after is None:
        return None
    result = reliable_change(
        before, after, sd=basis["sd"], reliability=basis["retest_r"], higher_is=subscale.higher_is
    )
    return {**result, "difference": after - before, **basis}


def first_unanswered(instrument: Instrument, answers: Mapping[str, int]) -> int | None:
    """The index of the first item without an answer, or None when every item has one."""
    for index, item in enumerate(instrument.items):
        if answers.get(item.key) is None:
            return index
    return None


def asks_unscored(instrument: Instrument, answers: Mapping[str, int]) -> bool:
    """Whether to ask the closing question: the published form asks it only "if you checked
    off any problems"."""
    return bool(unscored(instrument)) and any(
        value > instrument.scale_min for value in answers.values()
    )


def category(instrument: Instrument, scores: Mapping[str, float | None]) -> str:
    """The plane region for the attachment measures, else the band of the first scale."""
    anxiety, avoidance = scores.get("anxiety"), scores.get("avoidance")
    if anxiety is not None and avoidance is not None:
        midpoint = instrument.subscale("anxiety").midpoint or 4
        return region(anxiety, avoidance, midpoint)
    for subscale in instrument.subscales:
        label = band(subscale, scores.get(subscale.key))
        if label:
            return label
    return ""


def scale_results(
    instrument: Instrument, scores: Mapping[str, float | None]
) -> list[dict[str, Any]]:
    """Everything the results page says about each scale of a finished take."""
    rows = []
    for subscale in instrument.subscales:
        value = scores.get(subscale.key)
        low, high = score_range(instrument, subscale)
        rows.append(
            {
                "key": subscale.key,
                "name": subscale.name,
                "score": value,
                "low": low,
                "high": high,
                "midpoint": subscale.midpoint,
                "higher_is": subscale.higher_is,
                "percentile": percentile_for(subscale, value),
                "band": band(subscale, value),
                "norms": subscale.norms,
            }
        )
    return rows


def percentiles(
    instrument: Instrument, scores: Mapping[str, float | None]
) -> dict[str, float | None]:
    """{scale key: percentile, or None where the scale has no usable norms}."""
    return {s.key: percentile_for(s, scores.get(s.key)) for s in instrument.subscales}


def changes(
    instrument: Instrument,
    before: Mapping[str, float | None],
    after: Mapping[str, float | None],
) -> dict[str, dict[str, Any] | None]:
    """Reliable change per scale from one take's scores to a later one's (None: no basis)."""
    return {
        s.key: change_between(s, before.get(s.key), after.get(s.key)) for s in instrument.subscales
    }
