"""Log-in and log-out: the vault opens with the session and closes with it."""

import pytest
from django.test import Client

from innerbase.vault.models import KeySlot
from people import log_in

pytestmark = pytest.mark.django_db


def test_logging_in_opens_a_session_slot_and_sets_the_key_cookie(alice):
    client = Client()
    response = client.post("/account/login/", {"username": "alice", "passphrase": alice.passphrase})
    assert response.status_code == 302 and response["Location"] == "/"
    cookie = response.cookies["innerbase_key"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and not cookie["max-age"]
    assert KeySlot.objects.filter(user=alice.user, kind="session").count() == 1
    assert client.get("/").context["user"].username == "alice"


def test_wrong_username_and_wrong_passphrase_look_exactly_the_same(alice):
    wrong_pass = Client().post(
        "/account/login/", {"username": "alice", "passphrase": "not the passphrase"}
    )
    no_user = Client().post(
        "/account/login/", {"username": "nobody", "passphrase": alice.passphrase}
    )
    assert wrong_pass.status_code == no_user.status_code == 200
    message = b"That username and passphrase don&#x27;t match"
    assert message in wrong_pass.content and message in no_user.content
    assert wrong_pass.context["form"].errors == no_user.context["form"].errors
    assert not KeySlot.objects.filter(kind="session").exists()


def test_the_next_parameter_is_followed_only_on_this_site(alice):
    ok = Client().post(
        "/account/login/?next=/account/", {"username": "alice", "passphrase": alice.passphrase}
    )
    assert ok["Location"] == "/account/"
    evil = Client().post(
        "/account/login/?next=https://evil.example/",
        {"username": "alice", "passphrase": alice.passphrase},
    )
    assert evil["Location"] == "/"


def test_logging_out_deletes_the_slot_and_the_cookie(alice_client, alice):
    response = alice_client.post("/account/logout/")
    assert response.status_code == 302
    assert response.cookies["innerbase_key"].value == ""
    assert not KeySlot.objects.filter(user=alice.user, kind="session").exists()
    assert alice_client.get("/account/").status_code == 302


def test_logout_needs_a_post(alice_client):
    assert alice_client.get("/account/logout/").status_code == 405


def test_a_session_without_its_key_cookie_is_ended(alice_client, alice):
    alice_client.cookies.pop("innerbase_key")
    response = alice_client.get("/account/")
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    assert not KeySlot.objects.filter(user=alice.user, kind="session").exists()


def test_a_forged_key_cookie_opens_nothing(alice_client, alice):
    alice_client.cookies["innerbase_key"] = "forged-secret"
    assert alice_client.get("/account/").status_code == 302


def test_two_browsers_have_separate_slots_and_logging_out_one_keeps_the_other(alice):
    first, second = log_in(Client(), alice), log_in(Client(), alice)
    assert KeySlot.objects.filter(user=alice.user, kind="session").count() == 2
    first.post("/account/logout/")
    assert second.get("/account/").status_code == 200


def test_login_pages_are_never_cached():
    response = Client().get("/account/login/")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def _expire(client) -> str:
    """End a browser's login session the way time does, leaving its key slot behind."""
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    key = client.session.session_key
    Session.objects.filter(session_key=key).update(expire_date=timezone.now())
    return key


def test_logging_in_forgets_that_persons_slots_of_expired_sessions(alice, charlie):
    expired = _expire(log_in(Client(), alice))
    strangers = _expire(log_in(Client(), charlie))
    still_open = log_in(Client(), alice)
    log_in(Client(), alice)
    slots = KeySlot.objects.filter(kind="session")
    assert not slots.filter(session_key=expired).exists()
    assert slots.filter(user=alice.user).count() == 2
    assert still_open.get("/account/").status_code == 200
    # Only the person logging in: the sweep stays cheap, and charlie's is left for clearsessions.
    assert slots.filter(session_key=strangers).exists()
