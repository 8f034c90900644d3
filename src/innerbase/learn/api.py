"""The Learn API: the lessons (filtered by pattern or path) with whether you read each, one
lesson with its HTML and front matter, the paths with your progress, saying you read a lesson
or where you stopped, choosing a path, and the guide to therapy for a country.

An unknown lesson code is a 404; an unknown pattern, path or country is a 422 naming it."""

import datetime as dt

from django.http import Http404
from ninja import Router, Schema
from pydantic import StrictInt

from innerbase.core.api import ERRORS, refuse
from innerbase.learn import content, selectors, services
from innerbase.learn.lessons import PATTERNS, Lesson
from innerbase.learn.views.pages import reflect_url, try_it_url
from innerbase.learn.views.therapy import country_names

router = Router(tags=["learn"])


class SourceOut(Schema):
    cite: str
    text: str
    supports: str


class TryOut(Schema):
    label: str
    url: str  # the page of the tool it opens


class LessonOut(Schema):
    code: str
    title: str
    why: str
    minutes: int
    patterns: list[str]
    paths: dict[str, int]  # path code -> position on it
    sensitive: str  # "grief", "childhood", "abuse" or ""
    url: str
    read_at: dt.datetime | None  # when you said you read it
    place: int  # the paragraph you reached (0 when not opened)


class LessonFull(LessonOut):
    prompt: str
    reflect_url: str  # the journal, opened with the prompt
    try_it: TryOut
    sources: list[SourceOut]
    covers: list[str]
    html: str


class PathOut(Schema):
    code: str
    title: str
    description: str
    lessons: list[str]  # codes, in order
    read: int
    total: int
    next: str | None  # the next lesson to read, or None when all are read
    followed: bool
    how: str | None  # for the one you follow: "chosen", "suggested" or "default"


class PathIn(Schema):
    path: str


class PlaceIn(Schema):
    place: StrictInt


def _lesson_or_404(code: str) -> Lesson:
    lesson = content.by_code().get(code)
    if lesson is None:
        raise Http404("No such lesson")
    return lesson


def _out(lesson: Lesson, readings: dict) -> dict:
    reading = readings.get(lesson.code)
    return {
        "code": lesson.code,
        "title": lesson.title,
        "why": lesson.why,
        "minutes": lesson.minutes,
        "patterns": list(lesson.patterns),
        "paths": dict(lesson.paths),
        "sensitive": lesson.sensitive,
        "url": selectors.lesson_url(lesson.code),
        "read_at": reading.read_at if reading else None,
        "place": reading.place if reading else 0,
    }


def _full(lesson: Lesson, readings: dict) -> dict:
    return {
        **_out(lesson, readings),
        "prompt": lesson.prompt,
        "reflect_url": reflect_url(lesson),
        "try_it": {"label": lesson.try_it.label, "url": try_it_url(lesson)},
        "sources": [vars(source) for source in lesson.sources],
        "covers": list(lesson.covers),
        "html": content.html_of(lesson.code),
    }


@router.get("/lessons", response={200: list[LessonOut], **ERRORS})
def lessons(request, pattern: str = "", path: str = ""):
    """Every lesson in the index's order; `pattern` keeps those that speak to a pattern (and
    those for anyone), `path` gives one path's lessons in its order."""
    if pattern and pattern not in PATTERNS:
        refuse("pattern", f"Give pattern as one of: {', '.join(PATTERNS)}.", where="query")
    if path and path not in content.paths_by_code():
        refuse("path", "There is no such path. The list is at GET /api/v1/paths.", where="query")
    shown = content.lessons_on(path) if path else list(content.lessons())
    if pattern:
        shown = [one for one in shown if pattern in one.patterns or "any" in one.patterns]
    readings = selectors.readings(user=request.user)
    return [_out(lesson, readings) for lesson in shown]


@router.get("/lessons/{code}", response={200: LessonFull, **ERRORS})
def lesson(request, code: str):
    """One lesson: its front matter, its body as HTML, and how far you got."""
    shown = _lesson_or_404(code)
    return _full(shown, selectors.readings(user=request.user))


@router.post("/lessons/{code}/read", response={200: LessonOut, **ERRORS})
def lesson_read(request, code: str):
    """Say you read the lesson (the first time you said so is kept)."""
    shown = _lesson_or_404(code)
    services.lesson_read(user=request.user, code=code)
    return _out(shown, selectors.readings(user=request.user))


@router.post("/lessons/{code}/place", response={200: LessonOut, **ERRORS})
def lesson_place(request, code: str, payload: PlaceIn):
    """Keep the paragraph you reached (counted from 0), so the lesson opens there next time."""
    shown = _lesson_or_404(code)
    if not 0 <= payload.place <= services.MAX_PLACE:
        refuse("place", f"Give place as a whole number from 0 to {services.MAX_PLACE}.")
    services.reading_place_save(user=request.user, code=code, place=payload.place)
    return _out(shown, selectors.readings(user=request.user))


def _paths(user) -> list[dict]:
    read = selectors.read_codes(user=user)
    followed = selectors.path_followed(user=user)
    result = []
    for path in content.paths():
        progress = selectors.path_progress(path=path["code"], read=read)
        is_followed = path["code"] == followed["code"]
        result.append(
            {
                "code": path["code"],
                "title": path["title"],
                "description": path["who"],
                "lessons": [row["lesson"].code for row in progress["lessons"]],
                "read": progress["read"],
                "total": progress["total"],
                "next": progress["next"].code if progress["next"] else None,
                "followed": is_followed,
                "how": followed["how"] if is_followed else None,
            }
        )
    return result


@router.get("/paths", response={200: list[PathOut], **ERRORS})
def paths(request):
    """Every path with your progress; `followed` marks the one on Today."""
    return _paths(request.user)


@router.put("/paths/followed", response={200: list[PathOut], **ERRORS})
def path_follow(request, payload: PathIn):
    """Follow another path (instead of the one your latest ECR-R suggests)."""
    if payload.path not in content.paths_by_code():
        refuse("path", "There is no such path. The list is at GET /api/v1/paths.")
    services.path_choose(user=request.user, code=payload.path)
    return _paths(request.user)


class DirectoryEntry(Schema):
    name: str
    kind: str
    what: str
    url: str
    url_label: str
    sources: list[str]
    last_verified: str | None
    status: str


class Directory(Schema):
    country: str
    name: str
    note: str
    entries: list[DirectoryEntry]


class Therapy(Schema):
    code: str
    name: str
    what: str
    suits: str
    evidence: str
    limits: str
    sources: list[SourceOut]


class TherapyGuide(Schema):
    intro: str
    therapies: list[Therapy]
    first_session: dict
    good_fit: dict
    support_groups: dict
    directory: Directory | None  # the country asked for; None without one
    elsewhere: str  # what to do in a country the guide does not list
    countries: dict[str, str]  # every country listed: code -> name


@router.get("/therapy-guide", response={200: TherapyGuide, **ERRORS})
def therapy_guide(request, country: str = ""):
    """The guide to therapy; `country` (an ISO 3166 code from `countries`) adds where to find
    a qualified therapist there."""
    names = country_names()
    code = country.strip().upper()
    if code and code not in names:
        refuse("country", "Give country as one of the codes in `countries`.", where="query")
    guide = content.therapy()
    listing = content.countries().get(code)
    return {
        **{key: guide[key] for key in ("intro", "therapies", "first_session", "good_fit")},
        "support_groups": guide["support_groups"],
        "directory": {"country": code, "name": names[code], **listing} if listing else None,
        "elsewhere": guide["elsewhere"]["intro"],
        "countries": names,
    }
