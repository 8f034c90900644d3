"""The trust-experiment API: ladders (from a template or in your own words) with their steps,
a try's prediction and then its outcome, and the evidence over a ladder's tries.

Every check runs before anything is written, so a 422 (naming the field) changes nothing.
Ids in the path that are not the caller's answer 404, for a ladder, a step or a try alike."""

import datetime as dt
import uuid

from ninja import Router, Schema
from ninja.responses import Status
from pydantic import StrictBool, StrictInt

from innerbase.core.api import ERRORS, SafetySummary, refuse, safety_summary
from innerbase.core.limits import MAX_ANSWER
from innerbase.core.saving import screen
from innerbase.experiments import selectors, services
from innerbase.experiments.models import Ladder, Try

router = Router(tags=["trust experiments"])


class StepIn(Schema):
    id: uuid.UUID | None = None  # one of the ladder's steps (PUT), or none for a new step
    text: str


class LadderIn(Schema):
    template: str | None = None
    name: str | None = None
    steps: list[StepIn] | None = None


class LadderUpdate(Schema):
    name: str | None = None
    archived: StrictBool | None = None
    steps: list[StepIn] | None = None  # the whole list, in order; left out: removed


class TryOut(Schema):
    id: uuid.UUID
    step_id: uuid.UUID
    prediction: str
    predicted_distress: int
    confidence: int
    outcome: str
    actual_distress: int | None
    feared_outcome_happened: bool | None
    learned: str
    predicted_at: dt.datetime
    recorded_at: dt.datetime | None


class TrySaved(TryOut):
    safety: SafetySummary


class StepOut(Schema):
    id: uuid.UUID
    order: int
    text: str
    ready: bool
    ready_at: dt.datetime | None
    tries: list[TryOut]


class LadderOut(Schema):
    id: uuid.UUID
    name: str
    template: str | None
    archived: bool
    created_at: dt.datetime
    used_at: dt.datetime
    steps: list[StepOut]


class LadderSaved(LadderOut):
    safety: SafetySummary


class Evidence(Schema):
    count: int
    mean_predicted: float | None
    mean_actual: float | None
    feared_count: int
    feared_answered: int
    feared_share: float | None


class StepEvidence(Evidence):
    step_id: uuid.UUID


class EvidenceOut(Evidence):
    sentence: str
    steps: list[StepEvidence]


class TryIn(Schema):
    prediction: str
    predicted_distress: StrictInt
    confidence: StrictInt
    # An outcome belongs to a try that already has its prediction (PUT); sent here, refused.
    outcome: str | None = None
    actual_distress: StrictInt | None = None
    feared_outcome_happened: StrictBool | None = None
    learned: str | None = None


class OutcomeIn(Schema):
    outcome: str
    actual_distress: StrictInt
    feared_outcome_happened: StrictBool
    learned: str = ""


def _text(field: str, value: str, *, required: str = "") -> str:
    if len(value) > MAX_ANSWER:
        refuse(field, f"Keep this under {MAX_ANSWER:,} characters.")
    value = value.strip()
    if required and not value:
        refuse(field, required)
    return value


def _distress(field: str, value: int) -> int:
    if not 0 <= value <= 100:
        refuse(field, "Give a number from 0 to 100.")
    return value


def _try_out(attempt: Try, key: bytes) -> dict:
    return {
        **selectors.try_words(attempt=attempt, data_key=key),
        "id": attempt.pk,
        "step_id": attempt.step_id,
        "predicted_distress": attempt.predicted_distress,
        "confidence": attempt.confidence,
        "actual_distress": attempt.actual_distress,
        "feared_outcome_happened": attempt.feared_outcome_happened,
        "predicted_at": attempt.predicted_at,
        "recorded_at": attempt.recorded_at,
    }


def _ladder_out(ladder: Ladder, key: bytes) -> dict:
    tries: dict = {}
    for attempt in selectors.tries_of_ladder(ladder=ladder):
        tries.setdefault(attempt.step_id, []).append(_try_out(attempt, key))
    return {
        "id": ladder.pk,
        "name": selectors.ladder_name(ladder=ladder, data_key=key),
        "template": ladder.template or None,
        "archived": ladder.archived,
        "created_at": ladder.created_at,
        "used_at": ladder.used_at,
        "steps": [
            {
                "id": item["step"].pk,
                "order": item["step"].order,
                "text": item["text"],
                "ready": item["step"].ready,
                "ready_at": item["step"].ready_at,
                "tries": tries.get(item["step"].pk, []),
            }
            for item in selectors.steps_with_text(ladder=ladder, data_key=key)
        ],
    }


def _steps(steps: list[StepIn]) -> list[dict]:
    checked = [
        {"id": s.id, "text": _text(f"steps.{i}.text", s.text, required="Write the step.")}
        for i, s in enumerate(steps)
    ]
    if not checked:
        refuse("steps", "A ladder needs at least one step.")
    return checked


@router.get("/ladders", response={200: list[LadderOut], **ERRORS})
def ladder_list(request):
    """Your ladders, the ones in use first, then the ones put away."""
    key = request.vault.data_key
    return [_ladder_out(ladder, key) for ladder in selectors.ladders_all(user=request.user)]


