"""The ladder templates, read from content/ladders.json (written here; sources in
docs/CONTENT.md). Pure: no Django import."""

from functools import cache
from typing import Any, cast

from innerbase.core import content_files

load = content_files.loader(__file__)

# The patterns a template can be written for (the plan's words for the four regions).
PATTERNS = ("anxious", "avoidant", "fearful-avoidant", "secure")


def templates() -> list[dict[str, Any]]:
    """Every template: {code, name, patterns, why, steps}, in the file's order."""
    return cast(list[dict[str, Any]], load("ladders")["ladders"])


@cache
def templates_by_code() -> dict[str, dict[str, Any]]:
    return {template["code"]: template for template in templates()}


def template(code: str) -> dict[str, Any] | None:
    """One template by its code, or None for a code we don't have."""
    return templates_by_code().get(code)
