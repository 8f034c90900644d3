"""What the pattern tools keep: one review per past relationship, and the early-caregivers
reflection.

Everything the person writes is one sealed JSON body per row (a review's title, its answers,
its own themes and the stop rule's ratings). Plain are only the theme codes from
content/themes.json, the steps reached, the link to a person in the people list, and dates.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


class Review(SealedModel):
    """A look back at one past relationship, one step per screen."""

    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON, see services.empty_body
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

    body = models.BinaryField(default=b"")  # sealed JSON, see services.empty_body
    steps_done = models.JSONField(default=list, blank=True)  # step keys from caregivers.json
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"caregivers reflection of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("patterns:reflection", args=[self.pk])
