"""What the assessments capability keeps: takes of a questionnaire.

Answers are sealed with the person's data key (they are the person's own words, in numbers).
Finished scores are kept plain as numbers so charts and the history need no decryption; the
answers stay the source of truth and can be re-scored if a key is ever corrected.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


class Take(SealedModel):
    sealed_json = ("answers", "extra")

    code = models.CharField(max_length=16)  # an instrument file's code
    target = models.CharField(max_length=16, blank=True)  # ECR-RS: mother, father, partner, friend
    # ECR-RS: which person in the people list the take is about, when the person says
    person = models.ForeignKey(
        "people.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answers = models.BinaryField(default=b"")  # sealed JSON {item key: published numeric code}
    # sealed JSON: the unscored closing question's answer and the stop rule's distress check
    extra = models.BinaryField(default=b"")
    position = models.PositiveSmallIntegerField(default=0)  # where to resume (item index)
    started_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)
    scores = models.JSONField(default=dict, blank=True)  # {subscale key: float}, when complete
    category = models.CharField(max_length=32, blank=True)  # region or band, when complete

    class Meta:
        indexes = [models.Index(fields=["owner", "code", "-started_at"])]

    def __str__(self) -> str:
        return f"{self.code} take of user {self.owner_id}"

    @property
    def complete(self) -> bool:
        return self.completed_at is not None

    def get_absolute_url(self) -> str:
        if self.complete:
            return reverse("assessments:result", args=[self.pk])
        return reverse("assessments:take", args=[self.pk])
