"""Statistics for the review page: the change one record made, the traps spotted most, and
how the average drop in intensity moves month by month. Pure: no Django import.

Intensities are 0-100. A record's change uses only feelings rated both before and after, so
a feeling added late or left un-rated never skews it; "drop" is before minus after, so a
positive drop means the feelings eased.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def record_change(emotions: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """{"before", "after", "drop"}: the mean of the paired ratings; None with no pair."""
    pairs = [
        (e["before"], e["after"])
        for e in emotions
        if e.get("before") is not None and e.get("after") is not None
    ]
    if not pairs:
        return None
    before = sum(b for b, _ in pairs) / len(pairs)
    after = sum(a for _, a in pairs) / len(pairs)
    return {"before": round(before, 1), "after": round(after, 1), "drop": round(before - after, 1)}


def ranked(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Counts per code (as the database adds them up), most first, ties in code order;
    codes never spotted are left out."""
    return sorted(((c, n) for c, n in counts.items() if n), key=lambda item: (-item[1], item[0]))


def monthly_from_sums(rows: Iterable[tuple[str, int, float | None]]) -> list[dict[str, Any]]:
    """Per calendar month with any re-rated record, oldest first: {"month": "YYYY-MM",
    "records", "average_drop"}, from the per-month totals the database adds up ("YYYY-MM",
    records re-rated, sum of their drops); months with no re-rated record are left out."""
    return [
        {"month": month, "records": n, "average_drop": round(total / n, 1)}
        for month, n, total in sorted(rows)
        if n and total is not None
    ]


def trend(points: Sequence[float]) -> float | None:
    """Least-squares slope per step of a series (None with fewer than two points): a positive
    slope of monthly drops means records are easing feelings more over time."""
    n = len(points)
    if n < 2:
        return None
    mean_x, mean_y = (n - 1) / 2, sum(points) / n
    spread = sum((x - mean_x) ** 2 for x in range(n))
    return round(sum((x - mean_x) * (y - mean_y) for x, y in enumerate(points)) / spread, 2)
