"""API tokens: each carries its own key slot, so the token string alone opens the data key."""

import uuid

from django.conf import settings
from django.db import models

from innerbase.vault.models import KeySlot


class ApiToken(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    # Deleting the slot (logout of all devices, passphrase change) deletes the token too.
    slot = models.OneToOneField(KeySlot, on_delete=models.CASCADE, related_name="api_token")
    secret_digest = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"API token {self.id} of user {self.user_id}"
