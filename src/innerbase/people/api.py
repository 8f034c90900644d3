"""The people API: the people list, observations of someone new with their weekly
consistency, and the support network.

Every check runs before anything is written; a wrong value answers 422 naming its field, and
another person's row answers 404, as one that does not exist."""

import datetime as dt
import uuid

from django.utils import timezone
from ninja import Router, Schema
from ninja.responses import Status

from innerbase.core.api import ERRORS, SafetySummary, refuse, safety_summary
from innerbase.core.limits import MAX_ANSWER
from innerbase.core.saving import screen
from innerbase.people import consistency, content, selectors, services
from innerbase.people.models import Person

router = Router(tags=["people"])
PLAN_SECTIONS = ("ask_for_help", "people_places")


class PersonIn(Schema):
    name: str
    role: str
    note: str = ""
    support: list[str] = []
    in_touch: str = ""
    last_contact: dt.date | None = None
    in_safety_plan: list[str] = []


class PersonOut(Schema):
    id: uuid.UUID
    name: str
    role: str
    note: str
    support: list[str]
    in_touch: str
    last_contact: dt.date | None
    in_safety_plan: list[str]


class PersonSaved(PersonOut):
    safety: SafetySummary


def _checked(payload: PersonIn) -> dict:
    name = payload.name.strip()
    if not name:
        refuse("name", "Send a name or nickname.")
    if len(name) > 100:
        refuse("name", "Keep the name to 100 characters or fewer.")
    if len(payload.note) > MAX_ANSWER:
        refuse("note", f"Keep the note under {MAX_ANSWER:,} characters.")
    if payload.role not in content.roles():
        refuse("role", f"Unknown role. Use one of: {', '.join(content.roles())}.")
    for index, kind in enumerate(payload.support):
        if kind not in content.support_roles():
            refuse(
                f"support.{index}", f"Unknown support. Use: {', '.join(content.support_roles())}."
            )
    if payload.in_touch and payload.in_touch not in content.in_touch():
        refuse("in_touch", f"Use one of: {', '.join(content.in_touch())}.")
    for index, section in enumerate(payload.in_safety_plan):
        if section not in PLAN_SECTIONS:
            refuse(f"in_safety_plan.{index}", f"Use one of: {', '.join(PLAN_SECTIONS)}.")
    return {
        "name": name,
        "note": payload.note.strip(),
        "role": payload.role,
        "support": list(dict.fromkeys(payload.support)),
        "in_touch": payload.in_touch,
        "last_contact": payload.last_contact,
        "in_safety_plan": list(dict.fromkeys(payload.in_safety_plan)),
    }


def _out(person: Person, key: bytes) -> dict:
    return {
        "id": person.pk,
        **selectors.words_of(person=person, data_key=key),
        "role": person.role,
        "support": person.support,
        "in_touch": person.in_touch,
        "last_contact": person.last_contact,
        "in_safety_plan": person.in_safety_plan,
    }


@router.get("/people", response={200: list[PersonOut], **ERRORS})
def people_list(request):
    """Everyone in your people list, oldest first."""
    key = request.vault.data_key
    return [_out(p, key) for p in selectors.people_all(user=request.user)]


@router.post("/people", response={201: PersonSaved, **ERRORS})
def person_create(request, payload: PersonIn):
    data = _checked(payload)
    key = request.vault.data_key
    person = services.person_add(user=request.user, data_key=key, **data)
    return Status(201, {**_out(person, key), "safety": safety_summary(screen(data["note"]))})


@router.get("/people/{person_id}", response={200: PersonOut, **ERRORS})
def person_get(request, person_id: uuid.UUID):
    person = selectors.person_or_404(user=request.user, pk=person_id)
    return _out(person, request.vault.data_key)


@router.put("/people/{person_id}", response={200: PersonSaved, **ERRORS})
def person_put(request, person_id: uuid.UUID, payload: PersonIn):
    """Replace a person's details (every field; leave out what should be blank)."""
    person = selectors.person_or_404(user=request.user, pk=person_id)
    data = _checked(payload)
    key = request.vault.data_key
    services.person_update(person=person, data_key=key, **data)
    return {**_out(person, key), "safety": safety_summary(screen(data["note"]))}


