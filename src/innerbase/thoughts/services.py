"""Thought-record writes: start, save a step, make, replace or delete a whole record (keeping
the search index in step), and add, re-rate, reword or remove core beliefs. The reads are in
selectors.py.

Callers check input first (forms, API schemas); these functions trust it and keep the plain
numbers (means, codes, steps, completeness) in step with the sealed body on every save.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from innerbase.core import distress
from innerbase.thoughts import content, progress, search, selectors, stats
from innerbase.thoughts.models import BeliefRating, CoreBelief, ThoughtRecord


# -- records -------------------------------------------------------------------------------
def _refresh_plain(record: ThoughtRecord, body: dict) -> None:
    """Set the record's plain columns (means, completeness) from its body."""
    change = stats.record_change(body["emotions"])
    record.before_mean = change["before"] if change else None
    record.after_mean = change["after"] if change else None
    record.complete = progress.is_complete(
        body["automatic_thought"], body["emotions"], body["balanced_thought"]
    )
    if record.complete and record.completed_at is None:
        record.completed_at = timezone.now()
    elif not record.complete:
        record.completed_at = None


@transaction.atomic
def record_start(
    *, user, data_key: bytes, entry=None, distress_before: int | None = None
) -> ThoughtRecord:
    """An empty record, started from a journal entry when one is given, with how upset the
    person said they were at the start (the stop rule's check; None when not given)."""
    record = ThoughtRecord(owner=user, entry=entry)
    body = {**progress.empty_body(), "distress": distress.check(before=distress_before)}
    record.seal_json(data_key, "body", body)
    record.save()
    search.put(key=data_key, record=record, body=body)
    return record


def record_distress_save(
    *, record: ThoughtRecord, data_key: bytes, before: int | None = None, after: int | None = None
) -> dict:
    """Keep the ratings given (a blank keeps an earlier one); returns both ratings now."""
    body = selectors.body_of(record=record, data_key=data_key)
    body["distress"] = distress.merged(body["distress"], before=before, after=after)
    record.seal_json(data_key, "body", body)
    record.save(update_fields=["body", "updated_at"])
    return body["distress"]


@transaction.atomic
def record_save_step(
    *, record: ThoughtRecord, data_key: bytes, step: str, changes: dict, done: bool
) -> None:
    """Keep one step's answers; `changes` holds body fields and/or "distortions" and
    "core_belief"; `done` marks the step finished, so resuming skips it."""
    body = selectors.body_of(record=record, data_key=data_key)
    if "distortions" in changes:
        record.distortions = list(changes.pop("distortions"))
    if "core_belief" in changes:
        record.core_belief = changes.pop("core_belief")
    body.update(changes)
    record.seal_json(data_key, "body", body)
    steps_done = set(record.steps_done)
    if done:
        steps_done.add(step)
    record.steps_done = [k for k in content.step_keys() if k in steps_done]
    _refresh_plain(record, body)
    record.save()
    search.put(key=data_key, record=record, body=body)


@transaction.atomic
def record_link_belief(
    *,
    record: ThoughtRecord,
    data_key: bytes,
    done: bool,
    belief: CoreBelief | None = None,
    starter: str = "",
    rating: int | None = None,
) -> CoreBelief | None:
    """Save the core-belief step: one of the person's beliefs (re-rated when `rating` moved
    it), a starter belief (added to their beliefs), or none."""
    if starter:
        belief = belief_add(
            user=record.owner,
            data_key=data_key,
            starter=starter,
            rating=50 if rating is None else rating,
        )
    elif belief is not None and rating is not None and rating != belief.rating:
        belief_rate(belief=belief, rating=rating)
    changes = {"core_belief": belief}
    record_save_step(
        record=record, data_key=data_key, step="core-belief", changes=changes, done=done
    )
    return belief


