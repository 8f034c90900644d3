"""The toolkit's exercises and words, read from content/exercises.json (written here; sources
in docs/CONTENT.md). Pure: no Django import."""

from typing import Any

from innerbase.core import content_files

load = content_files.loader(__file__)

# The calm tools that already exist in safety/ and that two exercises open instead of
# repeating their steps: the content names them by a code, this maps the code to a URL name.
CALM_TOOLS = {"breathe": "safety:breathe", "ground": "safety:ground"}


def words() -> dict[str, Any]:
    """The toolkit's page words (everything in the file but the exercises)."""
    return {k: v for k, v in load("exercises").items() if k != "exercises"}


def exercises() -> list[dict[str, Any]]:
    """Every exercise, in the library's order."""
    return list(load("exercises")["exercises"])


def by_code() -> dict[str, dict[str, Any]]:
    return {exercise["code"]: exercise for exercise in exercises()}


def codes() -> list[str]:
    return [exercise["code"] for exercise in exercises()]
