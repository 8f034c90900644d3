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


NEW = "seven quiet lanterns in fog"
# Each page that asks a signed-in person for their passphrase: (path, form with it).
CONFIRMING_PAGES = {
    "change": (
        "/account/passphrase/",
        lambda p: {"current_passphrase": p, "new_passphrase": NEW, "new_passphrase_again": NEW},
    ),
    "new recovery key": ("/account/recovery-key/", lambda p: {"passphrase": p}),
    "delete": ("/account/delete/", lambda p: {"passphrase": p, "understood": "on"}),
}


@pytest.mark.parametrize("page", CONFIRMING_PAGES)
def test_passphrase_guesses_on_account_pages_are_paused_like_logins(
    alice_client, alice, settings, page
):
    from innerbase.vault import keyring

    settings.AXES_FAILURE_LIMIT = 3
    path, form = CONFIRMING_PAGES[page]
    slots_before = sorted(KeySlot.objects.filter(user=alice.user).values_list("id", flat=True))
    answers = [
        alice_client.post(path, form(f"wrong guess number {n}")).status_code
        for n in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert answers[:-1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    response = alice_client.post(path, form(alice.passphrase))
    assert response.status_code == 429 and b"Please wait" in response.content
    assert "Retry-After" in response
    # Nothing changed: same account, same slots, the passphrase and recovery key still open it.
    after = sorted(KeySlot.objects.filter(user=alice.user).values_list("id", flat=True))
    assert after == slots_before
    assert keyring.open_with_passphrase(user=alice.user, passphrase=alice.passphrase)
    assert keyring.open_with_recovery_key(user=alice.user, recovery_key=alice.recovery_key)
    # The same pause as for logging in: this address cannot log in as alice either.
    login = {"username": "alice", "passphrase": alice.passphrase}
    assert Client().post("/account/login/", login).status_code == 429


WRONG = "wrong guess here"


def _guess_from(address: str, username: str = "alice", passphrase: str = WRONG):
    return Client().post(
        "/account/login/", {"username": username, "passphrase": passphrase}, REMOTE_ADDR=address
    )


def test_guesses_spread_over_many_addresses_are_paused_per_username(alice, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_FAILURE_LIMIT_PER_USERNAME = 6
    for n in range(settings.LOGIN_FAILURE_LIMIT_PER_USERNAME):
        assert _guess_from(f"198.51.100.{n + 1}").status_code == 200
    response = _guess_from("203.0.113.9", passphrase=alice.passphrase)
    assert response.status_code == 429 and b"Please wait" in response.content
    assert not KeySlot.objects.filter(kind="session").exists()
    # Another person's name is not affected.
    assert _guess_from("203.0.113.9", username="bob").status_code == 200


def test_one_address_cannot_lock_a_person_out_everywhere(alice, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_FAILURE_LIMIT_PER_USERNAME = 6
    # Refused tries are not counted, so one address adds at most AXES_FAILURE_LIMIT to the name.
    for _ in range(settings.LOGIN_FAILURE_LIMIT_PER_USERNAME * 2):
        _guess_from("198.51.100.1")
    assert _guess_from("198.51.100.1", passphrase=alice.passphrase).status_code == 429
    assert _guess_from("203.0.113.9", passphrase=alice.passphrase).status_code == 302


def test_the_idle_lock_sends_back_to_the_page_without_its_query(alice_client, settings):
    _age_session(alice_client, settings.IDLE_LOCK_MINUTES * 60 + 5)
    response = alice_client.get("/journal/?q=my+secret+words&page=2")
    assert response["Location"] == "/account/login/?next=%2Fjournal%2F"


def _wrong_try(client, username):
    return client.post("/account/login/", {"username": username, "passphrase": "a wrong guess"})


def test_a_pause_is_warned_of_before_it_comes_and_says_nothing_about_the_name(alice, settings):
    settings.AXES_FAILURE_LIMIT = 5
    real, made_up = Client(), Client(REMOTE_ADDR="10.0.0.9")
    said = {"alice": [], "nobody-here": []}
    for _ in range(4):
        for client, name in ((real, "alice"), (made_up, "nobody-here")):
            page = _wrong_try(client, name).content.decode()
            said[name].append([line for line in ("2 more tries", "1 more try") if line in page])
    assert said["alice"] == [[], [], ["2 more tries"], ["1 more try"]]
    assert said["nobody-here"] == said["alice"]  # the same whether the name exists or not
    page = _wrong_try(real, "alice").content.decode()  # the fifth wrong try
    assert "1 more try" not in page and "15 minutes" in page
    assert _wrong_try(real, "alice").status_code == 429
