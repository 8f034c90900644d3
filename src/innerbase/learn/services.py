"""Writes of Learn: where a person stopped in a lesson, that they read it, and the path they
chose. Codes are checked here too, so nothing but a real lesson or path is ever stored."""

from django.db import transaction
from django.utils import timezone

from innerbase.learn import content
from innerbase.learn.models import LessonReading, ReadingPath

MAX_PLACE = 500  # more paragraphs than any lesson has; a larger place is cut to it


def _lesson(code: str) -> None:
    if code not in content.by_code():
        raise ValueError(f"no lesson {code!r}")


@transaction.atomic
def reading_place_save(*, user, code: str, place: int) -> LessonReading:
    """Keep the paragraph the person reached (opening a lesson starts its reading)."""
    _lesson(code)
    reading, _ = LessonReading.objects.select_for_update().get_or_create(owner=user, lesson=code)
    reading.place = max(0, min(int(place), MAX_PLACE))
    reading.save(update_fields=["place"])
    return reading


@transaction.atomic
def lesson_read(*, user, code: str) -> LessonReading:
    """The person says they read the lesson: kept once, with the first time they said so."""
    _lesson(code)
    reading, _ = LessonReading.objects.select_for_update().get_or_create(owner=user, lesson=code)
    if reading.read_at is None:
        reading.read_at = timezone.now()
        reading.save(update_fields=["read_at"])
    return reading


@transaction.atomic
def path_choose(*, user, code: str) -> ReadingPath:
    """Follow path `code` from now on (instead of the one the questionnaire suggests)."""
    if code not in content.paths_by_code():
        raise ValueError(f"no path {code!r}")
    chosen, _ = ReadingPath.objects.update_or_create(
        owner=user, defaults={"path": code, "chosen_at": timezone.now()}
    )
    return chosen
