"""Tie a data key to a login session: the wrapped key in the database, its secret in a cookie."""

from django.contrib.auth import logout

from innerbase.vault import keyring
from innerbase.vault.crypto import VaultError
from innerbase.vault.models import KeySlot

SESSION_SLOT = "_vault_slot"
_DELETE = ""


class VaultLocked(Exception):
    """The request carries no live key, so nothing the person wrote can be read."""


class RequestVault:
    """The data key available to one request, if any."""

    def __init__(self, data_key: bytes | None = None):
        self._data_key = data_key

    @property
    def unlocked(self) -> bool:
        return self._data_key is not None

    @property
    def data_key(self) -> bytes:
        """Return the data key or raise VaultLocked."""
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key


def session_unlock(request, *, user, data_key: bytes) -> None:
    """After `login()`, give this browser its own slot and the secret to open it."""
    # A session that simply expired never logged out, so its wrapped key would stay for ever;
    # each login forgets this person's dead ones (clearsessions sweeps everyone's).
    keyring.stale_session_slots_close(user=user)
    slot, secret = keyring.client_slot_open(
        user=user,
        data_key=data_key,
        kind=KeySlot.Kind.SESSION,
        session_key=request.session.session_key or "",
    )
    request.session[SESSION_SLOT] = str(slot.id)
    request.vault = RequestVault(data_key)
    request.vault_cookie = secret


def session_lock(request) -> None:
    """Delete this browser's slot and end the login session."""
    slot_id = request.session.get(SESSION_SLOT)
    if slot_id:
        keyring.client_slot_close(slot_id)
    logout(request)
    request.vault = RequestVault()
    request.vault_cookie = _DELETE


def vault_from_session(request, cookie: str | None) -> RequestVault:
    """Open the data key of a logged-in session, or return a locked vault."""
    slot_id = request.session.get(SESSION_SLOT)
    if not (slot_id and cookie):
        return RequestVault()
    try:
        slot, data_key = keyring.client_slot_unlock(
            slot_id=slot_id, secret=cookie, kind=KeySlot.Kind.SESSION
        )
    except (VaultError, ValueError):
        return RequestVault()
    if slot.user_id != request.user.pk:
        return RequestVault()
    return RequestVault(data_key)
