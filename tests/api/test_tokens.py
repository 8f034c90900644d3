"""The API base: tokens carry their own key slot; session callers need CSRF."""

import json

import pytest
from django.conf import settings
from django.test import Client

from innerbase.api.models import ApiToken
from innerbase.journal.models import Entry
from innerbase.vault import crypto
from innerbase.vault.models import KeySlot
from people import log_in

pytestmark = pytest.mark.django_db


def _token(client, person) -> str:
    response = client.post(
        "/api/v1/tokens",
        json.dumps({"username": person.username, "passphrase": person.passphrase}),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    return response.json()["token"]


def test_a_token_opens_the_api_and_carries_its_own_slot(client, alice):
    token = _token(client, alice)
    assert token.startswith("ib1.")
    slot = KeySlot.objects.get(user=alice.user, kind="token")
    assert ApiToken.objects.get(user=alice.user).slot == slot
    me = Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert me.status_code == 200 and me.json() == {"username": "alice"}


def test_the_token_secret_is_not_stored(client, alice):
    token = _token(client, alice)
    secret = token.split(".")[2]
    stored = ApiToken.objects.get(user=alice.user)
    assert secret not in stored.secret_digest
    assert stored.secret_digest != secret


def test_revoking_deletes_the_slot_and_the_token_stops_working(client, alice):
    token = _token(client, alice)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert Client().delete("/api/v1/tokens/current", **auth).status_code == 204
    assert not KeySlot.objects.filter(kind="token").exists()
    assert Client().get("/api/v1/me", **auth).status_code == 401


def test_a_person_revokes_a_token_from_the_account_page(client, alice_client, alice):
    token = _token(client, alice)
    token_id = ApiToken.objects.get(user=alice.user).pk
    page = alice_client.get("/account/")
    assert f"/account/tokens/{token_id}/revoke/" in page.content.decode()
    response = alice_client.post(f"/account/tokens/{token_id}/revoke/", follow=True)
    assert "revoked" in response.content.decode()
    assert not ApiToken.objects.exists() and not KeySlot.objects.filter(kind="token").exists()
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401


def test_another_persons_token_is_a_404_and_stays(client, alice, charlie):
    _token(client, alice)
    token_id = ApiToken.objects.get(user=alice.user).pk
    stranger = log_in(Client(), charlie)
    assert stranger.post(f"/account/tokens/{token_id}/revoke/").status_code == 404
    assert stranger.get(f"/account/tokens/{token_id}/revoke/").status_code == 405
    assert ApiToken.objects.filter(pk=token_id).exists()


def test_revoking_from_the_page_needs_csrf(client, alice):
    _token(client, alice)
    token_id = ApiToken.objects.get(user=alice.user).pk
    browser = Client(enforce_csrf_checks=True)
    browser.cookies = log_in(Client(), alice).cookies
    assert browser.post(f"/account/tokens/{token_id}/revoke/").status_code == 403
    assert ApiToken.objects.filter(pk=token_id).exists()


def test_the_token_secret_is_checked_with_compare_digest(client, alice, compare_digest_calls):
    token = _token(client, alice)
    stored = ApiToken.objects.get(user=alice.user).secret_digest.encode()
    calls = compare_digest_calls
    prefix, secret = token.rsplit(".", 1)
    for presented, status in ((secret, 200), ("x" * len(secret), 401)):
        response = Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {prefix}.{presented}")
        assert response.status_code == status
        # The stored digest met the presented secret's digest in compare_digest, never in ==.
        assert (stored, crypto.digest(presented).encode()) in calls


@pytest.mark.parametrize(
    "bad", ["", "nonsense", "ib1.x.y", "ib1.00000000000000000000000000000000.zz", "Bearer"]
)
def test_bad_tokens_get_401(alice, bad):
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {bad}").status_code == 401


def test_a_token_with_a_tampered_secret_is_refused(client, alice):
    token = _token(client, alice)
    assert (
        Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {token[:-2]}xx").status_code == 401
    )


def test_wrong_credentials_get_401_and_are_throttled(client, alice, settings):
    body = json.dumps({"username": "alice", "passphrase": "wrong guess here"})
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post("/api/v1/tokens", body, content_type="application/json")
        assert response.status_code in (401, 429)
    right = json.dumps({"username": "alice", "passphrase": alice.passphrase})
    response = client.post("/api/v1/tokens", right, content_type="application/json")
    assert response.status_code == 429
    assert "detail" in response.json()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"username": "alice"}', "passphrase"),
        ('{"passphrase": "x"}', "username"),
        ('{"username": "' + "a" * 200 + '", "passphrase": "x"}', "username"),
    ],
)
def test_malformed_bodies_get_422_naming_the_field(client, alice, body, field):
    response = client.post("/api/v1/tokens", body, content_type="application/json")
    assert response.status_code == 422
    assert field in [error["field"] for error in response.json()["errors"]]


