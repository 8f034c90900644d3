"""The sealed search index that journal entries and thought records share (SearchChunk).

Each app keeps its rows' lines here, one sealed chunk per person, scope and month. The app's
services put a row's line on every save and remove it on delete; whenever the counts or the
line format disagree, a search first rebuilds the scope from the rows, so it never misses one.

An app supplies a Scope: its name, the version of its line format, how many rows the person
has and every row's line. It builds and matches its lines itself (see core/lines.py); this
module only stores, replaces, removes and hands lines back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q, Sum

from innerbase.core import lines
from innerbase.core.models import SearchChunk


@dataclass(frozen=True)
class Scope:
    """One app's part of the index."""

    name: str  # stored on each chunk: "journal", "thoughts"
    version: int  # of the line format; chunks of another version are rebuilt
    count: Callable[[Any], int]  # the person's rows
    every_line: Callable[[Any, bytes], Iterable[str]]  # a line for each of them, to rebuild


def _lock_owner(user) -> None:
    """One person's index changes one write at a time (PostgreSQL; SQLite writes in turn)."""
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))


def _opened(chunk: SearchChunk, key: bytes) -> list[str]:
    text = chunk.open_text(key, "data")
    return text.split("\n") if text else []


def _chunk(scope: Scope, user, key: bytes, month: str) -> tuple[SearchChunk, list[str]]:
    chunk = SearchChunk.objects.filter(owner=user, scope=scope.name, month=month).first()
    if chunk is None:
        return SearchChunk(owner=user, scope=scope.name, month=month, version=scope.version), []
    return chunk, _opened(chunk, key)


def _store(chunk: SearchChunk, key: bytes, kept: list[str]) -> None:
    """Save the chunk's lines (its version stays: a stale chunk is rebuilt, not relabelled)."""
    if not kept:
        if not chunk._state.adding:
            chunk.delete()
        return
    chunk.entries = len(kept)
    chunk.seal_text(key, "data", "\n".join(kept))
    chunk.save()


@transaction.atomic
def put(
    scope: Scope, *, user, key: bytes, line: str, old_moment: dt.datetime | None = None
) -> None:
    """Add or replace a row's line; `old_moment` is the row's moment before this save, so a
    line whose month changed leaves its old chunk."""
    item_id, moment = lines.id_and_stamp(line)
    month = lines.month_of_stamp(moment)
    _lock_owner(user)
    if old_moment is not None and lines.month_of(old_moment) != month:
        _remove(scope, user, key, item_id, lines.month_of(old_moment))
    chunk, current = _chunk(scope, user, key, month)
    start = lines.prefix(item_id)
    _store(chunk, key, [text for text in current if not text.startswith(start)] + [line])


@transaction.atomic
def remove(scope: Scope, *, user, key: bytes, item_id, moment: dt.datetime) -> None:
    """Take a row's line out (the row is being deleted)."""
    _lock_owner(user)
    _remove(scope, user, key, item_id, lines.month_of(moment))


def _remove(scope: Scope, user, key: bytes, item_id, month: str) -> None:
    chunk, current = _chunk(scope, user, key, month)
    start = lines.prefix(item_id)
    kept = [text for text in current if not text.startswith(start)]
    if len(kept) != len(current):
        _store(chunk, key, kept)


@transaction.atomic
def rebuild(scope: Scope, *, user, key: bytes) -> None:
    """Write the scope's chunks afresh from the person's rows."""
    _lock_owner(user)
    SearchChunk.objects.filter(owner=user, scope=scope.name).delete()
    months: dict[str, list[str]] = defaultdict(list)
    for line in scope.every_line(user, key):
        months[lines.month_of_stamp(lines.id_and_stamp(line)[1])].append(line)
    for month, kept in months.items():
        _store(
            SearchChunk(owner=user, scope=scope.name, month=month, version=scope.version), key, kept
        )


def in_step(scope: Scope, *, user) -> bool:
    """Whether the chunks hold exactly one current-format line per row."""
    found = SearchChunk.objects.filter(owner=user, scope=scope.name).aggregate(
        lines=Sum("entries"), stale=Count("pk", filter=~Q(version=scope.version))
    )
    return not found["stale"] and (found["lines"] or 0) == scope.count(user)


def scan(
    scope: Scope, *, user, key: bytes, first_month: str = "", last_month: str = ""
) -> Iterator[str]:
    """Every line of the person's rows in those months (all by default), chunk by chunk,
    after rebuilding the scope if it is out of step."""
    if not in_step(scope, user=user):
        rebuild(scope, user=user, key=key)
    chunks = SearchChunk.objects.filter(owner=user, scope=scope.name)
    if first_month:
        chunks = chunks.filter(month__gte=first_month)
    if last_month:
        chunks = chunks.filter(month__lte=last_month)
    return (line for chunk in chunks for line in _opened(chunk, key))
