"""Which of a person's tools helped *them* most, from their own before/after ratings. Pure:
no Django import.

The rule, said in one line on the page (`RULE`): tools are ranked by how much the person's
upset eased on average, before minus after, on a 0-10 scale. A tool rated fewer than
`ENOUGH` times is "too few to tell yet" and comes after every tool with enough ratings: two
good evenings are not yet a pattern. We chose this threshold over a shrunk mean because a
person can check it by hand ("it needs three ratings"), which a shrinkage prior cannot offer.

Ties are broken by more rated uses first (more evidence), then by the exercise code, so the
order never depends on the order the rows came in. Means are compared as exact fractions, so
a use with a drop above a tool's mean always lifts it (floating point could say "equal").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

ENOUGH = 3
RULE = (
    f"Ranked by how much your upset eased on average, from before to after. A tool needs "
    f"{ENOUGH} ratings before it is ranked with the others."
)


@dataclass(frozen=True)
class Tally:
    """A tool's rated uses: how many, and the sum of (before - after) over them."""

    code: str
    uses: int
    total_drop: int


@dataclass(frozen=True)
class Ranked:
    code: str
    uses: int
    mean_drop: Fraction  # exact; round it only to show it
    enough: bool  # ENOUGH rated uses or more; otherwise "too few to tell yet"

    @property
    def shown_drop(self) -> float:
        """The mean drop as a person reads it, to one decimal place."""
        return round(float(self.mean_drop), 1)


def tally(uses: Iterable[tuple[str, int, int]]) -> list[Tally]:
    """Tallies from (code, before, after) ratings, one per tool that has any."""
    counts: dict[str, list[int]] = {}
    for code, before, after in uses:
        kept = counts.setdefault(code, [0, 0])
        kept[0] += 1
        kept[1] += before - after
    return [Tally(code, n, total) for code, (n, total) in counts.items()]


def rank(tallies: Iterable[Tally]) -> list[Ranked]:
    """The tools, best first, by the rule above; tools with no rated use are left out."""
    ranked = [
        Ranked(t.code, t.uses, Fraction(t.total_drop, t.uses), t.uses >= ENOUGH)
        for t in tallies
        if t.uses > 0
    ]
    return sorted(ranked, key=lambda r: (not r.enough, -r.mean_drop, -r.uses, r.code))


def helped(ranked: Iterable[Ranked]) -> list[Ranked]:
    """The ranked tools that eased the person's upset on average (a drop above zero): the
    ones worth offering first in a hard moment, in the same order."""
    return [r for r in ranked if r.mean_drop > 0]
