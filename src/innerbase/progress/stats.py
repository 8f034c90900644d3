"""The progress page's statistics, from the plain numbers the apps give. Pure: no Django.

Mood and energy are 1-10. A day's figure is the mean of that day's check-ins (the apps add it
up in SQL), so a day with many check-ins counts once; a week (or a month, over a long range)
is shown as a band: the middle half of its days, with the median. A group of check-ins
(a trigger, a night's sleep, a day with a walk) is read from its mood counts, a list of ten
numbers (how many check-ins had mood 1, 2, ... 10), and compared only when both it and
the rest hold at least MIN_ENTRIES check-ins: fewer than that is "not enough to tell yet".
Nothing here says why a mood moved; the page says "comes with", never "causes".
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

MIN_ENTRIES = 6  # check-ins a group needs (and the rest needs) before it is compared
LONG_RANGE_DAYS = 2 * 365  # past this, bands are by month: 500 weeks would be a blur
MOOD_STEP = 1.0  # a change in the middle mood smaller than this is "about the same"
SLEEP_GROUPS = (("Under 6 hours", 0.0, 6.0), ("6 to 8 hours", 6.0, 8.5), ("Over 8 hours", 8.5, 99))


def _round(value: float) -> float:
    return round(value, 1)


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """(lower quartile, median, upper quartile), inclusive method; one value is all three."""
    if not values:
        raise ValueError("no values")
    if len(values) == 1:
        return values[0], values[0], values[0]
    low, middle, high = statistics.quantiles(values, n=4, method="inclusive")
    return low, middle, high


def expand(counts: Sequence[int]) -> list[int]:
    """Mood counts [n1, ..., n10] as the moods themselves, lowest first."""
    return [mood for mood, n in enumerate(counts, start=1) for _ in range(n)]


def median_of_counts(counts: Sequence[int]) -> float | None:
    """The median mood of a group from its mood counts (None for an empty group)."""
    moods = expand(counts)
    return float(statistics.median(moods)) if moods else None


def period_for(first: dt.date, last: dt.date) -> str:
    """ "week", or "month" when the days span more than two years."""
    return "month" if (last - first).days > LONG_RANGE_DAYS else "week"


def period_start(day: dt.date, period: str) -> dt.date:
    """The Monday of the day's week, or the first of its month."""
    if period == "month":
        return day.replace(day=1)
    return day - dt.timedelta(days=day.weekday())


def bands(
    days: Iterable[Mapping[str, Any]], key: str, period: str = "week"
) -> list[dict[str, Any]]:
    """Per week (or month) with any value, oldest first: {"start": "YYYY-MM-DD", "days": n,
    "low", "median", "high"} over the days' `key` figures ({"day": "YYYY-MM-DD", key: float
    or None} each); low and high bound the middle half of the days."""
    grouped: dict[dt.date, list[float]] = defaultdict(list)
    for row in days:
        value = row.get(key)
        if value is not None:
            grouped[period_start(dt.date.fromisoformat(row["day"]), period)].append(float(value))
    result = []
    for start in sorted(grouped):
        low, middle, high = quartiles(sorted(grouped[start]))
        result.append(
            {
                "start": start.isoformat(),
                "days": len(grouped[start]),
                "low": _round(low),
                "median": _round(middle),
                "high": _round(high),
            }
        )
    return result


def _minus(every: Sequence[int], part: Sequence[int]) -> list[int]:
    return [max(0, a - b) for a, b in zip(every, part, strict=True)]


def effects(
    groups: Mapping[str, Sequence[int]], every: Sequence[int], minimum: int = MIN_ENTRIES
) -> dict[str, Any]:
    """How the mood of check-ins in each group (a trigger) compares with all the others.

    `groups` maps a name to its mood counts, `every` is the mood counts of all check-ins.
    Returns {"minimum", "ranked": [{"name", "entries", "median", "others", "difference"}],
    "too_few": [{"name", "entries"}]}: ranked from the lowest mood against the rest, only
    where the group and the rest each hold `minimum` check-ins; the others, most first.
    """
    ranked: list[dict[str, Any]] = []
    too_few: list[dict[str, Any]] = []
    for name, counts in groups.items():
        entries, rest = sum(counts), _minus(every, counts)
        if entries < minimum or sum(rest) < minimum:
            too_few.append({"name": name, "entries": entries})
            continue
        median, others = median_of_counts(counts), median_of_counts(rest)
        assert median is not None and others is not None
        ranked.append(
            {
                "name": name,
                "entries": entries,
                "median": median,
                "others": others,
                "difference": _round(median - others),
            }
        )
    ranked.sort(key=lambda row: (row["difference"], -row["entries"], row["name"]))
    too_few.sort(key=lambda row: (-row["entries"], row["name"]))
    return {"minimum": minimum, "ranked": ranked, "too_few": too_few}


