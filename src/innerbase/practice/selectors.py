"""Owner-scoped reads of practice (the only module other apps import): the plan as it stands
today, today's one practice, intentions and how many were kept, affirmations and the pinned
one, setback reviews and no contact."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from innerbase.assessments import selectors as assessments
from innerbase.core.clock import moments_between
from innerbase.core.csv_values import when
from innerbase.core.owned import get_owned_or_404, owned
from innerbase.experiments import selectors as experiments
from innerbase.practice import content, plan_rules
from innerbase.practice.models import (
    Affirmation,
    Intention,
    NoContact,
    Plan,
    PracticeDay,
    Setback,
)
from innerbase.toolkit import selectors as toolkit

# Where a part's practice is done, for the kinds that are a page of another app or of this
# one; ladders and exercises are asked of their apps, which know the person's own state.
PAGES = {
    "intention": "practice:intentions",
    "affirmation": "practice:affirmations",
    "thought-record": "thoughts:new",
    "journal": "journal:new",
    "pause": "safety:pauses",
}


# -- the plan ------------------------------------------------------------------------------
def plan_row(*, user) -> Plan | None:
    return owned(Plan, user=user).first()


def _offered(practice: dict[str, Any]) -> bool:
    """Whether this host offers a part's practice (from content alone, no query)."""
    kind = practice["kind"]
    if kind == "exercise":
        return toolkit.exercise(practice["code"]) is not None
    if kind == "ladder":
        return experiments.template(practice["template"]) is not None
    return kind in PAGES


def practice_link(*, user, data_key: bytes, practice: dict[str, Any]) -> dict[str, str]:
    """Where to do an offered part's practice: {"url", "detail"} (detail: a line the other
    app adds, such as the next step of the person's own ladder)."""
    kind = practice["kind"]
    if kind == "exercise":
        found = toolkit.exercise(practice["code"])
        return {"url": found["url"] if found else reverse("toolkit:index"), "detail": ""}
    if kind == "ladder":
        code = practice["template"]
        step = experiments.next_step(user=user, data_key=data_key, template=code)
        if step is not None:
            return {"url": step["url"], "detail": f"Next step: {step['step_text']}"}
        return {"url": f"{reverse('experiments:start')}?template={code}", "detail": ""}
    return {"url": reverse(PAGES[kind]), "detail": ""}


def _what_helped(*, user) -> dict[str, list[str]]:
    """The person's own toolkit numbers as the plan reads them: exercises rated often enough
    that helped (best first) and that did not."""
    rated = [tool for tool in toolkit.ranked_tools(user=user) if tool["enough"]]
    return {
        "helped": [tool["code"] for tool in rated if tool["mean_drop"] > 0],
        "not_helping": [tool["code"] for tool in rated if tool["mean_drop"] <= 0],
    }


def plan_now(*, user, data_key: bytes, links: bool = True) -> dict[str, Any]:
    """The person's plan as it stands: the pattern it is built for and where that came from,
    the goals chosen, and each part (with its link unless `links` is False: Today needs the
    link of one part only, `today_practice` adds it); parts this host cannot offer are left
    out. An exercise the person has rated often enough without it helping gives way to the
    one that helped them most (their own toolkit numbers)."""
    row = plan_row(user=user)
    regions = assessments.attachment_regions(user=user)
    pattern, source = plan_rules.pattern_from(
        general=regions["general"], relationships=regions["relationships"]
    )
    goals = list(row.goals) if row else []
    parts = plan_rules.build(
        pattern=pattern,
        goals=goals,
        parts=content.parts(),
        goal_parts={g["code"]: g["parts"] for g in content.goals()},
        **(_what_helped(user=user) if links else {}),
    )
    offered = [part for part in parts if _offered(part["practice"])]
    if links:
        for part in offered:
            part["link"] = practice_link(user=user, data_key=data_key, practice=part["practice"])
    return {
        "row": row,
        "pattern": pattern,
        "source": source,
        "assessed_at": regions["general_at"],
        "goals": goals,
        "parts": offered,
    }


def today_practice(
    *, user, data_key: bytes, plan: dict[str, Any], day: dt.date
) -> dict[str, Any] | None:
    """Today's one practice: {"part", "row"} (row: the day's PracticeDay, or None before Today
    first offered it; the part with its link), or None for an empty plan."""
    row = owned(PracticeDay, user=user).filter(day=day).first()
    parts = plan["parts"]
    if not parts:
        return None
    kept = next((p for p in parts if p["code"] == row.part), None) if row else None
    part = dict(
        kept
        or plan_rules.todays_part(parts, day=day.toordinal(), offset=row.offset if row else 0)
        or {}
    )
    if "link" not in part:  # a plan read for Today: complete its one part
        if part["practice"]["kind"] == "exercise":
            part = plan_rules.adapted(part, **_what_helped(user=user))
        part = {
            **part,
            "link": practice_link(user=user, data_key=data_key, practice=part["practice"]),
        }
    return {"part": part, "row": row}


