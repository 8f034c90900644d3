"""What thought records keep: records, core beliefs, and each belief's ratings over time.

Everything the person writes is one sealed JSON body per row (situation, thoughts, evidence,
the balanced thought, which feelings they named, a belief's words). Plain are only numbers
and fixed-list codes the review needs without a key: distortion codes, the mean intensity
before and after, the step reached, dates, and believability ratings.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


class CoreBelief(SealedModel):
    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {"text", "starter": key or ""}
    rating = models.PositiveSmallIntegerField(default=50)  # believability now, 0-100
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"core belief of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("thoughts:belief", args=[self.pk])


class BeliefRating(models.Model):
    """One believability rating, so the chart can show how a belief loosens over time."""

    belief = models.ForeignKey(CoreBelief, on_delete=models.CASCADE, related_name="ratings")
    rating = models.PositiveSmallIntegerField()
    rated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["belief", "rated_at"])]

    def __str__(self) -> str:
        return f"rating {self.rating} of belief {self.belief_id}"


class ThoughtRecord(SealedModel):
    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON, see progress.empty_body
    distortions = models.JSONField(default=list, blank=True)  # codes from distortions.json
    before_mean = models.FloatField(null=True, blank=True)  # paired feelings, 0-100
    after_mean = models.FloatField(null=True, blank=True)
    steps_done = models.JSONField(default=list, blank=True)  # step keys from steps.json
    complete = models.BooleanField(default=False)
    core_belief = models.ForeignKey(
        CoreBelief, null=True, blank=True, on_delete=models.SET_NULL, related_name="records"
    )
    entry = models.ForeignKey(
        "journal.Entry", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # "2026-11" on the person's own clock, kept so monthly averages group in SQL quickly
    month = models.CharField(max_length=7, blank=True, default="")
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["owner", "-created_at"]),
            models.Index(fields=["core_belief", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"thought record of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("thoughts:record", args=[self.pk])

    def save(self, *args, **kwargs):
        month = timezone.localtime(self.created_at).strftime("%Y-%m")
        if month != self.month:
            self.month = month
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = [*kwargs["update_fields"], "month"]
        super().save(*args, **kwargs)

    @property
    def drop(self) -> float | None:
        if self.before_mean is None or self.after_mean is None:
            return None
        return round(self.before_mean - self.after_mean, 1)
