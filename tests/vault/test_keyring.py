"""Key slots: every way in opens the same data key, and each can be closed on its own."""

import pytest

from innerbase.vault import crypto, keyring
from innerbase.vault.crypto import VaultError
from innerbase.vault.models import KeySlot

pytestmark = pytest.mark.django_db


def test_passphrase_and_recovery_key_open_the_same_data_key(alice):
    assert (
        keyring.open_with_passphrase(user=alice.user, passphrase=alice.passphrase) == alice.data_key
    )
    assert (
        keyring.open_with_recovery_key(user=alice.user, recovery_key=alice.recovery_key)
        == alice.data_key
    )


def test_a_wrong_passphrase_or_recovery_key_opens_nothing(alice):
    with pytest.raises(VaultError):
        keyring.open_with_passphrase(user=alice.user, passphrase=alice.passphrase + "x")
    with pytest.raises(VaultError):
        keyring.open_with_recovery_key(user=alice.user, recovery_key=crypto.new_recovery_key())


def test_a_slot_copied_to_another_person_does_not_open(alice, charlie):
    theirs = KeySlot.objects.get(user=alice.user, kind="passphrase")
    mine = KeySlot.objects.get(user=charlie.user, kind="passphrase")
    mine.wrapped_key, mine.salt, mine.kdf = theirs.wrapped_key, theirs.salt, theirs.kdf
    mine.save()
    with pytest.raises(VaultError):
        keyring.open_with_passphrase(user=charlie.user, passphrase=alice.passphrase)


def test_a_passphrase_rewrap_leaves_the_data_key_unchanged(alice):
    keyring.passphrase_slot_set(
        user=alice.user, data_key=alice.data_key, passphrase="a new passphrase"
    )
    assert (
        keyring.open_with_passphrase(user=alice.user, passphrase="a new passphrase")
        == alice.data_key
    )
    with pytest.raises(VaultError):
        keyring.open_with_passphrase(user=alice.user, passphrase=alice.passphrase)
    assert KeySlot.objects.filter(user=alice.user, kind="passphrase").count() == 1


def test_the_kdf_parameters_are_kept_with_each_slot(alice, settings):
    slot = KeySlot.objects.get(user=alice.user, kind="passphrase")
    assert slot.kdf == settings.VAULT_KDF
    assert slot.kdf["memory_cost"] >= 19456 and slot.kdf["time_cost"] >= 2


def test_client_slots_open_only_with_their_own_secret_and_close(alice):
    slot, secret = keyring.client_slot_open(user=alice.user, data_key=alice.data_key, kind="token")
    assert (
        keyring.client_slot_unlock(slot_id=slot.id, secret=secret, kind="token")[1]
        == alice.data_key
    )
    with pytest.raises(VaultError):
        keyring.client_slot_unlock(slot_id=slot.id, secret=secret + "x", kind="token")
    with pytest.raises(VaultError):
        keyring.client_slot_unlock(slot_id=slot.id, secret=secret, kind="session")
    keyring.client_slot_close(slot.id)
    with pytest.raises(VaultError):
        keyring.client_slot_unlock(slot_id=slot.id, secret=secret, kind="token")


def test_closing_a_client_slot_never_touches_the_passphrase_slot(alice):
    passphrase_slot = KeySlot.objects.get(user=alice.user, kind="passphrase")
    keyring.client_slot_close(passphrase_slot.id)
    assert KeySlot.objects.filter(id=passphrase_slot.id).exists()


def test_session_slots_of_ended_sessions_are_swept(alice):
    keyring.client_slot_open(
        user=alice.user, data_key=alice.data_key, kind="session", session_key="gone"
    )
    assert keyring.stale_session_slots_close() == 1
    assert not KeySlot.objects.filter(kind="session").exists()
