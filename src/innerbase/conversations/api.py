"""The say-it-securely API: the statement check, and hard talks (plan, change, outcome).

Every check runs before anything is written, so a 422 (naming the field) changes nothing.
A talk id that is not the caller's answers 404; a person id that is not theirs, 422."""

import datetime as dt
import uuid

from ninja import Router, Schema
from ninja.responses import Status
from pydantic import StrictInt

from innerbase.conversations import check, content, selectors, services
from innerbase.conversations.models import Talk
from innerbase.core.api import ERRORS, SafetySummary, refuse, safety_summary
from innerbase.core.limits import MAX_ANSWER, MAX_TEXT
from innerbase.core.saving import screen
from innerbase.people import selectors as people

router = Router(tags=["say it securely"])


class CheckIn(Schema):
    text: str


class FlagOut(Schema):
    start: int
    end: int
    kind: str
    words: str
    label: str
    note: str


class CheckOut(Schema):
    kinds: list[str]
    flags: list[FlagOut]
    safety: SafetySummary


class TalkIn(Schema):
    person: str | None = None
    want: str = ""
    need: str = ""
    they_feel: str = ""
    opening: str = ""
    heated: str = ""
    pause_minutes: StrictInt | None = None
    come_back: str = ""
    how_it_went: str = ""
    keep: str = ""
    change: str = ""


class TalkUpdate(Schema):
    """Only the fields sent change; `"person": null` unlinks the talk."""

    person: str | None = None
    want: str | None = None
    need: str | None = None
    they_feel: str | None = None
    opening: str | None = None
    heated: str | None = None
    pause_minutes: StrictInt | None = None
    come_back: str | None = None
    how_it_went: str | None = None
    keep: str | None = None
    change: str | None = None


class TalkOut(Schema):
    id: uuid.UUID
    person: uuid.UUID | None
    want: str
    need: str
    they_feel: str
    opening: str
    opening_kinds: list[str]
    heated: str
    pause_minutes: int | None
    come_back: str
    how_it_went: str
    keep: str
    change: str
    created_at: dt.datetime
    rehearsed_at: dt.datetime | None
    outcome_at: dt.datetime | None


class TalkSaved(TalkOut):
    safety: SafetySummary


def _flags(text: str) -> dict:
    kinds = content.kinds()
    flags = check.check(text)
    return {
        "kinds": check.kinds_of(flags),
        "flags": [
            {
                "start": f.start,
                "end": f.end,
                "kind": f.kind,
                "words": f.words,
                "label": kinds[f.kind]["label"],
                "note": kinds[f.kind]["note"],
            }
            for f in flags
        ],
    }


@router.post("/statements/check", response={200: CheckOut, **ERRORS})
def statement_check(request, payload: CheckIn):
    """Where a draft blames, guesses at what they think, sets an ultimatum, threatens to get a
    reaction or calls a name: spans of `text` (`start` and `end` count Unicode code points,
    as Python does, not UTF-16 units) with their kind and a plain note. Nothing is saved;
    the crisis screen still reads the draft."""
    if len(payload.text) > MAX_TEXT:
        refuse("text", f"Keep the draft under {MAX_TEXT:,} characters.")
    return {**_flags(payload.text), "safety": safety_summary(screen(payload.text))}


def _talk_out(talk: Talk, key: bytes) -> dict:
    words = selectors.talk_words(talk=talk, data_key=key)
    return {
        **words,
        "id": talk.pk,
        "person": talk.person_id,
        "opening_kinds": check.kinds_of(check.check(words["opening"])),
        "pause_minutes": talk.pause_minutes,
        "created_at": talk.created_at,
        "rehearsed_at": talk.rehearsed_at,
        "outcome_at": talk.outcome_at,
    }


def _checked(request, payload: TalkIn | TalkUpdate, sent: set[str]) -> dict:
    """The words, person and pause of a talk payload, each checked (422 names the field)."""
    found: dict = {"words": {}}
    for field in services.TALK_WORDS:
        value = getattr(payload, field)
        if field in sent and value is not None:
            if len(value) > MAX_ANSWER:
                refuse(field, f"Keep this under {MAX_ANSWER:,} characters.")
            found["words"][field] = value.strip()
    if "person" in sent:
        found["person"] = None
        if payload.person is not None:
            person = people.person_or_none(user=request.user, pk=payload.person)
            if person is None:
                refuse("person", "Choose someone from your people list.")
            found["person"] = person
    if "pause_minutes" in sent:
        minutes = payload.pause_minutes
        if minutes is not None and minutes not in content.pauses():
            choices = ", ".join(str(m) for m in content.pauses())
            refuse("pause_minutes", f"Choose a pause of {choices} minutes.")
        found["pause_minutes"] = minutes
    return found


@router.get("/talks", response={200: list[TalkOut], **ERRORS})
def talk_list(request):
    """Your hard talks, the newest first."""
    key = request.vault.data_key
    return [_talk_out(talk, key) for talk in selectors.talks_all(user=request.user)]


@router.post("/talks", response={201: TalkSaved, **ERRORS})
def talk_create(request, payload: TalkIn):
    """Plan a hard talk: what you want from it, your need, what they might feel, your opening
    line, what you will do if it gets heated (a pause of `pause_minutes`: 20, 30 or 60, and
    when you will come back); the outcome fields can come now or later (PUT)."""
    found = _checked(request, payload, set(TalkIn.model_fields))
    if not any(found["words"].get(f) for f in services.PLAN_WORDS):
        refuse("want", "Write at least one part of the plan, such as what you want from it.")
    talk = services.talk_save(
        user=request.user,
        data_key=request.vault.data_key,
        words=found["words"],
        person=found["person"],
        pause_minutes=found["pause_minutes"],
    )
    result = screen(*found["words"].values())
    return Status(
        201, {**_talk_out(talk, request.vault.data_key), "safety": safety_summary(result)}
    )


@router.put("/talks/{talk_id}", response={200: TalkSaved, **ERRORS})
def talk_update(request, talk_id: uuid.UUID, payload: TalkUpdate):
    """Change a talk's plan or log how it went; only the fields you send change."""
    talk = selectors.talk_or_404(user=request.user, pk=talk_id)
    found = _checked(request, payload, payload.model_fields_set)
    talk = services.talk_save(
        user=request.user,
        data_key=request.vault.data_key,
        words=found["words"],
        person=found.get("person", talk.person),
        pause_minutes=found.get("pause_minutes", talk.pause_minutes),
        talk=talk,
    )
    result = screen(*found["words"].values())
    return {**_talk_out(talk, request.vault.data_key), "safety": safety_summary(result)}
