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


def days_between(since, until, field: str) -> dict:
    """Filter arguments for a queryset: the moments in `field` on the days `since` to `until`
    (dates on the person's own clock, both included; `since` None means from the start)."""
    zone = timezone.get_current_timezone()
    found = {f"{field}__lt": dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min, zone)}
    if since is not None:
        found[f"{field}__gte"] = dt.datetime.combine(since, dt.time.min, zone)
    return found
