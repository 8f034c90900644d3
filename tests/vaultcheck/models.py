from django.db import models

from innerbase.vault.sealing import SealedModel


class Note(SealedModel):
    """Something a person wrote, stored the way every capability stores writing."""

    text = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)
