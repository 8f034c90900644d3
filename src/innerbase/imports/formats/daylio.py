"""Daylio's CSV export, in each of its known column layouts (mapped by name), and (a zip)
its `.daylio` backup, read in daylio_backup.py.

Rows hold wall-clock times without a zone: the zone the person chose places them. A mood
is the mood's display name; the five built-in levels map to 1-10 by MOODS (linear,
rounded: awful 1, bad 3, meh 6, good 8, rad 10). A custom mood's level is not in the CSV,
so it is never guessed: its name is listed, and the entry keeps no mood unless the person
says which of the five it is like (LEVELS, in the preview). Activities are
joined by " | " and may hold commas, slashes and emoji themselves; each is trimmed.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from zoneinfo import ZoneInfo

from innerbase.imports.formats import daylio_backup
from innerbase.imports.formats.common import ImportProblem, Parsed, local_time, size_check, text_of

MOODS = {"awful": 1, "bad": 3, "meh": 6, "good": 8, "rad": 10}
LEVELS = tuple(MOODS)  # Daylio's five groups, worst first
LAYOUTS = (
    ("year", "date", "weekday", "time", "mood", "activities", "note"),  # 2018
    ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "scales", "note_title", "note"),
)
_MONTH_NAMES = "january february march april may june july august september october november"
MONTHS = {name: n for n, name in enumerate(f"{_MONTH_NAMES} december".split(), start=1)}


def _clock(value: str) -> tuple[int, int]:
    found = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*([aApP]\.?[mM]\.?)?\s*", value)
    if not found:
        raise ValueError(value)
    hour, minute = int(found.group(1)), int(found.group(2))
    half = (found.group(3) or "").lower().replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(value)
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(value)
    return hour, minute


def _day(row: dict[str, str]) -> dt.date:
    if row.get("full_date"):
        return dt.date.fromisoformat(row["full_date"].strip())
    # the 2018 layout: a year and an English "June 21" or "21 June" (other languages fail)
    words = re.findall(r"[A-Za-z]+|\d+", row.get("date", ""))
    month = next(MONTHS[w.lower()] for w in words if w.lower() in MONTHS)
    day = next(int(w) for w in words if w.isdigit())
    return dt.date(int(row["year"]), month, day)


def _note(value: str) -> str:
    value = re.sub(r"<br\s*/?>", "\n", value or "", flags=re.IGNORECASE)
    return html.unescape(re.sub(r"</?[a-zA-Z][^>]*>", "", value)).strip()


def parse(data: bytes, *, zone: ZoneInfo) -> Parsed:
    size_check(data)
    if data.startswith(b"PK"):  # a .daylio backup
        return daylio_backup.parse(data)
    text = text_of(data)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        raise ImportProblem(
            f"The CSV file is malformed ({error}). Try exporting it again."
        ) from error
    if not rows:
        raise ImportProblem("The CSV file is empty.")
    header = tuple(name.strip().lower() for name in rows[0])
    has_date = "full_date" in header or {"year", "date"} <= set(header)
    if not (has_date and {"time", "mood"} <= set(header)):
        raise ImportProblem(
            "This CSV is not in a Daylio layout we know. Its columns are: "
            + ", ".join(header[:10])
            + ". A Daylio export starts with full_date,date,weekday,time,mood."
        )
    parsed = Parsed(source="daylio", needs_zone=True)
    unplaced: set[str] = set()
    for number, cells in enumerate(rows[1:], start=2):
        where = f"row {number}"
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            parsed.skip(where, f"it has {len(cells)} fields, not {len(header)}")
            continue
        row = dict(zip(header, cells, strict=True))
        try:
            hour, minute = _clock(row["time"])
            naive = dt.datetime.combine(_day(row), dt.time(hour, minute))
        except (ValueError, KeyError, StopIteration):
            parsed.skip(where, "its date or time could not be read")
            continue
        mood_name = row["mood"].strip()
        mood = MOODS.get(mood_name.lower())
        if mood is None and mood_name:
            unplaced.add(mood_name)
        title, note = _note(row.get("note_title", "")), _note(row.get("note", ""))
        text = f"{title}\n{note}" if title and note else title or note
        activities = [a.strip() for a in (row.get("activities") or "").split(" | ") if a.strip()]
        if row.get("scales", "").strip():
            scales = [s.replace("\xa0", " ").strip() for s in row["scales"].split(" | ")]
            text = "\n".join(part for part in (text, *scales) if part)
        parsed.records.append(
            {
                "kind": "entry",
                "occurred_at": local_time(naive, zone),
                "wall": naive.isoformat(),
                "text": text,
                "mood": mood,
                "mood_name": mood_name if mood is None else "",  # a custom mood, to ask about
                "tags": [],
                "activities": activities,
                "source_id": f"{naive:%Y-%m-%d %H:%M}|{mood_name}",
            }
        )
    parsed.moods_unplaced = sorted(unplaced)
    parsed.records.sort(key=lambda r: r["occurred_at"])  # Daylio writes newest first
    if not parsed.records and not parsed.skipped:
        raise ImportProblem("This Daylio export holds no entries.")
    return parsed
