"""Create, open, re-wrap and close the key slots that guard each person's data key."""

from django.conf import settings
from django.db import transaction

from innerbase.vault import crypto
from innerbase.vault.crypto import VaultError
from innerbase.vault.models import KeySlot

Kind = KeySlot.Kind


def _kdf_params() -> dict:
    return dict(settings.VAULT_KDF)


def _passphrase_key(passphrase: str, slot: KeySlot) -> bytes:
    return crypto.derive_from_passphrase(passphrase, bytes(slot.salt), **slot.kdf)


def _secret_key(secret: bytes, slot: KeySlot) -> bytes:
    return crypto.derive_from_secret(secret, bytes(slot.salt), f"innerbase:{slot.kind}")


def _new_slot(user, kind: str, **fields) -> KeySlot:
    return KeySlot(user=user, kind=kind, salt=crypto.new_salt(), **fields)


def _store(slot: KeySlot, wrapping_key: bytes, data_key: bytes) -> KeySlot:
    slot.wrapped_key = crypto.seal(wrapping_key, data_key, slot.context)
    slot.save()
    return slot


@transaction.atomic
def vault_create(*, user, passphrase: str) -> tuple[bytes, str]:
    """Give a new person a data key guarded by their passphrase and a recovery key."""
    data_key = crypto.new_data_key()
    passphrase_slot_set(user=user, data_key=data_key, passphrase=passphrase)
    recovery_key = recovery_slot_set(user=user, data_key=data_key)
    return data_key, recovery_key


def passphrase_slot_set(*, user, data_key: bytes, passphrase: str) -> None:
    """Wrap the data key under a (new) passphrase with a fresh salt; data is not touched."""
    KeySlot.objects.filter(user=user, kind=Kind.PASSPHRASE).delete()
    slot = _new_slot(user, Kind.PASSPHRASE, kdf=_kdf_params())
    _store(slot, _passphrase_key(passphrase, slot), data_key)


def recovery_slot_set(*, user, data_key: bytes) -> str:
    """Wrap the data key under a brand-new recovery key and return that key, once."""
    KeySlot.objects.filter(user=user, kind=Kind.RECOVERY).delete()
    recovery_key = crypto.new_recovery_key()
    secret = crypto.recovery_key_bytes(recovery_key)
    assert secret is not None
    slot = _new_slot(user, Kind.RECOVERY)
    _store(slot, _secret_key(secret, slot), data_key)
    return recovery_key


def open_with_passphrase(*, user, passphrase: str) -> bytes:
    """Return the data key, or raise VaultError when the passphrase does not open it."""
    slot = KeySlot.objects.filter(user=user, kind=Kind.PASSPHRASE).first()
    if slot is None:
        raise VaultError("no passphrase slot")
    return crypto.open_sealed(
        _passphrase_key(passphrase, slot), bytes(slot.wrapped_key), slot.context
    )


def open_with_recovery_key(*, user, recovery_key: str) -> bytes:
    """Return the data key, or raise VaultError when the recovery key does not open it."""
    secret = crypto.recovery_key_bytes(recovery_key)
    slot = KeySlot.objects.filter(user=user, kind=Kind.RECOVERY).first()
    if secret is None or slot is None:
        raise VaultError("not a recovery key for this account")
    return crypto.open_sealed(_secret_key(secret, slot), bytes(slot.wrapped_key), slot.context)


def client_slot_open(*, user, data_key: bytes, kind: str, session_key: str = "") -> tuple:
    """Wrap the data key under a new secret that only the client keeps; return (slot, secret)."""
    secret = crypto.new_client_secret()
    slot = _new_slot(user, kind, session_key=session_key)
    _store(slot, _secret_key(secret.encode(), slot), data_key)
    return slot, secret


def client_slot_unlock(*, slot_id, secret: str, kind: str) -> tuple[KeySlot, bytes]:
    """Return (slot, data key) for a client's secret, or raise VaultError."""
    slot = KeySlot.objects.filter(id=slot_id, kind=kind).first()
    if slot is None:
        raise VaultError("no such slot")
    data_key = crypto.open_sealed(
        _secret_key(secret.encode(), slot), bytes(slot.wrapped_key), slot.context
    )
    return slot, data_key


def client_slot_close(slot_id) -> None:
    """Forget a session's or token's wrapped key: without it that client can read nothing."""
    KeySlot.objects.filter(id=slot_id, kind__in=[Kind.SESSION, Kind.TOKEN]).delete()


def stale_session_slots_close(*, user=None) -> int:
    """Delete session slots whose login session has ended or expired; return how many.

    Given a user, only that person's slots are looked at, which is cheap enough for every login.
    """
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    slots = KeySlot.objects.filter(kind=Kind.SESSION)
    if user is not None:
        slots = slots.filter(user=user)
    live = Session.objects.filter(expire_date__gt=timezone.now()).values("session_key")
    if user is not None:
        live = live.filter(session_key__in=slots.values("session_key"))
    deleted, _ = slots.exclude(session_key__in=live).delete()
    return deleted
