"""Owner-scoped reads of ladders, steps and tries (the only module other apps import): the
templates, one ladder with its steps, the evidence over its tries, and what the plan needs
(the active ladders, the next step to practise, tries waiting for an outcome, the totals)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.urls import reverse

from innerbase.core.clock import moments_between
from innerbase.core.csv_values import when
from innerbase.core.owned import get_owned_or_404, owned
from innerbase.experiments import content, evidence
from innerbase.experiments.models import Ladder, Step, Try


# -- templates -----------------------------------------------------------------------------
def templates() -> list[dict[str, Any]]:
    """Every ladder template as {code, name, patterns, why} (its steps: `template(code)`)."""
    return [
        {key: t[key] for key in ("code", "name", "patterns", "why")} for t in content.templates()
    ]


def template(code: str) -> dict[str, Any] | None:
    """One template with its steps, {code, name, patterns, why, steps}, or None."""
    return content.template(code)


# -- ladders, steps and tries ------------------------------------------------------------------
def ladder_or_404(*, user, pk) -> Ladder:
    """The person's own ladder `pk`, or Http404 (also for a malformed id)."""
    return get_owned_or_404(Ladder, user=user, pk=pk)


def step_or_404(*, user, ladder: Ladder, pk) -> Step:
    """The person's own step `pk` of `ladder`, or Http404."""
    return get_owned_or_404(Step, user=user, ladder=ladder, pk=pk)


def try_or_404(*, user, ladder: Ladder, pk, step: Step | None = None) -> Try:
    """The person's own try `pk` on `ladder` (and on `step` when given), or Http404."""
    lookups: dict[str, Any] = {"step": step} if step is not None else {"step__ladder": ladder}
    return get_owned_or_404(Try, user=user, pk=pk, **lookups)


def ladder_name(*, ladder: Ladder, data_key: bytes) -> str:
    return ladder.open_json(data_key, "body", default={}).get("name", "")


def step_text(*, step: Step, data_key: bytes) -> str:
    return step.open_json(data_key, "body", default={}).get("text", "")


def try_words(*, attempt: Try, data_key: bytes) -> dict[str, str]:
    """The try's words: {"prediction", "outcome", "learned"}, each "" when not written."""
    body = attempt.open_json(data_key, "body", default={})
    return {key: body.get(key, "") for key in ("prediction", "outcome", "learned")}


def ladders_active(*, user) -> QuerySet[Ladder]:
    """The person's ladders not put away, the one used most recently first."""
    return owned(Ladder, user=user).filter(archived=False).order_by("-used_at", "-created_at")


def ladders_archived(*, user) -> QuerySet[Ladder]:
    return owned(Ladder, user=user).filter(archived=True).order_by("-used_at")


def ladders_all(*, user) -> QuerySet[Ladder]:
    return owned(Ladder, user=user).order_by("archived", "-used_at", "-created_at")


def steps_of(*, ladder: Ladder) -> list[Step]:
    return list(ladder.steps.order_by("order"))


def steps_with_text(*, ladder: Ladder, data_key: bytes) -> list[dict]:
    """The ladder's steps in order as {"step", "text"}."""
    return [
        {"step": step, "text": step_text(step=step, data_key=data_key)}
        for step in steps_of(ladder=ladder)
    ]


def tries_of(*, step: Step) -> QuerySet[Try]:
    """A step's tries, newest first."""
    return step.tries.order_by("-predicted_at")


def tries_of_ladder(*, ladder: Ladder) -> QuerySet[Try]:
    """Every try on the ladder, oldest first (the order the chart reads them in)."""
    return Try.objects.filter(step__ladder=ladder).order_by("predicted_at")


def step_ids_with_tries(*, ladder: Ladder) -> set[str]:
    ids = Try.objects.filter(step__ladder=ladder).values_list("step_id", flat=True).distinct()
    return {str(pk) for pk in ids}


# -- the evidence --------------------------------------------------------------------------
def _outcome(predicted: int, actual: int | None, happened: bool | None) -> evidence.Outcome:
    """A recorded try's numbers (`_recorded` leaves out tries with no felt distress)."""
    return evidence.Outcome(predicted=predicted, actual=actual or 0, feared_happened=happened)


def _recorded(tries: QuerySet[Try]) -> QuerySet[Try]:
    return tries.exclude(recorded_at=None).exclude(actual_distress=None)


def outcomes_of(*, ladder: Ladder) -> list[dict]:
    """The ladder's tries with an outcome, oldest first, as plain numbers only (no key
    needed; the step by its order, as 300 ids cost more to read than the rest together):
    {"step", "predicted", "actual", "feared_happened"}."""
    rows = _recorded(tries_of_ladder(ladder=ladder)).values_list(
        "step__order", "predicted_distress", "actual_distress", "feared_outcome_happened"
    )
    return [{"step": s, "predicted": p, "actual": a, "feared_happened": f} for s, p, a, f in rows]


def evidence_of(*, ladder: Ladder) -> dict:
    """The ladder's evidence: {"summary", "sentence", "by_step": {step order: summary},
    "outcomes": the rows above}."""
    rows = outcomes_of(ladder=ladder)
    pairs = [(r["step"], _outcome(r["predicted"], r["actual"], r["feared_happened"])) for r in rows]
    found = evidence.summary(outcome for _, outcome in pairs)
    return {
        "summary": found,
        "sentence": evidence.sentence(found),
        "by_step": evidence.grouped(pairs),
        "outcomes": rows,
    }


