"""Long lists made short for a phone. The traps a person spots most come first and the rest
wait in a few folded groups; the person's own beliefs come before the ready-written starters,
which wait folded by theme. Whatever is chosen is always in sight. Pure: no Django import."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

MOST_USED = 3  # traps shown first, from the person's own records
OWN_SHOWN = 2  # own beliefs shown before "more of your beliefs"


def trap_shortlist(
    groups: Sequence[Mapping[str, Any]],
    frequencies: Iterable[Mapping[str, Any]],
    chosen: Iterable[str],
    *,
    most: int = MOST_USED,
) -> dict[str, Any]:
    """{"yours": [trap], "groups": [{**group, "items", "open"}]}: up to `most` of the traps
    the person has spotted ({"code", "count"} per trap), most spotted first, then each group
    with the rest; a group is open when a trap in it is ticked, so no choice is folded away."""
    ticked = set(chosen)
    by_code = {item["code"]: item for group in groups for item in group["items"]}
    spotted = sorted(
        (f for f in frequencies if f["count"] > 0 and f["code"] in by_code),
        key=lambda f: -f["count"],
    )
    yours = [by_code[f["code"]] for f in spotted[:most]]
    shown = {item["code"] for item in yours}
    rest = []
    for group in groups:
        items = [item for item in group["items"] if item["code"] not in shown]
        if items:
            rest.append({**group, "items": items, "open": any(i["code"] in ticked for i in items)})
    return {"yours": yours, "groups": rest}


def belief_shortlist(
    own: Sequence[Mapping[str, Any]],
    themes: Sequence[Mapping[str, Any]],
    chosen: str,
    *,
    shown: int = OWN_SHOWN,
) -> dict[str, Any]:
    """The choices for linking a belief: {"own", "own_more", "themes"}. `own` holds the
    person's beliefs ({"value", "text", "starter"}, in their order) and the chosen one, the
    rest wait in `own_more`; then the starters not yet theirs, by theme (see
    `starters_by_theme`). Values are form values: an id, or "starter:<key>"."""
    first = list(own[:shown])
    more = list(own[shown:])
    picked = next((b for b in more if b["value"] == chosen), None)
    if picked is not None:
        more.remove(picked)
        first.append(picked)
    taken = {b["starter"] for b in own if b["starter"]}
    return {"own": first, "own_more": more, "themes": starters_by_theme(themes, taken, chosen)}


def starters_by_theme(
    themes: Sequence[Mapping[str, Any]],
    taken: Iterable[str],
    chosen: str,
    *,
    prefix: str = "starter:",
) -> list[dict[str, Any]]:
    """The starters not `taken` (already the person's), by theme, each theme with
    {"starters": [{"value", "text"}], "open"}: open when it holds the `chosen` value
    (`prefix` + the starter's key); a theme left empty is dropped."""
    have = set(taken)
    grouped = []
    for theme in themes:
        starters = [
            {"value": f"{prefix}{s['key']}", "text": s["text"]}
            for s in theme["starters"]
            if s["key"] not in have
        ]
        if starters:
            is_open = any(s["value"] == chosen for s in starters)
            grouped.append({**theme, "starters": starters, "open": is_open})
    return grouped
