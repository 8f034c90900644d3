"""The weekly check-in's rules: which week a day belongs to, which day Today offers the
check-in, the three wins shown on a hard day, and the words that sum up a sign over weeks.
Pure: no Django import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

LOWEST, HIGHEST = 0, 4  # the rating scale of a sign, "not this week" to "very much"
NOT_APPLICABLE = "na"  # "doesn't apply", kept apart from a rating
HARD_DAY_MOOD = 3  # a quick check-in mood at or below this (of 10) is a hard day
WINS_SHOWN = 3


def week_start(day: dt.date, weekday: int) -> dt.date:
    """The first day of the check-in week holding `day`: the latest `weekday` (0 is Monday)
    on or before it."""
    if not 0 <= weekday <= 6:
        raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def card_due(
    today: dt.date,
    *,
    weekday: int,
    joined: dt.date,
    done: bool,
    skipped: bool,
    monthly: bool = False,
) -> bool:
    """Whether Today offers the check-in: on the chosen day, once a week has passed since the
    person joined (there is a week to look back on), unless it is done or set aside for the
    week. Only on the day itself: a missed week is never brought up. In the lighter rhythm
    (`monthly`), only on the first chosen day of each month."""
    if today.weekday() != weekday or done or skipped or (monthly and today.day > 7):
        return False
    return joined <= today - dt.timedelta(days=7)


def rating(value: Any) -> int | str | None:
    """A stored or sent rating as kept: 0-4, NOT_APPLICABLE, or None (not answered).

    Raises ValueError for anything else (a bool is not a number here)."""
    if value is None or value == "":
        return None
    if value == NOT_APPLICABLE:
        return NOT_APPLICABLE
    if isinstance(value, bool):
        raise ValueError("not a rating")
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, int) and LOWEST <= value <= HIGHEST:
        return value
    raise ValueError("not a rating")


def three_wins(wins: Sequence[Mapping[str, Any]], count: int = WINS_SHOWN) -> list[Any]:
    """Up to `count` of `wins` (each with "when" and "kind"), the most recent first, taking
    one of each kind before a second of any, so a hard day sees more than one kind of win."""
    newest = sorted(wins, key=lambda win: win["when"], reverse=True)
    chosen: list[Any] = []
    kinds: set[str] = set()
    for win in newest:
        if win["kind"] not in kinds:
            chosen.append(win)
            kinds.add(win["kind"])
        if len(chosen) == count:
            break
    for win in newest:
        if len(chosen) == count:
            break
        if not any(win is c for c in chosen):
            chosen.append(win)
    return sorted(chosen, key=lambda win: win["when"], reverse=True)


def series(checkins: Sequence[Mapping[str, Any]], code: str) -> list[int | None]:
    """One sign's ratings in week order (None where it was not rated or did not apply)."""
    values = []
    for checkin in checkins:
        value = checkin["signs"].get(code)
        values.append(value if isinstance(value, int) and not isinstance(value, bool) else None)
    return values


def summary(values: Sequence[int | None], labels: Mapping[int, str]) -> str:
    """A sign over weeks in words, for screen readers and for a glance: how many weeks it was
    rated, where it started, where it is now."""
    rated = [value for value in values if value is not None]
    if not rated:
        return "Not rated yet."
    if len(rated) == 1:
        return f"Rated once: {labels[rated[0]].lower()}."
    first, last = labels[rated[0]].lower(), labels[rated[-1]].lower()
    return f"Rated in {len(rated)} weeks. First: {first}. Latest: {last}."
