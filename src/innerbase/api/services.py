"""Bearer tokens for the API. The string a client holds is the only key to its slot."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from innerbase.api.models import ApiToken
from innerbase.vault import crypto, keyring
from innerbase.vault.crypto import VaultError
from innerbase.vault.models import KeySlot

PREFIX = "ib1"


@transaction.atomic
def token_create(*, user, data_key: bytes) -> str:
    """Make a token with its own key slot; return the token string (shown once)."""
    slot, secret = keyring.client_slot_open(user=user, data_key=data_key, kind=KeySlot.Kind.TOKEN)
    token = ApiToken.objects.create(user=user, slot=slot, secret_digest=crypto.digest(secret))
    return f"{PREFIX}.{token.id.hex}.{secret}"


def token_authenticate(token_string: str) -> tuple | None:
    """Return (token, user, data key) for a valid token string, else None."""
    parts = token_string.split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    _prefix, token_id, secret = parts
    try:
        token = ApiToken.objects.select_related("user", "slot").get(id=token_id)
    except (ApiToken.DoesNotExist, ValidationError, ValueError):
        return None
    if not crypto.same_digest(token.secret_digest, crypto.digest(secret)):
        return None
    try:
        _slot, data_key = keyring.client_slot_unlock(
            slot_id=token.slot_id, secret=secret, kind=KeySlot.Kind.TOKEN
        )
    except VaultError:
        return None
    if not token.user.is_active:
        return None
    now = timezone.now()
    # One write a minute at most: the date is for the person's token list, not for auditing.
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(id=token.id).update(last_used_at=now)
    return token, token.user, data_key


def token_revoke(token: ApiToken) -> None:
    """Delete the token's key slot (and so the token): that string opens nothing any more."""
    keyring.client_slot_close(token.slot_id)
