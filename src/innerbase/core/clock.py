"""The person's own clock: pages show and read times in the zone their browser reports."""

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
