"""The boundaries API: the list with each boundary's counts, one boundary with its log, a new
boundary, a change (words, person, revisit day, set aside), and a time it came up.

Every check runs before anything is written; a wrong value answers 422 naming its field, a
person id of someone else's in `person` is a 422 too, and another person's boundary answers
404, as one that does not exist."""

import datetime as dt
import uuid

from ninja import Router, Schema
from ninja.responses import Status

from innerbase.boundaries import content, forms, selectors, services, tally
from innerbase.boundaries.models import Boundary, BoundaryLog
from innerbase.core.api import ERRORS, SafetySummary, refuse, safety_summary
from innerbase.core.limits import MAX_ANSWER
from innerbase.core.saving import screen
from innerbase.people import selectors as people

router = Router(tags=["boundaries"])


class BoundaryIn(Schema):
    boundary: str
    need: str = ""
    say: str = ""
    if_crossed: str = ""
    person: str | None = None  # a person's id from GET /api/v1/people, or null
    revisit_on: dt.date | None = None  # thirty days from today when left out
    example: str = ""  # the library example it starts from (GET /api/v1/boundaries lists them)


class BoundaryChange(Schema):
    """Only the fields sent change."""

    boundary: str | None = None
    need: str | None = None
    say: str | None = None
    if_crossed: str | None = None
    person: str | None = None
    revisit_on: dt.date | None = None
    retired: bool | None = None  # true sets it aside (off Today), false brings it back


class LogIn(Schema):
    outcome: str  # "kept" or "crossed"
    day: dt.date | None = None  # today when left out
    note: str = ""
    feelings: list[str] = []  # codes from GET /api/v1/boundaries "feelings"


class LogOut(Schema):
    id: uuid.UUID
    outcome: str
    day: dt.date
    note: str
    feelings: list[str]


class LogSaved(LogOut):
    safety: SafetySummary


class BoundaryOut(Schema):
    id: uuid.UUID
    boundary: str
    need: str
    say: str
    if_crossed: str
    person: uuid.UUID | None
    example: str
    revisit_on: dt.date
    revisited_on: dt.date | None
    retired_on: dt.date | None
    due: bool
    kept: int
    crossed: int
    since: dt.date | None
    sentence: str
    created_at: dt.datetime


class BoundaryDetail(BoundaryOut):
    log: list[LogOut]


class BoundarySaved(BoundaryOut):
    safety: SafetySummary


class Example(Schema):
    code: str
    theme: str
    boundary: str
    need: str
    say: str
    if_crossed: str


class BoundariesOut(Schema):
    boundaries: list[BoundaryOut]
    examples: list[Example]
    feelings: dict[str, str]


def _out(row: dict) -> dict:
    b, counts = row["boundary"], row["counts"]
    return {
        "id": b.pk,
        **row["words"],
        "person": b.person_id,
        "example": b.example,
        "revisit_on": b.revisit_on,
        "revisited_on": b.revisited_on,
        "retired_on": b.retired_on,
        "due": row["due"],
        "kept": counts.kept,
        "crossed": counts.crossed,
        "since": counts.since,
        "sentence": row["sentence"],
        "created_at": b.created_at,
    }


def _shown(request, boundary: Boundary) -> dict:
    key, day = request.vault.data_key, selectors.today()
    return _out(selectors.boundary_shown(boundary=boundary, data_key=key, day=day))


def _log_out(row: BoundaryLog, key: bytes) -> dict:
    words = selectors.log_words(row=row, data_key=key)
    return {"id": row.pk, "outcome": row.outcome, "day": row.day, **words}


def _text(field: str, value: str) -> str:
    if len(value) > MAX_ANSWER:
        refuse(field, f"Keep {field} under {MAX_ANSWER:,} characters.")
    return value.strip()


def _person(request, value: str | None):
    if not value:
        return None
    found = people.person_or_none(user=request.user, pk=value)
    if found is None:
        refuse("person", "No one in your people has this id: see GET /api/v1/people.")
    return found


def _revisit_on(value: dt.date) -> dt.date:
    today = selectors.today()
    if value < today:
        refuse("revisit_on", forms.REVISIT_PAST)
    if forms.too_far(value, today):
        refuse("revisit_on", forms.REVISIT_FAR)
    return value


