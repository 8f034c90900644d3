"""The progress API: every series of the progress page as numbers, with the counts behind
each and the "what changed" sentence."""

import datetime as dt
from typing import Any

from django.utils import timezone
from ninja import Router

from innerbase.core.api import ERRORS, refuse
from innerbase.progress import forms, selectors

router = Router(tags=["progress"])


def _day(name: str, value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        refuse(name, "Give a date like 2026-03-01.", where="query")


@router.get("/progress", response={200: dict[str, Any], **ERRORS})
def progress(request, since: str = "", until: str = ""):
    """The page's numbers for the days `since` to `until` (YYYY-MM-DD, both included; no
    `since`: from the first row; no `until`: today). Groups below `minimum` check-ins are
    listed in `too_few` (or have a `median` of null), never ranked. The shape of each part
    is in innerbase/progress/selectors.py `dashboard`."""
    first, last = _day("since", since), _day("until", until) or timezone.localdate()
    if first is not None and first < forms.EARLIEST:
        refuse("since", "Pick a start date after 1900.", where="query")
    if first is not None and first > last:
        refuse("since", forms.BAD_ORDER, where="query")
    return selectors.dashboard(
        user=request.user, data_key=request.vault.data_key, since=first, until=last
    )
