"""The toolkit API: the exercises with the caller's own before/after statistics, and a use
recorded with its ratings. An unknown exercise code in the path, or a rating outside 0-10,
is a 422 naming it; every check runs before anything is written."""

import datetime as dt
import uuid

from ninja import Router, Schema
from ninja.responses import Status
from pydantic import StrictInt

from innerbase.core import distress
from innerbase.core.api import ERRORS, refuse
from innerbase.toolkit import ranking, selectors, services

router = Router(tags=["toolkit"])


class ToolStats(Schema):
    uses: int  # uses rated both before and after: only these count
    mean_drop: float | None  # before minus after, on average; None with no rated use
    enough: bool  # rated often enough to be ranked with the others
    rank: int | None  # 1 is what helped most; None with no rated use
    started: int  # every use begun, rated or not


class CalmTool(Schema):
    url: str
    label: str


class ExerciseOut(Schema):
    code: str
    name: str
    minutes: int
    helps_when: str
    steps: list[str]
    calm: CalmTool | None  # the calm tool to open instead of steps, for the two that exist
    note: str
    caution: str
    timer_seconds: int | None
    source: str
    url: str
    stats: ToolStats


class ToolkitOut(Schema):
    rule: str
    exercises: list[ExerciseOut]


class UseIn(Schema):
    before: StrictInt | None = None
    after: StrictInt | None = None


class UseOut(Schema):
    id: uuid.UUID
    exercise: str
    before: int | None
    after: int | None
    counted: bool
    used_at: dt.datetime
    stats: ToolStats


@router.get("/toolkit", response={200: ToolkitOut, **ERRORS})
def toolkit(request):
    """Every exercise, in the library's order, with your own statistics; `rank` orders them
    by what helped you (see `rule`)."""
    stats = selectors.stats_by_code(user=request.user)
    exercises = [
        {
            "note": "",
            "caution": "",
            "timer_seconds": None,
            **page,
            "stats": stats[page["code"]],
        }
        for page in selectors.exercise_pages()
    ]
    return {"rule": ranking.RULE, "exercises": exercises}


@router.post("/toolkit/{code}/uses", response={201: UseOut, **ERRORS})
def use_create(request, code: str, payload: UseIn):
    """Record a use of exercise `code` with how upset you felt before and after (0-10, each
    optional); only a use with both counts in the ranking."""
    if selectors.exercise(code) is None:
        refuse(
            "code",
            f"There is no exercise {code!r}. The list is at GET /api/v1/toolkit.",
            where="path",
        )
    for moment in distress.MOMENTS:
        value = getattr(payload, moment)
        if value is not None and not distress.is_rating(value):
            refuse(moment, f"Give {moment} as a whole number from 0 to 10.")
    use = services.use_record(
        user=request.user, code=code, before=payload.before, after=payload.after
    )
    return Status(
        201,
        {
            "id": use.pk,
            "exercise": use.exercise,
            "before": use.before,
            "after": use.after,
            "counted": use.counted,
            "used_at": use.used_at,
            "stats": selectors.stats_by_code(user=request.user)[code],
        },
    )
