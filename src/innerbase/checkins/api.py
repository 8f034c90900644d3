"""The weekly check-ins API: the check-ins with their ratings and words, this week's check-in
made or changed, and the wins from every app.

Every check runs before anything is written; a wrong rating or a text too long answers 422
naming its field ("signs.curious", "win")."""

import datetime as dt
import uuid
from typing import Any

from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from innerbase.checkins import content, selectors, services, weeks
from innerbase.core import registry
from innerbase.core.api import ERRORS, SafetySummary, refuse, safety_summary
from innerbase.core.limits import MAX_ANSWER
from innerbase.core.saving import screen

router = Router(tags=["weekly check-ins"])

WINS_MAX = 200


class CheckinIn(Schema):
    """This week's check-in (the week starts on the person's check-in day). A second save in
    the same week changes it."""

    signs: dict[str, Any] = {}  # {sign code: 0-4, "na" (doesn't apply) or null}
    went_well: str = ""
    win: str = ""
    intention: str = ""


class CheckinOut(Schema):
    id: uuid.UUID
    week: dt.date
    signs: dict[str, int | str]
    went_well: str
    win: str
    intention: str
    created_at: dt.datetime
    updated_at: dt.datetime


class CheckinSaved(CheckinOut):
    safety: SafetySummary


class Sign(Schema):
    code: str
    text: str


class CheckinsOut(Schema):
    weekday: int  # 0 Monday … 6 Sunday: the day Today offers the check-in
    this_week: dt.date
    signs: list[Sign]
    scale: dict[int, str]
    checkins: list[CheckinOut]


class WinOut(Schema):
    when: dt.datetime
    text: str
    kind: str
    url: str


class WinsOut(Schema):
    wins: list[WinOut]


def _out(row, key: bytes) -> dict:
    return {
        "id": row.pk,
        "week": row.week,
        "signs": row.signs,
        **selectors.words_of(checkin=row, data_key=key),
        "created_at": row.created_at,
        "updated_at": row.updated_at,
    }


@router.get("/weekly-checkins", response={200: CheckinsOut, **ERRORS})
def checkins_list(request, limit: int = Query(52, ge=1, le=520)):
    """The latest check-ins (52 unless `limit` says, up to 520), newest first, with the signs,
    the rating scale, the check-in day and the week it is now."""
    user, key = request.user, request.vault.data_key
    rows = list(reversed(selectors.checkins_listed(user=user, limit=limit)))
    return {
        "weekday": selectors.weekday_of(user=user),
        "this_week": selectors.this_week(user=user),
        "signs": [{"code": s["code"], "text": s["text"]} for s in content.signs()],
        "scale": content.scale(),
        "checkins": [_out(row, key) for row in rows],
    }


def _text(field: str, value: str, limit: int = MAX_ANSWER) -> str:
    if len(value) > limit:
        refuse(field, f"Keep {field} to {limit:,} characters or fewer.")
    return value.strip()


@router.post("/weekly-checkins", response={200: CheckinSaved, 201: CheckinSaved, **ERRORS})
def checkin_save(request, payload: CheckinIn):
    """Make this week's check-in (201), or change it (200): each sign rated 0 ("not this
    week") to 4 ("very much"), "na" when it does not apply; the words are optional."""
    known = content.sign_codes()
    signs = {}
    for code, value in payload.signs.items():
        if code not in known:
            refuse(f"signs.{code}", f"No sign has this code. The codes: {', '.join(known)}.")
        try:
            signs[code] = weeks.rating(value if not isinstance(value, str) else value.strip())
        except ValueError:
            refuse(f"signs.{code}", 'Send a number from 0 to 4, "na" or null.')
    words = {
        "went_well": _text("went_well", payload.went_well),
        "win": _text("win", payload.win),
        "intention": _text("intention", payload.intention, content.INTENTION_MAX),
    }
    user, key = request.user, request.vault.data_key
    row, made = services.checkin_save(
        user=user, data_key=key, week=selectors.this_week(user=user), signs=signs, words=words
    )
    body = {**_out(row, key), "safety": safety_summary(screen(*words.values()))}
    return Status(201 if made else 200, body)


class WinsQuery(Schema):
    since: dt.date | None = Field(None, description="The first day, on your clock.")
    until: dt.date | None = Field(None, description="The last day, on your clock.")
    limit: int = Field(50, ge=1, le=WINS_MAX)


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


@router.get("/wins", response={200: WinsOut, **ERRORS})
def wins_list(request, query: Query[WinsQuery]):
    """Wins from every part of Innerbase, newest first: wins from weekly check-ins, kept
    intentions, ladder steps climbed, urges that passed, and real changes for the better in
    a questionnaire. `since` and `until` are days (both included)."""
    if query.since and query.until and query.since > query.until:
        refuse("since", "Choose a since day on or before the until day.", where="query")
    since = _start_of(query.since) if query.since else None
    until = _start_of(query.until + dt.timedelta(days=1)) if query.until else None
    found = registry.wins_for(
        user=request.user,
        data_key=request.vault.data_key,
        since=since,
        until=until,
        limit=query.limit,
    )
    return {"wins": found}
