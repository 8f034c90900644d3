"""The questionnaire card on Today: carry on, a first take, or a gentle monthly re-take."""

import datetime as dt

from django.utils import timezone

from innerbase.assessments import selectors

RETAKE_AFTER = dt.timedelta(days=30)  # attachment scores move slowly; monthly is plenty
FIRST = "ecr-r"


def suggestion(request) -> dict | None:
    """What the card offers the person today, or None when there is nothing to suggest."""
    unfinished = selectors.take_to_carry_on(user=request.user)
    if unfinished:
        instrument = selectors.instrument_for(unfinished.code)
        return {
            "kind": "carry-on",
            "instrument": instrument,
            "take": unfinished,
            "question": unfinished.position + 1,
        }
    if FIRST not in selectors.enabled_codes():
        return None
    latest = selectors.take_latest_completed(user=request.user, code=FIRST)
    instrument = selectors.instrument_for(FIRST)
    if latest is None or latest.completed_at is None:
        return {"kind": "first", "instrument": instrument}
    if timezone.now() - latest.completed_at >= RETAKE_AFTER:
        return {"kind": "retake", "instrument": instrument, "take": latest}
    return None


def _once(request) -> dict | None:
    """`show` and `context` both need it: work it out once per request."""
    if not hasattr(request, "_assessment_card"):
        request._assessment_card = suggestion(request)
    return request._assessment_card


def show(request) -> bool:
    return _once(request) is not None


def context(request) -> dict:
    return {"assessment": _once(request)}
