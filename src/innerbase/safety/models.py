"""What the safety capability keeps: the safety plan, calming check-outs, pauses and answers.

Writing is sealed with the person's data key; numbers and choices from fixed lists are kept
plain so that counts ("how often urges passed") need no key.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse

from innerbase.vault.sealing import SealedModel


class SafetyPlan(SealedModel):
    """One plan per person; `sections` is sealed JSON keyed by the sections in plan.json."""

    sealed_json = ("sections",)

    sections = models.BinaryField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_safety_plan_each")]


class CalmCheckout(models.Model):
    """How a person felt after a calming tool (0-10), when they chose to say."""

    TOOLS = [("breathing", "Breathing"), ("grounding", "Grounding"), ("soothing", "Soothing")]

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    tool = models.CharField(max_length=16, choices=TOOLS)
    feeling = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.tool} check-out of user {self.owner_id}"


class Pause(SealedModel):
    """An urge the person chose to wait out before acting on it."""

    urge = models.CharField(max_length=32)  # a key from pause.json, or "own"
    own_urge = models.BinaryField(blank=True, default=b"")  # sealed, when urge == "own"
    wait_minutes = models.PositiveSmallIntegerField()
    alternative = models.CharField(max_length=32, blank=True)
    started_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    passed = models.BooleanField(null=True)  # None until the person says
    what_happened = models.BinaryField(blank=True, default=b"")  # sealed
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-started_at"])]

    def get_absolute_url(self) -> str:
        return reverse("safety:pause", args=[self.pk])


class CheckInAsked(models.Model):
    """Marks that the gentle check-in question was answered for one saved text.

    Only a keyed digest of the entry's reference is kept (see vault.crypto.keyed_digest), and
    never the answer: a stolen database must not tell which entries sounded like a crisis or
    what the person said. It is enough to never ask twice about the same entry.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    ref_digest = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "ref_digest"], name="one_check_in_per_entry")
        ]

    def __str__(self) -> str:
        return f"check-in asked of user {self.owner_id}"


class CheckInDue(SealedModel):
    """A check-in question about one saved row that is not answered yet.

    It stays until the person answers (or says they'd rather not), so the row's page still
    offers it after a reload or another day. Which row, which pages and the kind of concern
    are sealed; the keyed digest (as in CheckInAsked) finds it again; and no time is kept, so
    a stolen database cannot line it up with the entry it is about.
    """

    sealed_json = ("details",)

    ref_digest = models.CharField(max_length=64)
    details = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "ref_digest"], name="one_check_in_due_each")
        ]

    def __str__(self) -> str:
        return f"check-in due for user {self.owner_id}"
