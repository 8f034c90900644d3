"""How the sealed search index writes one row as one line of text, and reads it back.

Every line starts with the row's id and its moment (microseconds since 1970, UTC), then the
app's own fields; the last field holds the casefolded words that a search looks in. Fields
and list items are separated by control characters that cannot be typed into a form field,
and the person's words are cleaned of them (and of line breaks) before they are written.
Pure: no Django import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

FIELD, ITEM = "\x1f", "\x1e"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


def clean(text: str) -> str:
    """The text with nothing in it that could end a field or a line."""
    return text.replace("\n", " ").replace("\r", " ").replace(FIELD, " ").replace(ITEM, " ")


def stamp(moment: dt.datetime) -> int:
    """A moment as whole microseconds since 1970 (exact, so lines sort like the rows)."""
    return (moment - _EPOCH) // _MICROSECOND


def month_of_stamp(value: int) -> str:
    return (_EPOCH + value * _MICROSECOND).strftime("%Y-%m")


def month_of(moment: dt.datetime) -> str:
    """The UTC month a row's line is kept in, "2026-11"."""
    return month_of_stamp(stamp(moment))


def line(item_id: object, moment: dt.datetime, *fields: str) -> str:
    """One row's line: its id, its moment, then the app's fields (words last)."""
    return FIELD.join([str(item_id), str(stamp(moment)), *fields])


def prefix(item_id: object) -> str:
    """What every line of that row starts with."""
    return f"{item_id}{FIELD}"


def id_and_stamp(text: str) -> tuple[str, int]:
    item_id, moment, _ = text.split(FIELD, 2)
    return item_id, int(moment)


def words_of(text: str) -> str:
    """The line's last field: the casefolded words."""
    return text[text.rfind(FIELD) + 1 :]


def newest_first(found: Iterable[tuple[int, str]]) -> list[str]:
    """Ids from (stamp, id) pairs, newest first."""
    return [item_id for _, item_id in sorted(found, key=lambda pair: pair[0], reverse=True)]


def with_words(lines: Iterable[str], needle: str) -> list[str]:
    """Ids of the lines whose words contain `needle` (already casefolded), newest first."""
    found = []
    for text in lines:
        if needle in text and needle in words_of(text):  # a cheap first pass over the line
            item_id, moment = id_and_stamp(text)
            found.append((moment, item_id))
    return newest_first(found)
