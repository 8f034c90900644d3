"""Graduation, not engagement: whether a person's measures say they are steadier, reliably
and for a while, so Innerbase can say so and offer a lighter rhythm. Pure: no Django import.

The rule, in the issue's words: a questionnaire (the ECR-R, or the GAD-7) shows reliable
improvement that has held over two takes, and the signs of healing have been steady for
eight weeks. Here that is:
- improvement held: the latest two takes of one questionnaire each show a reliable
  improvement (Jacobson-Truax) on at least one scale against the person's first take, and
  neither shows a reliable worsening on any scale;
- signs steady: of the last eight weeks, at least six have a weekly check-in, every one of
  them rates the signs at 2 of 4 ("somewhat") or more on average, and the later four weeks
  average no more than half a point below the earlier four.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

WEEKS = 8
WEEKS_NEEDED = 6
STEADY = 2.0  # the average sign rating, 0-4, a steady week reaches
LARGEST_DIP = 0.5


@dataclass(frozen=True)
class Verdict:
    ready: bool
    held: str | None  # the questionnaire whose improvement held, when one did
    signs_steady: bool
    reasons: tuple[str, ...]  # what is not there yet, in plain words (empty when ready)


def improvement_held(verdicts_by_take: Sequence[Mapping[str, str | None]]) -> bool:
    """`verdicts_by_take`: for each take after the first, oldest first, the reliable-change
    verdict per scale against the first take ("reliable improvement", "reliable worsening",
    "no reliable change", or None where a scale has no basis)."""
    if len(verdicts_by_take) < 2:
        return False
    latest = verdicts_by_take[-2:]
    return all(
        "reliable improvement" in take.values() and "reliable worsening" not in take.values()
        for take in latest
    )


def signs_steady(weekly_means: Sequence[float | None]) -> bool:
    """`weekly_means`: the average sign rating (0-4) of each of the last WEEKS weeks, oldest
    first, None for a week with no check-in (or with every sign marked "doesn't apply")."""
    missing: list[float | None] = [None] * max(0, WEEKS - len(weekly_means))
    weeks = missing + list(weekly_means)[-WEEKS:]
    rated = [m for m in weeks if m is not None]
    if len(rated) < WEEKS_NEEDED or min(rated) < STEADY:
        return False
    early = [m for m in weeks[: WEEKS // 2] if m is not None]
    late = [m for m in weeks[WEEKS // 2 :] if m is not None]
    if not early or not late:
        return False
    return sum(late) / len(late) >= sum(early) / len(early) - LARGEST_DIP


def verdict(
    *, takes: Mapping[str, Sequence[Mapping[str, str | None]]], weekly_means: Sequence[float | None]
) -> Verdict:
    """Whether to say the person is steadier: `takes` maps a questionnaire code to its
    verdicts (see improvement_held), `weekly_means` the signs (see signs_steady)."""
    held = next((code for code, found in takes.items() if improvement_held(found)), None)
    steady = signs_steady(weekly_means)
    reasons = []
    if held is None:
        reasons.append("A questionnaire has not yet shown a reliable improvement twice in a row.")
    if not steady:
        reasons.append("The signs of healing have not yet been steady for eight weeks.")
    return Verdict(
        ready=held is not None and steady, held=held, signs_steady=steady, reasons=tuple(reasons)
    )
