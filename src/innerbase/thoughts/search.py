"""Search over a person's thought records through the shared sealed index (core.search).

Services put a record's line whenever it is started, saved a step at a time, made or
replaced whole, and remove it on delete; the index is rebuilt from the records whenever the
counts or the line format disagree, so it never hides a record.
"""

from __future__ import annotations

from innerbase.core import search as index
from innerbase.journal import selectors as journal
from innerbase.thoughts import search_lines
from innerbase.thoughts.models import ThoughtRecord


def _every_line(user, key: bytes):
    for record in ThoughtRecord.objects.filter(owner=user):
        body = record.open_json(key, "body", default={})
        yield search_lines.line_for(
            record.pk, record.created_at, body, record.distortions, journal.emotions()
        )


SCOPE = index.Scope(
    name="thoughts",
    version=1,
    count=lambda user: ThoughtRecord.objects.filter(owner=user).count(),
    every_line=_every_line,
)


def put(*, key: bytes, record: ThoughtRecord, body: dict) -> None:
    """Add or replace the record's line (its words, feelings and traps as saved now)."""
    line = search_lines.line_for(
        record.pk, record.created_at, body, record.distortions, journal.emotions()
    )
    index.put(SCOPE, user=record.owner, key=key, line=line)


def remove(*, key: bytes, record: ThoughtRecord) -> None:
    index.remove(SCOPE, user=record.owner, key=key, item_id=record.pk, moment=record.created_at)


def rebuild(user, key: bytes) -> None:
    index.rebuild(SCOPE, user=user, key=key)


def in_step(user) -> bool:
    return index.in_step(SCOPE, user=user)


def find(user, key: bytes, query: str) -> list[str]:
    """Ids (as text) of the person's records whose words contain `query`, newest first."""
    return search_lines.matching(index.scan(SCOPE, user=user, key=key), query)
