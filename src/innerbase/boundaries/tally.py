"""What a boundary's log adds up to, and when a boundary is due for a revisit. Pure: no
Django import.

The log counts what the person did and felt, never how the other person scored: the
sentence says how often the boundary was kept and crossed since the first time noted.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

KEPT, CROSSED = "kept", "crossed"
OUTCOMES = (KEPT, CROSSED)
REVISIT_AFTER_DAYS = 30  # the default gap before reading a boundary again
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Tally:
    kept: int
    crossed: int
    since: dt.date | None  # the first day in the log, None for an empty log


def tally(rows: Iterable[tuple[dt.date, str]]) -> Tally:
    """Counts of (day, outcome) rows; outcomes other than kept or crossed are not counted."""
    kept = crossed = 0
    since: dt.date | None = None
    for day, outcome in rows:
        if outcome not in OUTCOMES:
            continue
        kept += outcome == KEPT
        crossed += outcome == CROSSED
        since = day if since is None or day < since else since
    return Tally(kept, crossed, since)


def times(count: int) -> str:
    """1 → "once", 2 → "twice", n → "n times"."""
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def since_words(since: dt.date, today: dt.date) -> str:
    """ "since March" within the year, "since March 2025" before it, "today" for today."""
    if since >= today:
        return "today"
    if since.year == today.year:
        return f"since {MONTHS[since.month - 1]}"
    return f"since {MONTHS[since.month - 1]} {since.year}"


def sentence(counts: Tally, today: dt.date) -> str:
    """ "Kept 5 times, crossed twice since March.", or "" for an empty log."""
    if counts.since is None:
        return ""
    parts = []
    if counts.kept:
        parts.append(f"kept {times(counts.kept)}")
    if counts.crossed:
        parts.append(f"crossed {times(counts.crossed)}")
    text = ", ".join(parts)
    return f"{text[0].upper()}{text[1:]} {since_words(counts.since, today)}."


def default_revisit(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=REVISIT_AFTER_DAYS)


def is_due(revisit_on: dt.date, today: dt.date, *, retired: bool) -> bool:
    """A boundary in use is due on its revisit day and every day after, until revisited."""
    return not retired and revisit_on <= today
