"""Owner-scoped reads of the toolkit (the only module other apps import): the exercises, one
use, and the person's tools ranked by what helped them (`ranked_tools`, `top_tools`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import Count, F, Q, Sum
from django.urls import reverse
from django.utils import timezone

from innerbase.core.owned import get_owned_or_404, owned
from innerbase.toolkit import content, ranking
from innerbase.toolkit.models import ToolUse

# A use started this recently and not finished is offered on the toolkit page ("how do you
# feel now?"); an older one is left alone, since the moment has passed.
UNFINISHED_HOURS = 12


def _summary(exercise: dict[str, Any]) -> dict[str, Any]:
    code = exercise["code"]
    return {
        "code": code,
        "name": exercise["name"],
        "minutes": exercise["minutes"],
        "url": reverse("toolkit:exercise", args=[code]),
    }


def exercises() -> list[dict[str, Any]]:
    """Every exercise as {code, name, minutes, url}, in the library's order."""
    return [_summary(exercise) for exercise in content.exercises()]


def exercise(code: str) -> dict[str, Any] | None:
    """The exercise `code` as {code, name, minutes, url}, or None for an unknown code."""
    found = content.by_code().get(code)
    return _summary(found) if found else None


def exercise_page(code: str) -> dict[str, Any] | None:
    """Everything the exercise page shows: its words, steps, timer and the calm tool's URL."""
    found = content.by_code().get(code)
    if found is None:
        return None
    tool = found.get("calm_tool")
    calm = (
        {"url": reverse(content.CALM_TOOLS[tool["code"]]), "label": tool["label"]} if tool else None
    )
    seconds = found.get("timer_seconds")
    return {
        **found,
        **_summary(found),
        "steps": found.get("steps", []),
        "calm": calm,
        "timer_display": f"{seconds // 60}:{seconds % 60:02d}" if seconds else "",
    }


def exercise_pages() -> list[dict[str, Any]]:
    """`exercise_page` of every exercise, in the library's order."""
    return [page for code in content.codes() if (page := exercise_page(code))]


def use_or_404(*, user, pk) -> ToolUse:
    """The person's own use `pk`, or Http404 (also for a malformed id)."""
    return get_owned_or_404(ToolUse, user=user, pk=pk)


def _counts(*, user) -> dict[str, tuple[int, int, int]]:
    """Per exercise code: (uses started, uses rated before and after, the sum of their drops),
    added up in SQL in one query (years of uses stay one query). Only a use rated both before
    and after counts in the ranking; codes no longer in the library are left out."""
    known = set(content.codes())
    rated = Q(before__isnull=False, after__isnull=False)
    rows = (
        owned(ToolUse, user=user)
        .values_list("exercise")
        .annotate(
            started=Count("id"),
            n=Count("id", filter=rated),
            total=Sum(F("before") - F("after"), filter=rated),
        )
        .order_by()
    )
    return {code: (started, n, total or 0) for code, started, n, total in rows if code in known}


def tallies(*, user) -> list[ranking.Tally]:
    """The person's rated uses per exercise (see `_counts`)."""
    return _tallies(_counts(user=user))


def _tallies(counts: dict[str, tuple[int, int, int]]) -> list[ranking.Tally]:
    return [ranking.Tally(code, n, total) for code, (_, n, total) in counts.items() if n]


def _tool(ranked: ranking.Ranked, position: int) -> dict[str, Any]:
    return {
        **_summary(content.by_code()[ranked.code]),
        "uses": ranked.uses,
        "mean_drop": ranked.shown_drop,
        "enough": ranked.enough,
        "rank": position,
    }


def ranked_tools(*, user) -> list[dict[str, Any]]:
    """The person's rated tools, best first by `ranking.RULE`, each as {code, name, minutes,
    url, uses, mean_drop, enough, rank}."""
    return _ranked(_counts(user=user))


def _ranked(counts: dict[str, tuple[int, int, int]]) -> list[dict[str, Any]]:
    ranked = ranking.rank(_tallies(counts))
    return [_tool(r, position) for position, r in enumerate(ranked, start=1)]


def top_tools(*, user, n: int = 3) -> list[dict[str, Any]]:
    """Up to `n` of the person's tools that eased their upset on average, best first, as
    {code, name, url, uses, mean_drop} (and minutes, enough, rank): what "I need a minute"
    and the pause offer first. Empty for someone logged out or with nothing rated yet."""
    if not user.is_authenticated:
        return []
    helped = ranking.helped(ranking.rank(tallies(user=user)))
    return [_tool(r, position) for position, r in enumerate(helped[:n], start=1)]


def overview(*, user) -> dict[str, Any]:
    """The toolkit list's numbers from one query: `ranked` (as `ranked_tools`) and `stats`
    (as `stats_by_code`)."""
    counts = _counts(user=user)
    ranked = _ranked(counts)
    return {"ranked": ranked, "stats": _stats(counts, ranked)}


def stats_by_code(*, user) -> dict[str, dict[str, Any]]:
    """Every exercise's own statistics for the person: rated uses, mean drop (None when
    unrated), enough, rank (None when unrated), and every use started (rated or not)."""
    return overview(user=user)["stats"]


def _stats(counts: dict[str, tuple[int, int, int]], ranked: list[dict[str, Any]]) -> dict:
    by_code = {tool["code"]: tool for tool in ranked}
    started = {code: kept[0] for code, kept in counts.items()}
    return {
        code: {
            "uses": by_code.get(code, {}).get("uses", 0),
            "mean_drop": by_code.get(code, {}).get("mean_drop"),
            "enough": by_code.get(code, {}).get("enough", False),
            "rank": by_code.get(code, {}).get("rank"),
            "started": started.get(code, 0),
        }
        for code in content.codes()
    }


def unfinished(*, user) -> ToolUse | None:
    """The person's latest use from the last few hours that has no rating after yet."""
    since = timezone.now() - timedelta(hours=UNFINISHED_HOURS)
    return (
        owned(ToolUse, user=user)
        .filter(after=None, finished_at=None, used_at__gte=since)
        .order_by("-used_at")
        .first()
    )
