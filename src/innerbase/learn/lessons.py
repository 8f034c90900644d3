"""Lessons as files: a Markdown body under YAML front matter (code, title, why, minutes,
patterns, paths, covers, prompt, try, sources; `sensitive` where a lesson touches grief,
childhood or abuse). Reading them, counting their words, and walking a path through them.
Pure: no Django import."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

WORDS_A_MINUTE = 200
PATTERNS = ("any", "anxious", "avoidant", "fearful", "secure")
SENSITIVE = ("grief", "childhood", "abuse")
_FRONT = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
_BLOCK_MARK = re.compile(r"^\s*(?:#+|[-*+]|\d+[.)])\s+", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


@dataclass(frozen=True)
class Source:
    cite: str  # "Bowlby 1980": the short form docs/CONTENT.md lists
    text: str  # the full reference
    supports: str  # what it supports in the lesson, in plain words


@dataclass(frozen=True)
class TryIt:
    label: str
    url: str  # a URL name ("toolkit:exercise")
    args: tuple[str, ...] = ()
    query: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Lesson:
    code: str
    title: str
    why: str
    minutes: int
    patterns: tuple[str, ...]
    paths: Mapping[str, int]  # path code -> position on it (1 is first)
    covers: tuple[str, ...]  # the rows of the path table it teaches ("A1")
    prompt: str
    try_it: TryIt
    sources: tuple[Source, ...]
    body: str  # Markdown
    sensitive: str = ""

    @property
    def words(self) -> int:
        return words_in(self.body)


class LessonFileError(ValueError):
    """A lesson file that does not follow the format (a maintainer's mistake, not a person's)."""


def lesson_from(text: str) -> Lesson:
    """The lesson in a file's text."""
    found = _FRONT.match(text.replace("\r\n", "\n"))
    if not found:
        raise LessonFileError("no front matter between --- lines")
    meta: dict[str, Any] = yaml.safe_load(found.group(1)) or {}
    try:
        given = meta["try"]
        return Lesson(
            code=str(meta["code"]),
            title=str(meta["title"]),
            why=str(meta["why"]),
            minutes=int(meta["minutes"]),
            patterns=tuple(meta["patterns"]),
            paths={str(k): int(v) for k, v in (meta.get("paths") or {}).items()},
            covers=tuple(meta["covers"]),
            prompt=str(meta["prompt"]),
            try_it=TryIt(
                label=str(given["label"]),
                url=str(given["url"]),
                args=tuple(str(a) for a in given.get("args") or ()),
                query={str(k): str(v) for k, v in (given.get("query") or {}).items()},
            ),
            sources=tuple(Source(s["cite"], s["text"], s["supports"]) for s in meta["sources"]),
            body=found.group(2).strip() + "\n",
            sensitive=str(meta.get("sensitive") or ""),
        )
    except (KeyError, TypeError) as missing:
        raise LessonFileError(f"front matter: {missing}") from missing


def plain_blocks(body: str) -> list[str]:
    """The body's paragraphs, list items and headings as plain text, in order."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", body):
        # a list item or a heading is a block of its own, even without a blank line before it
        for line in re.split(r"\n(?=\s*(?:[-*+]|#+|\d+[.)])\s)", chunk):
            text = _LINK.sub(r"\1", _BLOCK_MARK.sub("", line))
            text = " ".join(re.sub(r"[*_`>]", "", text).split())
            if text:
                blocks.append(text)
    return blocks


def words_in(body: str) -> int:
    return sum(len(block.split()) for block in plain_blocks(body))


def minutes_for(words: int) -> int:
    """Reading time at WORDS_A_MINUTE, to the nearest minute, at least one."""
    return max(1, round(words / WORDS_A_MINUTE))


def on_path(lessons: Iterable[Lesson], path: str) -> list[Lesson]:
    """The lessons of `path`, in their order along it."""
    return sorted(
        (lesson for lesson in lessons if path in lesson.paths),
        key=lambda lesson: lesson.paths[path],
    )


def next_unread(ordered: list[Lesson], read: set[str]) -> Lesson | None:
    """The first lesson along a path not yet read, or None when all are."""
    return next((lesson for lesson in ordered if lesson.code not in read), None)


def path_for_region(region: str | None, by_region: Mapping[str, str], default: str) -> str:
    """The path suggested for a plane region of the ECR-R (or `default` without one)."""
    return by_region.get(region or "", default)
