"""Changing, recovering and guarding the passphrase: it always re-wraps, never re-encrypts."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from innerbase.accounts.models import PassphraseChangeBlocked
from innerbase.vault import keyring
from innerbase.vault.crypto import VaultError
from innerbase.vault.models import KeySlot
from people import log_in, make_person
from vaultcheck.models import Note

pytestmark = pytest.mark.django_db
NEW = "seven quiet lanterns in fog"


def _note(person):
    note = Note(owner=person.user)
    note.seal_text(person.data_key, "text", "kept across every change")
    note.save()
    return note


def test_changing_the_passphrase_rewraps_and_leaves_data_untouched(alice_client, alice):
    note = _note(alice)
    before = bytes(note.text)
    other_browser = log_in(Client(), alice)
    response = alice_client.post(
        "/account/passphrase/",
        {
            "current_passphrase": alice.passphrase,
            "new_passphrase": NEW,
            "new_passphrase_again": NEW,
        },
    )
    assert response.status_code == 302
    note.refresh_from_db()
    assert bytes(note.text) == before
    data_key = keyring.open_with_passphrase(user=alice.user, passphrase=NEW)
    assert note.open_text(data_key, "text") == "kept across every change"
    assert alice_client.get("/account/").status_code == 200  # this browser stays in
    assert other_browser.get("/account/").status_code == 302  # the other is signed out
    assert KeySlot.objects.filter(user=alice.user, kind="session").count() == 1
    assert (
        Client()
        .post("/account/login/", {"username": "alice", "passphrase": alice.passphrase})
        .status_code
        == 200
    )
    assert (
        Client().post("/account/login/", {"username": "alice", "passphrase": NEW}).status_code
        == 302
    )


def test_a_wrong_current_passphrase_changes_nothing(alice_client, alice):
    slot = KeySlot.objects.get(user=alice.user, kind="passphrase")
    response = alice_client.post(
        "/account/passphrase/",
        {"current_passphrase": "not it at all", "new_passphrase": NEW, "new_passphrase_again": NEW},
    )
    assert response.status_code == 200
    assert b"That isn&#x27;t your current passphrase" in response.content
    assert KeySlot.objects.get(user=alice.user, kind="passphrase").pk == slot.pk


def test_recovery_sets_a_new_passphrase_and_a_new_recovery_key(client, alice):
    note = _note(alice)
    response = client.post(
        "/account/recover/",
        {
            "username": "alice",
            "recovery_key": alice.recovery_key.lower(),
            "new_passphrase": NEW,
            "new_passphrase_again": NEW,
        },
    )
    assert response.status_code == 200
    new_key = response.context["recovery_key"]
    assert new_key != alice.recovery_key
    data_key = keyring.open_with_recovery_key(user=alice.user, recovery_key=new_key)
    assert note.open_text(data_key, "text") == "kept across every change"
    with pytest.raises(VaultError):
        keyring.open_with_recovery_key(user=alice.user, recovery_key=alice.recovery_key)
    assert client.get("/account/").status_code == 200
    assert (
        Client().post("/account/login/", {"username": "alice", "passphrase": NEW}).status_code
        == 302
    )


@pytest.mark.parametrize("username", ["alice", "nobody"])
def test_a_wrong_recovery_key_says_the_same_for_any_username(client, alice, username):
    from innerbase.vault.crypto import new_recovery_key

    response = client.post(
        "/account/recover/",
        {
            "username": username,
            "recovery_key": new_recovery_key(),
            "new_passphrase": NEW,
            "new_passphrase_again": NEW,
        },
    )
    assert b"That username and recovery key don&#x27;t match" in response.content
    assert (
        Client()
        .post("/account/login/", {"username": "alice", "passphrase": alice.passphrase})
        .status_code
        == 302
    )


def test_a_new_recovery_key_can_be_made_with_the_passphrase(alice_client, alice):
    response = alice_client.post("/account/recovery-key/", {"passphrase": alice.passphrase})
    new_key = response.context["recovery_key"]
    assert keyring.open_with_recovery_key(user=alice.user, recovery_key=new_key) == alice.data_key
    wrong = alice_client.post("/account/recovery-key/", {"passphrase": "wrong wrong wrong"})
    assert b"That isn&#x27;t your current passphrase" in wrong.content


def test_setting_a_passphrase_outside_the_vault_is_blocked(alice):
    user = get_user_model().objects.get(username="alice")
    with pytest.raises(PassphraseChangeBlocked):
        user.set_password("a shell-set passphrase")
    user.set_password(alice.passphrase)  # re-hashing the same one is harmless


def test_the_operator_admin_offers_no_passphrase_form(alice):
    operator = make_person("operator", "operator passphrase here")
    operator.user.is_staff = operator.user.is_superuser = True
    operator.user.save()
    admin = log_in(Client(), operator)
    assert admin.get(f"/operator/accounts/user/{alice.user.pk}/password/").status_code in (302, 404)
    page = admin.get(f"/operator/accounts/user/{alice.user.pk}/change/")
    assert (
        page.status_code == 200
        and b"password" not in page.content.lower().split(b"<form")[1][:4000]
    )


def test_a_passphrase_set_behind_the_vaults_back_sends_the_person_to_recovery(alice):
    user = get_user_model().objects.get(username="alice")
    user._vault_rewrapping = True  # simulate a raw database edit that bypassed the vault
    user.set_password("set behind its back")
    user.save()
    response = Client().post(
        "/account/login/", {"username": "alice", "passphrase": "set behind its back"}
    )
    assert response.status_code == 302 and response["Location"] == "/account/recover/"