@router.post("/ladders", response={201: LadderSaved, **ERRORS})
def ladder_create(request, payload: LadderIn):
    """Start a ladder: `{"template": code}` (see the codes in the ladder templates) or your own
    `{"name", "steps": [{"text"}]}`, easiest step first."""
    key = request.vault.data_key
    if payload.template is not None:
        if payload.name is not None or payload.steps is not None:
            refuse("template", "Send a template code, or a name and steps, not both.")
        if selectors.template(payload.template) is None:
            refuse("template", f"Unknown template {payload.template!r}.")
        ladder = services.ladder_start(user=request.user, data_key=key, code=payload.template)
        return Status(201, {**_ladder_out(ladder, key), "safety": safety_summary(screen())})
    name = _text("name", payload.name or "", required="Give your ladder a name.")
    steps = _steps(payload.steps or [])
    texts = [s["text"] for s in steps]
    ladder = services.ladder_create(user=request.user, data_key=key, name=name, steps=texts)
    result = screen(name, *texts)
    return Status(201, {**_ladder_out(ladder, key), "safety": safety_summary(result)})


@router.get("/ladders/{ladder_id}", response={200: LadderOut, **ERRORS})
def ladder_detail(request, ladder_id: uuid.UUID):
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    return _ladder_out(ladder, request.vault.data_key)


@router.put("/ladders/{ladder_id}", response={200: LadderSaved, **ERRORS})
def ladder_update(request, ladder_id: uuid.UUID, payload: LadderUpdate):
    """Rename, put away (`archived`) or re-step a ladder; parts left out stay as they are.
    `steps` is the whole list in order: an `id` keeps that step (and its tries), no `id` adds
    one, and a step left out is removed, unless it has tries."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    key = request.vault.data_key
    name = None
    if payload.name is not None:
        name = _text("name", payload.name, required="Give your ladder a name.")
    steps = _steps(payload.steps) if payload.steps is not None else None
    if steps is not None:
        mine = {str(step.pk) for step in selectors.steps_of(ladder=ladder)}
        for index, step in enumerate(steps):
            if step["id"] is not None and str(step["id"]) not in mine:
                refuse(f"steps.{index}.id", "This ladder has no step with this id.")
        kept = {str(step["id"]) for step in steps if step["id"] is not None}
        if selectors.step_ids_with_tries(ladder=ladder) - kept:
            refuse("steps", "A step with tries can't be left out: its tries would be lost.")
    if name is not None:
        services.ladder_rename(ladder=ladder, data_key=key, name=name)
    if steps is not None:
        services.steps_replace(ladder=ladder, data_key=key, steps=steps)
    if payload.archived is not None:
        services.ladder_archive(ladder=ladder, archived=payload.archived)
    result = screen(name or "", *(s["text"] for s in steps or []))
    return {**_ladder_out(ladder, key), "safety": safety_summary(result)}


@router.delete("/ladders/{ladder_id}", response={204: None, **ERRORS})
def ladder_delete(request, ladder_id: uuid.UUID):
    """Delete a ladder with its steps and every try on them."""
    services.ladder_delete(ladder=selectors.ladder_or_404(user=request.user, pk=ladder_id))
    return Status(204, None)


@router.post("/ladders/{ladder_id}/steps/{step_id}/tries", response={201: TrySaved, **ERRORS})
def try_create(request, ladder_id: uuid.UUID, step_id: uuid.UUID, payload: TryIn):
    """Predict a try of a step: what you think will happen, how bad it will feel (0-100) and
    how sure you are (0-100). What happened comes later, by PUT on the try."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    step = selectors.step_or_404(user=request.user, ladder=ladder, pk=step_id)
    for field in ("outcome", "actual_distress", "feared_outcome_happened", "learned"):
        if getattr(payload, field) is not None:
            refuse(field, "Save the prediction first; then send what happened with PUT on the try.")
    prediction = _text(
        "prediction", payload.prediction, required="Write what you think will happen."
    )
    predicted = _distress("predicted_distress", payload.predicted_distress)
    confidence = _distress("confidence", payload.confidence)
    key = request.vault.data_key
    attempt = services.try_predict(
        step=step,
        data_key=key,
        prediction=prediction,
        predicted_distress=predicted,
        confidence=confidence,
    )
    return Status(201, {**_try_out(attempt, key), "safety": safety_summary(screen(prediction))})


@router.put(
    "/ladders/{ladder_id}/steps/{step_id}/tries/{try_id}", response={200: TrySaved, **ERRORS}
)
def try_outcome(
    request, ladder_id: uuid.UUID, step_id: uuid.UUID, try_id: uuid.UUID, payload: OutcomeIn
):
    """Say what happened on a try: what happened, how bad it felt (0-100), whether what you
    feared happened, and what you learned. Sent again, it replaces the earlier outcome."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    step = selectors.step_or_404(user=request.user, ladder=ladder, pk=step_id)
    attempt = selectors.try_or_404(user=request.user, ladder=ladder, step=step, pk=try_id)
    outcome = _text("outcome", payload.outcome, required="Write a line about what happened.")
    actual = _distress("actual_distress", payload.actual_distress)
    learned = _text("learned", payload.learned)
    key = request.vault.data_key
    services.try_record(
        attempt=attempt,
        data_key=key,
        outcome=outcome,
        actual_distress=actual,
        feared_outcome_happened=payload.feared_outcome_happened,
        learned=learned,
    )
    return {**_try_out(attempt, key), "safety": safety_summary(screen(outcome, learned))}


@router.get("/ladders/{ladder_id}/evidence", response={200: EvidenceOut, **ERRORS})
def ladder_evidence(request, ladder_id: uuid.UUID):
    """Over the ladder's tries with an outcome: how many, mean expected and felt distress, and
    how often what was feared happened; the same per step, and in one plain sentence."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    found = selectors.evidence_of(ladder=ladder)
    ids = {step.order: step.pk for step in selectors.steps_of(ladder=ladder)}
    return {
        **found["summary"],
        "sentence": found["sentence"],
        "steps": [
            {"step_id": ids[order], **summary}
            for order, summary in sorted(found["by_step"].items())
        ],
    }
