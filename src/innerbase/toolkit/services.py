"""Writes of the toolkit: a use started (with the rating before), finished (with the rating
after), or recorded at once (the API). Codes and ratings are checked by the caller's form or
schema; these refuse anything else rather than store it."""

from django.db import transaction
from django.utils import timezone

from innerbase.core import distress
from innerbase.toolkit import content
from innerbase.toolkit.models import ToolUse


def _checked(code: str, *ratings: int | None) -> None:
    if code not in content.by_code():
        raise ValueError(f"no exercise {code!r}")
    for rating in ratings:
        if rating is not None and not distress.is_rating(rating):
            raise ValueError(f"not a 0-10 rating: {rating!r}")


def use_start(*, user, code: str, before: int | None) -> ToolUse:
    """A use of exercise `code` begins, with how upset the person felt (or None)."""
    _checked(code, before)
    return ToolUse.objects.create(owner=user, exercise=code, before=before)


def use_finish(*, use: ToolUse, after: int | None) -> ToolUse:
    """The use ends, with how upset the person feels now (None keeps an earlier answer)."""
    _checked(use.exercise, after)
    if after is not None:
        use.after = after
    use.finished_at = timezone.now()
    use.save(update_fields=["after", "finished_at"])
    return use


@transaction.atomic
def use_record(*, user, code: str, before: int | None, after: int | None) -> ToolUse:
    """A whole use at once, both ratings given together (the API)."""
    _checked(code, before, after)
    now = timezone.now()
    return ToolUse.objects.create(
        owner=user, exercise=code, before=before, after=after, used_at=now, finished_at=now
    )
