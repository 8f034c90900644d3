"""Owner-scoped reads of I-statements and hard talks (the only module other apps import):
one row, its words opened, the lists, and the rows linked to a person in the people list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import QuerySet

from innerbase.conversations import builder
from innerbase.conversations.models import Statement, Talk
from innerbase.conversations.services import STATEMENT_WORDS, TALK_WORDS
from innerbase.core.owned import get_owned_or_404, owned


def statement_or_404(*, user, pk) -> Statement:
    return get_owned_or_404(Statement, user=user, pk=pk)


def talk_or_404(*, user, pk) -> Talk:
    return get_owned_or_404(Talk, user=user, pk=pk)


def statements_all(*, user) -> QuerySet[Statement]:
    return owned(Statement, user=user).order_by("-created_at")


def talks_all(*, user) -> QuerySet[Talk]:
    return owned(Talk, user=user).order_by("-created_at")


def statement_parts(*, statement: Statement, data_key: bytes) -> dict[str, str]:
    body = statement.open_json(data_key, "body", default={})
    return {part: body.get(part, "") for part in STATEMENT_WORDS}


def statement_text(*, statement: Statement, data_key: bytes) -> str:
    return builder.assemble(statement_parts(statement=statement, data_key=data_key))


def talk_words(*, talk: Talk, data_key: bytes) -> dict[str, str]:
    body = talk.open_json(data_key, "body", default={})
    return {field: body.get(field, "") for field in TALK_WORDS}


def statements_with_text(*, rows, data_key: bytes) -> list[dict[str, Any]]:
    """`rows` (statements: a page of them, never all) with their statements opened."""
    return [{"statement": s, "text": statement_text(statement=s, data_key=data_key)} for s in rows]


def talks_with_words(*, rows, data_key: bytes) -> list[dict[str, Any]]:
    """`rows` (talks: a page of them, never all) with their words opened."""
    return [{"talk": t, **talk_words(talk=t, data_key=data_key)} for t in rows]


# A planned talk is offered on Today for its outcome from the next day, for two weeks: long
# enough for a talk that waits for the right moment, short enough not to hang over anyone.
OUTCOME_FROM = dt.timedelta(hours=12)
OUTCOME_UNTIL = dt.timedelta(days=14)


def talk_waiting_for_outcome(*, user, now: dt.datetime) -> Talk | None:
    """The latest talk planned between 12 hours and two weeks ago with no outcome yet."""
    return (
        talks_all(user=user)
        .filter(
            outcome_at__isnull=True,
            created_at__lte=now - OUTCOME_FROM,
            created_at__gte=now - OUTCOME_UNTIL,
        )
        .first()
    )


def linked_to_person(*, user, pk) -> list[dict]:
    """The statements and talks about the person `pk`, labelled by kind and date only (no
    words of theirs), for the person's page and the question on removing them."""
    rows = [
        {"label": "I-statement", "when": s.created_at, "url": s.get_absolute_url()}
        for s in statements_all(user=user).filter(person_id=pk)
    ]
    rows += [
        {"label": "Hard-talk plan", "when": t.created_at, "url": t.get_absolute_url()}
        for t in talks_all(user=user).filter(person_id=pk)
    ]
    return rows
