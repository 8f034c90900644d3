"""People with real vaults, made the way sign-up makes them, and logged in like a browser."""

from dataclasses import dataclass

from django.test import Client

from innerbase.accounts.services import account_create

PASSPHRASE = "quiet harbour lantern morning"


@dataclass
class Person:
    username: str
    passphrase: str
    recovery_key: str
    user: object
    data_key: bytes


def make_person(username: str, passphrase: str = PASSPHRASE) -> Person:
    """Create an account through the same service sign-up uses."""
    user, data_key, recovery_key = account_create(username=username, passphrase=passphrase)
    return Person(username, passphrase, recovery_key, user, data_key)


def log_in(client: Client, person: Person) -> Client:
    """Log in through the real login view, so the vault cookie is set as in a browser."""
    response = client.post(
        "/account/login/", {"username": person.username, "passphrase": person.passphrase}
    )
    assert response.status_code == 302, response.content[:500]
    return client
