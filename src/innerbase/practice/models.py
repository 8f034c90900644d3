"""What the practice app keeps: the plan's choices, today's one practice, secure-behaviour
intentions, the person's own affirmations, setback reviews and no contact.

Everything the person writes is one sealed JSON body per row (an intention in their words and
how it went, an affirmation, a setback review, their reasons for no contact). Plain are only
fixed-list codes and dates the plan and the counts need without a key: goal codes, the part
offered on a day, an intention's library code and when it was kept, a setback's kind.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


class Plan(models.Model):
    """One per person: the goals they chose, what Today pins, and the pattern the plan was
    last built for (so the plan can say when a new questionnaire changed it)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    goals = models.JSONField(default=list, blank=True)  # codes from plan.json
    pattern = models.CharField(max_length=20, blank=True)  # plan_rules.PATTERNS or ""
    pattern_changed_at = models.DateTimeField(null=True, blank=True)
    # the affirmation pinned to Today: "lib:<code>" (from affirmations.json) or "own:<uuid>"
    pinned = models.CharField(max_length=48, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_practice_plan_each")]

    def __str__(self) -> str:
        return f"practice plan of user {self.owner_id}"


class PracticeDay(models.Model):
    """Which part of the plan Today offered on one day, and whether it was done or skipped."""

    DONE, SKIPPED = "done", "skipped"
    STATUSES = [("", "Offered"), (DONE, "Done"), (SKIPPED, "Not today")]

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()  # on the person's own clock
    part = models.CharField(max_length=40)  # a part code from plan.json
    offset = models.PositiveSmallIntegerField(default=0)  # "another one" taps that day
    status = models.CharField(max_length=8, choices=STATUSES, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "day"], name="one_practice_day_each")
        ]

    def __str__(self) -> str:
        return f"practice on {self.day} of user {self.owner_id}"


class Intention(SealedModel):
    """A small secure behaviour meant for one day, from the library or in the person's words."""

    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {"text": own words or "", "note"}
    code = models.CharField(max_length=40, blank=True)  # intentions.json code, "" for own
    day = models.DateField()  # the day it is meant for, on the person's own clock
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["owner", "-day"]),
            models.Index(fields=["owner", "done_at"]),
        ]

    def __str__(self) -> str:
        return f"intention of user {self.owner_id} for {self.day}"


class Affirmation(SealedModel):
    """An affirmation in the person's own words (the library's are in affirmations.json)."""

    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {"text"}
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"own affirmation of user {self.owner_id}"


class Setback(SealedModel):
    """A short guided look at a setback: what set it off, what the old pattern protected,
    what might help next time, and a kind line to self (keys in setback.json)."""

    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {step key: text}
    kind = models.CharField(max_length=20)  # a key of setback.json "kinds"
    # where it was started from: "" (the practice page), "pause" or "journal"
    source = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"setback review of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("practice:setback", args=[self.pk])


class NoContact(SealedModel):
    """No contact with an ex, when the person chooses it: their reasons, whether they count
    days, since when, and the days contact happened (dates only, kept without judgement)."""

    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {"reasons"}
    counting = models.BooleanField(default=False)
    since = models.DateField(null=True, blank=True)
    contact_days = models.JSONField(default=list, blank=True)  # ISO dates
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_no_contact_each")]

    def __str__(self) -> str:
        return f"no contact of user {self.owner_id}"
