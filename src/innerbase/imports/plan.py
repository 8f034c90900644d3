"""From parsed records to what the preview shows and the commit saves. Pure: no Django.

- `to_json`/`from_json`: the records as JSON for the sealed preview row, and back.
- `placed`: the records' times in another zone (those the file gave without one).
- `shaped`: a record as the owning app's batch service takes it; Daylio's activities become
  the entry's triggers, or a last line of the text ("Activities: a, b"), as chosen.
- `fingerprints`: one keyed digest per record, so a second import of the same file adds
  nothing (see docs/SECURITY.md).
- `summary`: counts by kind, the date range and three samples, for the preview.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from typing import Any
from zoneinfo import ZoneInfo

from innerbase.imports.formats.common import local_time
from innerbase.imports.formats.daylio import MOODS

SAMPLE_CHARS = 200
ACTIVITIES_AS = ("triggers", "tags")


def to_json(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for record in records:
        row = dict(record)
        if isinstance(row.get("occurred_at"), dt.datetime):
            row["occurred_at"] = row["occurred_at"].isoformat()
        out.append(row)
    return out


def from_json(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        record = dict(row)
        if isinstance(record.get("occurred_at"), str):
            record["occurred_at"] = dt.datetime.fromisoformat(record["occurred_at"])
        out.append(record)
    return out


def placed(records: list[dict[str, Any]], zone: ZoneInfo) -> list[dict[str, Any]]:
    """The records with each wall-clock time (`wall`) read in `zone`; others unchanged."""
    out = []
    for record in records:
        if record.get("wall"):
            record = {
                **record,
                "occurred_at": local_time(dt.datetime.fromisoformat(record["wall"]), zone),
            }
        out.append(record)
    return out


def _text_with(text: str, label: str, names: list[str], *, unless_there: bool = False) -> str:
    """`text` with a last line naming `names`; with `unless_there`, a #tag or @tag the text
    holds already as a word of its own is left out (jrnl writes its tags in the text)."""
    found = set(re.findall(r"(?<!\S)[#@][-+*#/\w]+", text.lower())) if unless_there else set()
    missing = [name for name in names if name.lower() not in found]
    if not missing:
        return text
    line = f"{label}: " + ", ".join(missing)
    return f"{text}\n\n{line}" if text else line


def shaped(
    record: dict[str, Any],
    *,
    activities_as: str = "triggers",
    mood_levels: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The record as its app's batch service takes it (see registry.Importer);
    `mood_levels` gives a custom Daylio mood the level the person chose for it."""
    if record["kind"] != "entry":
        return record
    mood = record.get("mood")
    level = (mood_levels or {}).get(record.get("mood_name") or "")
    if mood is None and level in MOODS:
        mood = MOODS[level]
    tags = list(record.get("tags") or [])
    text = _text_with(record.get("text", ""), "Tags", tags, unless_there=True)
    triggers: list[str] = []
    activities = list(record.get("activities") or [])
    if activities_as == "triggers":
        triggers = activities
    else:
        text = _text_with(text, "Activities", activities)
    return {
        "kind": "entry",
        "occurred_at": record["occurred_at"],
        "text": text,
        "mood": mood,
        "triggers": triggers,
    }


def _words(record: dict[str, Any]) -> str:
    if record["kind"] == "innerbase":
        return json.dumps(record["rows"], sort_keys=True, ensure_ascii=False)
    if record["kind"] == "thought_record":
        parts = [record.get(k, "") for k in ("automatic_thought", "evidence_against")]
        return "\n".join([*parts, record.get("balanced_thought", ""), *record["distortions"]])
    return "\n".join(
        [record.get("text", ""), *(record.get("tags") or []), *(record.get("activities") or [])]
        + [str(record.get("mood"))]
    )


def fingerprints(records: list[dict[str, Any]], *, source: str, key: bytes) -> list[str]:
    """A keyed digest per record: HMAC-SHA256 under `key` of the source, the kind, the
    source's own id and the record's words. Records alike in all of these (two empty Daylio
    rows in the same minute) are told apart by how many came before, so none is merged."""
    seen: dict[str, int] = {}
    out = []
    for record in records:
        message = "\x1f".join(
            [source, record["kind"], str(record.get("source_id", "")), _words(record)]
        )
        digest = hmac.new(key, b"import-fingerprint\x00" + message.encode(), hashlib.sha256)
        first = digest.hexdigest()
        seen[first] = seen.get(first, 0) + 1
        if seen[first] > 1:
            first = hashlib.sha256(f"{first}:{seen[first]}".encode()).hexdigest()
        out.append(first)
    return out


def texts_of(record: dict[str, Any]) -> list[str]:
    """The free text in a shaped record, for the crisis screen."""
    if record["kind"] == "thought_record":
        return [record.get(k, "") for k in ("automatic_thought", "evidence_against")] + [
            record.get("balanced_thought", "")
        ]
    if record["kind"] == "entry":
        return [record.get("text", ""), *record.get("triggers", [])]
    return []


def _sample(record: dict[str, Any]) -> dict[str, Any]:
    if record["kind"] == "thought_record":
        text = record.get("automatic_thought") or record.get("balanced_thought") or ""
    else:
        text = record.get("text", "")
    cut = text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS].rstrip() + "…"
    return {
        "kind": record["kind"],
        "occurred_at": record["occurred_at"],
        "text": cut,
        "mood": record.get("mood"),
        "activities": list(record.get("activities") or []),
    }


def summary(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts by kind, the first and last moment, and three samples spread over the file."""
    dated = [r for r in records if isinstance(r.get("occurred_at"), dt.datetime)]
    counts: dict[str, int] = {}
    for record in records:
        counts[record["kind"]] = counts.get(record["kind"], 0) + 1
    picks: list[dict[str, Any]] = []
    if dated:
        ordered = sorted(dated, key=lambda r: r["occurred_at"])
        spots = sorted({0, len(ordered) // 2, len(ordered) - 1})
        picks = [_sample(ordered[i]) for i in spots]
    return {
        "counts": counts,
        "first": min((r["occurred_at"] for r in dated), default=None),
        "last": max((r["occurred_at"] for r in dated), default=None),
        "samples": picks,
    }