def test_garbage_json_is_refused_cleanly(client):
    response = client.post("/api/v1/tokens", "{not json", content_type="application/json")
    assert response.status_code in (400, 422)


def _browser(person) -> tuple[Client, str]:
    """A logged-in browser that enforces CSRF as a real one does, and its CSRF cookie."""
    browser = Client(enforce_csrf_checks=True)
    browser.cookies = log_in(Client(), person).cookies
    return browser, browser.cookies[settings.CSRF_COOKIE_NAME].value


def test_the_browser_session_reads_the_api_but_cannot_revoke_a_token(alice):
    browser, _csrf = _browser(alice)
    assert browser.get("/api/v1/me").json() == {"username": "alice"}
    # /tokens/current takes a bearer token only: a session is not a token, CSRF or not.
    assert browser.delete("/api/v1/tokens/current").status_code == 401


def test_a_session_write_without_the_csrf_token_is_refused_and_saves_nothing(alice):
    browser, _csrf = _browser(alice)
    body = json.dumps({"text": "written from a forged page", "mood": 4})
    response = browser.post("/api/v1/journal/entries", body, content_type="application/json")
    assert response.status_code == 403
    assert not Entry.objects.filter(owner=alice.user).exists()


def test_a_session_write_with_the_csrf_token_is_saved(alice):
    browser, csrf = _browser(alice)
    body = json.dumps({"text": "written from my own page", "mood": 4})
    response = browser.post(
        "/api/v1/journal/entries", body, content_type="application/json", HTTP_X_CSRFTOKEN=csrf
    )
    assert response.status_code == 201, response.content
    entry = Entry.objects.get(owner=alice.user)
    assert str(entry.pk) == response.json()["id"] and entry.mood == 4


def test_a_session_edit_needs_the_csrf_token_too(alice):
    browser, csrf = _browser(alice)
    created = browser.post(
        "/api/v1/journal/entries",
        json.dumps({"text": "first words", "mood": 4}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf,
    ).json()
    url = f"/api/v1/journal/entries/{created['id']}"
    edit = json.dumps({"text": "replaced by a forged page", "mood": 9})
    assert browser.put(url, edit, content_type="application/json").status_code == 403
    assert browser.get(url).json()["text"] == "first words"
    wrong = browser.put(url, edit, content_type="application/json", HTTP_X_CSRFTOKEN="x" * 32)
    assert wrong.status_code == 403
    mine = json.dumps({"text": "my own edit", "mood": 6})
    response = browser.put(url, mine, content_type="application/json", HTTP_X_CSRFTOKEN=csrf)
    assert response.status_code == 200, response.content
    assert browser.get(url).json()["text"] == "my own edit"


def test_anonymous_callers_get_401(client):
    assert client.get("/api/v1/me").status_code == 401


def test_the_openapi_document_lists_the_endpoints(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert {"/api/v1/tokens", "/api/v1/tokens/current", "/api/v1/me"} <= set(schema["paths"])
    assert "422" in schema["paths"]["/api/v1/tokens"]["post"]["responses"]
