"""Owner-scoped reads of boundaries (the only module other apps import): one boundary, the
list with its counts, a boundary's log, the boundaries due for a revisit, and what links to
a person."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, Min, Q, QuerySet
from django.utils import timezone

from innerbase.boundaries import content, tally
from innerbase.boundaries.models import Boundary, BoundaryLog
from innerbase.core.owned import get_owned_or_404, owned
from innerbase.people import selectors as people


def today() -> dt.date:
    """The date on the person's own clock (their zone is active for the request)."""
    return timezone.localdate()


def boundary_or_404(*, user, pk) -> Boundary:
    return get_owned_or_404(Boundary, user=user, pk=pk)


def words_of(*, boundary: Boundary, data_key: bytes) -> dict[str, str]:
    body = boundary.open_json(data_key, "body", default={})
    return {field: body.get(field, "") for field in content.WORD_FIELDS}


def log_words(*, row: BoundaryLog, data_key: bytes) -> dict[str, Any]:
    body = row.open_json(data_key, "body", default={})
    return {"note": body.get("note", ""), "feelings": list(body.get("feelings", []))}


def _counts(found: QuerySet[BoundaryLog]) -> dict[Any, tally.Tally]:
    """{boundary id: Tally} added up in SQL (outcomes and days are plain), grouped by the
    boundary's id alone: grouping the boundaries themselves would sort their sealed bodies."""
    rows = found.values("boundary_id").annotate(
        kept=Count("id", filter=Q(outcome=BoundaryLog.KEPT)),
        crossed=Count("id", filter=Q(outcome=BoundaryLog.CROSSED)),
        first_day=Min("day"),
    )
    return {r["boundary_id"]: tally.Tally(r["kept"], r["crossed"], r["first_day"]) for r in rows}


EMPTY = tally.Tally(0, 0, None)


def _row(
    boundary: Boundary,
    *,
    data_key: bytes,
    names: dict[str, str],
    counts: tally.Tally,
    day: dt.date,
) -> dict:
    return {
        "boundary": boundary,
        "words": words_of(boundary=boundary, data_key=data_key),
        "person_name": names.get(str(boundary.person_id), "") if boundary.person_id else "",
        "counts": counts,
        "sentence": tally.sentence(counts, day),
        "due": tally.is_due(boundary.revisit_on, day, retired=boundary.retired_on is not None),
    }


def boundaries_listed(*, user, data_key: bytes, day: dt.date) -> list[dict]:
    """Every boundary, those in use first (newest first), then the retired ones, each as
    {"boundary", "words", "person_name", "counts", "sentence", "due"}."""
    found = owned(Boundary, user=user).order_by("retired_on", "-created_at")
    counts = _counts(owned(BoundaryLog, user=user))
    names = people.names_by_id(user=user, data_key=data_key) if found else {}
    return [
        _row(b, data_key=data_key, names=names, counts=counts.get(b.pk, EMPTY), day=day)
        for b in found
    ]


def boundary_shown(*, boundary: Boundary, data_key: bytes, day: dt.date) -> dict:
    """One boundary as in the list, with its person's name and counts."""
    counts = _counts(boundary.log.all()).get(boundary.pk, EMPTY)
    names = {}
    if boundary.person_id:
        person = people.person_or_none(user=boundary.owner_id, pk=boundary.person_id)
        if person is not None:
            names = {str(person.pk): people.words_of(person=person, data_key=data_key)["name"]}
    return _row(boundary, data_key=data_key, names=names, counts=counts, day=day)


def log_shown(*, boundary: Boundary, data_key: bytes, limit: int = 50) -> list[dict]:
    """The latest `limit` times it came up, newest first, each with its note and feelings."""
    labels = content.feelings()
    rows = boundary.log.order_by("-day", "-created_at")[:limit]
    shown = []
    for row in rows:
        words = log_words(row=row, data_key=data_key)
        feelings = [labels[code] for code in words["feelings"] if code in labels]
        shown.append({"row": row, "note": words["note"], "feelings": feelings})
    return shown


def _due(*, user, day: dt.date) -> QuerySet[Boundary]:
    return owned(Boundary, user=user).filter(retired_on__isnull=True, revisit_on__lte=day)


def any_due(*, user, day: dt.date) -> bool:
    return _due(user=user, day=day).exists()


def due_for_revisit(*, user, data_key: bytes, day: dt.date, limit: int = 5) -> dict:
    """The boundaries in use whose revisit day has come, one each, oldest day first: up to
    `limit` opened as {"boundary", "text"} in "shown", and whether there are "more"."""
    found = list(_due(user=user, day=day).order_by("revisit_on", "created_at")[: limit + 1])
    shown = [
        {"boundary": b, "text": words_of(boundary=b, data_key=data_key)["boundary"]}
        for b in found[:limit]
    ]
    return {"shown": shown, "more": len(found) > limit}


def linked_to_person(*, user, pk) -> list[dict]:
    """The person's page lists these: no words from the boundary, only when it was set."""
    found = owned(Boundary, user=user).filter(person_id=pk).order_by("created_at")
    rows = []
    for b in found:
        made = timezone.localtime(b.created_at)
        label = f"A boundary set on {made.day} {made:%b %Y}"
        rows.append({"label": label, "when": b.created_at, "url": b.get_absolute_url()})
    return rows