@router.get("/boundaries", response={200: BoundariesOut, **ERRORS})
def boundaries_list(request):
    """Every boundary (in use first, then those set aside) with how often it was kept and
    crossed; the library of examples to start from; the feelings a log can name."""
    key, day = request.vault.data_key, selectors.today()
    rows = selectors.boundaries_listed(user=request.user, data_key=key, day=day)
    examples = [
        {"code": e["code"], "theme": theme["code"], **{f: e[f] for f in content.WORD_FIELDS}}
        for theme in content.themes()
        for e in theme["examples"]
    ]
    return {
        "boundaries": [_out(row) for row in rows],
        "examples": examples,
        "feelings": content.feelings(),
    }


@router.post("/boundaries", response={201: BoundarySaved, **ERRORS})
def boundary_create(request, payload: BoundaryIn):
    """A new boundary: `boundary` in your words, and optionally the need, how you'll say it,
    what you'll do if it is crossed, who it is with and when to read it again."""
    words = {field: _text(field, getattr(payload, field)) for field in content.WORD_FIELDS}
    if not words["boundary"]:
        refuse("boundary", "Write the boundary in a few words.")
    person = _person(request, payload.person)
    day = selectors.today()
    revisit_on = _revisit_on(payload.revisit_on or tally.default_revisit(day))
    if payload.example and payload.example not in content.examples_by_code():
        refuse("example", "No example has this code: see GET /api/v1/boundaries.")
    boundary = services.boundary_add(
        user=request.user,
        data_key=request.vault.data_key,
        words=words,
        revisit_on=revisit_on,
        person=person,
        example=payload.example,
    )
    result = screen(*words.values())
    return Status(201, {**_shown(request, boundary), "safety": safety_summary(result)})


@router.get("/boundaries/{boundary_id}", response={200: BoundaryDetail, **ERRORS})
def boundary_get(request, boundary_id: uuid.UUID):
    """One boundary with its counts and the times it came up, newest first."""
    found = selectors.boundary_or_404(user=request.user, pk=boundary_id)
    key = request.vault.data_key
    log = [_log_out(item["row"], key) for item in selectors.log_shown(boundary=found, data_key=key)]
    return {**_shown(request, found), "log": log}


@router.put("/boundaries/{boundary_id}", response={200: BoundarySaved, **ERRORS})
def boundary_change(request, boundary_id: uuid.UUID, payload: BoundaryChange):
    """Change the fields sent: the words, who it is with (null for nobody), the day to read
    it again, or `retired` to set it aside or bring it back."""
    found = selectors.boundary_or_404(user=request.user, pk=boundary_id)
    key, day, sent = request.vault.data_key, selectors.today(), payload.model_fields_set
    words = selectors.words_of(boundary=found, data_key=key)
    for field in content.WORD_FIELDS:
        if field in sent:
            words[field] = _text(field, getattr(payload, field) or "")
    if not words["boundary"]:
        refuse("boundary", "Write the boundary in a few words.")
    person = _person(request, payload.person) if "person" in sent else found.person
    revisit_on = found.revisit_on
    if "revisit_on" in sent:
        if payload.revisit_on is None:
            refuse("revisit_on", "Give a day to read it again.")
        revisit_on = _revisit_on(payload.revisit_on)
    services.boundary_update(
        boundary=found, data_key=key, words=words, revisit_on=revisit_on, person=person
    )
    if "revisit_on" in sent or payload.retired is not None:
        services.boundary_revisited(
            boundary=found, today=day, next_on=revisit_on, retire=bool(payload.retired)
        )
    result = screen(*words.values())
    return {**_shown(request, found), "safety": safety_summary(result)}


@router.post("/boundaries/{boundary_id}/log", response={201: LogSaved, **ERRORS})
def log_create(request, boundary_id: uuid.UUID, payload: LogIn):
    """A time the boundary came up: `outcome` kept or crossed, the day (today unless sent),
    how it felt (`feelings` codes) and a note."""
    found = selectors.boundary_or_404(user=request.user, pk=boundary_id)
    if payload.outcome not in tally.OUTCOMES:
        refuse("outcome", "Send kept or crossed.")
    day = payload.day or selectors.today()
    if day > selectors.today():
        refuse("day", forms.LOG_FUTURE)
    known = content.feelings()
    for index, code in enumerate(payload.feelings):
        if code not in known:
            refuse(f"feelings.{index}", "No feeling has this code: see GET /api/v1/boundaries.")
    note = _text("note", payload.note)
    key = request.vault.data_key
    row = services.log_add(
        boundary=found,
        data_key=key,
        outcome=payload.outcome,
        day=day,
        note=note,
        feelings=list(dict.fromkeys(payload.feelings)),
    )
    return Status(201, {**_log_out(row, key), "safety": safety_summary(screen(note))})