def _fill(record: ThoughtRecord, data_key: bytes, data: dict) -> dict:
    """Set every part of the record from `data` (a whole record); returns its body."""
    body = {field: data.get(field) or "" for field in progress.TEXT_FIELDS}
    body["emotions"] = [
        {"name": e["name"], "before": e.get("before"), "after": e.get("after")}
        for e in data.get("emotions") or []
    ]
    body["distress"] = distress.check(**(data.get("distress") or {}))
    record.distortions = list(data.get("distortions") or [])
    record.core_belief = data.get("core_belief")
    record.entry = data.get("entry")
    record.seal_json(data_key, "body", body)
    done = progress.steps_with_content(body, record.distortions, record.core_belief is not None)
    record.steps_done = [k for k in content.step_keys() if k in done]
    _refresh_plain(record, body)
    return body


@transaction.atomic
def record_create(*, user, data_key: bytes, data: dict) -> ThoughtRecord:
    """A record made in one go (the API): `data` already checked."""
    record = ThoughtRecord(owner=user)
    body = _fill(record, data_key, data)
    record.save()
    search.put(key=data_key, record=record, body=body)
    return record


@transaction.atomic
def records_import(*, user, data_key: bytes, records: list[dict]) -> list:
    """Save many whole records at once (an import): each {"occurred_at", "automatic_thought",
    "evidence_against", "balanced_thought", "distortions", ...text fields} is filled like an
    API record, dated when it was written, and the search index is written once at the end.
    Returns the new records' ids in order."""
    made = []
    for data in records:
        when = data["occurred_at"]
        record = ThoughtRecord(owner=user, created_at=when)
        _fill(record, data_key, data)
        record.month = timezone.localtime(when).strftime("%Y-%m")  # save() is not called
        made.append(record)
    ThoughtRecord.objects.bulk_create(made, batch_size=500)
    search.rebuild(user, data_key)
    return [record.pk for record in made]


@transaction.atomic
def record_replace(*, record: ThoughtRecord, data_key: bytes, data: dict) -> ThoughtRecord:
    """Replace everything in the record with `data` (parts left out become empty)."""
    body = _fill(record, data_key, data)
    record.save()
    search.put(key=data_key, record=record, body=body)
    return record


@transaction.atomic
def record_delete(*, record: ThoughtRecord, data_key: bytes) -> None:
    """Delete a record and its line in the search index."""
    search.remove(key=data_key, record=record)
    record.delete()


# -- core beliefs --------------------------------------------------------------------------
@transaction.atomic
def belief_add(
    *, user, data_key: bytes, text: str = "", starter: str = "", rating: int = 50
) -> CoreBelief:
    """A belief from the starter list (by key) or in the person's own words, with a rating."""
    if starter:
        text = content.starter_beliefs_by_key()[starter]["text"]
    belief = CoreBelief(owner=user, rating=rating)
    belief.seal_json(data_key, "body", {"text": text, "starter": starter})
    belief.save()
    BeliefRating.objects.create(belief=belief, rating=rating, rated_at=belief.created_at)
    return belief


@transaction.atomic
def belief_rate(*, belief: CoreBelief, rating: int) -> BeliefRating:
    """Set how true the belief feels now; the rating joins its history."""
    belief.rating = rating
    belief.save(update_fields=["rating", "updated_at"])
    return BeliefRating.objects.create(belief=belief, rating=rating)


def belief_reword(*, belief: CoreBelief, data_key: bytes, text: str) -> None:
    """Put the belief in the person's own words; its ratings and linked records stay."""
    belief.seal_json(data_key, "body", {"text": text, "starter": ""})
    belief.save(update_fields=["body", "updated_at"])


@transaction.atomic
def belief_update(
    *, belief: CoreBelief, data_key: bytes, text: str | None = None, rating: int | None = None
) -> None:
    """Reword and/or re-rate the belief together (None leaves that part as it is)."""
    if text is not None:
        belief_reword(belief=belief, data_key=data_key, text=text)
    if rating is not None:
        belief_rate(belief=belief, rating=rating)


def belief_delete(*, belief: CoreBelief) -> None:
    """Remove a belief and its ratings; records that linked to it are kept, without the link."""
    belief.delete()
