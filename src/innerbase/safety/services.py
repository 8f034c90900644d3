"""Multi-step safety workflows: saving the plan, starting and finishing a pause."""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from innerbase.safety import content
from innerbase.safety.models import CalmCheckout, Pause, SafetyPlan

MAX_SECTION_CHARS = 5_000
MAX_NOTE_CHARS = 5_000


def plan_for(user, data_key: bytes) -> dict[str, str] | None:
    """The person's plan as {section key: text}, or None when they have not made one."""
    plan = SafetyPlan.objects.filter(owner=user).first()
    if plan is None:
        return None
    stored = plan.open_json(data_key, "sections", default={})
    return {key: stored.get(key, "") for key in content.plan_keys()}


def plan_save(user, data_key: bytes, sections: dict[str, str]) -> SafetyPlan:
    """Write the whole plan (sections not given are kept as they were)."""
    with transaction.atomic():
        plan, _ = SafetyPlan.objects.select_for_update().get_or_create(
            owner=user, defaults={"sections": b""}
        )
        current = plan.open_json(data_key, "sections", default={})
        current.update(
            {key: sections[key].strip() for key in content.plan_keys() if key in sections}
        )
        plan.seal_json(data_key, "sections", current)
        plan.save()
    return plan


def plan_is_empty(sections: dict[str, str] | None) -> bool:
    return not sections or not any(text.strip() for text in sections.values())


def calm_checkout(user, tool: str, feeling: int) -> CalmCheckout:
    return CalmCheckout.objects.create(owner=user, tool=tool, feeling=feeling)


def pause_start(
    user, data_key: bytes, *, urge: str, own_urge: str, wait_minutes: int, alternative: str
) -> Pause:
    now = timezone.now()
    pause = Pause(
        owner=user,
        urge=urge,
        wait_minutes=wait_minutes,
        alternative=alternative,
        started_at=now,
        ends_at=now + dt.timedelta(minutes=wait_minutes),
    )
    if urge == "own":
        pause.seal_text(data_key, "own_urge", own_urge.strip())
    pause.save()
    return pause


def pause_finish(pause: Pause, data_key: bytes, *, passed: bool, what_happened: str) -> Pause:
    pause.passed = passed
    pause.seal_text(data_key, "what_happened", what_happened.strip())
    pause.completed_at = timezone.now()
    pause.save(update_fields=["passed", "what_happened", "completed_at"])
    return pause


def urge_label(pause: Pause, data_key: bytes) -> str:
    if pause.urge == "own":
        return pause.open_text(data_key, "own_urge")
    return content.urges().get(pause.urge, pause.urge)
