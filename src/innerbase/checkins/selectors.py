"""Owner-scoped reads of weekly check-ins (the only module other apps import): the person's
check-in day and week, this week's check-in, the check-ins charted, and the wins the
check-ins hold (registered as the "checkin" wins)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils import timezone

from innerbase.checkins import content, weeks
from innerbase.checkins.models import Rhythm, WeeklyCheckin
from innerbase.core import charts
from innerbase.core.clock import moments_between
from innerbase.core.csv_values import joined, when
from innerbase.core.owned import owned

CHARTED_WEEKS = 26  # about half a year on the page; the API can give more


def today() -> dt.date:
    """The date on the person's own clock (their zone is active for the request)."""
    return timezone.localdate()


def rhythm(*, user) -> Rhythm | None:
    return owned(Rhythm, user=user).first()


def weekday_of(*, user, found: Rhythm | None = None) -> int:
    """The chosen check-in weekday, or the weekday the person joined on."""
    found = found or rhythm(user=user)
    if found is not None:
        return found.weekday
    return timezone.localtime(user.date_joined).date().weekday()


def joined_on(*, user) -> dt.date:
    return timezone.localtime(user.date_joined).date()


def this_week(*, user, day: dt.date | None = None) -> dt.date:
    """The first day of the person's check-in week holding `day` (today unless given)."""
    return weeks.week_start(day or today(), weekday_of(user=user))


def checkin_for(*, user, week: dt.date) -> WeeklyCheckin | None:
    return owned(WeeklyCheckin, user=user).filter(week=week).first()


def words_of(*, checkin: WeeklyCheckin, data_key: bytes) -> dict[str, str]:
    body = checkin.open_json(data_key, "body", default={})
    return {field: body.get(field, "") for field in content.WORD_FIELDS}


def card_due(*, user, day: dt.date) -> bool:
    """Whether Today offers the check-in today (see weeks.card_due)."""
    found = rhythm(user=user)
    weekday = weekday_of(user=user, found=found)
    week = weeks.week_start(day, weekday)
    if day.weekday() != weekday:
        return False
    return weeks.card_due(
        day,
        weekday=weekday,
        joined=joined_on(user=user),
        done=owned(WeeklyCheckin, user=user).filter(week=week).exists(),
        skipped=found is not None and found.skipped_week == week,
        monthly=found is not None and found.light_since is not None,
    )


def light_rhythm(*, user) -> bool:
    """Whether the person chose the lighter rhythm (a monthly check-in, fewer Today cards)."""
    return owned(Rhythm, user=user).exclude(light_since=None).exists()


def lighter_answered(*, user) -> bool:
    """Whether the person already answered the offer of a lighter rhythm (either way)."""
    return owned(Rhythm, user=user).exclude(lighter_answered_at=None).exists()


def _mean_sign(signs: dict) -> float | None:
    rated = [v for v in signs.values() if isinstance(v, int)]
    return sum(rated) / len(rated) if rated else None


def sign_means(*, user, until: dt.date, weeks_back: int = 8) -> list[float | None]:
    """The average sign rating (0-4) of each of the `weeks_back` check-in weeks up to the one
    holding `until`, oldest first; None for a week with no check-in or no rating."""
    weekday = weekday_of(user=user)
    last = weeks.week_start(until, weekday)
    wanted = [last - dt.timedelta(weeks=n) for n in range(weeks_back - 1, -1, -1)]
    rows = dict(
        owned(WeeklyCheckin, user=user).filter(week__in=wanted).values_list("week", "signs")
    )
    return [_mean_sign(rows[w]) if w in rows else None for w in wanted]


def progress_series(*, user, data_key: bytes, since, until) -> dict:
    """The check-ins' part of the progress page (registry.progress_register): {"signs":
    {"weeks": [{"week": "YYYY-MM-DD", "mean": 0-4 or None, "signs": {code: 0-4 or "na"}}],
    "checkins": n}} for the check-in weeks starting on those days, oldest first; plain
    ratings only (the words stay sealed)."""
    found = owned(WeeklyCheckin, user=user).filter(week__lte=until)
    if since is not None:
        found = found.filter(week__gte=since)
    rows = list(found.order_by("week").values_list("week", "signs"))
    return {
        "signs": {
            "weeks": [
                {"week": week.isoformat(), "mean": _mean_sign(signs), "signs": signs}
                for week, signs in rows
            ],
            "checkins": len(rows),
        }
    }


def checkins_listed(*, user, limit: int = CHARTED_WEEKS) -> list[WeeklyCheckin]:
    """The latest `limit` check-ins, oldest first (plain columns only: no key needed)."""
    rows = owned(WeeklyCheckin, user=user).order_by("-week").defer("body")[:limit]
    return list(reversed(rows))


def chart(*, user, limit: int = CHARTED_WEEKS) -> dict[str, Any]:
    """The signs over the latest `limit` weeks: for each sign its ratings, its words and
    (from two check-ins on) a trajectory to draw; and the table's rows, newest first."""
    rows = checkins_listed(user=user, limit=limit)
    plain = [{"week": row.week, "signs": row.signs} for row in rows]
    labels, none = content.scale(), content.not_applicable()
    signs = []
    for sign in content.signs():
        values = weeks.series(plain, sign["code"])
        signs.append(
            {
                **sign,
                "summary": weeks.summary(values, labels),
                "chart": charts.trajectory(values, weeks.LOWEST, weeks.HIGHEST)
                if sum(value is not None for value in values) > 1
                else None,
            }
        )

    def label(value) -> str:
        if value == weeks.NOT_APPLICABLE:
            return none
        return labels.get(value, "") if isinstance(value, int) else ""

    table = [
        {"week": row["week"], "cells": [label(row["signs"].get(s["code"])) for s in signs]}
        for row in reversed(plain)
    ]
    return {"signs": signs, "table": table, "weeks": len(rows)}


def wins(*, user, data_key: bytes, since=None, until=None, limit=None) -> list[dict]:
    """The wins written in weekly check-ins, newest first (see core.registry.wins_register)."""
    found = owned(WeeklyCheckin, user=user).order_by("-created_at")
    found = found.filter(**moments_between(since, until, "created_at"))
    url = reverse("checkins:checkin")
    result: list[dict] = []
    # A check-in without a win is skipped, so read in slices until `limit` wins are found.
    step = max(limit or 50, 20)
    offset = 0
    while limit is None or len(result) < limit:
        batch = list(found[offset : offset + step])
        for row in batch:
            win = words_of(checkin=row, data_key=data_key)["win"].strip()
            if win:
                result.append({"when": row.created_at, "text": win, "kind": "checkin", "url": url})
        if len(batch) < step:
            break
        offset += step
    return result[:limit] if limit is not None else result


CSV_COLUMNS = ("week", "signs", "went_well", "win", "intention", "created_at")


def csv_rows(*, user, data_key: bytes):
    """Weekly check-ins for the CSV export: signs as "code=value" (0-4, or na)."""
    for row in owned(WeeklyCheckin, user=user).order_by("week").iterator(chunk_size=500):
        body = row.open_json(data_key, "body", {}) or {}
        yield [
            row.week.isoformat(),
            joined(f"{code}={value}" for code, value in sorted(row.signs.items())),
            body.get("went_well", ""),
            body.get("win", ""),
            body.get("intention", ""),
            when(row.created_at),
        ]
