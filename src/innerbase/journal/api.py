"""The journal API: entries with search and filters, edits that keep versions."""

import datetime as dt
import uuid

from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from innerbase.core import distress
from innerbase.core.api import (
    ERRORS,
    DistressCheck,
    SafetySummary,
    refuse,
    refuse_words_in_query,
    safety_summary,
)
from innerbase.core.limits import MAX_TEXT
from innerbase.core.saving import screen
from innerbase.journal import content, rules, search, selectors, services
from innerbase.journal.forms import FUTURE_GRACE, MAX_SLEEP_HOURS, sleep_fits
from innerbase.journal.models import MODES, Entry, Space
from innerbase.safety import selectors as safety

router = Router(tags=["journal"])
MODE_KEYS = [key for key, _ in MODES]


class EmotionIn(Schema):
    name: str
    intensity: int = Field(50, ge=0, le=100)


class UrgeIn(Schema):
    name: str = Field(..., min_length=1, max_length=200)
    acted: bool = False


class GratitudeIn(Schema):
    good: str = Field("", max_length=500)
    why: str = Field("", max_length=500)


class GriefIn(Schema):
    brought_it: str = Field("", max_length=2000)
    strength: int | None = Field(None, ge=0, le=10)
    needed: str = Field("", max_length=2000)


class EntryIn(Schema):
    text: str = Field("", max_length=MAX_TEXT)
    mood: int | None = Field(None, ge=1, le=10)
    energy: int | None = Field(None, ge=1, le=10)
    sleep_hours: float | None = Field(None, ge=0, le=MAX_SLEEP_HOURS, description="Half hours.")
    moved: bool | None = Field(None, description="Moved their body today (None: not said).")
    talked: bool | None = Field(None, description="Talked with someone today.")
    emotions: list[EmotionIn] = []
    triggers: list[str] = Field([], max_length=20)
    sensations: list[str] = Field([], max_length=20)
    urges: list[UrgeIn] = Field([], max_length=20)
    helped: str = Field("", max_length=2000)
    mode: str = "free"
    prompt_id: str = ""
    occurred_at: dt.datetime | None = None
    gratitude: list[GratitudeIn] = Field([], max_length=3)
    grief: GriefIn | None = None
    space_id: uuid.UUID | None = None
    distress: DistressCheck | None = None  # the stop rule's check, 0-10 before and after


class EmotionOut(Schema):
    name: str
    intensity: int | None  # None: a quick check-in, which does not ask how strong


class UrgeOut(Schema):
    name: str
    own: bool
    acted: bool


class EntryOut(Schema):
    id: uuid.UUID
    mode: str
    prompt_id: str
    mood: int | None
    energy: int | None
    sleep_hours: float | None
    moved: bool | None
    talked: bool | None
    occurred_at: dt.datetime
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    space_id: uuid.UUID | None
    text: str
    emotions: list[EmotionOut]
    triggers: list[str]
    sensations: list[str]
    urges: list[UrgeOut]
    helped: str
    gratitude: list[GratitudeIn]
    grief: dict
    distress: DistressCheck
    safety: SafetySummary | None = None


class EntryList(Schema):
    items: list[EntryOut]
    total: int


class VersionOut(Schema):
    number: int
    saved_at: dt.datetime
    mood: int | None
    energy: int | None
    occurred_at: dt.datetime
    text: str


