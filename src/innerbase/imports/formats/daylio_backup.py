"""Daylio's `.daylio` backup: a zip holding `backup.daylio` (standard base64 of the JSON)
and `assets/`. Unlike the CSV it keeps each entry's moment (`datetime`, UTC epoch ms) and
each custom mood's group (`mood_group_id` 1, best, to 5, worst), so nothing is assumed:
no zone, no guessed level. Photos in `assets/` are counted and named, not kept.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import html
import json
import re
from typing import Any

from innerbase.imports.formats.common import ImportProblem, Parsed, zip_open

# Daylio's groups to 1-10, by the CSV's table (group 1 is rad, 5 is awful)
GROUP_MOOD: dict[Any, int] = {1: 10, 2: 8, 3: 6, 4: 3, 5: 1}


def _note(value: Any) -> str:
    text = re.sub(r"<br\s*/?>", "\n", str(value or ""), flags=re.IGNORECASE)
    return html.unescape(re.sub(r"</?[a-zA-Z][^>]*>", "", text)).strip()


def _document(files: dict[str, bytes]) -> dict[str, Any]:
    name = next((n for n in files if n.rsplit("/", 1)[-1] == "backup.daylio"), None)
    if name is None:
        raise ImportProblem("This zip is not a Daylio backup: it has no backup.daylio inside.")
    raw = files[name].strip()
    try:
        doc = json.loads(base64.b64decode(raw, validate=True))
    except (binascii.Error, ValueError):
        try:
            doc = json.loads(raw)
        except ValueError as error:
            raise ImportProblem("This Daylio backup is broken. Try making it again.") from error
    if not isinstance(doc, dict) or not isinstance(doc.get("dayEntries"), list):
        raise ImportProblem("This Daylio backup has no entries we can read.")
    return doc


def parse(data: bytes) -> Parsed:
    files = zip_open(data)
    doc = _document(files)
    moods = {
        m.get("id"): GROUP_MOOD.get(m.get("mood_group_id"))
        for m in doc.get("customMoods") or []
        if isinstance(m, dict)
    }
    tags = {t.get("id"): str(t.get("name", "")).strip() for t in doc.get("tags") or []}
    parsed = Parsed(source="daylio")
    parsed.media = sorted(
        n.rsplit("/", 1)[-1] for n in files if "/assets/" in f"/{n}" and not n.endswith("/")
    )
    for number, item in enumerate(doc["dayEntries"], start=1):
        where = f"entry {number}"
        if not isinstance(item, dict):
            parsed.skip(where, "it is not an entry")
            continue
        try:
            when = dt.datetime.fromtimestamp(int(item["datetime"]) / 1000, tz=dt.UTC)
        except (KeyError, TypeError, ValueError, OverflowError, OSError):
            parsed.skip(where, "its date could not be read")
            continue
        title, note = _note(item.get("note_title")), _note(item.get("note"))
        parsed.records.append(
            {
                "kind": "entry",
                "occurred_at": when,
                "text": f"{title}\n{note}" if title and note else title or note,
                "mood": moods.get(item.get("mood")),
                "mood_name": "",
                "tags": [],
                "activities": [tags[t] for t in item.get("tags") or [] if tags.get(t)],
                "source_id": str(item.get("id", f"{when.isoformat()}|{number}")),
            }
        )
    parsed.records.sort(key=lambda r: r["occurred_at"])
    if not parsed.records and not parsed.skipped:
        raise ImportProblem("This Daylio backup holds no entries.")
    return parsed
