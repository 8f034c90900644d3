"""What the imports app keeps: a short-lived preview of a file, and a fingerprint per
imported record.

A preview holds the parsed records sealed (the person's words, read from their file) until
they import it or a day passes; after the import the records are wiped and only the sealed
report stays, for the report page, until the same expiry. Plain are the source code, the
time zone name, the choice for activities and the times. Nothing in a preview is the
person's journal until they import it.

A fingerprint is a keyed digest (plan.fingerprints): no text, no time, no id from the file
can be read from it without the person's data key. It only says "this was imported".
"""

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel

LIFETIME = dt.timedelta(days=1)


def _expiry() -> dt.datetime:
    return timezone.now() + LIFETIME


class ImportPreview(SealedModel):
    sealed_json = ("parsed", "report")

    source = models.CharField(max_length=16)  # a key of formats.registry.PARSERS
    time_zone = models.CharField(max_length=64)  # the zone assumed for times without one
    activities_as = models.CharField(max_length=8, default="triggers")  # or "tags"
    # sealed JSON {"records", "skipped", "needs_zone", "media", "moods_unplaced"}
    parsed = models.BinaryField(default=b"")
    report = models.BinaryField(default=b"")  # sealed JSON, once imported
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_expiry)
    committed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "expires_at"])]

    def __str__(self) -> str:
        return f"import preview of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("imports:preview", args=[self.pk])


class ImportedRecord(models.Model):
    """One record a file brought in, by its keyed fingerprint only."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    fingerprint = models.CharField(max_length=64)
    kind = models.CharField(max_length=16)  # "entry", "thought_record", "innerbase"
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "fingerprint"], name="one_import_per_record")
        ]

    def __str__(self) -> str:
        return f"imported {self.kind} of user {self.owner_id}"
