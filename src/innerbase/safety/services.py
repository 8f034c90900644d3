"""Safety writes: saving the plan, a calming check-out, starting and finishing a pause."""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from innerbase.safety import content
from innerbase.safety.models import CalmCheckout, Pause, SafetyPlan

MAX_SECTION_CHARS = 5_000
MAX_NOTE_CHARS = 5_000


def plan_save(*, user, data_key: bytes, sections: dict[str, str]) -> SafetyPlan:
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


def calm_checkout_save(*, user, tool: str, feeling: int) -> CalmCheckout:
    """Keep how the person felt after a calming tool (a number, never words)."""
    return CalmCheckout.objects.create(owner=user, tool=tool, feeling=feeling)


def pause_start(
    *, user, data_key: bytes, urge: str, own_urge: str, wait_minutes: int, alternative: str
) -> Pause:
    """Begin a pause: the urge (a listed one, or the person's own words, sealed) and the wait."""
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


def pause_finish(*, pause: Pause, data_key: bytes, passed: bool, what_happened: str) -> Pause:
    """Close a pause with whether the urge passed and, in the person's words, what happened."""
    pause.passed = passed
    pause.seal_text(data_key, "what_happened", what_happened.strip())
    pause.completed_at = timezone.now()
    pause.save(update_fields=["passed", "what_happened", "completed_at"])
    return pause