# -- intentions ----------------------------------------------------------------------------
def intention_or_404(*, user, pk) -> Intention:
    return get_owned_or_404(Intention, user=user, pk=pk)


def intentions_newest(*, user) -> QuerySet[Intention]:
    return owned(Intention, user=user).order_by("-day", "-created_at")


def intention_text(*, intention: Intention, data_key: bytes) -> dict[str, str]:
    """{"text", "note", "hint"}: the library's words for a library intention, else the
    person's own."""
    body = intention.open_json(data_key, "body", {"text": "", "note": ""})
    item = content.intentions_by_code().get(intention.code)
    text = item["text"] if item else body.get("text", "")
    return {"text": text, "note": body.get("note", ""), "hint": item["hint"] if item else ""}


def intentions_shown(*, user, data_key: bytes, limit: int) -> list[dict[str, Any]]:
    return [
        {"intention": i, **intention_text(intention=i, data_key=data_key)}
        for i in intentions_newest(user=user)[:limit]
    ]


def intentions_kept_in_month(*, user, today: dt.date) -> int:
    """How many intentions were kept in the month of `today` (a count, never a streak)."""
    start = today.replace(day=1)
    return (
        owned(Intention, user=user).filter(day__gte=start, day__lte=today).exclude(done_at=None)
    ).count()


# -- affirmations --------------------------------------------------------------------------
def affirmation_or_404(*, user, pk) -> Affirmation:
    return get_owned_or_404(Affirmation, user=user, pk=pk)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def affirmation_exists(*, user, pk: str) -> bool:
    return _is_uuid(pk) and owned(Affirmation, user=user).filter(pk=pk).exists()


def affirmations_own(*, user, data_key: bytes) -> list[dict[str, Any]]:
    return [
        {"affirmation": a, "text": a.open_json(data_key, "body", {"text": ""})["text"]}
        for a in owned(Affirmation, user=user).order_by("-created_at")
    ]


def pinned_affirmation(*, user, data_key: bytes, plan: Plan | None = None) -> dict | None:
    """The affirmation pinned to Today: {"pin", "text"}, or None (also when an own one was
    deleted since)."""
    plan = plan if plan is not None else plan_row(user=user)
    if plan is None or not plan.pinned:
        return None
    source, _, ref = plan.pinned.partition(":")
    if source == "lib":
        item = content.affirmations_by_code().get(ref)
        return {"pin": plan.pinned, "text": item["text"]} if item else None
    own = owned(Affirmation, user=user).filter(pk=ref).first() if _is_uuid(ref) else None
    if own is None:
        return None
    return {"pin": plan.pinned, "text": own.open_json(data_key, "body", {"text": ""})["text"]}


# -- setbacks ------------------------------------------------------------------------------
def setback_or_404(*, user, pk) -> Setback:
    return get_owned_or_404(Setback, user=user, pk=pk)


def setback_answers(*, setback: Setback, data_key: bytes) -> dict[str, str]:
    body = setback.open_json(data_key, "body", {})
    return {key: body.get(key, "") for key in content.setback_keys()}


def setbacks_newest(*, user) -> QuerySet[Setback]:
    return owned(Setback, user=user).order_by("-created_at")


# -- no contact ----------------------------------------------------------------------------
def no_contact(*, user, data_key: bytes, today: dt.date) -> dict[str, Any]:
    """{"row", "reasons", "days"}: days without contact since the person started counting
    (None when they are not counting)."""
    row = owned(NoContact, user=user).first()
    if row is None:
        return {"row": None, "reasons": "", "days": None}
    reasons = row.open_json(data_key, "body", {"reasons": ""})["reasons"]
    days = (today - row.since).days if row.counting and row.since else None
    return {"row": row, "reasons": reasons, "days": days}


def today() -> dt.date:
    """The date on the person's own clock (their zone is active for the request)."""
    return timezone.localdate()


def wins(*, user, data_key: bytes, since=None, until=None, limit=None) -> list[dict]:
    """The intentions kept, newest first, as wins (see core.registry.wins_register)."""
    found = owned(Intention, user=user).exclude(done_at=None).order_by("-done_at")
    found = found.filter(**moments_between(since, until, "done_at"))
    url = reverse("practice:intentions")
    return [
        {
            "when": row.done_at,
            "text": f"Kept: {intention_text(intention=row, data_key=data_key)['text']}",
            "kind": "intention",
            "url": url,
        }
        for row in (found if limit is None else found[:limit])
    ]


CSV_COLUMNS = ("day", "intention", "from_the_library", "note", "done_at", "created_at")


def csv_rows(*, user, data_key: bytes):
    """Daily intentions for the CSV export: the library's words for a library one."""
    for row in owned(Intention, user=user).order_by("day", "created_at").iterator(chunk_size=500):
        words = intention_text(intention=row, data_key=data_key)
        yield [
            row.day.isoformat(), words["text"], bool(row.code), words["note"],
            when(row.done_at), when(row.created_at),
        ]  # fmt: skip
