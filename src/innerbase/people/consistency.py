"""The new-connection check's pure figures: consistency, not intensity. No Django import.

What a person notes about someone new, week by week: promises kept or broken, replies that
came or did not, boundaries respected or not, and how the body felt around them. The figures
are shares of what was noted (never a score of the other person), how steady those shares are
from week to week, and the body's trend. Slow, steady evidence is what the path says to trust
(PATH.md §E; Arriaga et al. 2018: security grows from repeated responsiveness), not the
strength of the pull.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import pstdev
from typing import Any

CHECKS = ("kept_promise", "responsive", "respected_boundary", "stayed_myself")
BODY = ("calm", "tense", "numb", "excited-anxious")
STEADY_SPREAD = 0.2  # a share that moves less than this between weeks reads as steady


@dataclass(frozen=True)
class Observation:
    day: date
    kept_promise: bool | None = None
    responsive: bool | None = None
    respected_boundary: bool | None = None
    stayed_myself: bool | None = None
    body: str = ""  # one of BODY, or ""


def week_of(day: date) -> date:
    """The Monday that starts the week of `day`."""
    return day - timedelta(days=day.weekday())


def share(values: Iterable[bool | None]) -> float | None:
    """The share of True among the answers given (None: nothing noted)."""
    given = [v for v in values if v is not None]
    return sum(given) / len(given) if given else None


def weekly(observations: Iterable[Observation]) -> list[dict[str, Any]]:
    """One row per week with any observation, oldest first: {"week", "count", each check's
    share (or None), "body": {kind: count}}."""
    weeks: dict[date, list[Observation]] = {}
    for item in observations:
        weeks.setdefault(week_of(item.day), []).append(item)
    rows = []
    for week in sorted(weeks):
        items = weeks[week]
        row: dict[str, Any] = {"week": week, "count": len(items)}
        for check in CHECKS:
            row[check] = share(getattr(i, check) for i in items)
        row["body"] = {kind: sum(1 for i in items if i.body == kind) for kind in BODY}
        rows.append(row)
    return rows


def steadiness(rows: Sequence[dict[str, Any]], check: str) -> dict[str, Any]:
    """How steady one check's weekly share is: {"weeks" (with a share), "spread" (the
    population standard deviation of the weekly shares, None under two weeks), "steady"}."""
    shares = [row[check] for row in rows if row[check] is not None]
    if len(shares) < 2:
        return {"weeks": len(shares), "spread": None, "steady": None}
    spread = pstdev(shares)
    return {"weeks": len(shares), "spread": round(spread, 3), "steady": spread < STEADY_SPREAD}


def body_trend(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The body's trend: the share of calm among the body notes of the earlier half of the
    weeks and of the later half ({"before", "after"}, each None without notes)."""
    half = len(rows) // 2
    parts = (rows[:half], rows[half:]) if half else ((), rows)

    def calm_share(part: Sequence[dict[str, Any]]) -> float | None:
        total = sum(sum(row["body"].values()) for row in part)
        return sum(row["body"]["calm"] for row in part) / total if total else None

    return {"before": calm_share(parts[0]), "after": calm_share(parts[1])}


def summary(observations: Iterable[Observation]) -> dict[str, Any]:
    """Everything the consistency view shows: the weekly rows, each check's overall share
    and steadiness, and the body's trend."""
    items = list(observations)
    rows = weekly(items)
    return {
        "weeks": rows,
        "overall": {check: share(getattr(i, check) for i in items) for check in CHECKS},
        "steadiness": {check: steadiness(rows, check) for check in CHECKS},
        "body": body_trend(rows),
        "count": len(items),
    }
