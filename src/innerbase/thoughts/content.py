"""The thought record's words and lists, read from content/*.json (written here; sources in
docs/CONTENT.md). Pure: no Django import."""

from functools import cache
from typing import Any, cast

from innerbase.core import content_files

load = content_files.loader(__file__)


def steps() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load("steps")["steps"])


@cache
def step_keys() -> tuple[str, ...]:
    return tuple(step["key"] for step in steps())


def step(key: str) -> dict[str, Any]:
    """One step by its key; KeyError for an unknown key."""
    for each in steps():
        if each["key"] == key:
            return each
    raise KeyError(key)


def distortions() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load("distortions")["distortions"])


@cache
def distortions_by_code() -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in distortions()}


def starter_beliefs() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load("core_beliefs")["beliefs"])


@cache
def starter_beliefs_by_key() -> dict[str, dict[str, Any]]:
    return {belief["key"]: belief for belief in starter_beliefs()}


def trap_groups() -> list[dict[str, Any]]:
    """The traps in a few plain groups (content/trap_groups.json), each with its items."""
    by_code = distortions_by_code()
    return [
        {"key": g["key"], "title": g["title"], "items": [by_code[c] for c in g["codes"]]}
        for g in load("trap_groups")["groups"]
    ]


def starter_themes() -> list[dict[str, Any]]:
    """The starter beliefs by theme (content/belief_themes.json), each with its starters."""
    by_key = starter_beliefs_by_key()
    return [
        {"key": t["key"], "title": t["title"], "starters": [by_key[k] for k in t["starters"]]}
        for t in load("belief_themes")["themes"]
    ]
