"""How a day is written on paper, in the therapist report and everything printed from it.
Pure: no Django import. (The day range every section reads is core/clock.py's `day_range`.)"""

import datetime as dt


def on_paper(day: dt.date) -> str:
    """7 Sep 2026: the day first and the month in words, so no reader mistakes it."""
    return f"{day.day} {day:%b %Y}"
