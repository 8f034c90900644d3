"""Shared fixtures: alice (an owner) and charlie (a stranger), and a logged-in client."""

import json
import os

import pytest
from django.test import Client

from people import Person, log_in, make_person

# Playwright's sync API runs an event loop in the test thread; the ORM must still work there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def alice(db) -> Person:
    return make_person("alice")


@pytest.fixture
def charlie(db) -> Person:
    """A stranger: every object of alice's must be a 404 for charlie."""
    return make_person("charlie", "another long passphrase here")


@pytest.fixture
def alice_client(alice) -> Client:
    return log_in(Client(), alice)


@pytest.fixture
def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def api(alice):
    """alice calling the JSON API with a bearer token: api.get(path), api.post(path, body)."""
    response = Client().post(
        "/api/v1/tokens",
        json.dumps({"username": alice.username, "passphrase": alice.passphrase}),
        content_type="application/json",
    )
    token = response.json()["token"]

    class Caller:
        def __getattr__(self, method):
            def call(path, body=None):
                kwargs = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
                if body is not None:
                    kwargs.update(data=json.dumps(body), content_type="application/json")
                return getattr(Client(), method)(path, **kwargs)

            return call

    return Caller()


@pytest.fixture
def compare_digest_calls(monkeypatch) -> list:
    """Every (a, b) that reaches `hmac.compare_digest` during the test, which still compares."""
    import hmac

    calls: list = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    return calls
