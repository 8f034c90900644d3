"""Thought records' lines in the sealed search index, and matching them against a query.

A line holds, after the id and the moment it was started (core/lines.py), the record's words:
every answer, the feelings' labels and the traps' labels, each casefolded and kept apart, so
a query matches inside one of them as it always has. Pure: no Django import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from innerbase.core import lines
from innerbase.thoughts import content
from innerbase.thoughts.progress import TEXT_FIELDS


def words_of(body: dict[str, Any], codes: list[str], feelings: Mapping[str, str]) -> list[str]:
    """What a search looks in: the answers, the feelings named (by their labels in
    `feelings`, the journal's vocabulary) and the traps spotted."""
    labels = content.distortions_by_code()
    words = [str(body.get(field, "")) for field in TEXT_FIELDS]
    words += [feelings.get(e.get("name"), "") for e in body.get("emotions", [])]
    words += [labels[code]["label"] for code in codes if code in labels]
    return words


def line_for(
    record_id: object,
    created_at: dt.datetime,
    body: dict[str, Any],
    codes: list[str],
    feelings: Mapping[str, str],
) -> str:
    words = words_of(body, codes, feelings)
    return lines.line(
        record_id, created_at, lines.ITEM.join(lines.clean(w).casefold() for w in words)
    )


def matching(found_lines: Iterable[str], query: str) -> list[str]:
    """Ids of the records whose words contain `query` (any case), newest first."""
    return lines.with_words(found_lines, lines.clean(query).casefold().strip())
