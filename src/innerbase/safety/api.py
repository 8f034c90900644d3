"""The safety API: screen text, the safety plan, helplines, and pauses."""

import datetime as dt
import uuid
from typing import Literal

from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from innerbase.core.api import ERRORS, SafetySummary, refuse, safety_summary
from innerbase.core.limits import MAX_TEXT
from innerbase.core.owned import get_owned_or_404, owned
from innerbase.safety import content, helplines, screening, selectors, services, stats
from innerbase.safety.models import Pause

router = Router(tags=["safety"])


class ScreenIn(Schema):
    text: str = Field(max_length=MAX_TEXT)


class ScreenOut(Schema):
    crisis: bool
    level: Literal["none", "check-in", "urgent"]
    kinds: list[str]
    matched: list[list[int]]


@router.post("/safety/screen", response={200: ScreenOut, **ERRORS})
def screen_text(request, payload: ScreenIn):
    """Run the offline crisis screen on some text. The text is not stored."""
    return screening.screen(payload.text)


class PlanIn(Schema):
    sections: dict[str, str]


class PlanOut(Schema):
    sections: dict[str, str]
    titles: dict[str, str]
    safety: SafetySummary | None = None


def _plan_out(sections: dict[str, str] | None, result: dict | None = None) -> dict:
    keys = content.plan_keys()
    return {
        "sections": {key: (sections or {}).get(key, "") for key in keys},
        "titles": {s["key"]: s["title"] for s in content.plan_sections()},
        "safety": safety_summary(result) if result else None,
    }


@router.get("/safety/plan", response={200: PlanOut, **ERRORS})
def plan_get(request):
    """The person's safety plan (every section, blank where not written yet)."""
    return _plan_out(selectors.plan_of(user=request.user, data_key=request.vault.data_key))


@router.put("/safety/plan", response={200: PlanOut, **ERRORS})
def plan_put(request, payload: PlanIn):
    """Replace the sections given; sections not given are kept. Screened like any save."""
    keys = set(content.plan_keys())
    for key, text in payload.sections.items():
        if key not in keys:
            refuse(f"sections.{key}", f"Unknown section. Use one of: {', '.join(sorted(keys))}.")
        if len(text) > services.MAX_SECTION_CHARS:
            refuse(
                f"sections.{key}",
                f"Keep each section under {services.MAX_SECTION_CHARS} characters.",
            )
    key = request.vault.data_key
    services.plan_save(user=request.user, data_key=key, sections=payload.sections)
    result = screening.screen(*payload.sections.values())
    return _plan_out(selectors.plan_of(user=request.user, data_key=key), result)


class Service(Schema):
    name: str
    call: str | None = None
    call_uri: str | None = None
    call_also: str | None = None
    text: str | None = None
    text_keyword: str | None = None
    text_uri: str | None = None
    url: str | None = None
    hours: str | None = None
    notes: str | None = None
    audience: str
    sources: list[str]
    last_verified: str


class Emergency(Schema):
    number: str
    also: list[str] = []


class HelplinesOut(Schema):
    country: str | None
    name: str | None
    emergency: Emergency | None
    services: list[Service]
    international: list[Service]


@router.get("/helplines", auth=None, response={200: HelplinesOut, **ERRORS})
def helplines_for(request, country: str = Query(..., min_length=2, max_length=2)):
    """Helplines for an ISO country code; an unlisted country gets the directories only."""
    found = helplines.for_country(country)
    return {
        "country": found["code"] if found else None,
        "name": found["name"] if found else None,
        "emergency": found["emergency"] if found else None,
        "services": found["services"] if found else [],
        "international": helplines.international(),
    }


class PauseIn(Schema):
    urge: str = Field(max_length=32)
    own_urge: str = Field("", max_length=300)
    wait_minutes: int
    alternative: str = Field("", max_length=32)


class PauseFinishIn(Schema):
    passed: bool
    what_happened: str = Field("", max_length=services.MAX_NOTE_CHARS)


class PauseOut(Schema):
    id: uuid.UUID
    urge: str
    urge_label: str
    wait_minutes: int
    alternative: str
    started_at: dt.datetime
    ends_at: dt.datetime
    passed: bool | None
    what_happened: str
    completed_at: dt.datetime | None
    safety: SafetySummary | None = None


class PauseList(Schema):
    items: list[PauseOut]
    finished: int
    passed: int


def _pause_out(pause: Pause, key: bytes, result: dict | None = None) -> dict:
    return {
        "id": pause.pk,
        "urge": pause.urge,
        "urge_label": selectors.urge_label(pause=pause, data_key=key),
        "wait_minutes": pause.wait_minutes,
        "alternative": pause.alternative,
        "started_at": pause.started_at,
        "ends_at": pause.ends_at,
        "passed": pause.passed,
        "what_happened": pause.open_text(key, "what_happened"),
        "completed_at": pause.completed_at,
        "safety": safety_summary(result) if result else None,
    }


@router.post("/pauses", response={201: PauseOut, **ERRORS})
def pause_create(request, payload: PauseIn):
    """Start a pause: an urge (a key from the list, or "own" with `own_urge`) and a wait."""
    urges = set(content.urges()) | {"own"}
    if payload.urge not in urges:
        refuse("urge", f"Unknown urge. Use one of: {', '.join(sorted(urges))}.")
    if payload.urge == "own" and not payload.own_urge.strip():
        refuse("own_urge", "Say in a few words what you feel like doing.")
    if payload.wait_minutes not in content.waits():
        refuse("wait_minutes", f"Choose one of {content.waits()} minutes.")
    if payload.alternative and payload.alternative not in content.alternatives():
        refuse("alternative", "Unknown alternative.")
    key = request.vault.data_key
    pause = services.pause_start(user=request.user, data_key=key, **payload.model_dump())
    return Status(201, _pause_out(pause, key, screening.screen(payload.own_urge)))


@router.get("/pauses", response={200: PauseList, **ERRORS})
def pause_list(request, limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)):
    key = request.vault.data_key
    mine = owned(Pause, user=request.user)
    summary = stats.urges_passed(mine.values_list("passed", flat=True))
    page = mine.order_by("-started_at")[offset : offset + limit]
    return {
        "items": [_pause_out(p, key) for p in page],
        "finished": summary["finished"],
        "passed": summary["passed"],
    }


@router.post("/pauses/{pause_id}/complete", response={200: PauseOut, **ERRORS})
def pause_complete(request, pause_id: uuid.UUID, payload: PauseFinishIn):
    pause = get_owned_or_404(Pause, user=request.user, pk=pause_id)
    key = request.vault.data_key
    services.pause_finish(
        pause=pause, data_key=key, passed=payload.passed, what_happened=payload.what_happened
    )
    return _pause_out(pause, key, screening.screen(payload.what_happened))
