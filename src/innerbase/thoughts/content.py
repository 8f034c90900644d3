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


def distortion_groups() -> list[dict[str, Any]]:
    """The taxonomy in two groups: thinking traps first, then attachment traps."""
    return [
        {
            "kind": "distortion",
            "title": "Thinking traps",
            "items": [d for d in distortions() if d["kind"] == "distortion"],
        },
        {
            "kind": "attachment-trap",
            "title": "Attachment traps",
            "items": [d for d in distortions() if d["kind"] == "attachment-trap"],
        },
    ]


def starter_beliefs() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load("core_beliefs")["beliefs"])


@cache
def starter_beliefs_by_key() -> dict[str, dict[str, Any]]:
    return {belief["key"]: belief for belief in starter_beliefs()}
