"""Check-in writes: save this week's check-in (a second save the same week changes it), choose
the check-in day, and set a week aside. Reads are in selectors.py.

Callers check input first (forms, API schemas: ratings, lengths, the weekday); these
functions trust it.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from innerbase.checkins.content import WORD_FIELDS
from innerbase.checkins.models import Rhythm, WeeklyCheckin
from innerbase.core.owned import owned


@transaction.atomic
def checkin_save(
    *, user, data_key: bytes, week: dt.date, signs: dict, words: dict[str, str]
) -> tuple[WeeklyCheckin, bool]:
    """The check-in for `week` (its first day), made or changed: (row, made now)."""
    row = owned(WeeklyCheckin, user=user).select_for_update().filter(week=week).first()
    made = row is None
    if row is None:
        row = WeeklyCheckin(owner=user, week=week)
    row.signs = {code: value for code, value in signs.items() if value is not None}
    row.seal_json(data_key, "body", {field: words.get(field, "") for field in WORD_FIELDS})
    row.save()
    return row, made


def rhythm_set(*, user, weekday: int) -> Rhythm:
    """The check-in is offered on `weekday` from now on."""
    row, _ = Rhythm.objects.update_or_create(owner=user, defaults={"weekday": weekday})
    return row


@transaction.atomic
def rhythm_lighter(*, user, weekday: int, light: bool) -> Rhythm:
    """The person's answer to the lighter rhythm (a monthly check-in and fewer Today cards),
    or their going back to the usual one; either way the offer is not made again."""
    row, _ = Rhythm.objects.select_for_update().get_or_create(
        owner=user, defaults={"weekday": weekday}
    )
    now = timezone.now()
    row.light_since = now if light else None
    row.lighter_answered_at = row.lighter_answered_at or now
    row.save(update_fields=["light_since", "lighter_answered_at"])
    return row


def week_skip(*, user, weekday: int, week: dt.date) -> Rhythm:
    """ "Not this week": Today stops offering the check-in until the next week. The weekday
    is kept (the default one is written down, so the week stays the same)."""
    row, _ = Rhythm.objects.get_or_create(owner=user, defaults={"weekday": weekday})
    row.skipped_week = week
    row.save(update_fields=["skipped_week"])
    return row
