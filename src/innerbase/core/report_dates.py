"""Dates for the report sections every app builds: the person's days `since`..`until` as an
aware datetime range, and how a day is written on paper. Pure: the caller passes the time
zone."""

import datetime as dt


def day_range(since: dt.date, until: dt.date, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """From the start of `since` to the end of `until`, in the person's time zone."""
    start = dt.datetime.combine(since, dt.time.min, tzinfo=zone)
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    return start, end


def on_paper(day: dt.date) -> str:
    """7 Sep 2026: the day first and the month in words, so no reader mistakes it."""
    return f"{day.day} {day:%b %Y}"
