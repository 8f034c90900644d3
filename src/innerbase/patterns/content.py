"""The pattern review's and the early-caregivers reflection's words and lists, read from
content/*.json (written here; sources in docs/CONTENT.md). Pure: no Django import."""

from functools import cache
from typing import Any, cast

from innerbase.core import content_files

load = content_files.loader(__file__)
FLOWS = ("review", "caregivers")


def intro(flow: str) -> Any:
    return load(flow)["intro"]


def steps(flow: str) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load(flow)["steps"])


@cache
def step_keys(flow: str) -> tuple[str, ...]:
    return tuple(step["key"] for step in steps(flow))


def text_keys(flow: str) -> tuple[str, ...]:
    """The steps answered in the person's own words (the review's last step picks themes)."""
    return tuple(key for key in step_keys(flow) if key != "themes")


def step(flow: str, key: str) -> dict[str, Any]:
    """One step by its key; KeyError for an unknown key."""
    for each in steps(flow):
        if each["key"] == key:
            return each
    raise KeyError(key)


def themes() -> list[dict[str, str]]:
    return cast(list[dict[str, str]], load("themes")["themes"])


@cache
def themes_by_code() -> dict[str, dict[str, str]]:
    return {theme["code"]: theme for theme in themes()}


def own_prompt() -> str:
    return cast(str, load("themes")["own_prompt"])


def results_words() -> dict[str, str]:
    return cast(dict[str, str], load("caregivers")["results"])