def _checked(payload: EntryIn, user) -> dict:
    """Everything a form would check, as 422s naming the field; returns the entry's fields."""
    if payload.mode not in MODE_KEYS:
        refuse("mode", f"Use one of: {', '.join(MODE_KEYS)}.")
    if not payload.text.strip() and payload.mood is None:
        refuse("text", "Give some text or a mood (1-10).")
    if not sleep_fits(payload.sleep_hours):
        refuse("sleep_hours", "Give hours slept from 0 to 14, in half hours (like 7.5).")
    if payload.prompt_id and payload.prompt_id not in selectors.prompts_by_id():
        refuse("prompt_id", "Unknown prompt.")
    names = content.emotions()
    for index, emotion in enumerate(payload.emotions):
        if emotion.name not in names:
            refuse(
                f"emotions.{index}.name",
                f"Unknown emotion {emotion.name!r}; see the list in the journal.",
            )
    occurred_at = payload.occurred_at or timezone.now()
    if timezone.is_naive(occurred_at):
        occurred_at = timezone.make_aware(occurred_at)
    if occurred_at > timezone.now() + FUTURE_GRACE:
        refuse("occurred_at", "That is more than a day in the future.")
    space = None
    if payload.space_id:
        space = selectors.space_or_none(user=user, pk=payload.space_id)
        if space is None:
            refuse("space_id", "No journal space of yours has that id.")
    starter = safety.urges()
    body = {
        "text": payload.text,
        "emotions": [{"name": e.name, "intensity": e.intensity} for e in payload.emotions],
        "triggers": rules.split_tags(",".join(t.replace(",", " ") for t in payload.triggers)),
        "sensations": rules.split_tags(",".join(t.replace(",", " ") for t in payload.sensations)),
        "urges": [
            {"name": u.name, "own": u.name not in starter, "acted": u.acted} for u in payload.urges
        ],
        "helped": payload.helped,
        "gratitude": [g.model_dump() for g in payload.gratitude],
        "grief": payload.grief.model_dump() if payload.grief else {},
        "distress": distress.check(**payload.distress.model_dump()) if payload.distress else {},
    }
    return {
        "body": body,
        "mode": payload.mode,
        "prompt_id": payload.prompt_id,
        "mood": payload.mood,
        "energy": payload.energy,
        "sleep_hours": payload.sleep_hours,
        "moved": payload.moved,
        "talked": payload.talked,
        "occurred_at": occurred_at,
        "space": space,
    }


def _out(entry: Entry, body: dict, result: dict | None = None) -> dict:
    return {
        "id": entry.pk,
        "mode": entry.mode,
        "prompt_id": entry.prompt_id,
        "mood": entry.mood,
        "energy": entry.energy,
        "sleep_hours": entry.sleep_hours,
        "moved": entry.moved,
        "talked": entry.talked,
        "occurred_at": entry.occurred_at,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
        "version": entry.version,
        "space_id": entry.space_id,
        **rules.full_body(body),
        "distress": distress.of(body),
        "safety": safety_summary(result) if result else None,
    }


@router.post("/journal/entries", response={201: EntryOut, **ERRORS})
def entry_create(request, payload: EntryIn):
    """Save an entry (text or mood required). The text passes the crisis screen; `safety` says
    what it found, and the save happens either way."""
    fields = _checked(payload, request.user)
    key = request.vault.data_key
    entry = services.entry_create(user=request.user, data_key=key, **fields)
    body = rules.full_body(fields["body"])
    return Status(201, _out(entry, body, screen(*rules.texts_of(body))))


class ListFilters(Schema):
    """Filters a URL may carry: fixed choices, ids and dates, never a person's words."""

    emotion: str = ""
    urge: str = Field("", description="A key from the fixed list of urges.")
    mode: str = ""
    space: str = Field("", description='A space id, or "main" for entries in no space.')
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0)


class SearchIn(ListFilters):
    q: str = Field("", max_length=200, description="Words anywhere in an entry (any case).")
    trigger: str = Field("", max_length=60, description="One of the entry's triggers.")
    urge: str = Field("", max_length=200, description="An urge's key, or your own words.")


def _found(request, filters: ListFilters, where: str) -> dict:
    """Check the filters (422 naming the field), search, and answer one page of entries."""
    if filters.emotion and filters.emotion not in content.emotions():
        refuse("emotion", "Unknown emotion.", where=where)
    if filters.mode and filters.mode not in MODE_KEYS:
        refuse("mode", f"Use one of: {', '.join(MODE_KEYS)}.", where=where)
    if filters.space and filters.space != search.MAIN:
        try:
            known = selectors.space_or_none(user=request.user, pk=uuid.UUID(filters.space))
        except ValueError:
            known = None
        if known is None:
            refuse("space", "Unknown journal space.", where=where)
    criteria = filters.model_dump(exclude={"limit", "offset"})
    key = request.vault.data_key
    found = selectors.entry_ids_matching(user=request.user, data_key=key, **criteria)
    ids = found[filters.offset : filters.offset + filters.limit]
    page = selectors.entries_with_bodies(user=request.user, data_key=key, ids=ids)
    return {"items": [_out(entry, body) for entry, body in page], "total": len(found)}


