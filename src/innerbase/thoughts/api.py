"""The thought-record API: records, the distortion taxonomy, and core beliefs with ratings.

Ids in the body that are not the caller's (a journal entry, a core belief) are refused with
422 naming the field, the same answer as for an id that does not exist, so nothing leaks;
ids in the path answer 404. Every check runs before anything is written."""

import datetime as dt
import uuid
from typing import Any

from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import StrictInt

from innerbase.core import distress
from innerbase.core.api import (
    ERRORS,
    DistressCheck,
    SafetySummary,
    refuse,
    refuse_words_in_query,
    safety_summary,
)
from innerbase.core.limits import MAX_ANSWER
from innerbase.core.saving import screen
from innerbase.journal import selectors as journal
from innerbase.thoughts import content, progress, selectors, services
from innerbase.thoughts.models import BeliefRating, CoreBelief, ThoughtRecord

router = Router(tags=["thoughts"])


class EmotionIn(Schema):
    name: str
    before: StrictInt | None = None
    after: StrictInt | None = None


class RecordIn(Schema):
    situation: str = ""
    automatic_thought: str
    emotions: list[EmotionIn] = []
    distortions: list[str] = []
    evidence_for: str = ""
    evidence_against: str = ""
    balanced_thought: str = ""
    core_belief_id: uuid.UUID | None = None
    entry_id: uuid.UUID | None = None
    distress: DistressCheck | None = None  # the stop rule's check, 0-10 before and after


class Change(Schema):
    before: float
    after: float
    drop: float


class RecordOut(Schema):
    id: uuid.UUID
    situation: str
    automatic_thought: str
    emotions: list[EmotionIn]
    distortions: list[str]
    evidence_for: str
    evidence_against: str
    balanced_thought: str
    core_belief_id: uuid.UUID | None
    entry_id: uuid.UUID | None
    complete: bool
    change: Change | None
    created_at: dt.datetime
    updated_at: dt.datetime
    completed_at: dt.datetime | None
    distress: DistressCheck


class RecordSaved(RecordOut):
    safety: SafetySummary


class DistortionOut(Schema):
    code: str
    label: str
    kind: str
    definition: str
    example: str
    question: str


def _text(field: str, value: str) -> str:
    if len(value) > MAX_ANSWER:
        refuse(field, f"Keep {field} under {MAX_ANSWER:,} characters.")
    return value.strip()


def _checked(request, payload: RecordIn) -> dict:
    """The payload as service data, or a 422 naming the first field that is wrong."""
    data: dict[str, Any] = {
        field: _text(field, getattr(payload, field)) for field in progress.TEXT_FIELDS
    }
    if not data["automatic_thought"]:
        refuse("automatic_thought", "Write the thought that went through your mind.")
    vocabulary, seen = journal.emotions(), set()
    for index, emotion in enumerate(payload.emotions):
        if emotion.name not in vocabulary:
            refuse(
                f"emotions.{index}.name",
                f"Unknown feeling {emotion.name!r}: use a name from the journal's feelings list.",
            )
        if emotion.name in seen:
            refuse(f"emotions.{index}.name", f"{emotion.name!r} is listed twice.")
        seen.add(emotion.name)
        for when in ("before", "after"):
            value = getattr(emotion, when)
            if value is not None and not 0 <= value <= 100:
                refuse(f"emotions.{index}.{when}", "Intensity must be from 0 to 100.")
    known = content.distortions_by_code()
    for index, code in enumerate(payload.distortions):
        if code not in known:
            refuse(
                f"distortions.{index}",
                f"Unknown distortion code {code!r}: see GET /api/v1/distortions.",
            )
    data["emotions"] = [e.dict() for e in payload.emotions]
    data["distress"] = payload.distress.model_dump() if payload.distress else {}
    data["distortions"] = list(dict.fromkeys(payload.distortions))
    data["core_belief"] = data["entry"] = None
    if payload.core_belief_id:
        data["core_belief"] = selectors.belief_or_none(
            user=request.user, pk=payload.core_belief_id
        ) or refuse("core_belief_id", "You have no core belief with this id.")
    if payload.entry_id:
        data["entry"] = journal.entry_or_none(user=request.user, pk=payload.entry_id) or (
            refuse("entry_id", "You have no journal entry with this id.")
        )
    return data


