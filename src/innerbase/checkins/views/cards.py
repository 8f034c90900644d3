"""Today's cards from the check-ins: the weekly check-in on its day, and "things you've done
lately" on a hard day (a quick check-in mood of 3 or less out of 10 in the last hours)."""

import datetime as dt

from django.utils import timezone

from innerbase.checkins import content, selectors, weeks
from innerbase.core import registry
from innerbase.journal import selectors as journal

LATELY_DAYS = 90  # "lately": wins older than this are not brought back on a hard day
LOOKED_AT = 9  # the newest wins (of every app) the three are chosen from


def weekly_shown(request) -> bool:
    return selectors.card_due(user=request.user, day=selectors.today())


def weekly(request) -> dict:
    return {"words": content.card(), "page_words": content.page()}


def _hard_day_wins(request) -> list[dict]:
    """The three wins for a hard day, worked out once per request (show, then context)."""
    cached = getattr(request, "_checkins_hard_day_wins", None)
    if cached is not None:
        return cached
    chosen: list[dict] = []
    key = request.vault.data_key
    mood = journal.recent_state(user=request.user, data_key=key)["mood"]
    if mood is not None and mood <= weeks.HARD_DAY_MOOD:
        since = timezone.now() - dt.timedelta(days=LATELY_DAYS)
        found = registry.wins_for(user=request.user, data_key=key, since=since, limit=LOOKED_AT)
        chosen = weeks.three_wins(found)
    request._checkins_hard_day_wins = chosen
    return chosen


def wins_shown(request) -> bool:
    return bool(_hard_day_wins(request))


def wins(request) -> dict:
    return {"wins": _hard_day_wins(request), "words": content.hard_day()}
