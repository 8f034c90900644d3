"""Clause-level co-occurrence: warning signs built from word classes, not from phrase lists.

A method word means little alone ("pills", "the bridge"); with a time, a count, a preparatory
verb or a thought about it, in the same sentence, it is a plan, a method or preparation. The
word classes and the combinations live in the "classes" and "combinations" sections of
rules.json; this module finds them. Each combination names its groups of classes: the first
group is looked for across the whole text (gated on its literals, so most texts cost nothing),
every further group only near each match of the first, inside the same sentence (or, for
scope "near", in the sentences around it), and without overlapping the words already used.
A combination found becomes an ordinary hit, judged for denials, other people's words and the
past like any other.
"""

from __future__ import annotations

import re
from typing import Any

from innerbase.safety.detect.gate import Gate, Pattern, Seen
from innerbase.safety.detect.rules import CATEGORIES, DATA, expand

# How far from the first group a partner may be: its sentence, its sentence and the next one
# ("I've chosen the day. It will be Saturday."), or any sentence nearby.
_WINDOW = {"sentence": 90, "next": 160, "near": 240}
_SENTENCE_END = re.compile(r"[.!?;\n\u2026]")


def _joined(patterns: list[str]) -> str:
    """One pattern for a class; a \\b every alternative starts with is put in front, so the
    gate's faster word-boundary scan applies (gate.Pattern)."""
    expanded = [expand(p) for p in patterns]
    if all(p.startswith("\\b") for p in expanded):
        return "\\b(?:" + "|".join(f"(?:{p[2:]})" for p in expanded) + ")"
    return "|".join(f"(?:{p})" for p in expanded)


CLASSES: dict[str, re.Pattern[str]] = {
    name: re.compile(_joined(spec["patterns"])) for name, spec in DATA["classes"].items()
}
COMBINATIONS: list[dict[str, Any]] = DATA["combinations"]


def _check(combinations: list[dict[str, Any]]) -> None:
    for combo in combinations:
        category = CATEGORIES[combo["category"]]
        if category["kind"] != combo["kind"] or (
            category["level"] != combo["level"] and not combo.get("level_exception")
        ):
            raise ValueError(f"combination {combo['id']} differs from its category")
        for group in combo["groups"]:
            unknown = set(group) - set(CLASSES)
            if unknown:
                raise ValueError(f"unknown class {sorted(unknown)} in {combo['id']}")


_check(COMBINATIONS)
# Every class that opens a combination, scanned once as a gated pattern, and what it opens.
OPENERS = sorted({name for combo in COMBINATIONS for name in combo["groups"][0]})
_OPENS = {name: [combo for combo in COMBINATIONS if name in combo["groups"][0]] for name in OPENERS}
FIRST_GATE = Gate(
    [
        Pattern(index, _joined(DATA["classes"][name]["patterns"]))
        for index, name in enumerate(OPENERS)
    ]
)


def _bounds(canon: str, start: int, end: int, scope: str) -> tuple[int, int]:
    """Where partners of a match at [start, end) may be (see _WINDOW)."""
    width = _WINDOW[scope]
    lo, hi = max(0, start - width), min(len(canon), end + width)
    if scope == "near":
        return lo, hi
    before = [m.end() for m in _SENTENCE_END.finditer(canon, lo, start)]
    after = _SENTENCE_END.search(canon, end, hi)
    if after is not None and scope == "next":
        after = _SENTENCE_END.search(canon, after.end() + 1, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def _partner(
    regex: re.Pattern[str], canon: str, lo: int, hi: int, used: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The match of `regex` in canon[lo:hi] nearest the first words used, and not inside them."""
    best = None
    centre = used[0][0]
    for m in regex.finditer(canon, lo, hi):
        # A partner may contain words already used ("keeping my pills aside"), not lie inside them.
        if m.end() > m.start() and not any(a <= m.start() and m.end() <= b for a, b in used):
            if best is None or abs(m.start() - centre) < abs(best.start() - centre):
                best = m
    return best


def _complete(combo: dict[str, Any], canon: str, first: re.Match[str]) -> tuple[int, int] | None:
    """The span covering `first` and one partner from each further group, if all are there."""
    used = [first.span()]
    lo, hi = _bounds(canon, first.start(), first.end(), combo.get("scope", "sentence"))
    for group in combo["groups"][1:]:
        tried = (_partner(CLASSES[name], canon, lo, hi, used) for name in group)
        found = [m for m in tried if m is not None]
        if not found:
            return None
        nearest = min(found, key=lambda m: abs(m.start() - first.start()))
        used.append(nearest.span())
    return min(a for a, _ in used), max(b for _, b in used)


def combinations(
    canon: str, gated: bool = True, seen: Seen | None = None
) -> list[tuple[dict[str, Any], int, int]]:
    """(combination, start, end) for every combination found in the canonical text."""
    out: list[tuple[dict[str, Any], int, int]] = []
    done: set[tuple[str, int, int]] = set()
    for pattern in FIRST_GATE.candidates(canon, gated, seen):
        firsts = list(pattern.finditer(canon, seen if gated else None))
        for combo in _OPENS[OPENERS[pattern.owner]]:
            for first in firsts:
                span = _complete(combo, canon, first)
                if span is not None and (combo["id"], *span) not in done:
                    done.add((combo["id"], *span))
                    out.append((combo, *span))
    return out
