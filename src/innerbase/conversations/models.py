"""What say it securely keeps: I-statements and hard-talk plans, each optionally about a
person in the people list.

Everything the person writes is one sealed JSON body per row: a statement's four parts, a
talk's plan, its outcome. Plain are only the link to the person (removing them keeps the
writing), the pause length chosen for when a talk gets heated, and dates.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


def _about_person() -> models.ForeignKey:
    """The person a row is about, if any: removing them keeps the row, unlinked."""
    return models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )


class Statement(SealedModel):
    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {"feel", "when", "need", "ask"}
    person = _about_person()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"I-statement of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("conversations:statement", args=[self.pk])


class Talk(SealedModel):
    """A hard talk: planned, rehearsed (any number of times), and afterwards its outcome."""

    sealed_json = ("body",)

    # sealed JSON {"want", "need", "they_feel", "opening", "heated", "come_back",
    # "how_it_went", "keep", "change"}
    body = models.BinaryField(default=b"")
    person = _about_person()
    pause_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    rehearsed_at = models.DateTimeField(null=True, blank=True)  # the last read-through
    outcome_at = models.DateTimeField(null=True, blank=True)  # None until it is logged
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"hard talk of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("conversations:talk", args=[self.pk])
