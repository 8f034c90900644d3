"""Owner-scoped reads of Learn: which lessons a person read and where they stopped, the path
they follow (chosen, or suggested by their latest ECR-R) and their progress along it, the
next lesson for Today, and the lessons' reflection prompts for the journal."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from innerbase.assessments import selectors as assessments
from innerbase.core.owned import owned
from innerbase.learn import content
from innerbase.learn.lessons import Lesson, next_unread, path_for_region
from innerbase.learn.models import LessonReading, ReadingPath

PROMPT_PREFIX = "lesson-"
# How far back a lesson's reflection asks the person to look (the journal's prompt weights:
# a looking-back or childhood prompt opens with the journal's grounding step).
WEIGHT_OF = {"grief": "looking-back", "childhood": "childhood", "abuse": "looking-back"}


def lesson_url(code: str) -> str:
    return reverse("learn:lesson", args=[code])


def reflection_prompts() -> list[dict]:
    """Each lesson's reflection as a journal prompt (registry.prompt_register)."""
    return [
        {
            "id": f"{PROMPT_PREFIX}{lesson.code}",
            "text": lesson.prompt,
            "weight": WEIGHT_OF.get(lesson.sensitive, "light"),
            "stage": "lesson",
            "lesson_url": lesson_url(lesson.code),
        }
        for lesson in content.lessons()
    ]


def readings(*, user) -> dict[str, LessonReading]:
    """The person's reading of each lesson they opened, by lesson code."""
    return {reading.lesson: reading for reading in owned(LessonReading, user=user)}


def read_codes(*, user) -> set[str]:
    return set(
        owned(LessonReading, user=user).exclude(read_at=None).values_list("lesson", flat=True)
    )


def reading_of(*, user, code: str) -> LessonReading | None:
    return owned(LessonReading, user=user).filter(lesson=code).first()


def path_followed(*, user) -> dict:
    """The path the person follows: {"code", "how"}, where how is "chosen" (they picked it),
    "suggested" (from their latest ECR-R) or "default" (no questionnaire yet)."""
    chosen = owned(ReadingPath, user=user).values_list("path", flat=True).first()
    if chosen in content.paths_by_code():
        return {"code": chosen, "how": "chosen"}
    region = assessments.latest_category(user=user, code="ecr-r")
    code = path_for_region(region, content.path_by_region(), content.default_path())
    return {"code": code, "how": "suggested" if region else "default"}


def path_progress(*, path: str, read: set[str]) -> dict:
    """A path's lessons with whether each was read, how many were, and the next one."""
    ordered = content.lessons_on(path)
    return {
        "path": content.paths_by_code()[path],
        "lessons": [{"lesson": lesson, "read": lesson.code in read} for lesson in ordered],
        "read": sum(lesson.code in read for lesson in ordered),
        "total": len(ordered),
        "next": next_unread(ordered, read),
    }


def finished_today(*, user, day: dt.date | None = None) -> bool:
    """Whether the person finished a lesson on this (local) day."""
    day = day or timezone.localdate()
    start = timezone.make_aware(dt.datetime.combine(day, dt.time.min))
    end = start + dt.timedelta(days=1)
    return owned(LessonReading, user=user).filter(read_at__gte=start, read_at__lt=end).exists()


def next_for_today(*, user) -> Lesson | None:
    """The next unread lesson on the person's path, at most one a day: None once they finished
    a lesson today, or when the path is all read."""
    if finished_today(user=user):
        return None
    followed = path_followed(user=user)
    return next_unread(content.lessons_on(followed["code"]), read_codes(user=user))
