"""What every app shares in the database: the sealed search index."""

from django.db import models

from innerbase.vault.sealing import SealedModel


class SearchChunk(SealedModel):
    """A sealed search index over one month of one kind of row (`scope`: "journal" entries,
    "thoughts" records), by the UTC month of the row's moment.

    Searching ten years means reading every row; decrypting 11,000 entries one by one costs
    about half a second, while 120 monthly chunks of plain lines open in a few milliseconds.
    A chunk holds nothing its rows do not, is rebuilt from them whenever the counts or the
    line format disagree, and is only ever opened with the person's own key.
    """

    scope = models.CharField(max_length=16)  # which app's rows, see core.search.Scope
    month = models.CharField(max_length=7)  # "2026-11"
    entries = models.PositiveIntegerField(default=0)  # lines in the chunk
    version = models.PositiveSmallIntegerField(default=1)  # of the scope's line format
    data = models.BinaryField(default=b"")  # sealed lines, see core/lines.py

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "scope", "month"], name="one_search_chunk_per_scope_and_month"
            )
        ]

    def __str__(self) -> str:
        return f"{self.scope} search index {self.month} of user {self.owner_id}"
