"""Key slots: each holds the person's data key wrapped by one secret."""

import uuid

from django.conf import settings
from django.db import models


class KeySlot(models.Model):
    """The person's data key, wrapped by one passphrase, recovery key, session or token."""

    class Kind(models.TextChoices):
        PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
        RECOVERY = "recovery"
        SESSION = "session"
        TOKEN = "token"  # noqa: S105 - a slot kind, not a secret

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="key_slots"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    salt = models.BinaryField(max_length=32)
    # Argon2id parameters for passphrase slots, kept per slot so they can be raised later.
    kdf = models.JSONField(default=dict, blank=True)
    wrapped_key = models.BinaryField(max_length=128)
    # For session slots: which login session this belongs to, so it dies with it.
    session_key = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"],
                condition=models.Q(kind__in=["passphrase", "recovery"]),
                name="one_passphrase_and_one_recovery_slot",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} slot of user {self.user_id}"

    @property
    def context(self) -> str:
        """Associated data that binds the wrapped key to this slot and its owner."""
        return f"slot:{self.kind}:{self.id}:user:{self.user_id}"
