"""The pattern review's card on Today: a review started in the last two weeks and left part
way, offered once, quietly. The caregivers reflection never gets a card: it is never pushed."""

import datetime as dt

from django.utils import timezone

from innerbase.patterns import selectors
from innerbase.patterns.views import steps

RECENT = dt.timedelta(days=14)  # older than this, it was set aside on purpose, or forgotten
LOOKED_AT = 3  # the newest few started reviews are enough to find one


def suggestion(request) -> dict | None:
    since = timezone.now() - RECENT
    recent = selectors.reviews_newest(user=request.user).filter(updated_at__gte=since)
    for review in recent.only("id", "steps_done", "updated_at")[:LOOKED_AT]:
        resume = selectors.resume_step(row=review)
        if resume:
            return {"url": steps.url(review, resume), "started": review.created_at}
    return None


def _once(request) -> dict | None:
    """`show` and `context` both need it: work it out once per request."""
    if not hasattr(request, "_patterns_card"):
        request._patterns_card = suggestion(request)
    return request._patterns_card


def show(request) -> bool:
    return _once(request) is not None


def context(request) -> dict:
    return {"review": _once(request)}
