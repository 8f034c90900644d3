"""The stop rule's distress check: how upset a person feels, 0 to 10, asked (optionally) at the
start of heavy work and again when it is saved, and when Innerbase offers calming instead of
more of it. Pure: no Django import.

Heavy work is a free journal entry, a thought record, a questionnaire, and the relationship
reviews to come. The check is the familiar 0-10 "how upset" rating (a subjective units of
distress scale, Wolpe 1969); the rule is deliberately simple, so a person can predict it:
the latest rating is 7 or more, or the rating went up between the start and the save. Either
only ever leads to an offer; nothing is blocked and no rating is ever required.

The ratings are the person's own answers about a piece of writing, so each flow keeps them
in that row's sealed body as {"before": 0-10 or None, "after": 0-10 or None}: export, erase
and restore cover them with the row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast

from innerbase.core import content_files

LOWEST, HIGHEST = 0, 10
CALMING_FROM = 7  # a rating of this or more is "a lot" (the threshold)
MOMENTS = ("before", "after")

Reason = Literal["high", "rising"]

load = content_files.loader(__file__)


def copy() -> dict[str, Any]:
    """The stop rule's words (content/stop_rule.json)."""
    return load("stop_rule")


def calming_reason(before: int | None, after: int | None) -> Reason | None:
    """Why to offer calming now, or None: "high" when the latest rating is 7 or more, "rising"
    when the rating at the save is above the one at the start.

    The latest rating counts: 8 at the start and 5 at the save is a person who settled, so
    nothing is offered; equal ratings are not rising; no rating, no offer."""
    latest = after if after is not None else before
    if latest is not None and latest >= CALMING_FROM:
        return "high"
    if before is not None and after is not None and after > before:
        return "rising"
    return None


def offers_calming(before: int | None, after: int | None) -> bool:
    return calming_reason(before, after) is not None


def is_rating(value: object) -> bool:
    """A whole number from 0 to 10 (True and False are not numbers here)."""
    return isinstance(value, int) and not isinstance(value, bool) and LOWEST <= value <= HIGHEST


def check(before: int | None = None, after: int | None = None) -> dict[str, int | None]:
    """The ratings as a row's body keeps them."""
    return {"before": before, "after": after}


def of(body: Mapping[str, Any] | None) -> dict[str, int | None]:
    """The ratings a body holds (both None when it has none, or holds something else)."""
    kept = (body or {}).get("distress") or {}
    if not isinstance(kept, Mapping):
        return check()
    values = {moment: kept.get(moment) for moment in MOMENTS}
    return cast(dict[str, int | None], {k: v if is_rating(v) else None for k, v in values.items()})


def merged(kept: Mapping[str, Any] | None, **given: int | None) -> dict[str, int | None]:
    """The ratings `kept` with the ones `given` (before=, after=) put in; a blank never erases
    an earlier rating, so resuming a flow without rating again keeps the first answer."""
    result = of({"distress": kept})
    for moment, value in given.items():
        if moment not in MOMENTS:
            raise ValueError(f"no distress moment {moment!r}")
        if value is not None:
            result[moment] = value
    return result
