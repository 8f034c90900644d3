"""The boundaries' words, feelings and example library, read from content/boundaries.json
(written here; sources in docs/CONTENT.md). Pure: no Django import."""

from typing import Any

from innerbase.core import content_files

load = content_files.loader(__file__)

WORD_FIELDS = ("boundary", "need", "say", "if_crossed")  # the sealed words of a boundary


def words() -> dict[str, Any]:
    """The page words (everything in the file but the themes and their examples)."""
    return {k: v for k, v in load("boundaries").items() if k != "themes"}


def themes() -> list[dict[str, Any]]:
    """Each theme with its examples, in the library's order."""
    return list(load("boundaries")["themes"])


def examples_by_code() -> dict[str, dict[str, Any]]:
    return {example["code"]: example for theme in themes() for example in theme["examples"]}


def outcomes() -> dict[str, str]:
    return dict(load("boundaries")["outcomes"])


def feelings() -> dict[str, str]:
    return dict(load("boundaries")["feelings"])
