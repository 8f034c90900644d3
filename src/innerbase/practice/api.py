"""The practice API: the plan and today's one practice, secure-behaviour intentions, and
affirmations with the one pinned to Today.

Every check runs before anything is written; a wrong value answers 422 naming its field, and
another person's intention answers 404, as one that does not exist."""

import datetime as dt
import uuid

from ninja import Router, Schema
from ninja.responses import Status

from innerbase.core.api import ERRORS, SafetySummary, refuse, safety_summary
from innerbase.core.limits import MAX_ANSWER
from innerbase.core.saving import screen
from innerbase.practice import content, selectors, services
from innerbase.practice.models import Intention

router = Router(tags=["practice"])

SHORT = 500  # an intention or an affirmation is a line, as on the pages


def _text(field: str, value: str, limit: int) -> str:
    if len(value) > limit:
        refuse(field, f"Keep {field} under {limit:,} characters.")
    return value.strip()


# -- the plan ------------------------------------------------------------------------------
class PartOut(Schema):
    code: str
    title: str
    why: str
    today: str
    reasons: list[str]
    practice: dict
    url: str
    detail: str


class TodayOut(Schema):
    part: str
    line: str
    url: str
    status: str


class PlanOut(Schema):
    pattern: str
    source: str
    goals: list[str]
    parts: list[PartOut]
    today: TodayOut | None


class GoalsIn(Schema):
    goals: list[str]


def _plan_out(request) -> dict:
    plan = selectors.plan_now(user=request.user, data_key=request.vault.data_key)
    shown = selectors.today_practice(
        user=request.user, data_key=request.vault.data_key, plan=plan, day=selectors.today()
    )
    today = None
    if shown is not None:
        part, row = shown["part"], shown["row"]
        today = {
            "part": part["code"],
            "line": part["today"],
            "url": part["link"]["url"],
            "status": row.status if row else "",
        }
    return {
        "pattern": plan["pattern"],
        "source": plan["source"],
        "goals": plan["goals"],
        "parts": [
            {**p, "url": p["link"]["url"], "detail": p["link"]["detail"]} for p in plan["parts"]
        ],
        "today": today,
    }


@router.get("/plan", response={200: PlanOut, **ERRORS})
def plan_get(request):
    """The plan: the pattern it is built for (from the latest ECR-R, else an ECR-RS), the
    goals chosen, each part with why it is there, and today's one practice."""
    return _plan_out(request)


@router.put("/plan", response={200: PlanOut, **ERRORS})
def plan_put(request, payload: GoalsIn):
    """Choose the plan's goals (codes from GET /api/v1/plan/goals)."""
    known = content.goals_by_code()
    for index, code in enumerate(payload.goals):
        if code not in known:
            refuse(f"goals.{index}", f"Unknown goal {code!r}: see GET /api/v1/plan/goals.")
    services.plan_goals_save(user=request.user, goals=payload.goals)
    return _plan_out(request)


class GoalOut(Schema):
    code: str
    label: str
    parts: list[str]


@router.get("/plan/goals", response={200: list[GoalOut], **ERRORS})
def goals_list(request):
    return content.goals()


# -- intentions ----------------------------------------------------------------------------
class IntentionIn(Schema):
    code: str = ""
    text: str = ""
    day: dt.date | None = None


class DoneIn(Schema):
    note: str = ""


class IntentionOut(Schema):
    id: uuid.UUID
    code: str
    text: str
    note: str
    day: dt.date
    done: bool
    done_at: dt.datetime | None


class IntentionSaved(IntentionOut):
    safety: SafetySummary


class IntentionsOut(Schema):
    kept_this_month: int
    intentions: list[IntentionOut]
    library: list[dict]


def _intention_out(intention: Intention, key: bytes) -> dict:
    words = selectors.intention_text(intention=intention, data_key=key)
    return {
        "id": intention.pk,
        "code": intention.code,
        "text": words["text"],
        "note": words["note"],
        "day": intention.day,
        "done": intention.done_at is not None,
        "done_at": intention.done_at,
    }


@router.get("/intentions", response={200: IntentionsOut, **ERRORS})
def intentions_list(request, limit: int = 100):
    """The newest intentions (up to `limit`), how many were kept this month, and the library."""
    if not 1 <= limit <= 1000:
        refuse("limit", "Ask for 1 to 1,000 intentions.", where="query")
    key = request.vault.data_key
    rows = selectors.intentions_newest(user=request.user)[:limit]
    return {
        "kept_this_month": selectors.intentions_kept_in_month(
            user=request.user, today=selectors.today()
        ),
        "intentions": [_intention_out(i, key) for i in rows],
        "library": content.intentions(),
    }


