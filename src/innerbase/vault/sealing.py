"""How apps store what people write: explicit seal and open with the request's data key."""

import json
import uuid
from typing import ClassVar

from django.conf import settings
from django.db import models

from innerbase.vault import crypto


class SealedModel(models.Model):
    """Base for rows that hold a person's writing.

    Rows get a UUID key at creation, so the key and the owner can be bound into each
    ciphertext before the row is first saved.
    """

    # The sealed fields that hold JSON (seal_json); other sealed fields hold text. Export and
    # import read this to give a person their words back in the shape they were written.
    sealed_json: ClassVar[tuple[str, ...]] = ()

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True

    def sealed_context(self, field: str) -> str:
        """Associated data for one field of this row."""
        return self.context_for(self.pk, self.owner_id, field)

    @classmethod
    def context_for(cls, pk, owner_id, field: str) -> str:
        """The same associated data, for code that opens many rows from `values_list` at once
        (search) without building model instances."""
        return f"{cls._meta.label_lower}:{field}:{pk}:owner:{owner_id}"

    def seal_text(self, data_key: bytes, field: str, text: str) -> None:
        """Encrypt `text` into the binary field `field`."""
        blob = crypto.seal(data_key, text.encode("utf-8"), self.sealed_context(field))
        setattr(self, field, blob)

    def open_text(self, data_key: bytes, field: str) -> str:
        """Decrypt the binary field `field`; an empty field reads as ''."""
        blob = getattr(self, field)
        if not blob:
            return ""
        return crypto.open_sealed(data_key, blob, self.sealed_context(field)).decode("utf-8")

    def seal_json(self, data_key: bytes, field: str, value) -> None:
        """Encrypt a JSON-serialisable value into `field`."""
        self.seal_text(data_key, field, json.dumps(value, ensure_ascii=False))

    def open_json(self, data_key: bytes, field: str, default=None):
        """Decrypt a JSON value from `field`, or return `default` when empty."""
        text = self.open_text(data_key, field)
        return json.loads(text) if text else default
