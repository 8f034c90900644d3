"""What the pattern tools keep: one review per past relationship, and the early-caregivers
reflection.

Everything the person writes is one sealed JSON body per row (a review's title, its answers,
its own themes and the stop rule's ratings). Plain are only the theme codes from
content/themes.json, the steps reached, the link to a person in the people list, and dates.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.patterns import content
from innerbase.vault.sealing import SealedModel


class Review(SealedModel):
    """A look back at one past relationship, one step per screen."""

    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON, see empty_body below
    themes = models.JSONField(default=list, blank=True)  # codes from themes.json
    steps_done = models.JSONField(default=list, blank=True)  # step keys from review.json
    person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"pattern review of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("patterns:review", args=[self.pk])


class CaregiverReflection(SealedModel):
    """A gentle look at the people who raised the person, one step per screen."""

    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON, see empty_body below
    steps_done = models.JSONField(default=list, blank=True)  # step keys from caregivers.json
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"caregivers reflection of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("patterns:reflection", args=[self.pk])


# the two kinds of row that go one step per screen
Row = Review | CaregiverReflection


def flow_of(row: Row) -> str:
    return "review" if isinstance(row, Review) else "caregivers"


def empty_body(flow: str) -> dict:
    """A row's body before anything is written: every answer empty, no distress check (the
    stop rule's {"before", "after"}, see core/distress.py); a review also has a title and
    the person's own themes."""
    body: dict = {"answers": dict.fromkeys(content.text_keys(flow), ""), "distress": {}}
    if flow == "review":
        body |= {"title": "", "own_themes": []}
    return body


def opened_body(row: Row, data_key: bytes) -> dict:
    """The row's sealed body with every field present (older or partial bodies filled in)."""
    return {**empty_body(flow_of(row)), **row.open_json(data_key, "body", default={})}
