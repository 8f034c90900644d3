"""Search over a person's journal through a sealed index of monthly chunks (SearchChunk).

Each entry is one line: id, epoch seconds, mode, space, emotions, triggers, urges and the
casefolded text, separated by control characters that cannot be typed into a form field.
The index is kept in step by services (every create, edit, restore and delete) and rebuilt
from the entries when the counts or the line format disagree, so it never hides an entry.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from innerbase.journal import content
from innerbase.journal.models import Entry, SearchChunk
from innerbase.vault import crypto

FIELD, ITEM = "\x1f", "\x1e"
VERSION = 2  # of the line format; chunks of another version are rebuilt


MAIN = "main"  # the `space` filter's value for entries in no space


def month_of(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m")


def _clean(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ").replace(FIELD, " ").replace(ITEM, " ")


def line_for(entry_id, occurred_at: dt.datetime, mode: str, space_id, body: dict) -> str:
    from innerbase.journal.services import texts_of

    names = content.emotions()
    emotions = [e["name"] for e in body["emotions"]]
    haystack = texts_of(body) + [names.get(n, n) for n in emotions]
    haystack += [u["name"] for u in body["urges"]]
    return FIELD.join(
        [
            str(entry_id),
            str(int(occurred_at.timestamp())),
            mode,
            str(space_id or ""),
            ITEM.join(emotions),
            ITEM.join(_clean(t).casefold() for t in body["triggers"]),
            ITEM.join(_clean(u["name"]) for u in body["urges"]),
            _clean(" ".join(haystack)).casefold(),
        ]
    )


def _open(row_pk, owner_id, key: bytes, blob) -> list[str]:
    if not blob:
        return []
    text = crypto.open_sealed(key, bytes(blob), SearchChunk.context_for(row_pk, owner_id, "data"))
    return text.decode("utf-8").split("\n") if text else []


def _chunk(user, key: bytes, month: str) -> tuple[SearchChunk, list[str]]:
    chunk = SearchChunk.objects.filter(owner=user, month=month).first()
    if chunk is None:
        return SearchChunk(owner=user, month=month), []
    return chunk, _open(chunk.pk, user.pk, key, chunk.data)


def _store(chunk: SearchChunk, key: bytes, lines: list[str]) -> None:
    if not lines:
        if chunk.pk and not chunk._state.adding:
            chunk.delete()
        return
    chunk.entries = len(lines)
    chunk.version = VERSION
    chunk.seal_text(key, "data", "\n".join(lines))
    chunk.save()


def remove(user, key: bytes, entry_id, month: str) -> None:
    chunk, lines = _chunk(user, key, month)
    prefix = f"{entry_id}{FIELD}"
    kept = [line for line in lines if not line.startswith(prefix)]
    if len(kept) != len(lines):
        _store(chunk, key, kept)


def put(user, key: bytes, entry: Entry, body: dict, old_month: str | None = None) -> None:
    """Add or replace an entry's line (moving it if its month changed)."""
    month = month_of(entry.occurred_at)
    if old_month and old_month != month:
        remove(user, key, entry.pk, old_month)
    chunk, lines = _chunk(user, key, month)
    prefix = f"{entry.pk}{FIELD}"
    lines = [line for line in lines if not line.startswith(prefix)]
    lines.append(line_for(entry.pk, entry.occurred_at, entry.mode, entry.space_id, body))
    _store(chunk, key, lines)


@transaction.atomic
def rebuild(user, key: bytes) -> None:
    from innerbase.journal.services import opened

    SearchChunk.objects.filter(owner=user).delete()
    months: dict[str, list[str]] = defaultdict(list)
    for entry in opened(user, key):
        line = line_for(
            entry["id"], entry["occurred_at"], entry["mode"], entry["space_id"], entry["body"]
        )
        months[month_of(entry["occurred_at"])].append(line)
    for month, lines in months.items():
        _store(SearchChunk(owner=user, month=month), key, lines)


def in_step(user) -> bool:
    chunks = SearchChunk.objects.filter(owner=user)
    if chunks.exclude(version=VERSION).exists():
        return False
    indexed = sum(chunks.values_list("entries", flat=True))
    return indexed == Entry.objects.filter(owner=user).count()


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
    """Ids (as text) of the person's entries matching every filter given, newest first."""
    if not in_step(user):
        rebuild(user, key)
    zone = timezone.get_current_timezone()
    low = int(dt.datetime.combine(since, dt.time.min, zone).timestamp()) if since else None
    high = (
        int((dt.datetime.combine(until, dt.time.min, zone) + dt.timedelta(days=1)).timestamp())
        if until
        else None
    )
    chunks = SearchChunk.objects.filter(owner=user)
    if since:
        chunks = chunks.filter(month__gte=(since - dt.timedelta(days=1)).strftime("%Y-%m"))
    if until:
        chunks = chunks.filter(month__lte=(until + dt.timedelta(days=1)).strftime("%Y-%m"))
    needle, trigger = q.casefold().strip(), trigger.casefold().strip()
    wanted_space = None if not space else ("" if space == MAIN else space)
    structured = bool(emotion or trigger or urge or mode or space or since or until)
    found = []
    for pk, blob in chunks.values_list("pk", "data"):
        for line in _open(pk, user.pk, key, blob):
            if needle and needle not in line:  # cheap first pass over the whole line
                continue
            if not structured:  # only words: skip splitting the line into its fields
                if needle and needle not in line[line.rfind(FIELD) + 1 :]:
                    continue
                found.append((line[37 : line.index(FIELD, 37)], line[:36]))
                continue
            entry_id, when, kind, in_space, emotions, triggers, urges, haystack = line.split(FIELD)
            if (low is not None and int(when) < low) or (high is not None and int(when) >= high):
                continue
            if mode and kind != mode:
                continue
            if wanted_space is not None and in_space != wanted_space:
                continue
            if emotion and emotion not in emotions.split(ITEM):
                continue
            if trigger and trigger not in triggers.split(ITEM):
                continue
            if urge and urge not in urges.split(ITEM):
                continue
            if needle and needle not in haystack:
                continue
            found.append((when, entry_id))
    found.sort(key=lambda pair: int(pair[0]), reverse=True)
    return [entry_id for _, entry_id in found]
