"""What every parser shares: the records' shape, the problems, local times, safe zips.

A record is a dict:
    {"kind": "entry", "occurred_at": aware datetime, "text": str, "mood": 1-10 or None,
     "tags": [str], "activities": [str], "source_id": str,
     "wall": naive ISO time, only where the file stores no zone}
    {"kind": "thought_record", "occurred_at": aware datetime, "automatic_thought": str,
     "evidence_against": str, "balanced_thought": str, "distortions": [code],
     "source_id": str}
`source_id` is what the source itself names the record by (a uuid, or date, time and title);
the fingerprint that keeps imports idempotent is made from it and the text.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

MAX_BYTES = 50 * 1024 * 1024  # the largest file we take: 50 MB
MAX_UNZIPPED = 200 * 1024 * 1024  # what a zip may hold once opened, all files together
MAX_MEMBERS = 20_000  # files in one zip
MAX_RATIO = 200  # a file that grows more than 200 times when opened is a zip bomb


class ImportProblem(Exception):
    """The file cannot be imported; `message` says why in plain words."""

    def __init__(self, message: str, *, too_large: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.too_large = too_large


@dataclass
class Parsed:
    """What a parser recognised: the records, what it left out and why, and whether the
    times came without a zone (so the person's chosen zone was used)."""

    source: str
    records: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    needs_zone: bool = False
    media: list[str] = field(default_factory=list)  # photos and other files named, not kept
    moods_unplaced: list[str] = field(default_factory=list)  # mood names with no known level

    def skip(self, where: str, why: str) -> None:
        self.skipped.append({"where": where, "why": why})


def size_check(data: bytes) -> None:
    """Refuse a file over MAX_BYTES before anything reads it."""
    if len(data) > MAX_BYTES:
        raise ImportProblem(
            f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB, the most we can take.",
            too_large=True,
        )
    if not data.strip():
        raise ImportProblem("The file is empty.")


def text_of(data: bytes) -> str:
    """The file as text: UTF-8, with or without a byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportProblem(
            "The file is not plain text (UTF-8). Is it the right file for this app?"
        ) from error


def local_time(naive: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A wall-clock time in `zone` as an aware time.

    A time that never happened (the hour skipped when clocks go forward) moves forward by
    the gap, as a clock would show it; a time that happened twice (clocks going back) is
    the first of the two.
    """
    # fold=0 reads a skipped time with the offset before the change, which lands it after
    # the gap, and a repeated one as the first of the two (PEP 495)
    return naive.replace(tzinfo=zone, fold=0).astimezone(dt.UTC).astimezone(zone)


def utc_time(value: str) -> dt.datetime:
    """An ISO 8601 time with `Z` or an offset, as an aware time; ValueError otherwise."""
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("no zone")
    return parsed


def zip_open(data: bytes) -> dict[str, bytes]:
    """The files in a zip, by name, after checking it is whole, safe and not a bomb."""
    if not data.startswith(b"PK"):
        raise ImportProblem("The file is not a zip file. This app exports a zip.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        raise ImportProblem(
            "The zip file is broken or cut short. Try exporting it again."
        ) from error
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ImportProblem(f"The zip holds more than {MAX_MEMBERS} files.")
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/") or ":" in name:
            raise ImportProblem(
                "The zip holds a file whose name points outside it. We did not open it."
            )
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNZIPPED or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise ImportProblem(
                "The zip would grow far too large when opened (a zip bomb). We did not open it."
            )
    files: dict[str, bytes] = {}
    read = 0
    try:
        for info in infos:
            if info.is_dir():
                continue
            with archive.open(info) as member:
                content = member.read(info.file_size + 1)
            read += len(content)
            if len(content) > info.file_size or read > MAX_UNZIPPED:
                raise ImportProblem(
                    "The zip would grow far too large when opened (a zip bomb). We did not open it."
                )
            files[info.filename] = content
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as error:
        raise ImportProblem(
            "The zip file is broken or cut short. Try exporting it again."
        ) from error
    return files


def json_of(data: bytes, *, what: str) -> Any:
    """The file's JSON, or a problem saying it is not (well-formed) JSON."""
    text = text_of(data)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportProblem(
            f"The file is not well-formed JSON (line {error.lineno}), "
            f"so it is not a whole {what} export. Try exporting it again."
        ) from error


def dated_items(
    items: Iterable[Any], *, parsed: Parsed, label: str, what: str, date_key: str
) -> Iterator[tuple[int, str, dict[str, Any], dt.datetime]]:
    """(number, where, item, when) for each item of an app's list that is a dict with a readable UTC
    time under `date_key`; the others are noted in `parsed` as skipped, saying why
    ("{label} {number}": "it is not {what}", or its date could not be read)."""
    for number, item in enumerate(items, start=1):
        where = f"{label} {number}"
        if not isinstance(item, dict):
            parsed.skip(where, f"it is not {what}")
            continue
        try:
            when = utc_time(str(item.get(date_key, "")))
        except ValueError:
            parsed.skip(where, "its date could not be read")
            continue
        yield number, where, item, when
