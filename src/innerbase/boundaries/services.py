"""Boundary writes: add, change, revisit (keep, change or retire), log a time it came up,
and delete what was linked to a person. Reads are in selectors.py.

Callers check input first (forms, API schemas: known person, dates, lengths, codes); these
functions trust it.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from innerbase.boundaries.content import WORD_FIELDS
from innerbase.boundaries.models import Boundary, BoundaryLog
from innerbase.core.owned import owned


def _seal_words(boundary: Boundary, data_key: bytes, words: dict[str, str]) -> None:
    boundary.seal_json(data_key, "body", {field: words.get(field, "") for field in WORD_FIELDS})


def boundary_add(
    *,
    user,
    data_key: bytes,
    words: dict[str, str],
    revisit_on: dt.date,
    person=None,
    example: str = "",
) -> Boundary:
    """A new boundary; `words` holds WORD_FIELDS (missing ones are empty)."""
    boundary = Boundary(owner=user, person=person, revisit_on=revisit_on, example=example)
    _seal_words(boundary, data_key, words)
    boundary.save()
    return boundary


def boundary_update(
    *,
    boundary: Boundary,
    data_key: bytes,
    words: dict[str, str],
    revisit_on: dt.date,
    person=None,
) -> Boundary:
    boundary.person = person
    boundary.revisit_on = revisit_on
    _seal_words(boundary, data_key, words)
    boundary.save()
    return boundary


def boundary_revisited(
    *, boundary: Boundary, today: dt.date, next_on: dt.date | None, retire: bool = False
) -> Boundary:
    """It was read again today: kept (or changed) until `next_on`, or retired (off Today)."""
    boundary.revisited_on = today
    if retire:
        boundary.retired_on = today
    else:
        boundary.retired_on = None
        if next_on is not None:
            boundary.revisit_on = next_on
    boundary.save(update_fields=["revisited_on", "retired_on", "revisit_on", "updated_at"])
    return boundary


def log_add(
    *,
    boundary: Boundary,
    data_key: bytes,
    outcome: str,
    day: dt.date,
    note: str = "",
    feelings: list[str] | None = None,
) -> BoundaryLog:
    row = BoundaryLog(owner_id=boundary.owner_id, boundary=boundary, outcome=outcome, day=day)
    row.seal_json(data_key, "body", {"note": note, "feelings": list(feelings or [])})
    row.save()
    return row


@transaction.atomic
def linked_to_person_delete(*, user, pk) -> None:
    """Delete the boundaries with the person `pk` (and their logs), for the person's removal
    when the person chooses to take what links to them too."""
    owned(Boundary, user=user).filter(person_id=pk).delete()
