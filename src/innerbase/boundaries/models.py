"""What the boundaries app keeps: a person's boundaries and the log of times each was kept
or crossed.

Everything the person writes is one sealed JSON body per row (the boundary, the need behind
it, how they'll say it, what they'll do if it is crossed; a log entry's note and feelings).
Plain are only the dates the Today card and the counts need without a key (the revisit day,
when it was retired, the day a log entry is about), a log entry's outcome code, and the
library example a boundary started from.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


class Boundary(SealedModel):
    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {"boundary", "need", "say", "if_crossed"}
    # who it is with; removing the person keeps the boundary (see people/views/people.py)
    person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    example = models.CharField(max_length=40, blank=True)  # boundaries.json example code or ""
    revisit_on = models.DateField()  # on the person's own clock
    revisited_on = models.DateField(null=True, blank=True)  # the last time it was read again
    retired_on = models.DateField(null=True, blank=True)  # let go: off Today, kept to read
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["owner", "-created_at"]),
            models.Index(fields=["owner", "retired_on", "revisit_on"]),
        ]

    def __str__(self) -> str:
        return f"boundary of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("boundaries:boundary", args=[self.pk])


class BoundaryLog(SealedModel):
    """One time the boundary came up: kept or crossed, on a day, and how it felt."""

    KEPT, CROSSED = "kept", "crossed"
    OUTCOMES = [(KEPT, "Kept"), (CROSSED, "Crossed")]

    sealed_json = ("body",)

    boundary = models.ForeignKey(Boundary, on_delete=models.CASCADE, related_name="log")
    body = models.BinaryField(default=b"")  # sealed JSON {"note", "feelings": [codes]}
    outcome = models.CharField(max_length=8, choices=OUTCOMES)
    day = models.DateField()  # the day it happened, on the person's own clock
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["boundary", "-day"])]

    def __str__(self) -> str:
        return f"boundary log of user {self.owner_id} on {self.day}"