def evidence_totals(*, user) -> dict:
    """The evidence across all the person's ladders: {"summary", "sentence"}."""
    rows = _recorded(owned(Try, user=user)).values_list(
        "predicted_distress", "actual_distress", "feared_outcome_happened"
    )
    found = evidence.summary(_outcome(p, a, f) for p, a, f in rows)
    return {"summary": found, "sentence": evidence.sentence(found)}


# -- for the plan --------------------------------------------------------------------------
def tries_waiting(*, user) -> int:
    """How many tries have a prediction but no outcome yet."""
    return owned(Try, user=user).filter(recorded_at=None).count()


def tries_waiting_on(*, ladder: Ladder) -> list[Try]:
    return list(tries_of_ladder(ladder=ladder).filter(recorded_at=None))


def next_step(*, user, data_key: bytes, template: str | None = None) -> dict | None:
    """Today's practice from the ladders: the lowest step not yet marked ready on the active
    ladder used most recently (started from `template`, when given), as {"ladder_id",
    "step_id", "ladder_name", "step_text", "url"} (the page to predict a try), or None when
    there is no such step."""
    active = ladders_active(user=user)
    if template is not None:
        active = active.filter(template=template)
    ladder = active.first()
    if ladder is None:
        return None
    step = ladder.steps.filter(ready=False).order_by("order").first()
    if step is None:
        return None
    return {
        "ladder_id": ladder.pk,
        "step_id": step.pk,
        "ladder_name": ladder_name(ladder=ladder, data_key=data_key),
        "step_text": step_text(step=step, data_key=data_key),
        "url": reverse("experiments:try_new", args=[ladder.pk, step.pk]),
    }


def wins(*, user, data_key: bytes, since=None, until=None, limit=None) -> list[dict]:
    """The ladder steps the person marked ready to climb on from, newest first, as wins (see
    core.registry.wins_register)."""
    found = (
        owned(Step, user=user)
        .filter(ready=True)
        .exclude(ready_at=None)
        .select_related("ladder")
        .order_by("-ready_at")
    )
    found = found.filter(**moments_between(since, until, "ready_at"))
    return [
        {
            "when": step.ready_at,
            "text": f"A step climbed: {step_text(step=step, data_key=data_key)}",
            "kind": "ladder",
            "url": step.ladder.get_absolute_url(),
        }
        for step in (found if limit is None else found[:limit])
    ]


def progress_series(*, user, data_key: bytes, since, until) -> dict:
    """Ladders' part of the progress page (registry.Progress): {"ladders": {"tries",
    "predicted", "actual", "gap", "months": [{"month": "YYYY-MM", "tries", "predicted",
    "actual"}]}} over the tries whose outcome was recorded on those days: the mean distress
    (0-100) expected beforehand and felt, and how much lower the felt one was ("gap").
    Added up in SQL; no words are opened."""
    from django.db.models import Avg, Count
    from django.db.models.functions import TruncMonth
    from django.utils import timezone

    from innerbase.core.clock import days_between

    zone = timezone.get_current_timezone()
    tries = (
        owned(Try, user=user)
        .exclude(actual_distress=None)
        .filter(**days_between(since, until, "recorded_at"))
    )
    months = (
        tries.annotate(at=TruncMonth("recorded_at", tzinfo=zone))
        .values("at")
        .annotate(
            tries=Count("id"), predicted=Avg("predicted_distress"), actual=Avg("actual_distress")
        )
        .order_by("at")
    )
    total = tries.aggregate(
        n=Count("id"), predicted=Avg("predicted_distress"), actual=Avg("actual_distress")
    )

    def r(value):
        return None if value is None else round(value, 1)

    return {
        "ladders": {
            "tries": total["n"],
            "predicted": r(total["predicted"]),
            "actual": r(total["actual"]),
            "gap": r(total["predicted"] - total["actual"]) if total["n"] else None,
            "months": [
                {
                    "month": row["at"].strftime("%Y-%m"),
                    "tries": row["tries"],
                    "predicted": r(row["predicted"]),
                    "actual": r(row["actual"]),
                }
                for row in months
            ],
        }
    }


CSV_COLUMNS = (
    "predicted_at", "step", "prediction", "predicted_distress", "confidence", "outcome",
    "actual_distress", "feared_outcome_happened", "learned", "recorded_at",
)  # fmt: skip


def csv_rows(*, user, data_key: bytes):
    """Ladder tries for the CSV export, with the step's own words."""
    tries = owned(Try, user=user).select_related("step").order_by("predicted_at", "pk")
    steps: dict = {}  # each step's words, opened once
    for row in tries.iterator(chunk_size=500):
        body = row.open_json(data_key, "body", {}) or {}
        if row.step_id not in steps:
            steps[row.step_id] = (row.step.open_json(data_key, "body", {}) or {}).get("text", "")
        yield [
            when(row.predicted_at), steps[row.step_id], body.get("prediction", ""),
            row.predicted_distress, row.confidence, body.get("outcome", ""), row.actual_distress,
            row.feared_outcome_happened, body.get("learned", ""), when(row.recorded_at),
        ]  # fmt: skip
