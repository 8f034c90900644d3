"""What the check-ins app keeps: a person's weekly check-ins and the day they are offered.

A check-in's words (what went well, the win, next week's intention) are one sealed JSON body.
Plain are the week it is for and the five ratings (numbers 0-4 or "na" under fixed sign
codes), so the chart needs no key, and the chosen weekday and the week set aside.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


class Rhythm(models.Model):
    """When Today offers the check-in: the weekday the person chose, and the week (by its
    first day) they said "not this week" to. No row: the weekday they joined on."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    weekday = models.PositiveSmallIntegerField()  # 0 Monday … 6 Sunday
    skipped_week = models.DateField(null=True, blank=True)
    # The lighter rhythm a person may choose once their measures say they are steadier
    # (progress/graduation.py): the check-in once a month and fewer cards on Today.
    light_since = models.DateTimeField(null=True, blank=True)
    lighter_answered_at = models.DateTimeField(null=True, blank=True)  # asked once, either way

    def __str__(self) -> str:
        return f"check-in rhythm of user {self.owner_id}"


class WeeklyCheckin(SealedModel):
    sealed_json = ("body",)

    week = models.DateField()  # the week's first day, on the person's own clock
    signs = models.JSONField(default=dict, blank=True)  # {sign code: 0-4 or "na"}
    body = models.BinaryField(default=b"")  # sealed JSON {"went_well", "win", "intention"}
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "week"], name="one_weekly_checkin_a_week")
        ]
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"weekly check-in of user {self.owner_id} for {self.week}"
