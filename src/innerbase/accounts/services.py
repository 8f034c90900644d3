"""Account workflows that touch the vault: each one runs in a single transaction."""

from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.signals import user_login_failed
from django.contrib.sessions.models import Session
from django.db import connection, transaction

from innerbase.core import personal_data
from innerbase.vault import keyring
from innerbase.vault.crypto import VaultError
from innerbase.vault.models import KeySlot

User = get_user_model()


class WrongCredentials(Exception):
    """The username and passphrase (or recovery key) do not match; which part is not said."""


class KeyMismatch(Exception):
    """The passphrase was right but no longer opens the data key (it was set elsewhere)."""


class Throttled(Exception):
    """Too many wrong attempts from here for this username: wait before trying again."""


@transaction.atomic
def account_create(*, username: str, passphrase: str) -> tuple:
    """Create a person with a vault; return (user, data key, recovery key)."""
    user = User(username=username)
    user._vault_rewrapping = True
    user.set_password(passphrase)
    user.save()
    data_key, recovery_key = keyring.vault_create(user=user, passphrase=passphrase)
    return user, data_key, recovery_key


def account_unlock(*, request, username: str, passphrase: str) -> tuple:
    """Check a passphrase through the throttled backend; return (user, data key)."""
    user = authenticate(request, username=username, password=passphrase)
    if user is None:
        raise WrongCredentials()
    try:
        data_key = keyring.open_with_passphrase(user=user, passphrase=passphrase)
    except VaultError as exc:
        raise KeyMismatch() from exc
    return user, data_key


def passphrase_change(*, request, user, current: str, new: str, keep_slot_id=None) -> None:
    """Re-wrap the data key under a new passphrase; the data itself is not re-encrypted.

    Every other browser and API token is signed out, in case the old passphrase leaked.
    """
    _passphrase_confirm(request=request, user=user, passphrase=current)
    try:
        data_key = keyring.open_with_passphrase(user=user, passphrase=current)
    except VaultError as exc:
        raise KeyMismatch() from exc
    # Only the writes are atomic: a wrong passphrase must stay recorded by the throttle.
    with transaction.atomic():
        _passphrase_set(user, data_key, new)
        _other_clients_close(user, keep_slot_id)


def account_recover(*, request, username: str, recovery_key: str, new: str) -> tuple:
    """Reset a forgotten passphrase with the recovery key; return (user, key, new recovery key).

    The old recovery key is spent: a fresh one is made and shown once.
    """
    from axes.handlers.proxy import AxesProxyHandler

    if AxesProxyHandler.is_locked(request, {"username": username}):
        raise Throttled()
    user = User.objects.filter(username=username).first()
    try:
        if user is None:
            raise VaultError("no such person")
        data_key = keyring.open_with_recovery_key(user=user, recovery_key=recovery_key)
    except VaultError as exc:
        # Counted by the login throttle, so recovery keys cannot be guessed at speed.
        user_login_failed.send(sender=__name__, credentials={"username": username}, request=request)
        raise WrongCredentials() from exc
    # Only the writes are atomic: the failure above must stay recorded by the throttle.
    with transaction.atomic():
        _passphrase_set(user, data_key, new)
        _other_clients_close(user, None)
        new_recovery_key = keyring.recovery_slot_set(user=user, data_key=data_key)
        user.recovery_key_confirmed = False
        user.save(update_fields=["recovery_key_confirmed"])
    return user, data_key, new_recovery_key


def recovery_key_reissue(*, request, user, passphrase: str) -> str:
    """Replace the recovery key after checking the passphrase; return the new key once."""
    _passphrase_confirm(request=request, user=user, passphrase=passphrase)
    try:
        data_key = keyring.open_with_passphrase(user=user, passphrase=passphrase)
    except VaultError as exc:
        raise KeyMismatch() from exc
    with transaction.atomic():
        user.recovery_key_confirmed = False
        user.save(update_fields=["recovery_key_confirmed"])
        return keyring.recovery_slot_set(user=user, data_key=data_key)


def account_delete(*, request, user, passphrase: str) -> None:
    """The person's own deletion: confirm their passphrase, then erase the account."""
    _passphrase_confirm(request=request, user=user, passphrase=passphrase)
    account_erase(user=user)


def account_erase(*, user) -> None:
    """Erase the person and every row that belongs to them, then scrub freed pages.

    No passphrase: the caller has already decided (the person above, or an operator in the
    admin, which must not leave sessions or throttle records behind either).
    """
    with transaction.atomic():
        session_keys = list(
            KeySlot.objects.filter(user=user, kind=KeySlot.Kind.SESSION)
            .exclude(session_key="")
            .values_list("session_key", flat=True)
        )
        Session.objects.filter(session_key__in=session_keys).delete()
        _throttle_records_delete(user.username)
        personal_data.erase(user=user)  # every app's rows, as each app declared them
        user.delete()
        # After the outermost commit (the admin wraps its delete in a transaction of its own):
        # a checkpoint cannot run inside one, and must see the rows gone.
        transaction.on_commit(_sqlite_scrub)


def _sqlite_scrub() -> None:
    if connection.vendor == "sqlite":
        # secure_delete zeroes freed pages; the checkpoint also empties the write-ahead log.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _passphrase_confirm(*, request, user, passphrase: str) -> None:
    """Check a signed-in person's passphrase under the login throttle, or raise.

    A stolen session must not become a way to guess the passphrase at speed, so each check
    counts towards, and is refused by, the same pause as logging in. Without a request (an
    operator's command line, whose user can read the database and guess offline anyway) there
    is nothing to throttle by.
    """
    from axes.handlers.proxy import AxesProxyHandler

    credentials = {"username": user.get_username()}
    if request is not None and AxesProxyHandler.is_locked(request, credentials):
        raise Throttled()
    if not user.check_password(passphrase):
        if request is not None:
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        raise WrongCredentials()


def _passphrase_set(user, data_key: bytes, passphrase: str) -> None:
    user._vault_rewrapping = True
    try:
        user.set_password(passphrase)
    finally:
        user._vault_rewrapping = False
    user.save(update_fields=["password"])
    keyring.passphrase_slot_set(user=user, data_key=data_key, passphrase=passphrase)


def _other_clients_close(user, keep_slot_id) -> None:
    clients = KeySlot.objects.filter(user=user, kind__in=[KeySlot.Kind.SESSION, KeySlot.Kind.TOKEN])
    if keep_slot_id:
        clients = clients.exclude(id=keep_slot_id)
    clients.delete()


def _throttle_records_delete(username: str) -> None:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=username).delete()
