"""What trust experiments keep: ladders of small steps, and each try of a step.

Everything the person writes is one sealed JSON body per row: a ladder's name, a step's
words (a template's words are copied in when the ladder starts, so the person edits their own
copy), a try's prediction, what happened and what was learned. Plain are only the numbers
the evidence log charts without a key (distress expected and felt, how sure, whether the fear
came true), the template's code, flags and dates.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


class Ladder(SealedModel):
    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {"name"}
    template = models.CharField(max_length=40, blank=True, default="")  # a code, or "" for own
    archived = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    # the last time a try was predicted or recorded on it: the plan offers the ladder in use
    used_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["owner", "archived", "-used_at"])]

    def __str__(self) -> str:
        return f"ladder of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("experiments:ladder", args=[self.pk])


class Step(SealedModel):
    sealed_json = ("body",)

    ladder = models.ForeignKey(Ladder, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField()  # 1 is the easiest
    body = models.BinaryField(default=b"")  # sealed JSON {"text"}
    # The person said they are ready to climb on from it: their call, never worked out.
    ready = models.BooleanField(default=False)
    ready_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["ladder", "order"])]

    def __str__(self) -> str:
        return f"step {self.order} of ladder {self.ladder_id}"


class Try(SealedModel):
    """One go at a step: made by the prediction, completed later by the outcome."""

    sealed_json = ("body",)

    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="tries")
    body = models.BinaryField(default=b"")  # sealed JSON {"prediction", "outcome", "learned"}
    predicted_distress = models.PositiveSmallIntegerField()  # 0-100
    confidence = models.PositiveSmallIntegerField()  # how sure of the prediction, 0-100
    actual_distress = models.PositiveSmallIntegerField(null=True, blank=True)  # 0-100
    feared_outcome_happened = models.BooleanField(null=True, blank=True)
    predicted_at = models.DateTimeField(default=timezone.now)
    recorded_at = models.DateTimeField(null=True, blank=True)  # None until the outcome

    class Meta:
        indexes = [
            models.Index(fields=["step", "predicted_at"]),
            models.Index(fields=["owner", "recorded_at"]),
        ]

    def __str__(self) -> str:
        return f"try of step {self.step_id}"
