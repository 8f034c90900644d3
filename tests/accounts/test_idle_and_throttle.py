"""Idle sessions lock themselves; repeated wrong logins are paused."""

import time

import pytest
from django.test import Client

from innerbase.accounts.middleware import LAST_SEEN
from innerbase.vault.models import KeySlot

pytestmark = pytest.mark.django_db


def _age_session(client, seconds):
    session = client.session
    session[LAST_SEEN] = int(time.time()) - seconds
    session.save()


def test_an_idle_session_locks_and_forgets_its_key(alice_client, alice, settings):
    _age_session(alice_client, settings.IDLE_LOCK_MINUTES * 60 + 5)
    response = alice_client.get("/account/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=%2Faccount%2F"
    assert not KeySlot.objects.filter(user=alice.user, kind="session").exists()
    assert response.cookies["innerbase_key"].value == ""


def test_a_recently_used_session_stays_open(alice_client, settings):
    _age_session(alice_client, settings.IDLE_LOCK_MINUTES * 60 - 60)
    assert alice_client.get("/account/").status_code == 200


def test_the_idle_time_is_a_setting(alice_client, settings):
    settings.IDLE_LOCK_MINUTES = 1
    _age_session(alice_client, 90)
    assert alice_client.get("/account/").status_code == 302


def test_the_browser_lock_and_still_here_endpoints(alice_client, alice):
    assert alice_client.post("/account/still-here/").status_code == 204
    response = alice_client.post("/account/lock/", {"next": "/account/"})
    assert response["Location"] == "/account/login/?next=%2Faccount%2F"
    assert not KeySlot.objects.filter(user=alice.user, kind="session").exists()


def test_repeated_wrong_logins_are_paused_even_for_the_right_passphrase(alice, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/account/login/", {"username": "alice", "passphrase": "wrong guess here"})
    response = client.post("/account/login/", {"username": "alice", "passphrase": alice.passphrase})
    assert response.status_code == 429
    assert b"Please wait" in response.content
    assert "Retry-After" in response
    assert not KeySlot.objects.filter(kind="session").exists()


def test_recovery_key_guesses_count_towards_the_pause(alice, settings):
    from innerbase.vault.crypto import new_recovery_key

    client = Client()
    new = "seven quiet lanterns in fog"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/account/recover/",
            {
                "username": "alice",
                "recovery_key": new_recovery_key(),
                "new_passphrase": new,
                "new_passphrase_again": new,
            },
        )
    response = client.post("/account/login/", {"username": "alice", "passphrase": alice.passphrase})
    assert response.status_code == 429


def test_the_throttle_never_stores_what_was_typed(alice):
    from axes.models import AccessAttempt, AccessFailureLog

    Client().post("/account/login/", {"username": "alice", "passphrase": "my secret guess 42"})
    Client().post(
        "/account/recover/",
        {
            "username": "alice",
            "recovery_key": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
            "new_passphrase": "brand new secret 42",
            "new_passphrase_again": "brand new secret 42",
        },
    )
    stored = " ".join(
        f"{row.get_data} {row.post_data}" for row in AccessAttempt.objects.all()
    ) + " ".join(str(vars(row)) for row in AccessFailureLog.objects.all())
    assert AccessAttempt.objects.exists()
    for secret in ("my secret guess", "AAAA-BBBB", "brand new secret"):
        assert secret not in stored


def test_a_throttled_person_cannot_keep_trying_recovery_keys(alice, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/account/login/", {"username": "alice", "passphrase": "wrong guess here"})
    new = "seven quiet lanterns in fog"
    response = client.post(
        "/account/recover/",
        {
            "username": "alice",
            "recovery_key": alice.recovery_key,
            "new_passphrase": new,
            "new_passphrase_again": new,
        },
    )
    assert response.status_code == 429


def test_the_idle_lock_sends_back_to_the_page_without_its_query(alice_client, settings):
    _age_session(alice_client, settings.IDLE_LOCK_MINUTES * 60 + 5)
    response = alice_client.get("/journal/?q=my+secret+words&page=2")
    assert response["Location"] == "/account/login/?next=%2Fjournal%2F"
