"""Search over a person's journal through the shared sealed index (core.search).

The journal supplies its lines (search_lines.py) and its rows; services put an entry's line
on every create, edit and restore and remove it on delete, and the index is rebuilt from the
entries whenever the counts or the line format disagree, so it never hides an entry.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from innerbase.core import lines
from innerbase.core import search as index
from innerbase.journal import rules, search_lines
from innerbase.journal.models import Entry
from innerbase.journal.search_lines import MAIN

__all__ = ["MAIN", "SCOPE", "find", "in_step", "put", "rebuild", "remove", "tags_between"]


def line_for(
    entry_id, occurred_at: dt.datetime, mode: str, space_id, body: dict, mood: int | None
) -> str:
    texts = rules.texts_of(body)
    return search_lines.line_for(entry_id, occurred_at, mode, space_id, body, texts, mood)


def _every_line(user, key: bytes):
    from innerbase.journal import selectors  # a cycle at import time: selectors search here

    for entry in selectors.opened(user=user, data_key=key):
        yield line_for(
            entry["id"],
            entry["occurred_at"],
            entry["mode"],
            entry["space_id"],
            entry["body"],
            entry["mood"],
        )


# Version 4: how many urges were acted on and the mood, for the progress page (3: moments in
# microseconds, in the shared index; 2 was the journal's own table).
SCOPE = index.Scope(
    name="journal",
    version=4,
    count=lambda user: Entry.objects.filter(owner=user).count(),
    every_line=_every_line,
)


def put(*, user, key: bytes, entry: Entry, body: dict, old_occurred_at=None) -> None:
    """Add or replace an entry's line (moving it if its month changed)."""
    line = line_for(entry.pk, entry.occurred_at, entry.mode, entry.space_id, body, entry.mood)
    index.put(SCOPE, user=user, key=key, line=line, old_moment=old_occurred_at)


def remove(*, user, key: bytes, entry: Entry) -> None:
    index.remove(SCOPE, user=user, key=key, item_id=entry.pk, moment=entry.occurred_at)


def rebuild(user, key: bytes) -> None:
    index.rebuild(SCOPE, user=user, key=key)


def in_step(user) -> bool:
    return index.in_step(SCOPE, user=user)


def _scan_days(user, key: bytes, since: dt.date | None, until: dt.date | None):
    """The lines of the months around the days, with the day bounds as stamps (end excluded)."""
    zone = timezone.get_current_timezone()
    low = lines.stamp(dt.datetime.combine(since, dt.time.min, zone)) if since else None
    high = (
        lines.stamp(dt.datetime.combine(until, dt.time.min, zone) + dt.timedelta(days=1))
        if until
        else None
    )
    # chunks are by UTC month, so a day's entries may sit in the month before or after
    first = (since - dt.timedelta(days=1)).strftime("%Y-%m") if since else ""
    last = (until + dt.timedelta(days=1)).strftime("%Y-%m") if until else ""
    found = index.scan(SCOPE, user=user, key=key, first_month=first, last_month=last)
    return found, low, high


def find(
    user,
    key: bytes,
    *,
    q: str = "",
    emotion: str = "",
    trigger: str = "",
    urge: str = "",
    mode: str = "",
    space: str = "",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[str]:
    """Ids (as text) of the person's entries matching every filter given, newest first;
    `since` and `until` are days on the person's own clock."""
    found, low, high = _scan_days(user, key, since, until)
    return search_lines.matching(
        found,
        q=q,
        emotion=emotion,
        trigger=trigger,
        urge=urge,
        mode=mode,
        space=space,
        low=low,
        high=high,
    )


def tags_between(user, key: bytes, *, since: dt.date | None, until: dt.date | None) -> dict:
    """Mood counts per trigger and the urges noted and acted on, on those days (see
    search_lines.tags_between), read from the sealed index (one opening a month)."""
    found, low, high = _scan_days(user, key, since, until)
    return search_lines.tags_between(found, low=low, high=high)
