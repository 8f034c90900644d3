"""Sign-up: a vault, a recovery key shown once, and clear messages for every bad input."""

import pytest
from django.test import Client

from innerbase.accounts.models import User
from innerbase.vault.models import KeySlot

pytestmark = pytest.mark.django_db

GOOD = {
    "username": "maya",
    "new_passphrase": "paper boats on a slow river",
    "new_passphrase_again": "paper boats on a slow river",
    "adult": "on",
}


def test_it_creates_the_account_and_shows_the_recovery_key_once(client):
    response = client.post("/account/signup/", GOOD)
    assert response.status_code == 200
    key = response.context["recovery_key"]
    assert key.encode() in response.content
    assert "no-store" in response["Cache-Control"]
    user = User.objects.get(username="maya")
    assert sorted(user.key_slots.values_list("kind", flat=True)) == [
        "passphrase",
        "recovery",
        "session",
    ]
    assert not user.recovery_key_confirmed
    # The key is not kept anywhere on the server: not in the session, not in the database.
    from django.contrib.sessions.models import Session

    for session in Session.objects.all():
        assert key not in str(session.get_decoded())
    # Today reminds the person until they confirm.
    assert b"recovery key isn" in client.get("/").content


def test_confirming_the_recovery_key_goes_to_today(client):
    client.post("/account/signup/", GOOD)
    response = client.post("/account/recovery-key/saved/", {"saved": "on"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert User.objects.get(username="maya").recovery_key_confirmed
    assert b"recovery key isn" not in client.get("/").content


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"new_passphrase": "short", "new_passphrase_again": "short"},
            "new_passphrase",
            b"at least 12",
        ),
        ({"new_passphrase_again": "something else entirely"}, "new_passphrase_again", b"different"),
        (
            {"new_passphrase": "123456789012345", "new_passphrase_again": "123456789012345"},
            "new_passphrase",
            b"entirely numeric",
        ),
        ({"username": "bad name!"}, "username", b"Enter a valid username"),
        ({"username": "x" * 151}, "username", b"at most 150"),
        ({"adult": ""}, "adult", b"Innerbase is for adults"),
        (
            {"new_passphrase": "", "new_passphrase_again": ""},
            "new_passphrase",
            b"Choose a new passphrase",
        ),
    ],
)
def test_bad_input_is_named_beside_the_field_and_keeps_what_was_typed(
    client, change, field, message
):
    data = {**GOOD, **change}
    response = client.post("/account/signup/", data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert message in response.content
    assert b"There is a problem" in response.content
    if field != "username":
        assert b'value="maya"' in response.content
    assert not User.objects.exists()
    assert not KeySlot.objects.exists()


def test_a_taken_username_is_refused_in_any_case(client, alice):
    response = client.post("/account/signup/", {**GOOD, "username": "ALICE"})
    assert b"That username is taken" in response.content
    assert User.objects.count() == 1


def test_an_empty_post_is_answered_with_errors_not_ignored(client):
    response = client.post("/account/signup/", {})
    assert response.status_code == 200
    assert b"There is a problem" in response.content


def test_huge_and_strange_input_gets_a_message_not_a_crash(client):
    response = client.post(
        "/account/signup/",
        {
            **GOOD,
            "username": "é" * 10_000,
            "new_passphrase": "🙂" * 2000,
            "new_passphrase_again": "x",
        },
    )
    assert response.status_code == 200
    assert not User.objects.exists()


def test_unicode_passphrases_work(client):
    passphrase = "سلام دنیا — ça va? 🌊 ñandú"
    data = {**GOOD, "new_passphrase": passphrase, "new_passphrase_again": passphrase}
    assert client.post("/account/signup/", data).status_code == 200
    client.post("/account/logout/")
    response = Client().post("/account/login/", {"username": "maya", "passphrase": passphrase})
    assert response.status_code == 302


def test_csrf_is_enforced(csrf_client):
    assert csrf_client.post("/account/signup/", GOOD).status_code == 403
    assert not User.objects.exists()


def test_other_methods_are_refused(client):
    assert client.put("/account/signup/").status_code == 405
