"""What the toolkit keeps: each time a person used an exercise, and how upset they felt before
and after (0-10). Only numbers and a fixed exercise code, so they are plain: the ranking adds
them up in SQL without a key. Nothing the person writes is kept here."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class ToolUse(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    exercise = models.CharField(max_length=32)  # a code from content/exercises.json
    before = models.PositiveSmallIntegerField(null=True, blank=True)  # 0-10, optional
    after = models.PositiveSmallIntegerField(null=True, blank=True)  # 0-10, optional
    used_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["owner", "exercise"]),
            models.Index(fields=["owner", "-used_at"]),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(before__lte=10), name="toolkit_before_0_10"),
            models.CheckConstraint(condition=models.Q(after__lte=10), name="toolkit_after_0_10"),
        ]

    def __str__(self) -> str:
        return f"{self.exercise} use of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("toolkit:use", args=[self.pk])

    @property
    def counted(self) -> bool:
        """Whether the ranking counts it: only a use rated both before and after."""
        return self.before is not None and self.after is not None