def compared(
    groups: Sequence[tuple[str, Sequence[int]]], minimum: int = MIN_ENTRIES
) -> dict[str, Any]:
    """Side by side groups of check-ins (slept under 6 hours, 6 to 8, over 8): {"minimum",
    "rows": [{"label", "entries", "median" (None below the minimum), "enough"}], "enough":
    whether at least two groups can be compared}."""
    rows: list[dict[str, Any]] = []
    for label, counts in groups:
        entries = sum(counts)
        enough = entries >= minimum
        rows.append(
            {
                "label": label,
                "entries": entries,
                "median": median_of_counts(counts) if enough else None,
                "enough": enough,
            }
        )
    return {"minimum": minimum, "rows": rows, "enough": sum(r["enough"] for r in rows) >= 2}


def sleep_groups(rows: Iterable[Mapping[str, Any]]) -> list[tuple[str, list[int]]]:
    """Mood counts per hours slept ({"hours", "moods"} each) gathered into three groups."""
    found = {label: [0] * 10 for label, _, _ in SLEEP_GROUPS}
    for row in rows:
        for label, low, high in SLEEP_GROUPS:
            if low <= row["hours"] < high:
                found[label] = [a + b for a, b in zip(found[label], row["moods"], strict=True)]
    return [(label, found[label]) for label, _, _ in SLEEP_GROUPS]


def _figure(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def mood_change(mood_bands: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The middle mood at the start and at the end of the range: the median of the first
    and of the last third of the bands' medians, and the step between them (None with
    fewer than four bands: too little to say)."""
    if len(mood_bands) < 4:
        return None
    k = max(1, len(mood_bands) // 3)
    start = float(statistics.median(b["median"] for b in mood_bands[:k]))
    end = float(statistics.median(b["median"] for b in mood_bands[-k:]))
    step = end - start
    way = "same" if abs(step) < MOOD_STEP else ("up" if step > 0 else "down")
    return {"start": _round(start), "end": _round(end), "way": way}


def what_changed(
    *,
    mood_bands: Sequence[Mapping[str, Any]],
    urges: Mapping[str, int] | None = None,
    pauses: Mapping[str, int] | None = None,
    records: Mapping[str, Any] | None = None,
    ladders: Mapping[str, Any] | None = None,
    verdicts: Sequence[Mapping[str, str]] = (),
) -> str:
    """A few plain sentences on what the numbers for the range show: the mood from start to
    end, pauses that passed, urges held off, how records and ladder steps went, and any
    reliable change in a questionnaire. Built from the numbers only, never generated."""
    said = []
    change = mood_change(mood_bands)
    if change is not None:
        start, end = _figure(change["start"]), _figure(change["end"])
        if change["way"] == "same":
            said.append(f"Your mood stayed about the same, near {end} out of 10.")
        elif change["way"] == "up":
            said.append(f"Your mood rose from about {start} to about {end} out of 10.")
        else:
            said.append(
                f"Your mood dipped from about {start} to about {end} out of 10. "
                "Hard stretches are part of healing."
            )
    if pauses and pauses.get("finished"):
        said.append(
            f"{pauses['passed']} of {pauses['finished']} pauses ended with the urge passing."
        )
    if urges and urges.get("noted"):
        said.append(f"You held off on {urges['resisted']} of {urges['noted']} urges you noted.")
    if records and records.get("rerated") and records.get("drop") is not None:
        drop = records["drop"]
        if drop >= MOOD_STEP:
            said.append(f"Thought records eased your feelings by about {_figure(drop)} points.")
        else:
            said.append("Thought records left your feelings about where they were.")
    if ladders and ladders.get("tries") and ladders.get("gap") is not None:
        gap = ladders["gap"]
        if gap >= MOOD_STEP:
            said.append(f"Ladder steps felt about {_figure(gap)} points easier than you expected.")
        elif gap <= -MOOD_STEP:
            said.append(f"Ladder steps felt about {_figure(-gap)} points harder than you expected.")
        else:
            said.append("Ladder steps felt about as hard as you expected.")
    for verdict in verdicts:
        if verdict["verdict"] == "reliable improvement":
            said.append(f"Your {verdict['name']} shows a real change for the better.")
        elif verdict["verdict"] == "reliable worsening":
            said.append(f"Your {verdict['name']} shows a real change for the worse. Go gently.")
    if not said:
        return (
            "There is not much here yet for these dates. That is fine. "
            "Check-ins, pauses and records will show up here as you go."
        )
    return " ".join(said)


PRESETS = {"4w": "Last 4 weeks", "3m": "3 months", "1y": "A year", "all": "All"}
DEFAULT_PRESET = "3m"


def preset_since(preset: str, today: dt.date) -> dt.date | None:
    """The first day of a preset range ending today (None for "all": from the start)."""
    if preset == "4w":
        return today - dt.timedelta(days=27)
    if preset == "3m":
        return today - dt.timedelta(days=90)
    if preset == "1y":
        return today - dt.timedelta(days=364)
    if preset == "all":
        return None
    raise ValueError(f"unknown preset {preset!r}")
