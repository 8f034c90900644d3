"""The formats by source code, the names people see, and whether a zone must be assumed."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from innerbase.imports.formats import daylio, dayone, freecbt, innerbase, jrnl
from innerbase.imports.formats.common import Parsed

PARSERS: dict[str, Callable[..., Parsed]] = {
    "jrnl": jrnl.parse,
    "daylio": daylio.parse,
    "dayone": dayone.parse,
    "freecbt": freecbt.parse,
    "innerbase": innerbase.parse,
}
NAMES = {
    "jrnl": "jrnl (JSON export or journal file)",
    "daylio": "Daylio (CSV export or .daylio backup)",
    "dayone": "Day One (JSON export zip)",
    "freecbt": "FreeCBT (JSON export)",
    "innerbase": "Innerbase (its own export, locked or plain)",
}


def parse(source: str, data: bytes, *, zone: ZoneInfo, password: str = "") -> Parsed:
    """The file read as `source` (a key of PARSERS); `password` opens an encrypted jrnl
    journal and is never kept."""
    if source == "jrnl":
        return jrnl.parse(data, zone=zone, password=password)
    if source == "innerbase":
        return innerbase.parse(data, zone=zone, password=password)
    return PARSERS[source](data, zone=zone)