def _record_out(record: ThoughtRecord, key: bytes) -> dict:
    body = selectors.body_of(record=record, data_key=key)
    change = None
    if record.before_mean is not None and record.after_mean is not None:
        change = {"before": record.before_mean, "after": record.after_mean, "drop": record.drop}
    return {
        **{field: body[field] for field in progress.TEXT_FIELDS},
        "id": record.pk,
        "emotions": body["emotions"],
        "distortions": record.distortions,
        "core_belief_id": record.core_belief_id,
        "entry_id": record.entry_id,
        "complete": record.complete,
        "change": change,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "completed_at": record.completed_at,
        "distress": distress.of(body),
    }


def _saved(record: ThoughtRecord, key: bytes, data: dict) -> dict:
    result = screen(*(data[field] for field in progress.TEXT_FIELDS))
    return {
        **_record_out(record, key),
        "safety": safety_summary(result),
    }


@router.post("/thought-records", response={201: RecordSaved, **ERRORS})
def record_create(request, payload: RecordIn):
    """Store a thought record (only `automatic_thought` is required); the words are screened
    for crisis language and `safety` says what was found."""
    data = _checked(request, payload)
    record = services.record_create(user=request.user, data_key=request.vault.data_key, data=data)
    return Status(201, _saved(record, request.vault.data_key, data))


@router.get("/thought-records", response={200: list[RecordOut], **ERRORS})
def record_list(request, limit: int = 50, offset: int = 0):
    """Your records, newest first. To search their words, POST /api/v1/thought-records/search:
    a URL's query is kept in logs."""
    refuse_words_in_query(request, "q", instead="/api/v1/thought-records/search")
    limit, offset = max(1, min(limit, 500)), max(0, offset)
    mine = selectors.records_newest(user=request.user)[offset : offset + limit]
    return [_record_out(record, request.vault.data_key) for record in mine]


class SearchIn(Schema):
    q: str = Field("", max_length=200, description="Words, feelings or traps (any case).")
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0)


@router.post("/thought-records/search", response={200: list[RecordOut], **ERRORS})
def record_search(request, payload: SearchIn):
    """Your records whose words, feelings or traps contain `q` (any case), newest first; the
    words travel in this body, never in a URL."""
    key = request.vault.data_key
    found = selectors.record_ids_matching(user=request.user, data_key=key, query=payload.q)
    ids = found[payload.offset : payload.offset + payload.limit]
    return [_record_out(r, key) for r in selectors.records_in_order(user=request.user, ids=ids)]


@router.get("/thought-records/{record_id}", response={200: RecordOut, **ERRORS})
def record_detail(request, record_id: uuid.UUID):
    record = selectors.record_or_404(user=request.user, pk=record_id)
    return _record_out(record, request.vault.data_key)


@router.put("/thought-records/{record_id}", response={200: RecordSaved, **ERRORS})
def record_update(request, record_id: uuid.UUID, payload: RecordIn):
    """Replace a record's contents (fields left out become empty)."""
    record = selectors.record_or_404(user=request.user, pk=record_id)
    data = _checked(request, payload)
    services.record_replace(record=record, data_key=request.vault.data_key, data=data)
    return _saved(record, request.vault.data_key, data)


@router.delete("/thought-records/{record_id}", response={204: None, **ERRORS})
def record_delete(request, record_id: uuid.UUID):
    record = selectors.record_or_404(user=request.user, pk=record_id)
    services.record_delete(record=record, data_key=request.vault.data_key)
    return Status(204, None)


@router.get("/distortions", response={200: list[DistortionOut], **ERRORS})
def distortion_list(request):
    """The fixed taxonomy: thinking traps, then attachment traps (`kind`)."""
    return content.distortions()


class BeliefIn(Schema):
    text: str = ""
    starter: str = ""
    rating: StrictInt


class BeliefUpdate(Schema):
    text: str | None = None
    rating: StrictInt | None = None


class RatingIn(Schema):
    rating: StrictInt


class RatingOut(Schema):
    rating: int
    rated_at: dt.datetime


class BeliefOut(Schema):
    id: uuid.UUID
    text: str
    starter: str | None
    rating: int
    created_at: dt.datetime
    ratings: list[RatingOut]
    record_ids: list[uuid.UUID]


