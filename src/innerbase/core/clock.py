"""The person's own clock: pages show and read times in the zone their browser reports."""

import datetime as dt
import zoneinfo
from functools import cache

from django.utils import timezone


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def valid_time_zone(name: str) -> bool:
    return bool(name) and name in _zones()


def remember_time_zone(request, name: str) -> None:
    """Keep the browser's zone on the account and use it from this request on."""
    if not valid_time_zone(name) or not request.user.is_authenticated:
        return
    timezone.activate(zoneinfo.ZoneInfo(name))
    if request.user.time_zone != name:
        request.user.time_zone = name
        request.user.save(update_fields=["time_zone"])


def day_range(since: dt.date, until: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """From the start of the day `since` to the end of the day `until`, on the person's own
    clock (the active time zone)."""
    zone = timezone.get_current_timezone()
    start = dt.datetime.combine(since, dt.time.min, zone)
    return start, dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min, zone)


def days_between(since, until, field: str) -> dict:
    """Filter arguments for a queryset: the moments in `field` on the days `since` to `until`
    (dates on the person's own clock, both included; `since` None means from the start)."""
    start, end = day_range(since or until, until)
    return {f"{field}__lt": end, **({f"{field}__gte": start} if since is not None else {})}


def moments_between(since, until, field: str) -> dict:
    """Filter arguments for the moments in `field` from `since` (included) to `until` (left
    out), aware datetimes, either None for no bound."""
    found = {}
    if since is not None:
        found[f"{field}__gte"] = since
    if until is not None:
        found[f"{field}__lt"] = until
    return found
