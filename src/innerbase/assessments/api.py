"""The questionnaire API: instruments, takes, reliable change and FHIR exports."""

import datetime as dt
import uuid

from django.http import Http404
from ninja import Field, Query, Router, Schema
from ninja.responses import Status
from pydantic import StrictInt

from innerbase.assessments import fhir, instruments, scoring, selectors, services
from innerbase.assessments.models import Take
from innerbase.core.api import ERRORS, DistressCheck, refuse
from innerbase.core.owned import get_owned_or_404
from innerbase.people import selectors as people

router = Router(tags=["assessments"])


class Scale(Schema):
    min: int
    max: int
    anchors: dict[int, str]


class SubscaleOut(Schema):
    key: str
    name: str
    scoring: str
    higher_is: str
    items: list[str]
    midpoint: float | None
    bands: list[dict] | None


class InstrumentSummary(Schema):
    code: str
    name: str
    short_name: str
    items: int
    minutes: int
    scale: Scale
    subscales: list[SubscaleOut]
    targets: list[str] | None
    citation: str
    licence: str


class ItemOut(Schema):
    key: str
    number: int
    text: str
    subscale: str
    reverse: bool


class InstrumentOut(InstrumentSummary):
    instructions: str
    item_list: list[ItemOut]


def _summary(instrument) -> dict:
    return {
        "code": instrument.code,
        "name": instrument.name,
        "short_name": instrument.short_name,
        "items": len(instrument.items),
        "minutes": instrument.raw.get("minutes", 0),
        "scale": {
            "min": instrument.scale_min,
            "max": instrument.scale_max,
            "anchors": instrument.anchors,
        },
        "subscales": [
            {
                "key": s.key,
                "name": s.name,
                "scoring": s.scoring,
                "higher_is": s.higher_is,
                "items": list(s.items),
                "midpoint": s.midpoint,
                "bands": list(s.bands) if s.bands else None,
            }
            for s in instrument.subscales
        ],
        "targets": list(instrument.targets) if instrument.targets else None,
        "citation": instrument.raw.get("citation", ""),
        "licence": instrument.raw["licence"]["summary"],
    }


def _instrument_or_404(code: str):
    try:
        return selectors.instrument_for(code)
    except (selectors.NotAvailable, KeyError):
        raise Http404(f"No questionnaire with code {code!r}.") from None


@router.get("/assessments", response={200: list[InstrumentSummary], **ERRORS})
def instrument_list(request):
    """The questionnaires this host offers."""
    return [_summary(selectors.instrument_for(code)) for code in selectors.enabled_codes()]


@router.get("/assessments/{code}", response={200: InstrumentOut, **ERRORS})
def instrument_detail(request, code: str):
    """One questionnaire with its items (verbatim), scale, scoring and citation."""
    instrument = _instrument_or_404(code)
    return {
        **_summary(instrument),
        "instructions": instrument.raw.get("instructions", ""),
        "item_list": [
            {
                "key": item.key,
                "number": item.number,
                "text": instruments.item_text(item),
                "subscale": item.subscale,
                "reverse": item.reverse,
            }
            for item in instrument.items
        ],
    }


class TakeIn(Schema):
    answers: list[StrictInt] = Field(..., description="One answer per item, in item order.")
    target: str | None = None
    person_id: uuid.UUID | None = Field(
        None, description="ECR-RS: the person in your people list this take is about."
    )
    difficulty: StrictInt | None = Field(
        None, description="GAD-7 only: the optional, unscored closing question (option index)."
    )
    distress: DistressCheck | None = None  # the stop rule's check, never part of a score


class TakeOut(Schema):
    id: uuid.UUID
    code: str
    target: str | None
    person_id: uuid.UUID | None
    started_at: dt.datetime
    completed_at: dt.datetime | None
    scores: dict[str, float | None]
    percentiles: dict[str, float | None]
    category: str
    bands: dict[str, str | None]
    difficulty: int | None = None
    distress: DistressCheck


def _take_out(instrument, take: Take, key: bytes) -> dict:
    return {
        "difficulty": selectors.extra_of(take=take, data_key=key).get("difficulty"),
        "distress": selectors.distress_of(take=take, data_key=key),
        "id": take.pk,
        "code": take.code,
        "target": take.target or None,
        "person_id": take.person_id,
        "started_at": take.started_at,
        "completed_at": take.completed_at,
        "scores": {s.key: take.scores.get(s.key) for s in instrument.subscales},
        "percentiles": scoring.percentiles(instrument, take.scores),
        "category": take.category,
        "bands": {s.key: scoring.band(s, take.scores.get(s.key)) for s in instrument.subscales},
    }


