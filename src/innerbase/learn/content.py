"""The lessons (content/lessons/*.md), the paths and the page words (content/paths.json), and
the guide to therapy (content/therapy.json), read once per process; written here, sources in
docs/CONTENT.md. Pure: no Django import."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from innerbase.core import content_files
from innerbase.core.markdown import render_markdown
from innerbase.learn.lessons import Lesson, lesson_from, on_path

LESSONS = Path(__file__).parent / "content" / "lessons"
load = content_files.loader(__file__)


@cache
def lessons() -> tuple[Lesson, ...]:
    """Every lesson, in the order of the shelves (the index's order)."""
    found = {lesson.code: lesson for lesson in map(_read, sorted(LESSONS.glob("*.md")))}
    order = [code for shelf in shelves() for code in shelf["lessons"]]
    return tuple(found[code] for code in order if code in found) + tuple(
        lesson for code, lesson in found.items() if code not in order
    )


def _read(path: Path) -> Lesson:
    return lesson_from(path.read_text(encoding="utf-8"))


@cache
def by_code() -> dict[str, Lesson]:
    return {lesson.code: lesson for lesson in lessons()}


@cache
def html_of(code: str) -> str:
    """A lesson's body as HTML (rendered once per process: the files never change while it
    runs)."""
    return render_markdown(by_code()[code].body)


def words() -> dict[str, Any]:
    """The page words: everything in paths.json but the paths and shelves."""
    return {k: v for k, v in load("paths").items() if k not in {"paths", "shelves"}}


def paths() -> list[dict[str, Any]]:
    """Each path ({"code", "title", "who", "regions"}), in the order offered."""
    return list(load("paths")["paths"])


def paths_by_code() -> dict[str, dict[str, Any]]:
    return {path["code"]: path for path in paths()}


def path_by_region() -> dict[str, str]:
    """ECR-R plane region -> the path suggested for it."""
    return {region: path["code"] for path in paths() for region in path.get("regions", [])}


def default_path() -> str:
    return str(load("paths")["default_path"])


def shelves() -> list[dict[str, Any]]:
    """The index's groups of lessons: {"title", "lessons": [codes]}."""
    return list(load("paths")["shelves"])


def lessons_on(path: str) -> list[Lesson]:
    return on_path(lessons(), path)


def therapy() -> dict[str, Any]:
    return load("therapy")


def countries() -> dict[str, dict[str, Any]]:
    """Country code -> {"note", "entries"} of places to find a therapist there."""
    return dict(therapy()["directories"])


def stale_directory_entries(today: dt.date) -> list[str]:
    """ "Country: name" of every directory entry last checked longer ago than the file allows
    (entries never checked count too: they are the first to check)."""
    days = int(therapy()["stale_after_days"])
    overdue = []
    for country, listing in countries().items():
        for entry in listing["entries"]:
            checked = entry.get("last_verified")
            if not checked or (today - dt.date.fromisoformat(checked)).days > days:
                overdue.append(f"{country}: {entry['name']}")
    return overdue
