"""Say it securely's fixed words: the builder's four parts, a plain note and a calmer start
for each kind the statement check flags, the pauses and the rehearsal timer
(content/conversations.json, written here; sources in docs/CONTENT.md). Pure: no Django."""

from typing import Any

from innerbase.core import content_files

load = content_files.loader(__file__)


def words() -> dict[str, Any]:
    return dict(load("conversations"))


def parts() -> dict[str, dict[str, str]]:
    return dict(load("conversations")["parts"])


def kinds() -> dict[str, dict[str, str]]:
    return dict(load("conversations")["kinds"])


def pauses() -> list[int]:
    """The lengths of a pause (minutes) offered for when a talk gets heated."""
    return list(load("conversations")["pauses"])


def rehearse_seconds() -> int:
    return int(load("conversations")["rehearse_seconds"])
