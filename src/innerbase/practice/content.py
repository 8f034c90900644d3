"""The practice app's words and lists, read from content/*.json (written here; sources in
docs/CONTENT.md): the plan's parts and goals, intentions, affirmations, the setback review
and no contact. Pure: no Django import."""

from functools import cache
from typing import Any, cast

from innerbase.core import content_files

load = content_files.loader(__file__)


def plan() -> dict[str, Any]:
    return load("plan")


def parts() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], plan()["parts"])


def goals() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], plan()["goals"])


@cache
def goals_by_code() -> dict[str, dict[str, Any]]:
    return {goal["code"]: goal for goal in goals()}


def intentions() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load("intentions")["intentions"])


@cache
def intentions_by_code() -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in intentions()}


def intention_themes() -> dict[str, str]:
    return cast(dict[str, str], load("intentions")["themes"])


def affirmations() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load("affirmations")["affirmations"])


@cache
def affirmations_by_code() -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in affirmations()}


def affirmation_themes() -> dict[str, str]:
    return cast(dict[str, str], load("affirmations")["themes"])


def setback() -> dict[str, Any]:
    return load("setback")


def setback_keys() -> tuple[str, ...]:
    return tuple(step["key"] for step in setback()["steps"])


def no_contact() -> dict[str, Any]:
    return load("no_contact")


def hub() -> dict[str, Any]:
    return load("hub")
