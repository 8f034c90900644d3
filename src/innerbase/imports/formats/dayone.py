"""Day One's JSON export: a zip with one `<Journal>.json` per journal and its media.

Times are UTC, so no zone is assumed. Photos, videos and audio are counted and named in
the report but not stored; their links in the text become "(photo not imported)".
Backslash escapes the rich-text editor adds before punctuation are taken out.
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo

from innerbase.imports.formats.common import (
    ImportProblem,
    Parsed,
    dated_items,
    json_of,
    size_check,
    zip_open,
)

MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*(?:(video|audio)/)?[0-9A-Za-z]+\)")
ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


def _text(raw: str) -> str:
    def media(match: re.Match[str]) -> str:
        return f"({match.group(1) or 'photo'} not imported)"

    return ESCAPED.sub(r"\1", MOMENT.sub(media, raw)).strip()


def _entries(doc: Any, journal: str, parsed: Parsed) -> None:
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        parsed.skip(journal, "it is not a Day One journal (no list of entries)")
        return
    entries = dated_items(
        doc["entries"],
        parsed=parsed,
        label=f"{journal}, entry",
        what="an entry",
        date_key="creationDate",
    )
    for number, where, item, when in entries:
        for kind in ("photos", "videos", "audios", "pdfAttachments"):
            for media in item.get(kind) or []:
                if isinstance(media, dict):
                    parsed.media.append(f"{media.get('md5', '?')}.{media.get('type', '?')}")
        text = _text(str(item.get("text") or ""))
        if not text:
            parsed.skip(where, "it has no text")
            continue
        tags = sorted({str(t) for t in item.get("tags") or [] if isinstance(t, str)})
        parsed.records.append(
            {
                "kind": "entry",
                "occurred_at": when,
                "text": text,
                "mood": None,
                "tags": tags,
                "activities": [],
                "source_id": str(item.get("uuid") or f"{when.isoformat()}|{number}"),
            }
        )


def parse(data: bytes, *, zone: ZoneInfo) -> Parsed:
    size_check(data)
    files = zip_open(data)
    journals = sorted(name for name in files if name.lower().endswith(".json"))
    if not journals:
        raise ImportProblem("This zip holds no Day One journal (no .json file in it).")
    parsed = Parsed(source="dayone")
    for name in journals:
        _entries(json_of(files[name], what="Day One"), name, parsed)
    if not parsed.records and not parsed.skipped:
        raise ImportProblem("This Day One export holds no entries.")
    parsed.records.sort(key=lambda r: r["occurred_at"])
    return parsed