@router.post("/assessments/{code}/takes", response={201: TakeOut, **ERRORS})
def take_create(request, code: str, payload: TakeIn):
    """Store a completed take: `answers` in item order (`target` too for ecr-rs)."""
    try:
        instrument = selectors.instrument_for(code)
    except (selectors.NotAvailable, KeyError):
        refuse("code", f"Unknown questionnaire {code!r}.", where="path")
    target = payload.target or ""
    if instrument.targets:
        if target not in instrument.targets:
            refuse("target", f"Say who this is about: one of {', '.join(instrument.targets)}.")
    elif target:
        refuse("target", "This questionnaire is not about someone else.")
    person = None
    if payload.person_id is not None:
        if not instrument.targets:
            refuse("person_id", "This questionnaire is not about someone else.")
        person = people.person_or_none(user=request.user, pk=payload.person_id) or refuse(
            "person_id", "You have no person with this id in your people list."
        )
    if len(payload.answers) != len(instrument.items):
        refuse(
            "answers",
            f"Give {len(instrument.items)} answers, one per item in order; got "
            f"{len(payload.answers)}.",
        )
    answers = scoring.answers_from_list(instrument, payload.answers)
    low, high = instrument.scale_min, instrument.scale_max
    for index, value in enumerate(payload.answers):
        if not low <= value <= high:
            refuse(f"answers.{index}", f"Answer {index + 1} must be from {low} to {high}.")
    question = instruments.unscored(instrument)
    if payload.difficulty is not None:
        if not question:
            refuse("difficulty", "This questionnaire has no closing question.")
        if not 0 <= payload.difficulty < len(question["options"]):
            refuse("difficulty", f"Choose 0 to {len(question['options']) - 1}.")
    key = request.vault.data_key
    take = services.take_create(
        user=request.user,
        data_key=key,
        instrument=instrument,
        answers=answers,
        target=target,
        person=person,
        difficulty=payload.difficulty,
        ratings=payload.distress.model_dump() if payload.distress else None,
    )
    return Status(201, _take_out(instrument, take, key))


@router.get("/assessments/{code}/takes", response={200: list[TakeOut], **ERRORS})
def take_list(request, code: str, target: str | None = Query(None)):
    """Your finished takes of one questionnaire, oldest first."""
    instrument = _instrument_or_404(code)
    takes = selectors.takes_completed(user=request.user, code=code, target=target or None)
    return [_take_out(instrument, take, request.vault.data_key) for take in takes]


def _own(request, code: str, take_id: uuid.UUID) -> Take:
    return get_owned_or_404(
        Take, user=request.user, pk=take_id, code=code, completed_at__isnull=False
    )


@router.get("/assessments/{code}/takes/{take_id}", response={200: TakeOut, **ERRORS})
def take_detail(request, code: str, take_id: uuid.UUID):
    instrument = _instrument_or_404(code)
    return _take_out(instrument, _own(request, code, take_id), request.vault.data_key)


class ChangeOut(Schema):
    before: float
    after: float
    difference: float
    rci: float
    threshold: float
    verdict: str
    sd: float
    retest_r: float
    verified: bool
    basis: str


class ChangeReport(Schema):
    code: str
    from_take: uuid.UUID = Field(..., alias="from")
    to_take: uuid.UUID = Field(..., alias="to")
    scales: dict[str, ChangeOut | None]


FROM_TAKE = Query(..., alias="from", description="The earlier take's id.")


@router.get(
    "/assessments/{code}/takes/{take_id}/change",
    response={200: ChangeReport, **ERRORS},
    by_alias=True,
)
def take_change(request, code: str, take_id: uuid.UUID, from_: uuid.UUID = FROM_TAKE):
    """Jacobson–Truax reliable change from take `from` to this take, per scale (null: this
    scale has no basis for a reliable change index; see the questionnaire's notes)."""
    instrument = _instrument_or_404(code)
    after = _own(request, code, take_id)
    before = _own(request, code, from_)
    if before.target != after.target:
        refuse("from", "Compare two takes about the same person.", where="query")
    changes = scoring.changes(instrument, before.scores, after.scores)
    scales = {}
    for key, change in changes.items():
        scales[key] = (
            None
            if change is None
            else {"before": before.scores[key], "after": after.scores[key], **change}
        )
    return {"code": code, "from": before.pk, "to": after.pk, "scales": scales}


@router.get("/assessments/{code}/fhir", response={200: dict, **ERRORS})
def questionnaire_fhir(request, code: str):
    """The questionnaire as a FHIR R4 Questionnaire resource."""
    return fhir.questionnaire(_instrument_or_404(code))


@router.get("/assessments/{code}/takes/{take_id}/fhir", response={200: dict, **ERRORS})
def response_fhir(request, code: str, take_id: uuid.UUID):
    """A finished take as a FHIR R4 QuestionnaireResponse."""
    instrument = _instrument_or_404(code)
    take = _own(request, code, take_id)
    key = request.vault.data_key
    extra = selectors.extra_of(take=take, data_key=key)
    return fhir.questionnaire_response(
        instrument, take, selectors.answers_of(take=take, data_key=key), extra
    )