@router.post("/intentions", response={201: IntentionSaved, **ERRORS})
def intention_create(request, payload: IntentionIn):
    """An intention for a day (today unless `day` is given): a library `code`, or your own
    `text`, not both."""
    text = _text("text", payload.text, SHORT)
    if payload.code and payload.code not in content.intentions_by_code():
        refuse("code", "No intention has this code: see GET /api/v1/intentions.")
    if payload.code and text:
        refuse("text", "Send a library code or your own text, not both.")
    if not payload.code and not text:
        refuse("code", "Send a library code, or your own words in text.")
    key = request.vault.data_key
    intention = services.intention_add(
        user=request.user,
        data_key=key,
        day=payload.day or selectors.today(),
        code=payload.code,
        text=text,
    )
    return Status(201, {**_intention_out(intention, key), "safety": safety_summary(screen(text))})


@router.post("/intentions/{intention_id}/done", response={200: IntentionSaved, **ERRORS})
def intention_done(request, intention_id: uuid.UUID, payload: DoneIn):
    """Mark an intention kept, with a line about how it went."""
    intention = selectors.intention_or_404(user=request.user, pk=intention_id)
    note = _text("note", payload.note, MAX_ANSWER)
    key = request.vault.data_key
    services.intention_done(intention=intention, data_key=key, note=note)
    return {**_intention_out(intention, key), "safety": safety_summary(screen(note))}


# -- affirmations --------------------------------------------------------------------------
class AffirmationIn(Schema):
    text: str
    pin: bool = False


class PinIn(Schema):
    pin: str


class AffirmationOut(Schema):
    pin: str
    text: str
    theme: str
    patterns: list[str]


class AffirmationsOut(Schema):
    pinned: str
    own: list[AffirmationOut]
    library: list[AffirmationOut]


class AffirmationSaved(AffirmationOut):
    safety: SafetySummary


def _affirmations_out(request) -> dict:
    key = request.vault.data_key
    row = selectors.plan_row(user=request.user)
    pinned = selectors.pinned_affirmation(user=request.user, data_key=key, plan=row)
    return {
        "pinned": pinned["pin"] if pinned else "",
        "own": [
            {"pin": f"own:{r['affirmation'].pk}", "text": r["text"], "theme": "", "patterns": []}
            for r in selectors.affirmations_own(user=request.user, data_key=key)
        ],
        "library": [
            {
                "pin": f"lib:{a['code']}",
                "text": a["text"],
                "theme": a["theme"],
                "patterns": a["patterns"],
            }
            for a in content.affirmations()
        ],
    }


@router.get("/affirmations", response={200: AffirmationsOut, **ERRORS})
def affirmations_list(request):
    """Your own affirmations, the library's, and which one is pinned to Today (its `pin`)."""
    return _affirmations_out(request)


@router.post("/affirmations", response={201: AffirmationSaved, **ERRORS})
def affirmation_create(request, payload: AffirmationIn):
    """Keep an affirmation in your own words; `"pin": true` also pins it to Today."""
    text = _text("text", payload.text, SHORT)
    if not text:
        refuse("text", "Write your affirmation first.")
    own = services.affirmation_add(user=request.user, data_key=request.vault.data_key, text=text)
    pin = f"own:{own.pk}"
    if payload.pin:
        services.pin_save(user=request.user, pinned=pin)
    result = screen(text)
    return Status(
        201,
        {"pin": pin, "text": text, "theme": "", "patterns": [], "safety": safety_summary(result)},
    )


@router.put("/affirmations/pinned", response={200: AffirmationsOut, **ERRORS})
def pinned_put(request, payload: PinIn):
    """Pin an affirmation to Today by its `pin` ("lib:<code>" or "own:<id>"), or "" to unpin."""
    pin = payload.pin
    source, _, ref = pin.partition(":")
    known = (source == "lib" and ref in content.affirmations_by_code()) or (
        source == "own" and selectors.affirmation_exists(user=request.user, pk=ref)
    )
    if pin and not known:
        refuse("pin", "Unknown pin: see the list at GET /api/v1/affirmations.")
    services.pin_save(user=request.user, pinned=pin)
    return _affirmations_out(request)