@router.delete("/people/{person_id}", response={204: None, **ERRORS})
def person_delete(request, person_id: uuid.UUID):
    """Remove a person; what other tools linked to them is kept, without the link."""
    person = selectors.person_or_404(user=request.user, pk=person_id)
    services.person_delete(person=person)
    return Status(204, None)


# -- observations of someone new -------------------------------------------------------------
class ObservationIn(Schema):
    kept_promise: bool | None = None
    responsive: bool | None = None
    respected_boundary: bool | None = None
    stayed_myself: bool | None = None
    body: str = ""
    note: str = ""
    day: dt.date | None = None


class ObservationSaved(Schema):
    id: uuid.UUID
    day: dt.date
    safety: SafetySummary


class WeekOut(Schema):
    week: dt.date
    count: int
    kept_promise: float | None
    responsive: float | None
    respected_boundary: float | None
    stayed_myself: float | None
    body: dict[str, int]


class ConsistencyOut(Schema):
    count: int
    weeks: list[WeekOut]
    overall: dict[str, float | None]
    steadiness: dict[str, dict]
    body: dict[str, float | None]


@router.post("/people/{person_id}/observations", response={201: ObservationSaved, **ERRORS})
def observation_create(request, person_id: uuid.UUID, payload: ObservationIn):
    """Note how someone showed up: `body` is one of calm, tense, numb, excited-anxious."""
    person = selectors.person_or_404(user=request.user, pk=person_id)
    if payload.body and payload.body not in consistency.BODY:
        refuse("body", f"Use one of: {', '.join(consistency.BODY)}.")
    if len(payload.note) > MAX_ANSWER:
        refuse("note", f"Keep the note under {MAX_ANSWER:,} characters.")
    today = timezone.localdate()
    day = payload.day or today
    if day > today:
        refuse("day", "That day has not come yet.")
    row = services.observation_add(
        person=person,
        data_key=request.vault.data_key,
        day=day,
        note=payload.note.strip(),
        feeling=payload.body,
        kept_promise=payload.kept_promise,
        responsive=payload.responsive,
        respected_boundary=payload.respected_boundary,
        stayed_myself=payload.stayed_myself,
    )
    result = screen(payload.note)
    return Status(201, {"id": row.pk, "day": day, "safety": safety_summary(result)})


@router.get("/people/{person_id}/consistency", response={200: ConsistencyOut, **ERRORS})
def consistency_get(request, person_id: uuid.UUID):
    """Weekly shares of what you noted (never a score of the person), how steady each is,
    and how calm your body was earlier and lately."""
    person = selectors.person_or_404(user=request.user, pk=person_id)
    return selectors.consistency_of(person=person)


# -- the support network -------------------------------------------------------------------------
class SupporterOut(Schema):
    id: uuid.UUID
    name: str
    support: list[str]
    last_contact: dt.date | None


class SupportOut(Schema):
    people: list[SupporterOut]
    by_kind: dict[str, list[uuid.UUID]]
    one_source: str | None
    leaning_on: uuid.UUID | None
    reach_out: uuid.UUID | None


@router.get("/support", response={200: SupportOut, **ERRORS})
def support_get(request):
    """The support network: who gives which kind of support and when you were last in
    touch; `one_source` ("one-person", "romantic-haven", "nobody" or null) says when it all
    rests on one place, and `reach_out` suggests one person to contact."""
    found = selectors.network(
        user=request.user, data_key=request.vault.data_key, today=timezone.localdate()
    )
    leaning = found["leaning"]
    return {
        "people": [
            {
                "id": r["person"].pk,
                "name": r["name"],
                "support": r["person"].support,
                "last_contact": r["person"].last_contact,
            }
            for r in found["people"]
        ],
        "by_kind": {k: [r["person"].pk for r in rows] for k, rows in found["by_kind"].items()},
        "one_source": leaning["kind"] if leaning else None,
        "leaning_on": leaning["id"] if leaning else None,
        "reach_out": found["reach_out"]["person"].pk if found["reach_out"] else None,
    }
