"""jrnl: its JSON export (`jrnl --export json`) and its plain-text journal file.

Both hold wall-clock times without a zone: the zone the person chose places them. The
source id is date, time and title, as jrnl itself tells entries apart; equal times are kept
as separate entries, never merged.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from innerbase.imports.formats import jrnl_crypto
from innerbase.imports.formats.common import (
    ImportProblem,
    Parsed,
    json_of,
    local_time,
    size_check,
    text_of,
)

HEADER = re.compile(r"(?:^|\n)\[([^\]\n]+)\] ?([^\n]*)")
TIME_FORMATS = (
    "%Y-%m-%d %I:%M:%S %p",  # jrnl's default, %F %r
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d",
)


def _entry(
    naive: dt.datetime, title: str, body: str, zone: ZoneInfo, tags: list[str]
) -> dict[str, Any]:
    title, body = title.strip(), body.strip()
    text = f"{title}\n{body}" if body else title
    return {
        "kind": "entry",
        "occurred_at": local_time(naive, zone),
        "wall": naive.isoformat(),  # the time as written, to place again in another zone
        "text": text,
        "mood": None,
        "tags": tags,
        "activities": [],
        "source_id": f"{naive:%Y-%m-%d %H:%M}|{title}",
    }


def parse_json(data: bytes, *, zone: ZoneInfo) -> Parsed:
    size_check(data)
    doc = json_of(data, what="jrnl")
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ImportProblem("This JSON is not a jrnl export: it has no list of entries.")
    parsed = Parsed(source="jrnl", needs_zone=True)
    for number, item in enumerate(doc["entries"], start=1):
        where = f"entry {number}"
        if not isinstance(item, dict):
            parsed.skip(where, "it is not an entry")
            continue
        try:
            naive = dt.datetime.strptime(
                f"{item.get('date', '')} {item.get('time') or '00:00'}", "%Y-%m-%d %H:%M"
            )
        except (ValueError, TypeError):
            parsed.skip(where, "its date or time could not be read")
            continue
        title, body = str(item.get("title") or ""), str(item.get("body") or "")
        if not (title.strip() or body.strip()):
            parsed.skip(where, "it is empty")
            continue
        tags = sorted({str(t) for t in item.get("tags") or [] if isinstance(t, str)})
        parsed.records.append(_entry(naive, title, body, zone, tags))
    if not parsed.records and not parsed.skipped:
        raise ImportProblem("This jrnl export holds no entries.")
    return parsed


def _when(text: str) -> dt.datetime | None:
    if len(text) <= 6:  # jrnl never reads so short a bracket as a date
        return None
    for form in TIME_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), form)
        except ValueError:
            continue
    return None


def parse_text(data: bytes, *, zone: ZoneInfo) -> Parsed:
    size_check(data)
    text = text_of(data).replace("\r\n", "\n")
    if "\x00" in text:
        raise ImportProblem("The file is not plain text. Is it the right file for this app?")
    heads = [(m, _when(m.group(1))) for m in HEADER.finditer(text)]
    heads = [(m, when) for m, when in heads if when is not None]
    if not heads:
        raise ImportProblem(
            "No jrnl entries were found: a jrnl journal has lines such as "
            "'[2025-01-04 11:40:00 PM] A title'."
        )
    parsed = Parsed(source="jrnl", needs_zone=True)
    if text[: heads[0][0].start()].strip():
        parsed.skip("the start of the file", "text before the first dated line")
    for index, (match, when) in enumerate(heads):
        assert when is not None
        end = heads[index + 1][0].start() if index + 1 < len(heads) else len(text)
        title = match.group(2).rstrip()
        if title.endswith(" *"):
            title = title[:-2]
        body = text[match.end() : end]
        tags = sorted(set(re.findall(r"(?<!\S)([#@][-+*#/\w]+)", f"{title} {body}".lower())))
        if not (title.strip() or body.strip()):
            parsed.skip(f"entry {index + 1}", "it is empty")
            continue
        parsed.records.append(_entry(when, title, body, zone, tags))
    return parsed


def parse(data: bytes, *, zone: ZoneInfo, password: str = "") -> Parsed:
    """Any jrnl form, told apart by content: JSON starts with `{`; an encrypted journal
    (`JRNLv3`, `gAAAAA`, or any file when a password is given) is opened first."""
    size_check(data)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return parse_json(data, zone=zone)
    if jrnl_crypto.is_encrypted(data) or password:
        return parse_text(jrnl_crypto.opened(data, password), zone=zone)
    if data.startswith(b"PK"):
        raise ImportProblem("This is a zip file, not a jrnl journal.")
    return parse_text(data, zone=zone)
