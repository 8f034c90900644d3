"""Plain values for the CSV export's cells (registry.Table): the same shapes in every app."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone


def when(value: dt.datetime | None) -> str:
    """A moment as ISO 8601 with the person's own offset ("" when there is none)."""
    return "" if value is None else timezone.localtime(value).isoformat(timespec="seconds")


def joined(values) -> str:
    """A list in one cell, "; " between its items."""
    return "; ".join(str(value) for value in values)
