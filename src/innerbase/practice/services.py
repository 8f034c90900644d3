"""Practice writes: the plan's goals and pin, today's one practice (another one, done, not
today), intentions, own affirmations, setback reviews and no contact. Reads are in
selectors.py.

Callers check input first (forms, API schemas); these functions trust it.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from innerbase.practice.models import (
    Affirmation,
    Intention,
    NoContact,
    Plan,
    PracticeDay,
    Setback,
)


# -- the plan ------------------------------------------------------------------------------
def plan_for(*, user) -> Plan:
    """The person's plan row, made on first use (it holds only choices, so an empty one is
    what "no choices yet" means)."""
    plan, _ = Plan.objects.get_or_create(owner=user)
    return plan


def plan_goals_save(*, user, goals: list[str]) -> Plan:
    plan = plan_for(user=user)
    plan.goals = list(dict.fromkeys(goals))
    plan.save(update_fields=["goals", "updated_at"])
    return plan


def plan_pattern_seen(*, plan: Plan, pattern: str) -> bool:
    """Remember the pattern the plan is built for now; True when it changed since last time
    (a new questionnaire result), so the plan page can say so."""
    if plan.pattern == pattern:
        return False
    changed = bool(plan.pattern)
    plan.pattern = pattern
    plan.pattern_changed_at = timezone.now() if changed else plan.pattern_changed_at
    plan.save(update_fields=["pattern", "pattern_changed_at", "updated_at"])
    return changed


def pin_save(*, user, pinned: str) -> Plan:
    """Pin an affirmation to Today ("lib:<code>" or "own:<uuid>"), or "" to unpin."""
    plan = plan_for(user=user)
    plan.pinned = pinned
    plan.save(update_fields=["pinned", "updated_at"])
    return plan


# -- today's one practice ------------------------------------------------------------------
def practice_day_offered(*, user, day: dt.date, part: str) -> PracticeDay:
    """The day's row, made when Today first offers a practice; a row already there keeps the
    part it offered, so the practice does not change under the person during the day."""
    row, _ = PracticeDay.objects.get_or_create(owner=user, day=day, defaults={"part": part})
    return row


def practice_another(*, row: PracticeDay, part: str) -> PracticeDay:
    row.offset += 1
    row.part = part
    row.status = ""
    row.save(update_fields=["offset", "part", "status"])
    return row


def practice_mark(*, row: PracticeDay, status: str) -> PracticeDay:
    row.status = status
    row.save(update_fields=["status"])
    return row


# -- intentions ----------------------------------------------------------------------------
def intention_add(
    *, user, data_key: bytes, day: dt.date, code: str = "", text: str = ""
) -> Intention:
    """An intention for `day`: a library one (`code`) or the person's own words (`text`)."""
    intention = Intention(owner=user, code=code, day=day)
    intention.seal_json(data_key, "body", {"text": "" if code else text, "note": ""})
    intention.save()
    return intention


def intention_done(*, intention: Intention, data_key: bytes, note: str) -> Intention:
    """Mark it kept, with a line about how it went (blank is fine)."""
    body = intention.open_json(data_key, "body", {"text": "", "note": ""})
    body["note"] = note
    intention.seal_json(data_key, "body", body)
    intention.done_at = intention.done_at or timezone.now()
    intention.save(update_fields=["body", "done_at"])
    return intention


def intention_delete(*, intention: Intention) -> None:
    intention.delete()


# -- affirmations --------------------------------------------------------------------------
def affirmation_add(*, user, data_key: bytes, text: str) -> Affirmation:
    affirmation = Affirmation(owner=user)
    affirmation.seal_json(data_key, "body", {"text": text})
    affirmation.save()
    return affirmation


@transaction.atomic
def affirmation_delete(*, affirmation: Affirmation) -> None:
    """Remove it, and unpin it from Today if it was pinned."""
    Plan.objects.filter(owner=affirmation.owner, pinned=f"own:{affirmation.pk}").update(pinned="")
    affirmation.delete()


# -- setbacks ------------------------------------------------------------------------------
def setback_create(
    *, user, data_key: bytes, kind: str, answers: dict[str, str], source: str = ""
) -> Setback:
    setback = Setback(owner=user, kind=kind, source=source)
    setback.seal_json(data_key, "body", answers)
    setback.save()
    return setback


def setback_delete(*, setback: Setback) -> None:
    setback.delete()


# -- no contact ----------------------------------------------------------------------------
def no_contact_for(*, user) -> NoContact:
    row, _ = NoContact.objects.get_or_create(owner=user)
    return row


def no_contact_save(
    *, user, data_key: bytes, counting: bool, reasons: str, today: dt.date
) -> NoContact:
    """Keep the reasons; start counting from today when the person newly chooses to count,
    stop when they choose not to (the dates contact happened are kept either way)."""
    row = no_contact_for(user=user)
    row.seal_json(data_key, "body", {"reasons": reasons})
    if counting and not row.counting:
        row.since = today
    row.counting = counting
    if not counting:
        row.since = None
    row.save()
    return row


NO_CONTACT_THEN = ("carry_on", "restart", "stop")


def no_contact_happened(*, row: NoContact, day: dt.date, then: str) -> NoContact:
    """Contact happened on `day`: noted as a date, nothing more. The person decides what the
    count does: carry on as before (one contact undoes nothing), start again from that day,
    or stop counting until they choose it again."""
    iso = day.isoformat()
    if iso not in row.contact_days:
        row.contact_days = sorted([*row.contact_days, iso])
    if then == "restart" or (then == "carry_on" and row.since is None):
        row.counting, row.since = True, day
    elif then == "stop":
        row.counting, row.since = False, None
    row.save(update_fields=["contact_days", "counting", "since", "updated_at"])
    return row
