"""Say it securely's writes: save, change and delete an I-statement; plan, change, rehearse,
log the outcome of and delete a hard talk; and delete what is linked to a person being
removed from the people list. The reads are in selectors.py.

Callers check input first (forms, API schemas); these functions trust it.
"""

from __future__ import annotations

from django.utils import timezone

from innerbase.conversations.models import Statement, Talk
from innerbase.core.owned import owned

STATEMENT_WORDS = ("feel", "when", "need", "ask")
PLAN_WORDS = ("want", "need", "they_feel", "opening", "heated", "come_back")
OUTCOME_WORDS = ("how_it_went", "keep", "change")
TALK_WORDS = PLAN_WORDS + OUTCOME_WORDS


def statement_save(
    *, user, data_key: bytes, parts: dict[str, str], person=None, statement: Statement | None = None
) -> Statement:
    """A new I-statement from its four parts (or `statement` changed to them)."""
    row = statement if statement is not None else Statement(owner=user)
    row.person = person
    row.seal_json(data_key, "body", {part: parts.get(part, "") for part in STATEMENT_WORDS})
    row.save()
    return row


def statement_delete(*, statement: Statement) -> None:
    statement.delete()


def talk_save(
    *,
    user,
    data_key: bytes,
    words: dict[str, str],
    person=None,
    pause_minutes: int | None = None,
    talk: Talk | None = None,
) -> Talk:
    """A new hard-talk plan (or `talk` changed): `words` may hold any of TALK_WORDS; those
    left out keep what was written (an outcome is not lost by changing the plan)."""
    row = talk if talk is not None else Talk(owner=user)
    body = row.open_json(data_key, "body", default={}) if talk is not None else {}
    body = {field: body.get(field, "") for field in TALK_WORDS}
    body.update({field: words[field] for field in TALK_WORDS if field in words})
    row.person = person
    row.pause_minutes = pause_minutes
    if any(body[field] for field in OUTCOME_WORDS) and row.outcome_at is None:
        row.outcome_at = timezone.now()
    row.seal_json(data_key, "body", body)
    row.save()
    return row


def talk_outcome_save(*, talk: Talk, data_key: bytes, words: dict[str, str]) -> Talk:
    """How the talk went, what to keep and what to change (saved again, it replaces them)."""
    body = talk.open_json(data_key, "body", default={})
    body.update({field: words.get(field, "") for field in OUTCOME_WORDS})
    talk.seal_json(data_key, "body", body)
    if talk.outcome_at is None:
        talk.outcome_at = timezone.now()
    talk.save()
    return talk


def talk_rehearsed(*, talk: Talk) -> None:
    """The person read the plan out loud: kept as the date of the last read-through only."""
    talk.rehearsed_at = timezone.now()
    talk.save(update_fields=["rehearsed_at", "updated_at"])


def talk_delete(*, talk: Talk) -> None:
    talk.delete()


def linked_to_person_delete(*, user, pk) -> None:
    """Delete the statements and talks about the person `pk` (they chose so on removing)."""
    owned(Statement, user=user).filter(person_id=pk).delete()
    owned(Talk, user=user).filter(person_id=pk).delete()