@router.get("/journal/entries", response={200: EntryList, **ERRORS})
def entry_list(request, filters: Query[ListFilters]):
    """Your entries, newest first, filtered by fixed choices and dates. To search words or
    triggers, POST /api/v1/journal/entries/search: a URL's query is kept in logs."""
    refuse_words_in_query(request, "q", "trigger", instead="/api/v1/journal/entries/search")
    if filters.urge and filters.urge not in safety.urges():
        message = "Unknown urge; to filter by your own words, POST /api/v1/journal/entries/search."
        refuse("urge", message, where="query")
    return _found(request, filters, "query")


@router.post("/journal/entries/search", response={200: EntryList, **ERRORS})
def entry_search(request, payload: SearchIn):
    """Your entries matching every filter given, newest first, searched after decryption;
    the words travel in this body, never in a URL."""
    return _found(request, payload, "body")


def _own(request, entry_id: uuid.UUID) -> Entry:
    return selectors.entry_or_404(user=request.user, pk=entry_id)


@router.get("/journal/entries/{entry_id}", response={200: EntryOut, **ERRORS})
def entry_get(request, entry_id: uuid.UUID):
    entry = _own(request, entry_id)
    return _out(entry, selectors.body_of(entry=entry, data_key=request.vault.data_key))


@router.put("/journal/entries/{entry_id}", response={200: EntryOut, **ERRORS})
def entry_put(request, entry_id: uuid.UUID, payload: EntryIn):
    """Replace an entry; the text it had is kept as a version."""
    entry = _own(request, entry_id)
    fields = _checked(payload, request.user)
    fields.pop("mode"), fields.pop("prompt_id")
    key = request.vault.data_key
    services.entry_update(entry=entry, data_key=key, **fields)
    body = rules.full_body(fields["body"])
    return _out(entry, body, screen(*rules.texts_of(body)))


@router.delete("/journal/entries/{entry_id}", response={204: None, **ERRORS})
def entry_delete(request, entry_id: uuid.UUID):
    services.entry_delete(entry=_own(request, entry_id), data_key=request.vault.data_key)
    return Status(204, None)


@router.get("/journal/entries/{entry_id}/versions", response={200: list[VersionOut], **ERRORS})
def entry_versions(request, entry_id: uuid.UUID):
    """Earlier versions of an entry, newest first."""
    entry = _own(request, entry_id)
    return [
        {
            "number": v.number,
            "saved_at": v.saved_at,
            "mood": v.mood,
            "energy": v.energy,
            "occurred_at": v.occurred_at,
            "text": body["text"],
        }
        for v, body in selectors.versions_of(entry=entry, data_key=request.vault.data_key)
    ]


class SpaceIn(Schema):
    name: str = Field(..., min_length=1, max_length=services.MAX_SPACE_NAME)


class SpaceOut(Schema):
    id: uuid.UUID
    name: str
    created_at: dt.datetime
    safety: SafetySummary | None = None


@router.get("/journal/spaces", response={200: list[SpaceOut], **ERRORS})
def space_list(request):
    """Your separate journals (entries in none are in the main journal)."""
    key = request.vault.data_key
    return [
        {"id": s.pk, "name": name, "created_at": s.created_at}
        for s, name in selectors.spaces(user=request.user, data_key=key)
    ]


@router.post("/journal/spaces", response={201: SpaceOut, **ERRORS})
def space_create(request, payload: SpaceIn):
    if not payload.name.strip():
        refuse("name", "Give the journal a name.")
    space = services.space_save(
        user=request.user, data_key=request.vault.data_key, name=payload.name
    )
    return Status(201, _space_out(space, payload.name))


@router.put("/journal/spaces/{space_id}", response={200: SpaceOut, **ERRORS})
def space_rename(request, space_id: uuid.UUID, payload: SpaceIn):
    space = selectors.space_or_404(user=request.user, pk=space_id)
    if not payload.name.strip():
        refuse("name", "Give the journal a name.")
    key = request.vault.data_key
    services.space_save(user=request.user, data_key=key, name=payload.name, space=space)
    return _space_out(space, payload.name)


def _space_out(space: Space, name: str) -> dict:
    result = screen(name)
    return {
        "id": space.pk,
        "name": name.strip(),
        "created_at": space.created_at,
        "safety": safety_summary(result),
    }


@router.delete("/journal/spaces/{space_id}", response={204: None, **ERRORS})
def space_remove(request, space_id: uuid.UUID):
    """Remove a space; its entries move back to the main journal."""
    space = selectors.space_or_404(user=request.user, pk=space_id)
    services.space_delete(space=space, data_key=request.vault.data_key)
    return Status(204, None)
