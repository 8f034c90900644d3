"""The journal's words and lists, read from content/*.json (written here; sources in
docs/CONTENT.md). Pure: no Django import."""

from functools import cache
from typing import Any, cast

from innerbase.core import content_files

load = content_files.loader(__file__)


def emotion_families() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load("emotions")["families"])


@cache
def emotions() -> dict[str, str]:
    """{emotion key: label} across every family: the fixed vocabulary."""
    return {e["key"]: e["label"] for family in emotion_families() for e in family["emotions"]}


def prompts() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], load("prompts")["prompts"])


@cache
def prompts_by_id() -> dict[str, dict[str, Any]]:
    return {prompt["id"]: prompt for prompt in prompts()}


def modes() -> dict[str, Any]:
    return load("modes")
