"""The journal's lines in the sealed search index, and matching them against the filters.

A line holds, after the id and the moment (core/lines.py): the mode, the space id, the
emotion keys, the casefolded triggers, the urges, how many of them were acted on, the mood
(or nothing), and last the casefolded words (every free text, the emotions' labels and the
urges). Pure: no Django import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from innerbase.core import lines
from innerbase.core.lines import FIELD, ITEM, clean
from innerbase.journal import content

MAIN = "main"  # the `space` filter's value for entries in no space


def line_for(
    entry_id: object,
    occurred_at: dt.datetime,
    mode: str,
    space_id: object,
    body: dict[str, Any],
    texts: list[str],
    mood: int | None = None,
) -> str:
    """An entry's line; `texts` is every piece of free text in its body."""
    names = content.emotions()
    emotions = [e["name"] for e in body["emotions"]]
    haystack = texts + [names.get(n, n) for n in emotions] + [u["name"] for u in body["urges"]]
    return lines.line(
        entry_id,
        occurred_at,
        mode,
        str(space_id or ""),
        ITEM.join(emotions),
        ITEM.join(clean(t).casefold() for t in body["triggers"]),
        ITEM.join(clean(u["name"]) for u in body["urges"]),
        str(sum(1 for u in body["urges"] if u.get("acted"))),
        "" if mood is None else str(mood),
        clean(" ".join(haystack)).casefold(),
    )


def matching(
    found_lines: Iterable[str],
    *,
    q: str = "",
    emotion: str = "",
    trigger: str = "",
    urge: str = "",
    mode: str = "",
    space: str = "",
    low: int | None = None,
    high: int | None = None,
) -> list[str]:
    """Ids of the entries whose lines match every filter given, newest first; `low` and
    `high` bound the moment (core.lines.stamp), the end excluded."""
    needle, trigger = q.casefold().strip(), trigger.casefold().strip()
    if not (emotion or trigger or urge or mode or space or low is not None or high is not None):
        return lines.with_words(found_lines, needle)  # words only: no need to split lines
    wanted_space = None if not space else ("" if space == MAIN else space)
    found = []
    for text in found_lines:
        if needle and needle not in text:  # cheap first pass over the whole line
            continue
        entry_id, when, kind, in_space, emotions, triggers, urges, _, _, haystack = text.split(
            FIELD
        )
        moment = int(when)
        if (low is not None and moment < low) or (high is not None and moment >= high):
            continue
        if mode and kind != mode:
            continue
        if wanted_space is not None and in_space != wanted_space:
            continue
        if emotion and emotion not in emotions.split(ITEM):
            continue
        if trigger and trigger not in triggers.split(ITEM):
            continue
        if urge and urge not in urges.split(ITEM):
            continue
        if needle and needle not in haystack:
            continue
        found.append((moment, entry_id))
    return lines.newest_first(found)


def tags_between(
    found_lines: Iterable[str], *, low: int | None = None, high: int | None = None
) -> dict[str, Any]:
    """For the lines whose moment lies in [low, high), for the progress page: {"triggers":
    {casefolded trigger: mood counts [n1, ..., n10] of its entries with a mood}, "entries"
    noting an urge, "noted" urges, "acted" on}."""
    triggers: dict[str, list[int]] = {}
    entries = noted = acted = 0
    for text in found_lines:
        _id, when, _kind, _space, _emotions, named, urges, done, mood, _ = text.split(FIELD)
        moment = int(when)
        if (low is not None and moment < low) or (high is not None and moment >= high):
            continue
        if urges:
            entries += 1
            noted += len(urges.split(ITEM))
            acted += int(done)
        if named and mood and 1 <= int(mood) <= 10:
            for trigger in set(named.split(ITEM)) - {""}:
                triggers.setdefault(trigger, [0] * 10)[int(mood) - 1] += 1
    return {"triggers": triggers, "entries": entries, "noted": noted, "acted": acted}