class BeliefSaved(BeliefOut):
    safety: SafetySummary


class StarterOut(Schema):
    key: str
    text: str
    patterns: list[str]


def _belief_out(belief: CoreBelief, key: bytes) -> dict:
    return {
        "id": belief.pk,
        "text": selectors.belief_text(belief=belief, data_key=key),
        "starter": selectors.belief_starter(belief=belief, data_key=key) or None,
        "rating": belief.rating,
        "created_at": belief.created_at,
        "ratings": [
            {"rating": r.rating, "rated_at": r.rated_at}
            for r in selectors.belief_ratings(belief=belief)
        ],
        "record_ids": selectors.belief_record_ids(belief=belief),
    }


def _rating(value: int | None, field: str = "rating") -> int | None:
    if value is not None and not 0 <= value <= 100:
        refuse(field, "Believability must be from 0 to 100.")
    return value


def _belief_text(text: str) -> str:
    if len(text) > 1000:
        refuse("text", "Keep a belief under 1,000 characters.")
    return text.strip()


def _screened(belief: CoreBelief, key: bytes, text: str) -> dict:
    result = screen(text)
    return {
        **_belief_out(belief, key),
        "safety": safety_summary(result),
    }


@router.get("/core-beliefs/starters", response={200: list[StarterOut], **ERRORS})
def starter_list(request):
    """Beliefs common in insecure attachment, to add by `starter` key."""
    return content.starter_beliefs()


@router.get("/core-beliefs", response={200: list[BeliefOut], **ERRORS})
def belief_list(request):
    key = request.vault.data_key
    return [_belief_out(belief, key) for belief in selectors.beliefs(user=request.user)]


@router.post("/core-beliefs", response={201: BeliefSaved, **ERRORS})
def belief_create(request, payload: BeliefIn):
    """Add a belief: a `starter` key or your own `text`, with a `rating` 0-100."""
    text = _belief_text(payload.text)
    _rating(payload.rating)
    if payload.starter and payload.starter not in content.starter_beliefs_by_key():
        refuse("starter", f"Unknown starter belief {payload.starter!r}.")
    if bool(payload.starter) == bool(text):
        refuse("text", "Give either your own text or a starter key, not both or neither.")
    key = request.vault.data_key
    belief = services.belief_add(
        user=request.user, data_key=key, text=text, starter=payload.starter, rating=payload.rating
    )
    return Status(201, _screened(belief, key, text))


@router.get("/core-beliefs/{belief_id}", response={200: BeliefOut, **ERRORS})
def belief_detail(request, belief_id: uuid.UUID):
    belief = selectors.belief_or_404(user=request.user, pk=belief_id)
    return _belief_out(belief, request.vault.data_key)


@router.put("/core-beliefs/{belief_id}", response={200: BeliefSaved, **ERRORS})
def belief_update(request, belief_id: uuid.UUID, payload: BeliefUpdate):
    """Reword a belief and/or re-rate it (a new rating joins its history)."""
    belief = selectors.belief_or_404(user=request.user, pk=belief_id)
    text = _belief_text(payload.text) if payload.text is not None else None
    if text == "":
        refuse("text", "A belief needs some words.")
    _rating(payload.rating)
    key = request.vault.data_key
    services.belief_update(belief=belief, data_key=key, text=text, rating=payload.rating)
    return _screened(belief, key, text or "")


@router.post("/core-beliefs/{belief_id}/ratings", response={201: RatingOut, **ERRORS})
def belief_rate(request, belief_id: uuid.UUID, payload: RatingIn):
    belief = selectors.belief_or_404(user=request.user, pk=belief_id)
    _rating(payload.rating)
    rating: BeliefRating = services.belief_rate(belief=belief, rating=payload.rating)
    return Status(201, {"rating": rating.rating, "rated_at": rating.rated_at})


@router.delete("/core-beliefs/{belief_id}", response={204: None, **ERRORS})
def belief_delete(request, belief_id: uuid.UUID):
    """Remove a belief; records that linked to it are kept, without the link."""
    services.belief_delete(belief=selectors.belief_or_404(user=request.user, pk=belief_id))
    return Status(204, None)
