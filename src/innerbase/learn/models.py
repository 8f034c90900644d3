"""What Learn keeps: how far a person got in each lesson they opened (the block where they
stopped, and when they finished it) and the path they follow. Only lesson and path codes,
which are ours, and times: nothing the person writes is kept here, so nothing is sealed."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class LessonReading(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lesson = models.CharField(max_length=60)  # a lesson's code (content/lessons/<code>.md)
    # The paragraph (counted from 0) at the top of the screen when the person last scrolled:
    # a place in the text rather than in pixels, so it holds on another screen size.
    place = models.PositiveSmallIntegerField(default=0)
    started_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)  # when they said they had read it

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "lesson"], name="learn_one_reading_a_lesson")
        ]
        indexes = [models.Index(fields=["owner", "-read_at"])]

    def __str__(self) -> str:
        return f"{self.lesson} reading of user {self.owner_id}"


class ReadingPath(models.Model):
    """The path a person chose; without one, the path follows their latest ECR-R."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    path = models.CharField(max_length=30)  # a path's code (content/paths.json)
    chosen_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.path} path of user {self.owner_id}"
