"""Workflows for thought records and core beliefs: start, save a step, make, replace or
delete a whole record (keeping the search index in step), patterns, and adding and re-rating
beliefs.

Callers check input first (forms, API schemas); these functions trust it and keep the plain
numbers (means, codes, steps, completeness) in step with the sealed body on every save.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, F, Max, Q, Sum, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from innerbase.core.owned import get_owned_or_404
from innerbase.thoughts import content, progress, search, stats
from innerbase.thoughts.models import BeliefRating, CoreBelief, ThoughtRecord

TEXT_FIELDS = progress.TEXT_FIELDS
PATTERNS_SECONDS = 24 * 3600


def empty_body() -> dict:
    return {**{field: "" for field in TEXT_FIELDS}, "emotions": []}


def body_of(record: ThoughtRecord, key: bytes) -> dict:
    return {**empty_body(), **record.open_json(key, "body", default={})}


def own_record(user, record_id) -> ThoughtRecord:
    """The person's own record, or 404 for anyone else's."""
    return get_owned_or_404(ThoughtRecord, user=user, pk=record_id)


def own_belief(user, belief_id) -> CoreBelief:
    return get_owned_or_404(CoreBelief, user=user, pk=belief_id)


def _refresh_plain(record: ThoughtRecord, body: dict) -> None:
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
def record_start(user, key: bytes, *, entry=None) -> ThoughtRecord:
    record = ThoughtRecord(owner=user, entry=entry)
    record.seal_json(key, "body", empty_body())
    record.save()
    search.put(key=key, record=record, body=empty_body())
    return record


@transaction.atomic
def record_save_step(
    record: ThoughtRecord, key: bytes, *, step: str, changes: dict, done: bool
) -> None:
    """Keep one step's answers; `changes` holds body fields and/or "distortions" and
    "core_belief"; `done` marks the step finished, so resuming skips it."""
    body = body_of(record, key)
    if "distortions" in changes:
        record.distortions = list(changes.pop("distortions"))
    if "core_belief" in changes:
        record.core_belief = changes.pop("core_belief")
    body.update(changes)
    record.seal_json(key, "body", body)
    steps_done = set(record.steps_done)
    if done:
        steps_done.add(step)
    record.steps_done = [k for k in content.step_keys() if k in steps_done]
    _refresh_plain(record, body)
    record.save()
    search.put(key=key, record=record, body=body)


def _fill(record: ThoughtRecord, key: bytes, data: dict) -> dict:
    body = {field: data.get(field) or "" for field in TEXT_FIELDS}
    body["emotions"] = [
        {"name": e["name"], "before": e.get("before"), "after": e.get("after")}
        for e in data.get("emotions") or []
    ]
    record.distortions = list(data.get("distortions") or [])
    record.core_belief = data.get("core_belief")
    record.entry = data.get("entry")
    record.seal_json(key, "body", body)
    done = progress.steps_with_content(body, record.distortions, record.core_belief is not None)
    record.steps_done = [k for k in content.step_keys() if k in done]
    _refresh_plain(record, body)
    return body


@transaction.atomic
def record_create(user, key: bytes, data: dict) -> ThoughtRecord:
    """A record made in one go (the API): `data` already checked."""
    record = ThoughtRecord(owner=user)
    body = _fill(record, key, data)
    record.save()
    search.put(key=key, record=record, body=body)
    return record


@transaction.atomic
def record_replace(record: ThoughtRecord, key: bytes, data: dict) -> ThoughtRecord:
    body = _fill(record, key, data)
    record.save()
    search.put(key=key, record=record, body=body)
    return record


@transaction.atomic
def record_delete(record: ThoughtRecord, key: bytes) -> None:
    """Delete a record and its line in the search index."""
    search.remove(key=key, record=record)
    record.delete()


def resume_step(record: ThoughtRecord) -> str | None:
    return progress.first_unfinished(content.step_keys(), record.steps_done)


def patterns(user) -> dict:
    """Traps spotted most and the average drop per month, from plain numbers only; kept in
    the cache until the person's records change (it holds codes and numbers, never words)."""
    mine = ThoughtRecord.objects.filter(owner=user)
    stamp = mine.aggregate(count=Count("id"), last=Max("updated_at"))
    last = stamp["last"].timestamp() if stamp["last"] else 0
    cache_key = f"thoughts:patterns:{user.pk}:{stamp['count']}:{last}"
    found = cache.get(cache_key)
    if found is None:
        found = _patterns(mine)
        cache.set(cache_key, found, PATTERNS_SECONDS)
    return found


def _patterns(mine) -> dict:
    """Added up in SQL (a loop over ten years of rows in Python costs too much): drops per
    month from the plain means, and how many records name each code in their JSON list."""
    per_month = (
        mine.exclude(before_mean=None)
        .exclude(after_mean=None)
        .values_list("month")
        .annotate(n=Count("id"), total=Sum(F("before_mean") - F("after_mean")))
    )
    months = stats.monthly_from_sums(per_month)
    labels = content.distortions_by_code()
    codes = list(labels)
    counted = mine.annotate(listed=Cast("distortions", TextField())).aggregate(
        **{f"c{i}": Count("id", filter=Q(listed__contains=f'"{c}"')) for i, c in enumerate(codes)}
    )
    frequencies = [
        {
            "code": code,
            "count": count,
            "label": labels[code]["label"],
            "kind": labels[code]["kind"],
        }
        for code, count in stats.ranked({c: counted[f"c{i}"] for i, c in enumerate(codes)})
    ]
    return {
        "frequencies": frequencies,
        "months": months,
        "trend": stats.trend([m["average_drop"] for m in months]),
    }


def belief_text(belief: CoreBelief, key: bytes) -> str:
    return belief.open_json(key, "body", default={}).get("text", "")


def belief_starter(belief: CoreBelief, key: bytes) -> str:
    return belief.open_json(key, "body", default={}).get("starter", "")


@transaction.atomic
def belief_add(
    user, key: bytes, *, text: str = "", starter: str = "", rating: int = 50
) -> CoreBelief:
    """A belief from the starter list (by key) or in the person's own words, with a rating."""
    if starter:
        text = content.starter_beliefs_by_key()[starter]["text"]
    belief = CoreBelief(owner=user, rating=rating)
    belief.seal_json(key, "body", {"text": text, "starter": starter})
    belief.save()
    BeliefRating.objects.create(belief=belief, rating=rating, rated_at=belief.created_at)
    return belief


@transaction.atomic
def belief_rate(belief: CoreBelief, rating: int) -> BeliefRating:
    belief.rating = rating
    belief.save(update_fields=["rating", "updated_at"])
    return BeliefRating.objects.create(belief=belief, rating=rating)


@transaction.atomic
def belief_reword(belief: CoreBelief, key: bytes, text: str) -> None:
    belief.seal_json(key, "body", {"text": text, "starter": ""})
    belief.save(update_fields=["body", "updated_at"])


def beliefs_with_text(user, key: bytes) -> list[dict]:
    return [
        {"belief": b, "text": belief_text(b, key), "starter": belief_starter(b, key)}
        for b in CoreBelief.objects.filter(owner=user).order_by("created_at")
    ]
