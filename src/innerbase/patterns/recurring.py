"""Recurring themes across past relationships: which themes a person tagged in two reviews or
more, how often, and in which reviews. Pure: no Django import.

A theme is a code from content/themes.json or one of the person's own words, keyed by
`own_key` so "Lost myself" and "lost  myself" count as one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

OWN = "own:"
LEAST = 2  # a theme in one review is a memory; in two or more it may be a pattern


@dataclass(frozen=True)
class Recurring:
    key: str  # a vocabulary code, or "own:" and the person's words, normalised
    count: int  # how many reviews noted it
    total: int  # how many reviews there are
    reviews: tuple[str, ...]  # the ids of the reviews that noted it, in the order given


def own_key(words: str) -> str:
    """The key of a theme in the person's own words: case and spacing do not make it new."""
    return OWN + " ".join(words.casefold().split())


def recurring_themes(
    reviews: Sequence[tuple[str, Iterable[str]]], least: int = LEAST
) -> list[Recurring]:
    """Themes noted in at least `least` of `reviews` ((id, theme keys) pairs), the most
    frequent first, ties in the order the themes first appeared. A theme tagged twice in
    one review counts once."""
    found: dict[str, list[str]] = {}
    for review_id, keys in reviews:
        for key in dict.fromkeys(keys):
            found.setdefault(key, []).append(review_id)
    total = len(reviews)
    recurring = [
        Recurring(key, len(ids), total, tuple(ids))
        for key, ids in found.items()
        if len(ids) >= least
    ]
    return sorted(recurring, key=lambda theme: -theme.count)


def sentence(count: int, total: int, noted: str) -> str:
    """ "In 3 of 4 relationships you noted fast intensity early on." (plain, never a verdict)."""
    if count == total == 2:
        return f"In both relationships you reviewed, you noted {noted}."
    if count == total:
        return f"In all {total} relationships you reviewed, you noted {noted}."
    return f"In {count} of {total} relationships you noted {noted}."
